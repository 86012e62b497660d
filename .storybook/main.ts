// Storybook for the kit. Written by hand: `storybook init`/`add` cannot run offline.
// `npm run storybook` / `npm run build-storybook` build the kit and the manifest first (see package.json).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const KIT = root('dist/export-widgets.js');
const MANIFEST = root('custom-elements.json');
const read = (file: string, command: string) => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`${command}\` first (npm run storybook / build-storybook do).`);
  return readFileSync(file);
};

/**
 * `virtual:kit` gives the stories what the code cannot know by itself: the custom-elements manifest
 * (controls and docs tables) and the Subresource Integrity hash of the built kit (the embed snippet).
 * The kit file the hash was taken from is published beside the stories as `kit/export-widgets.js`,
 * from the same bytes, so the hash always matches the file a reader downloads.
 */
function kit(): Plugin {
  const id = 'virtual:kit';
  let bytes: Buffer | undefined;
  return {
    name: 'export-widgets-kit',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(MANIFEST);
      this.addWatchFile(KIT);
      bytes = read(KIT, 'npm run build');
      const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
      const manifest = JSON.parse(read(MANIFEST, 'npm run manifest').toString('utf8'));
      return `export const file = 'export-widgets.js';\nexport const integrity = ${JSON.stringify(integrity)};\nexport const manifest = ${JSON.stringify(manifest)};\n`;
    },
    generateBundle() {
      if (bytes) this.emitFile({ type: 'asset', fileName: 'kit/export-widgets.js', source: bytes });
    },
    configureServer(server) {
      server.middlewares.use('/kit/export-widgets.js', (_req, res) => {
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(bytes ?? read(KIT, 'npm run build'));
      });
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Datasets the stories load through `src`: the zone's own file (loading story), a broken one (error story)
  // and another zone's (a test fixture).
  staticDirs: [
    { from: '../data', to: '/datasets' },
    { from: '../stories/fixtures', to: '/fixtures' },
    { from: '../test/fixtures', to: '/zones' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      plugins: [kit()],
      // Scratch and output folders of the project are no source: editing them must not reload the stories.
      server: { watch: { ignored: ['**/.tmp/**', '**/storybook-static/**', '**/bench/**'] } },
      // Storybook's own bundles are large; that is not the kit's budget (see `npm run build`).
      build: { chunkSizeWarningLimit: 4096 },
      // One copy of Lit in `storybook dev`, else "Multiple versions of Lit loaded".
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/task', 'chart.js', 'valibot'] },
    });
  },
};
export default config;
