import { fileURLToPath } from 'node:url';
import { transform as transformCss } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';
import { validateFile } from './scripts/dataset-file.js';

const DATASET = fileURLToPath(new URL('./data/technopolis-moscow.json', import.meta.url));

/** The embedded dataset is checked here, once, instead of on every page that loads the bundle. */
const checkedDataset: Plugin = {
  name: 'export-widgets:checked-dataset',
  buildStart() {
    const issues = validateFile(DATASET);
    if (issues.length)
      this.error(`data/technopolis-moscow.json is not valid:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  },
};

/**
 * Minifies the CSS of Lit's css`…` templates (the kit's stylesheets, 12 KB as written) with Lightning CSS, the
 * minifier Vite itself uses for CSS files. Templates with `${…}` or a backslash escape are left as written.
 */
const minifiedCss: Plugin = {
  name: 'export-widgets:minified-css',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return code.replace(/\bcss`([^`$\\]*)`/g, (_, css: string) => {
      const { code: min } = transformCss({ filename: id, code: Buffer.from(css), minify: true });
      return `css\`${min.toString()}\``;
    });
  },
};

// One self-contained file per format: an ES module and a classic script, both with the dataset embedded.
export default defineConfig({
  plugins: [checkedDataset, minifiedCss],
  resolve: {
    // chart.js's colour library, replaced by a pass-through: the kit neither animates nor changes colour on hover.
    alias: { '@kurkle/color': fileURLToPath(new URL('./src/vendor/kurkle-color.ts', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    minify: true,
    lib: {
      entry: 'src/index.ts',
      name: 'ExportWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'export-widgets.js' : `export-widgets.${format}.js`),
    },
    rolldownOptions: {
      // chart.js keeps every scale and controller otherwise: a bare property read is not a side effect in this code base.
      treeshake: { propertyReadSideEffects: false },
      output: { minify: true },
    },
  },
  json: { stringify: true },
});
