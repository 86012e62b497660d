import { defineConfig } from 'vite';

/**
 * The kit for Node, where server-rendered apps (Next.js, Nuxt, Astro) import the package while rendering: the same
 * entry built against Lit's own Node build, which stands in for HTMLElement, with the dependencies left as imports.
 * It defines no element (src/shared/define.ts); the browser gets dist/export-widgets.js through the package's exports.
 */
export default defineConfig({
  build: {
    ssr: 'src/index.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    sourcemap: true,
    // One file: the dataset checker that src/data/load.ts imports on demand is inlined.
    rolldownOptions: { output: { entryFileNames: 'export-widgets.node.js', codeSplitting: false } },
  },
  json: { stringify: true },
});
