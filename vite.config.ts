import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';
import { validateFile } from './scripts/dataset-file.js';
import { thirdPartyNotices } from './scripts/notices.js';
import { installedColourAlias, installedRenames, slim, UNPATCHED } from './scripts/slim.js';

const DATASET = fileURLToPath(new URL('./data/technopolis-moscow.json', import.meta.url));
const KIT_ENTRY = fileURLToPath(new URL('./src/index.ts', import.meta.url));
const KIT = (({ name, version }) => `${name} ${version}`)(JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, string>);

/** The embedded dataset is checked here, once, instead of on every page that loads the bundle. */
const checkedDataset: Plugin = {
  name: 'export-widgets:checked-dataset',
  buildStart() {
    const issues = validateFile(DATASET);
    if (issues.length)
      this.error(`data/technopolis-moscow.json is not valid:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  },
};

const source = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const WIDGETS = readdirSync(source('widgets'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * The bundles' entry: the kit's (src/index.ts), preceded by imports of what the kit says rather than does: the embedded
 * dataset, then the texts in three languages (country names, the shared and each widget's messages), then the styles.
 * Each is then one stretch of the bundle, ahead of the code, where it stood between two stretches of code before: gzip
 * finds more of a text's repeats near like text (the dataset's and the messages' Cyrillic, the widgets' CSS), 1.8 KB
 * in all. Only their place in the file changes: these modules define data, texts and stylesheets, and run nothing but
 * Lit's `css` tag. A widget's texts come first only if the build has the widget (the benchmark builds the kit without
 * one to weigh it). src/index.ts stays the entry of the sources, the types and the tests.
 */
const ENTRY = 'virtual:export-widgets-entry';
const textsFirst: Plugin = {
  name: 'export-widgets:texts-first',
  // Vite hands the library entry over as a path under the project's root.
  resolveId: (id) => (id.endsWith(ENTRY) ? `\0${ENTRY}` : null),
  async load(id) {
    if (id !== `\0${ENTRY}`) return null;
    const widgets: string[] = [];
    for (const tag of WIDGETS) {
      const index = await this.load({ id: source(`widgets/${tag}/index.ts`) });
      if (index.importedIds.includes(source(`widgets/${tag}/${tag}.ts`))) widgets.push(tag);
    }
    const own = (kind: string) => widgets.map((tag) => source(`widgets/${tag}/${tag}.${kind}.ts`)).filter((file) => existsSync(file));
    const first = [
      DATASET,
      source('i18n/countries.ts'),
      source('i18n/messages.ts'),
      ...own('messages'),
      // Before the first module that imports Lit (the styles' `css`): it patches LitElement as Lit defines it.
      source('shared/hydrate.ts'),
      source('shared/styles.ts'),
      ...own('styles'),
    ];
    return [...first.map((file) => `import ${JSON.stringify(file)};`), `export * from ${JSON.stringify(KIT_ENTRY)};`].join('\n');
  },
};

/**
 * Lit's templates minified as they are compiled: the whitespace of html`…` and svg`…` templates collapsed, and the
 * CSS of css`…` templates minified with Lightning CSS (templates with `${…}` left as written). Every run of whitespace
 * becomes one space and is never removed (`conservativeCollapse`): a space between words, or between a word and an
 * element, is part of what a reader sees. No attribute is dropped (`removeEmptyAttributes` off). Lit's markers need no
 * care: the plugin minifies with placeholders for the `${…}` parts and checks that every part is still there.
 */
export const minifiedTemplates: Plugin = {
  ...(literalsHtmlCssMinifier({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  }) as Plugin),
  apply: 'build',
};

// The patches and renames that are safe on the installed chart.js (scripts/slim.ts); none with EW_UNPATCHED=1.
const renames = UNPATCHED ? undefined : installedRenames();
const colour = installedColourAlias();

/**
 * The dataset checker as a plain import. src/data/load.ts imports it on demand, so that an app's bundler leaves it out
 * of the pages that show the embedded data; a self-contained file holds it anyway, and the wrappers an inlined dynamic
 * import needs cost 0.5 KB gzip. Fails the build if the import is no longer written as expected.
 */
const CHECKER = "await import('./validate.js')";
const checkerInline: Plugin = {
  name: 'export-widgets:checker-inline',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('/src/data/load.ts')) return null;
    const at = code.indexOf(CHECKER);
    if (at < 0) this.error(`src/data/load.ts no longer has ${CHECKER}`);
    const out = new MagicString(code).overwrite(at, at + CHECKER.length, '{ validateDataset: checkDataset }');
    out.append("\nimport { validateDataset as checkDataset } from './validate.js';\n");
    return { code: out.toString(), map: out.generateMap({ hires: true }) };
  },
};

/**
 * Chrome's explicit compile hint, the file's first line: Chrome (136 and later) then compiles every function of the
 * file on the thread that streams it in, instead of on the main thread when each is first called. At a kit's start
 * nearly all of its code runs (the module, the first render, the first chart), and compiled lazily it lengthened those
 * tasks on a phone. Other engines read a comment.
 */
const compileHint: Plugin = {
  name: 'export-widgets:compile-hint',
  apply: (config, env) => env.command === 'build' && Boolean(config.build?.lib),
  outputOptions: (options) => {
    const { postBanner } = options;
    const after = typeof postBanner === 'function' ? postBanner : () => postBanner ?? '';
    return { ...options, postBanner: async (chunk) => `//# allFunctionsCalledOnLoad\n${await after(chunk)}` };
  },
};

// One self-contained file per format: an ES module and a classic script, both with the dataset embedded, each with its
// source map and the licences of what it bundles (dist/THIRD-PARTY-NOTICES.txt, named in a banner the minifier keeps).
export default defineConfig({
  plugins: [
    checkedDataset,
    checkerInline,
    textsFirst,
    ...(renames ? [slim([...renames.skipped, ...colour.skipped])] : []),
    minifiedTemplates,
    thirdPartyNotices(KIT),
    compileHint,
  ],
  resolve: {
    // chart.js's colour library, replaced by a pass-through: the kit neither animates nor changes colour on hover.
    alias: colour.alias,
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    minify: true,
    sourcemap: true,
    lib: {
      entry: ENTRY,
      name: 'ExportWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'export-widgets.js' : `export-widgets.${format}.js`),
    },
    rolldownOptions: {
      // The classic script has no `import.meta`: the "Embed" dialog reads the script's address from `document.currentScript` there.
      onLog: (level, log, handler) => void (log.code === 'EMPTY_IMPORT_META' || handler(level, log)),
      // chart.js keeps every scale and controller otherwise: a bare property read is not a side effect in this code base.
      treeshake: { propertyReadSideEffects: false },
      // No comments in the output but the banner (added after minification): `/* @__PURE__ */` marks are for bundlers
      // and this file is not bundled again, and the licences of the bundled packages are in the notices file the banner
      // names (the classic build already shipped without their `@license` comments; both builds now do the same).
      // chart.js's `_` properties and some of its methods are shortened too (scripts/slim.ts says which and why).
      output: {
        minify: {
          compress: true,
          mangle: true,
          codegen: true,
          ...(renames?.include && { mangleProps: { include: renames.include, reserved: [...renames.reserved] } }),
        },
        comments: { legal: false, annotation: false, jsdoc: false },
      },
    },
  },
  json: { stringify: true },
});
