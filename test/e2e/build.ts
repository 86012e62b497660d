/** Small bundles the e2e pages need besides the kit, built in memory with Vite. */
import { build, type Rolldown } from 'vite';
import { join } from 'node:path';
import { ROOT } from './harness.js';

/** A page module bundled with its own copy of its dependencies (for a second Lit on the page). */
export async function bundle(entry: string): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: join(ROOT, entry), formats: ['es'], fileName: 'bundle' },
    },
  })) as Rolldown.RolldownOutput[];
  return out[0]!.output[0].code;
}
