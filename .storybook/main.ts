// Storybook for the kit. Written by hand: `storybook init`/`add` cannot run offline.
// `npm run storybook` / `npm run build` build the kit, the manifest and site/publish.json first (see package.json).
// Built, it is part of the site: site/storybook/.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { minifiedTemplates } from '../vite.config.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const PUBLICATION = root('site/publish.json');
const MANIFEST = root('custom-elements.json');
const read = (file: string, command: string) => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`${command}\` first (npm run storybook / build do).`);
  return readFileSync(file, 'utf8');
};

/**
 * `virtual:kit` gives the stories what the code cannot know by itself: the custom-elements manifest (controls and
 * docs tables) and what `npm run build` published in site/ (the embed codes' addresses and integrity hashes).
 */
function kit(): Plugin {
  const id = 'virtual:kit';
  return {
    name: 'export-widgets-kit',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(MANIFEST);
      this.addWatchFile(PUBLICATION);
      const publication = read(PUBLICATION, 'npm run build:site');
      const manifest = read(MANIFEST, 'npm run manifest');
      return `export const publication = ${publication.trim()};\nexport const manifest = ${manifest.trim()};\n`;
    },
    // The widgets' "Embed" dialog reads publish.json beside the code that runs it: in `storybook dev` the sources
    // (/src/shared/), in the build the chunks (assets/).
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split('?')[0]!.endsWith('/publish.json')) return next();
        res.setHeader('content-type', 'application/json');
        res.end(read(PUBLICATION, 'npm run build:site'));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'assets/publish.json', source: read(PUBLICATION, 'npm run build:site') });
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
      // The kit's templates minified as its build minifies them: the embed block's pre-rendered code is then what the
      // published kit adopts (Lit hydrates only the templates it rendered).
      plugins: [kit(), minifiedTemplates],
      // Scratch and output folders of the project are no source: editing them must not reload the stories.
      server: { watch: { ignored: ['**/.tmp/**', '**/site/storybook/**', '**/bench/**'] } },
      // Storybook's own bundles are large; that is not the kit's budget (see `npm run build`).
      build: { chunkSizeWarningLimit: 4096 },
      // One copy of Lit in `storybook dev`, else "Multiple versions of Lit loaded".
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/task', 'chart.js', 'valibot'] },
    });
  },
};
export default config;
