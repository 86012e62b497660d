#!/usr/bin/env -S npx tsx
/**
 * The last step of `npm run build` before Storybook: assembles `site/`, the folder to copy as is to any static host.
 *   THIRD-PARTY-NOTICES.txt, LICENSE, export-widgets(.iife).js.map           the notices the bundles' banner names, and
 *                                                                               the source maps their last line names
 *   export-widgets.<hash>.js, export-widgets.iife.<hash>.js, resize.<hash>.js   versioned: cache forever
 *   export-widgets.js, export-widgets.iife.js, resize.js                       the same bytes under a stable name
 *   embed.html (+ embed.<hash>.js, embed.<hash>.css)                            the iframe embed page
 *   data/technopolis-moscow.json, data/dataset.schema.json                      for `src`
 *   desk/ (index.html, desk.<hash>.js, desk.<hash>.css)                         the data desk: a release becomes data
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
import { publicBase, publicBaseWarning, WIDGETS, type Publication, type PublishedFile, type WidgetTag } from '../src/embed/codes.js';
import { bundle } from './bundle.js';
import { LANGS, makeCards, socialMeta, type CardIndex } from './cards.js';
import { iframeHeights, withSite } from './embed-heights.js';

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

/** Writes `bytes` as `<folder>/<name>.<hash><ext>`, returning the name within the folder. */
function publishIn(folder: string, name: string, ext: string, bytes: Buffer | string): string {
  const file = `${name}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}${ext}`;
  writeFileSync(join(SITE, folder, file), bytes);
  return file;
}

/** A small script of src/embed/, built alone. */
const script = (entry: string, format: 'es' | 'iife') => bundle(join(ROOT, 'src/embed', entry), { format, name: 'ExportWidgetsEmbed' });

let base: string;
try {
  base = publicBase(process.env.PUBLIC_URL || DEMO_SERVER);
} catch (error) {
  console.error(`site/: ${(error as Error).message}`);
  process.exit(1);
}
const warning = publicBaseWarning(base);
if (warning) console.warn(`site/: warning: ${warning}`);
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
/** The embed page in `folder` (relative, ending in `/`), with the tags of a widget's link preview added. */
const embedPage = (folder: string, meta = '') =>
  readFileSync(join(ROOT, 'src/embed/embed.html'), 'utf8')
    .replace('%kit%', folder + kit.file)
    .replace('%embed.js%', folder + embedJs.file)
    .replace('%embed.css%', folder + embedCss.file)
    .replace('</head>', meta ? `  ${meta}\n  </head>` : '</head>');
writeFileSync(join(SITE, 'embed.html'), embedPage(''));

// The desk (desk/): a page where a release becomes data, in the browser, with the kit's widgets as its preview.
mkdirSync(join(SITE, 'desk'));
const deskJs = publishIn('desk', 'desk', '.js', await bundle(join(ROOT, 'src/desk/main.ts'), { format: 'es' }));
const deskCss = publishIn('desk', 'desk', '.css', readFileSync(join(ROOT, 'src/desk/desk.css')));
writeFileSync(
  join(SITE, 'desk/index.html'),
  readFileSync(join(ROOT, 'src/desk/index.html'), 'utf8').replace('%desk.js%', deskJs).replace('%desk.css%', deskCss),
);

for (const file of ['technopolis-moscow.json', 'dataset.schema.json']) cpSync(join(ROOT, 'data', file), join(SITE, 'data', file));

// One Chromium for the pages the build opens: the iframe heights, then the social cards.
let cardsTime = 0;
const [heights, cards] = await withSite(SITE, async (session) => {
  const measured = await iframeHeights(session);
  const start = performance.now();
  const made: CardIndex = await makeCards(SITE, session);
  cardsTime = performance.now() - start;
  return [measured, made] as const;
});
console.log(`site/images/: ${cards.cards.length} social cards in ${(cardsTime / 1000).toFixed(1)} s`);

// A crawler runs no script, so a link preview names its widget in the page itself: the query of embed.html?widget=…
// never reaches it. embed.html carries the zone's overview (key-figures, ru); embed/<widget>.<lang>.html, the same page
// with its widget and language preset, carries that widget's card: the address to share.
writeFileSync(join(SITE, 'embed.html'), embedPage('', socialMeta(cards, 'key-figures', 'ru', base)));
const TAGS = Object.keys(WIDGETS) as WidgetTag[];
mkdirSync(join(SITE, 'embed'));
for (const tag of TAGS)
  for (const lang of LANGS)
    writeFileSync(
      join(SITE, 'embed', `${tag}.${lang}.html`),
      embedPage('../', socialMeta(cards, tag, lang, base))
        .replace('<html lang="ru">', `<html lang="${lang}">`)
        .replace('<main>', `<main data-widget="${tag}" data-lang="${lang}">`),
    );

// The demo pages are written for the repository (../dist/…); in the folder the kit sits one level up. Each names the
// card of the first widget it shows, in its language, for its link preview.
const WIDGET_TAG = new RegExp(`<(${TAGS.join('|')})[\\s>]`);
mkdirSync(join(SITE, 'demo'));
for (const file of readdirSync(join(ROOT, 'demo'), { withFileTypes: true }).flatMap((entry) => (entry.isFile() ? [entry.name] : []))) {
  let text = readFileSync(join(ROOT, 'demo', file), 'utf8');
  if (file.endsWith('.html')) {
    text = text.replaceAll('../dist/', '../');
    const tag = WIDGET_TAG.exec(text)?.[1] as WidgetTag | undefined;
    const lang = LANGS.find((l) => l === /<html[^>]*\slang="([a-z]+)/.exec(text)?.[1]) ?? 'ru';
    if (tag) text = text.replace('</head>', `  ${socialMeta(cards, tag, lang, base)}\n  </head>`);
  }
  writeFileSync(join(SITE, 'demo', file), text);
}

const publication: Publication = { base, kit, classic, resize, embed: 'embed.html', heights };
writeFileSync(join(SITE, 'publish.json'), `${JSON.stringify(publication, null, 2)}\n`);
console.log(`site/: ${base} (kit ${kit.file}, resize ${resize.file}, embed.html, embed/<widget>.<lang>.html)`);
