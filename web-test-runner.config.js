// Tests run in one real browser engine at a time, named by $WTR_BROWSER (chromium, the default, firefox or webkit);
// `npm run test:browser` runs all three one after another (scripts/test-browsers.js). See scripts/browsers.js.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launcher } from './scripts/browsers.js';

const FROZEN_DATASET = '/test/fixtures/frozen/dataset.json';
/** The folder served as /data/: data/ itself, or the one EW_DATA_DIR names (a copy with a release added). */
const DATA_DIR = process.env.EW_DATA_DIR && resolve(process.env.EW_DATA_DIR);

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/e2e/**', '!test/consumers/**'],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames, which fixtures and mouse tests rely on.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    // The widgets' embedded dataset is the frozen fixture here, so no widget test depends on what data/ holds today.
    {
      name: 'frozen-embedded-dataset',
      resolveImport({ source, context }) {
        if (context.path.startsWith('/src/') && source.endsWith('/data/technopolis-moscow.json')) return FROZEN_DATASET;
      },
    },
    // `import data from '….json'` becomes a module; the same file fetched by a loader stays JSON.
    {
      name: 'json-modules',
      resolveMimeType(context) {
        if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
      },
      transform(context) {
        if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script')
          return { body: `export default ${context.body};` };
      },
    },
    {
      name: 'data-dir',
      serve(context) {
        if (DATA_DIR && context.path.startsWith('/data/') && context.get('sec-fetch-dest') !== 'script')
          return {
            body: readFileSync(join(DATA_DIR, decodeURIComponent(context.path.slice(6))), 'utf8'),
            type: context.path.endsWith('.json') ? 'json' : 'txt',
          };
      },
    },
    // What a build publishes beside the kit, which the widgets' "Embed" dialog reads: a fixture, wherever it is asked for.
    {
      name: 'publication',
      serve(context) {
        if (context.path.endsWith('/publish.json')) return { type: 'json', body: readFileSync('test/fixtures/publish.json', 'utf8') };
      },
    },
    // FC_RUNS and FC_SEED for the property tests (test/hostile-input/generated-datasets.test.ts): more cases, or another seed.
    {
      name: 'fast-check-env',
      serve(context) {
        if (context.path === '/__fc-env.js')
          return { type: 'js', body: `export default ${JSON.stringify({ FC_RUNS: process.env.FC_RUNS, FC_SEED: process.env.FC_SEED })};` };
      },
    },
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [launcher(process.env.WTR_BROWSER || 'chromium')],
};
