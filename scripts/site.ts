#!/usr/bin/env -S npx tsx
/**
 * The last step of `npm run build` before Storybook: assembles `site/`, the folder to copy as is to any static host.
 *   THIRD-PARTY-NOTICES.txt, LICENSE, export-widgets(.iife).js.map           the notices the bundles' banner names, and
 *                                                                               the source maps their last line names
 *   export-widgets.<hash>.js, export-widgets.iife.<hash>.js, resize.<hash>.js   versioned: cache forever
 *   export-widgets.js, export-widgets.iife.js, resize.js                       the same bytes under a stable name
 *   embed.html (+ embed.<hash>.js, embed.<hash>.css)                            the iframe embed page
 *   data/technopolis-moscow.json, data/dataset.schema.json                      for `src`
 *   demo/, storybook/ (written next by `storybook build`)                       the demo pages and the Storybook
 *   publish.json                                                                what the embed codes are made of, with
 *                                                                               the iframe heights measured from the data
 * The public address is PUBLIC_URL (default: the demo server's, http://127.0.0.1:8080/). Only embed codes use it;
 * inside the folder every address is relative, so it works from any origin and sub-path.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicBase, type Publication, type PublishedFile } from '../src/embed/codes.js';
import { bundle } from './bundle.js';
import { iframeHeights } from './embed-heights.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SITE = join(ROOT, 'site');
const DEMO_SERVER = 'http://127.0.0.1:8080/';

/** Writes `bytes` as `<name>.<hash><ext>` (and as `<name><ext>` when `alias`), returning the versioned name and its SRI. */
function publish(name: string, ext: string, bytes: Buffer | string, alias = false): PublishedFile {
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const file = `${name}.${hash}${ext}`;
  writeFileSync(join(SITE, file), bytes);
  if (alias) writeFileSync(join(SITE, `${name}${ext}`), bytes);
  return { file, integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}` };
}

/** A small script of src/embed/, built alone. */
const script = (entry: string, format: 'es' | 'iife') => bundle(join(ROOT, 'src/embed', entry), { format, name: 'ExportWidgetsEmbed' });

const base = publicBase(process.env.PUBLIC_URL || DEMO_SERVER);
rmSync(SITE, { recursive: true, force: true });
mkdirSync(join(SITE, 'data'), { recursive: true });

const kit = publish('export-widgets', '.js', readFileSync(join(ROOT, 'dist/export-widgets.js')), true);
const classic = publish('export-widgets.iife', '.js', readFileSync(join(ROOT, 'dist/export-widgets.iife.js')), true);
// The bundles' banner names the notices and their last line the source map, by these names, versioned copies too.
for (const file of ['THIRD-PARTY-NOTICES.txt', 'export-widgets.js.map', 'export-widgets.iife.js.map'])
  cpSync(join(ROOT, 'dist', file), join(SITE, file));
cpSync(join(ROOT, 'LICENSE'), join(SITE, 'LICENSE.txt'));
const resize = publish('resize', '.js', await script('resize.ts', 'iife'), true);
const embedJs = publish('embed', '.js', await script('embed.ts', 'es'));
const embedCss = publish('embed', '.css', readFileSync(join(ROOT, 'src/embed/embed.css')));
writeFileSync(
  join(SITE, 'embed.html'),
  readFileSync(join(ROOT, 'src/embed/embed.html'), 'utf8')
    .replace('%kit%', kit.file)
    .replace('%embed.js%', embedJs.file)
    .replace('%embed.css%', embedCss.file),
);

for (const file of ['technopolis-moscow.json', 'dataset.schema.json']) cpSync(join(ROOT, 'data', file), join(SITE, 'data', file));
// The demo pages are written for the repository (../dist/…); in the folder the kit sits one level up.
mkdirSync(join(SITE, 'demo'));
for (const file of readdirSync(join(ROOT, 'demo'), { withFileTypes: true }).flatMap((entry) => (entry.isFile() ? [entry.name] : []))) {
  const text = readFileSync(join(ROOT, 'demo', file), 'utf8');
  writeFileSync(join(SITE, 'demo', file), file.endsWith('.html') ? text.replaceAll('../dist/', '../') : text);
}

const publication: Publication = { base, kit, classic, resize, embed: 'embed.html', heights: await iframeHeights(SITE) };
writeFileSync(join(SITE, 'publish.json'), `${JSON.stringify(publication, null, 2)}\n`);
console.log(`site/: ${base} (kit ${kit.file}, resize ${resize.file}, embed.html)`);
