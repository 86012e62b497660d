import { defineConfig } from 'vite';

// One self-contained file per format: an ES module and a classic script, both with the dataset embedded.
export default defineConfig({
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
