/**
 * The demo pages and the iframe embed in Chromium, Firefox and WebKit, as a reader gets them: the pre-rendered widgets
 * taken over with no duplicate, every chart inked, the CSV the same bytes in each engine, the iframe as tall as its
 * widget, the same Tab order; and the pages' layout compared across the engines at 1280 px, so a widget missing or
 * misplaced in one engine fails. Needs the built site (`npm run build`) and the three browsers (.ci/run installs them).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { serve } from '../../scripts/serve.js';
import { embedCodes, type Publication } from '../../src/embed/codes.js';
import { TAGS } from '../../src/widgets/registry.js';
import { ENGINES, driver, type Driver, type Engine } from './engines.js';
import { ROOT, site, type Site } from './harness.js';

const SITE = join(ROOT, 'site');
const PAGES = ['news.html', 'uz.html', 'government.html'];
const WIDTH = 1280;
/** Tall enough that every demo page fits in one viewport screenshot (WebDriver takes the viewport only). */
const HEIGHT = 4200;

interface Box {
  tag: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Seen {
  boxes: Box[];
  png: Buffer;
}
/** What each engine showed, for the comparison at the end. */
const seen = new Map<Engine, Map<string, Seen>>();
const csvs = new Map<Engine, Record<string, string>>();
const tabs = new Map<Engine, string[]>();

let server: Server;
let origin: string;
let host: Site;

before(async () => {
  server = await serve({ root: SITE });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host = await site();
});
after(async () => {
  await host.close();
  await new Promise((done) => server.close(done));
});

/** Every widget of the page taken over and drawn: upgraded, updated, one content root, every shown canvas inked. */
function drawn(tags: string[]) {
  const widgets = [...document.querySelectorAll(tags.join(','))] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
  const inked = (canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context || !canvas.width || !canvas.height) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  };
  return widgets.map((el) => {
    const ctor = customElements.get(el.localName);
    const root = el.shadowRoot;
    const shown = [...(root?.querySelectorAll('canvas') ?? [])].filter((c) => c.getClientRects().length > 0);
    return {
      tag: el.localName,
      upgraded: Boolean(ctor && el instanceof ctor && root),
      prerendered: el.hasAttribute('data-prerendered'),
      bases: root?.querySelectorAll('[part~="base"]').length ?? 0,
      canvases: shown.map(inked),
    };
  });
}

/** Polls `check` in the page until it says true, or fails with what it last saw. */
async function until<T>(d: Driver, what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`${d.engine}: ${what} did not happen in ${timeoutMs} ms; last seen ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}

const boxes = (d: Driver, tags: string[]) =>
  d.run((tags: string[]) => {
    return [...document.querySelectorAll(tags.join(','))].map((el) => {
      const r = el.getBoundingClientRect();
      return { tag: el.localName, x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    });
  }, tags);

for (const engine of ENGINES) {
  describe(`the demo pages in ${engine}`, () => {
    let d: Driver;
    before(async () => {
      d = await driver(engine);
      seen.set(engine, new Map());
    });
    after(() => d?.close());

    for (const page of PAGES)
      it(`${page}: every widget taken over in place, once, and every chart inked`, async () => {
        await d.open(`${origin}/demo/${page}`, WIDTH, HEIGHT);
        const widgets = await until(
          d,
          'the takeover',
          () => d.run(drawn, [...TAGS]),
          (list) => list.length > 0 && list.every((w) => w.upgraded && w.canvases.every((px) => px > 500)),
        );
        for (const w of widgets) {
          assert.equal(w.bases, 1, `<${w.tag}> shows its content once (the pre-rendered copy replaced, not kept beside it)`);
          assert.ok(w.prerendered, `<${w.tag}> on ${page} is the pre-rendered embed code`);
        }
        // Fonts and charts settled: the screenshot compares layout, not a frame in the middle of drawing.
        await d.run(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
        const png = await d.screenshot();
        seen.get(engine)!.set(page, { boxes: await boxes(d, [...TAGS]), png });
        // EW_SHOTS=folder keeps the screenshots, to look at what each engine drew.
        if (process.env.EW_SHOTS) {
          mkdirSync(process.env.EW_SHOTS, { recursive: true });
          writeFileSync(join(process.env.EW_SHOTS, `${engine}-${page.replace('.html', '')}.png`), png);
        }
      });

    it('news.html: each widget offers the CSV of what it shows', async () => {
      await d.open(`${origin}/demo/news.html`, WIDTH, HEIGHT);
      await until(
        d,
        'the takeover',
        () => d.run(drawn, [...TAGS]),
        (list) => list.length > 0 && list.every((w) => w.upgraded),
      );
      const files = await d.run(
        async (tags: string[]) => {
          const blobs: Blob[] = [];
          const create = URL.createObjectURL;
          URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), create.call(URL, blob));
          const out: Record<string, string> = {};
          try {
            for (const el of document.querySelectorAll(tags.join(','))) {
              const button = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => /CSV/.test(b.textContent ?? ''));
              if (!button) continue;
              button.click();
              const blob = blobs.pop();
              if (!blob) throw new Error(`<${el.localName}>: its CSV button made no file`);
              const bytes = new Uint8Array(await blob.arrayBuffer());
              out[el.localName] = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
            }
          } finally {
            URL.createObjectURL = create;
          }
          return out;
        },
        [...TAGS],
      );
      assert.ok(Object.keys(files).length >= 2, `CSV files from ${Object.keys(files).join(', ')}`);
      for (const [tag, hex] of Object.entries(files)) assert.ok(hex.startsWith('efbbbf'), `<${tag}>'s CSV starts with the UTF-8 BOM`);
      csvs.set(engine, files);
    });

    it('news.html: Tab walks the first widget in the order of its controls', async () => {
      await d.open(`${origin}/demo/news.html`, WIDTH, 900);
      await until(
        d,
        'the takeover',
        () => d.run(drawn, [...TAGS]),
        (list) => list.length > 0 && list.every((w) => w.upgraded),
      );
      // The controls of the first widget, in tree order, as a reader's Tab should reach them.
      const expected = await d.run(() => {
        const el = document.querySelector('export-growth')!;
        const focusable = 'button:not([disabled]), a[href], summary, [tabindex="0"], select, input';
        return [...el.shadowRoot!.querySelectorAll<HTMLElement>(focusable)]
          .filter((c) => c.getClientRects().length > 0 && c.tabIndex >= 0)
          .map((c) => `${c.localName}:${(c.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`);
      });
      assert.ok(expected.length >= 2, `the widget has controls: ${expected.join(' | ')}`);
      // Start at the page's own last control before the widget: the theme button of the masthead.
      await d.run(() => (document.getElementById('theme') as HTMLElement).focus());
      const visited: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await d.press('Tab');
        visited.push(
          await d.run(() => {
            let active = document.activeElement;
            while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
            return active ? `${active.localName}:${(active.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}` : 'none';
          }),
        );
      }
      assert.deepEqual(visited, expected);
      tabs.set(engine, visited);
    });

    it('the iframe with the resize script takes its widget’s height', async () => {
      const publication = JSON.parse(readFileSync(join(SITE, 'publish.json'), 'utf8')) as Publication;
      const published = { ...publication, base: `${origin}/` };
      const code = embedCodes(published, { tag: 'export-growth', attributes: [['lang', 'ru']], properties: [] }).find(
        (form) => form.id === 'iframe-resize',
      )!.code;
      host.route('/iframe-host.html', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>host</title></head><body style="margin:0"><div style="width:700px">${code.replace(' loading="lazy"', '')}</div></body></html>`,
      });
      await d.open(`${host.origin}/iframe-host.html`, WIDTH, 900);
      const initial = Number(/height="(\d+)"/.exec(code)![1]);
      const height = await until(
        d,
        'the iframe resized to its widget',
        () => d.run(() => document.querySelector('iframe')!.getBoundingClientRect().height),
        (h) => h > 100 && h !== initial,
      );
      // The same embed page opened on its own at the iframe's width: its document is as tall as the iframe became.
      // The window is tall enough for no scrollbar, which would narrow the page (Firefox has classic scrollbars).
      const url = await d.run(() => document.querySelector('iframe')!.src);
      await d.open(url, 700, 3000);
      await until(
        d,
        'the embed page drawn',
        () => d.run(drawn, [...TAGS]),
        (list) => list.length === 1 && list.every((w) => w.upgraded && w.canvases.every((px) => px > 500)),
      );
      const own = await d.run(() => document.documentElement.getBoundingClientRect().height);
      assert.ok(Math.abs(height - own) <= 2, `iframe ${height} px, the embed page's own height ${own} px`);
    });
  });
}

describe('the same in every engine', () => {
  it('the CSV files are the same bytes', () => {
    const [first, ...rest] = ENGINES.map((engine) => csvs.get(engine));
    assert.ok(first, 'Chromium gave its CSV files');
    for (const [i, other] of rest.entries()) assert.deepEqual(other, first, `${ENGINES[i + 1]} against ${ENGINES[0]}`);
  });

  it('Tab reaches the same controls in the same order', () => {
    const [first, ...rest] = ENGINES.map((engine) => tabs.get(engine));
    assert.ok(first?.length, 'Chromium was tabbed through');
    for (const [i, other] of rest.entries()) assert.deepEqual(other, first, `${ENGINES[i + 1]} against ${ENGINES[0]}`);
  });

  for (const page of PAGES)
    it(`${page} at ${WIDTH} px: every widget in the same place, and the page alike within font rasterization`, () => {
      const shots = ENGINES.map((engine) => ({ engine, seen: seen.get(engine)?.get(page) }));
      const missing = shots.filter((s) => !s.seen).map((s) => s.engine);
      assert.deepEqual(missing, [], 'every engine showed the page');
      const [reference, ...others] = shots as { engine: Engine; seen: Seen }[];
      for (const other of others) {
        assert.deepEqual(
          other.seen.boxes.map((b) => b.tag),
          reference!.seen.boxes.map((b) => b.tag),
          `${other.engine}: the same widgets`,
        );
        for (const [i, box] of other.seen.boxes.entries()) {
          const ref = reference!.seen.boxes[i]!;
          // Columns come from the page's CSS and the widget's container: the same in every engine. Heights follow
          // the text, whose fonts differ by engine: within 12 %, and each widget starts where the text above it ends.
          assert.ok(
            Math.abs(box.x - ref.x) <= 2 && Math.abs(box.width - ref.width) <= 2,
            `${other.engine} <${box.tag}> column: ${JSON.stringify([box, ref])}`,
          );
          assert.ok(
            Math.abs(box.height - ref.height) <= ref.height * 0.12,
            `${other.engine} <${box.tag}> height: ${box.height} vs ${ref.height}`,
          );
          assert.ok(Math.abs(box.y - ref.y) <= Math.max(40, ref.y * 0.12), `${other.engine} <${box.tag}> top: ${box.y} vs ${ref.y}`);
        }
        const diff = differentPixels(reference!.seen.png, other.seen.png);
        console.log(`${page}: ${other.engine} differs from ${reference!.engine} in ${(diff * 100).toFixed(2)} % of the page`);
        assert.ok(diff < 0.08, `${other.engine} differs from ${reference!.engine} in ${(diff * 100).toFixed(1)} % of the page`);
      }
    });
});

/**
 * The share of pixels that differ between two screenshots, each reduced to 1/4 of its size first, so that text set
 * in slightly different glyphs counts little and a missing or moved block counts a lot.
 */
function differentPixels(a: Buffer, b: Buffer): number {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  const width = Math.floor(Math.min(pa.width, pb.width) / 4);
  const height = Math.floor(Math.min(pa.height, pb.height) / 4);
  const reduce = (png: PNG) => {
    const out = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        for (let c = 0; c < 4; c++) {
          let sum = 0;
          for (let dy = 0; dy < 4; dy++) for (let dx = 0; dx < 4; dx++) sum += png.data[((y * 4 + dy) * png.width + x * 4 + dx) * 4 + c]!;
          out[(y * width + x) * 4 + c] = sum / 16;
        }
    return out;
  };
  const changed = pixelmatch(reduce(pa), reduce(pb), undefined, width, height, { threshold: 0.2 });
  return changed / (width * height);
}
