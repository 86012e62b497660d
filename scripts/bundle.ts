/**
 * One small file built alone with Vite, in memory and minified: the embed page's scripts (scripts/site.ts), the data
 * preview's page (scripts/preview-data.ts), and the extra modules some e2e pages load (test/e2e).
 */
import { build, type Rolldown } from 'vite';

export async function bundle(entry: string, { format = 'es', name }: { format?: 'es' | 'iife'; name?: string } = {}): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: [format], fileName: 'bundle', ...(name && { name }) },
      // Without it the ES output keeps its whitespace (PILOT.md).
      rolldownOptions: { output: { minify: true } },
    },
  })) as Rolldown.RolldownOutput[];
  return out[0]!.output[0].code;
}
