import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { slim } from './scripts/slim.js';
import { minifiedTemplates } from './vite.config.js';

/**
 * The package for apps that bundle (dist/npm/): one ES module per source module, so an app's bundler keeps only the
 * widgets it imports, and Lit, @lit/task, Chart.js and valibot left as imports, so the app shares one copy with its own
 * code. Not minified (the app's bundler minifies, and keeps the `/* @__PURE__ *\/` marks that let it drop what is
 * unused); Lit's templates are (no bundler touches a template's text). The self-contained files for pages and CDNs
 * (dist/export-widgets.js, .iife.js) come from vite.config.ts.
 */
const { name, version, license } = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, string>;
const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const WIDGETS = readdirSync(source('widgets'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Entries: the kit (defines every tag), one per widget (defines its own), and three that define none. */
export const NPM_ENTRIES: Record<string, string> = {
  index: source('index.ts'),
  elements: source('elements.ts'),
  // Lit's hydration alone, for an app that loads Lit itself before the kit: imported first, it precedes Lit.
  'shared/hydrate': source('shared/hydrate.ts'),
  'data/index': source('data/index.ts'),
  ...Object.fromEntries(WIDGETS.map((tag) => [`widgets/${tag}/index`, source(`widgets/${tag}/index.ts`)])),
};

/** Bare imports of these packages stay imports: they are the package's dependencies, installed beside it. */
const DEPENDENCIES = /^(lit|lit-html|lit-element|@lit\/task|@lit\/reactive-element|@lit-labs\/ssr-client|chart\.js|valibot)(\/|$)/;

// A legal comment (`/*!`) on each entry: the app's bundler keeps it in the app's build with the code it belongs to.
export const BANNER = `/*! @license ${license} ${name} ${version} | Copyright (c) 2026 the export-widgets authors */`;

export default defineConfig({
  plugins: [slim([]), minifiedTemplates],
  build: {
    target: 'es2022',
    outDir: 'dist/npm',
    emptyOutDir: false,
    reportCompressedSize: false,
    minify: false,
    sourcemap: true,
    copyPublicDir: false,
    lib: { entry: NPM_ENTRIES, formats: ['es'] },
    rolldownOptions: {
      external: (id) => DEPENDENCIES.test(id),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        banner: (chunk) => (chunk.isEntry ? BANNER : ''),
      },
    },
  },
  json: { stringify: true },
});
