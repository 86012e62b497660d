// The social cards and link previews of the built folder (site/, `npm run build:site`): a card per widget, language
// and size, each with its alt text in the index; and each shareable page's Open Graph and X tags as a crawler reads
// them: a plain GET, the HTML parsed, no script run, the image fetched from the address the tags give.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { PNG } from 'pngjs';
import type { Publication } from '../../src/embed/codes.js';
import { INDEX, LANGS, SIZES, type CardIndex } from '../../scripts/cards.js';
import { serve } from '../../scripts/serve.js';
import { launch, ROOT, tab, TAGS } from './harness.js';

const SITE = join(ROOT, 'site');
const index: CardIndex = JSON.parse(readFileSync(join(SITE, INDEX), 'utf8'));
const publication: Publication = JSON.parse(readFileSync(join(SITE, 'publish.json'), 'utf8'));

/** How much of a picture differs from its corner's colour (the card's background). */
function inked(png: PNG): number {
  const { data, width, height } = png;
  let differing = 0;
  for (let i = 0; i < data.length; i += 4)
    if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 48) differing++;
  return differing / (width * height);
}

let server: Server;
let origin: string;
before(async () => {
  server = await serve({ root: SITE });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server?.closeAllConnections();
  server?.close();
});

describe('social cards', () => {
  it('are made from the dataset the build embeds', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'data/technopolis-moscow.json'), 'utf8'));
    assert.deepEqual(index.dataset, { version: data.version, asOf: data.asOf });
  });

  for (const tag of TAGS)
    for (const lang of LANGS)
      it(`<${tag}> in ${lang}: a card at each size, of that size, not blank, with the widget's summary as its alt text`, () => {
        for (const { width, height } of SIZES) {
          const card = index.cards.find((c) => c.widget === tag && c.lang === lang && c.width === width && c.height === height);
          assert.ok(card, `no ${width}×${height} card in the index`);
          assert.ok(card.alt.trim().length > 20, `alt text: ${card.alt}`);
          assert.ok(card.title.trim(), 'a title');
          const png = PNG.sync.read(readFileSync(join(SITE, 'images', card.file)));
          assert.deepEqual([png.width, png.height], [width, height], card.file);
          // Text, bars and lines cover a few percent of a card at least; a blank or failed page covers none.
          assert.ok(inked(png) > 0.01, `${card.file} is nearly blank (${(inked(png) * 100).toFixed(2)} % drawn)`);
        }
      });

  it('are all in the index, which names no missing picture', () => {
    const pictures = readdirSync(join(SITE, 'images')).filter((f) => f.endsWith('.png'));
    assert.deepEqual(pictures.sort(), index.cards.map((c) => c.file).sort());
    assert.equal(index.cards.length, TAGS.length * LANGS.length * SIZES.length);
  });
});

type Element = DefaultTreeAdapterMap['element'];
/** The <meta> tags of a page's head, by property or name, as a crawler reads them from the HTML. */
function metaOf(html: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: { childNodes?: unknown[] }) => {
    for (const child of (node.childNodes ?? []) as Element[]) {
      if (child.nodeName === 'meta') {
        const attr = (name: string) => child.attrs.find((a) => a.name === name)?.value;
        const key = attr('property') ?? attr('name');
        if (key && attr('content') !== undefined) found.set(key, attr('content')!);
      }
      walk(child);
    }
  };
  walk(parse(html));
  return found;
}

describe('link previews as a crawler sees them', () => {
  const pages = [
    'embed.html',
    ...TAGS.flatMap((tag) => LANGS.map((lang) => `embed/${tag}.${lang}.html`)),
    ...readdirSync(join(SITE, 'demo'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `demo/${f}`),
  ];
  for (const path of pages)
    it(`${path} names a card that is served at the size its tags state`, async () => {
      const response = await fetch(`${origin}/${path}`);
      assert.equal(response.status, 200);
      const meta = metaOf(await response.text());
      assert.equal(meta.get('twitter:card'), 'summary_large_image');
      for (const key of ['og:title', 'og:description', 'og:image:alt']) assert.ok(meta.get(key)?.trim(), `${key} is empty`);
      const image = meta.get('og:image') ?? '';
      // Crawlers need an absolute address: the folder's public one.
      assert.ok(image.startsWith(publication.base), `og:image ${image} is not under ${publication.base}`);
      const card = index.cards.find((c) => image.endsWith(`/images/${c.file}`));
      assert.ok(card, `og:image ${image} is not a card of the index`);
      assert.equal(meta.get('og:image:alt'), card.alt);
      if (path.startsWith('embed/')) assert.equal(`embed/${card.widget}.${card.lang}.html`, path, 'the page names its own widget');
      const served = await fetch(`${origin}/${image.slice(publication.base.length)}`);
      assert.equal(served.status, 200);
      assert.equal(served.headers.get('content-type'), 'image/png');
      const png = PNG.sync.read(Buffer.from(await served.arrayBuffer()));
      assert.deepEqual([png.width, png.height], [Number(meta.get('og:image:width')), Number(meta.get('og:image:height'))]);
    });

  it('embed/<widget>.<lang>.html shows that widget in that language, and takes the rest from its query', async () => {
    const browser = await launch();
    try {
      const t = await tab(browser, 640);
      await t.page.goto(`${origin}/embed/export-growth.uz.html?theme=dark`);
      await t.page.waitForFunction(() => document.title !== 'export-widgets', { timeout: 30_000 });
      const shown = await t.page.evaluate(() => {
        const el = document.querySelector('main > *')!;
        return { tag: el.localName, lang: el.getAttribute('lang'), theme: el.getAttribute('theme'), page: document.documentElement.lang };
      });
      assert.deepEqual(shown, { tag: 'export-growth', lang: 'uz', theme: 'dark', page: 'uz-Cyrl' });
      assert.deepEqual(t.errors, []);
    } finally {
      await browser.close();
    }
  });
});
