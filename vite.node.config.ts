import { defineConfig } from 'vite';
import { minifiedTemplates } from './vite.config.js';

/**
 * The kit for Node, where server-rendered apps (Next.js, Nuxt, Astro) import the package while rendering, and where
 * `prerender` makes embed code (src/node.ts): built against Lit's own Node build, which stands in for HTMLElement, with
 * the dependencies left as imports. It defines no element (src/shared/define.ts); the browser gets
 * dist/export-widgets.js through the package's exports. Its templates are minified as the browser build's are: the kit
 * hydrates pre-rendered content only when the templates it renders are the very ones the server rendered.
 */
export default defineConfig({
  plugins: [minifiedTemplates],
  build: {
    ssr: 'src/node.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    sourcemap: true,
    // One file: the dataset checker that src/data/load.ts imports on demand is inlined.
    rolldownOptions: { output: { entryFileNames: 'export-widgets.node.js', codeSplitting: false } },
  },
  json: { stringify: true },
});
