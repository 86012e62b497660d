// XSS payloads in every text field of a dataset (names, quotes, labels, sources, notes, version, file names), each
// dataset holding one payload in all of them, shown by every widget. The page has NO security policy, so a payload
// that reached the DOM as markup would run: a vector calls top.xss(id), and the probe records the call.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { dataset, ESM, launch, page, probe, settled, site, tab, TAGS, type Site, type Tab } from './harness.js';

const VECTORS = [
  '<script>top.xss(#)</script>',
  '<img src=x onerror=top.xss(#)>',
  '<img src="x" onerror="top.xss(#)">',
  '<IMG SRC=x OnErRoR=top.xss(#)>',
  '<img/src=x/onerror=top.xss(#)>',
  '<img src=x onerror=&#116;op.xss(#)>',
  `<img src=x onerror="top['xss'](#)">`,
  '<image src=x onerror=top.xss(#)>',
  '<svg onload=top.xss(#)>',
  '<svg><script>top.xss(#)</script></svg>',
  '<svg><animate onbegin=top.xss(#) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:top.xss(#)"><text x=20 y=20>x</text></a></svg>',
  '<iframe src="javascript:top.xss(#)"></iframe>',
  '<iframe srcdoc="<script>top.xss(#)</script>"></iframe>',
  '<body onload=top.xss(#)>',
  '<details open ontoggle=top.xss(#)>',
  '<input autofocus onfocus=top.xss(#)>',
  '<video><source onerror=top.xss(#)></video>',
  '<audio src=x onerror=top.xss(#)>',
  '<object data="javascript:top.xss(#)"></object>',
  '<object data="data:text/html,<script>top.xss(#)</script>"></object>',
  '<embed src="javascript:top.xss(#)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=top.xss(#)>',
  '<noscript><p title="</noscript><img src=x onerror=top.xss(#)>">',
  '<marquee onstart=top.xss(#)>x</marquee>',
  '<a href="javascript:top.xss(#)">link</a>',
  '<form><button formaction="javascript:top.xss(#)">x</button></form>',
  '<link rel=stylesheet href="javascript:top.xss(#)">',
  '<meta http-equiv="refresh" content="0;url=javascript:top.xss(#)">',
  '<base href="javascript:top.xss(#)//">',
  "<style>@import 'javascript:top.xss(#)';</style>",
  '<div style="background:url(javascript:top.xss(#))">x</div>',
  '&lt;img src=x onerror=top.xss(#)&gt;',
  '%3Cimg%20src%3Dx%20onerror%3Dtop.xss(#)%3E',
  '<scr<script>ipt>top.xss(#)</scr</script>ipt>',
  'javascript:top.xss(#)',
  "{{constructor.constructor('top.xss(#)')()}}",
  '${top.xss(#)}',
  '<!--?lit$123456789$--><img src=x onerror=top.xss(#)>',
  'lit$123456789$<img src=x onerror=top.xss(#)>',
  '</blockquote><img src=x onerror=top.xss(#)>',
  '</textarea><img src=x onerror=top.xss(#)>',
  '</title><img src=x onerror=top.xss(#)>',
  ']]><img src=x onerror=top.xss(#)>',
  '<template><img src=x onerror=top.xss(#)></template>',
  '<xmp><img src=x onerror=top.xss(#)></xmp>',
  '<select><option><img src=x onerror=top.xss(#)>',
  '<svg><foreignObject><img src=x onerror=top.xss(#)></foreignObject></svg>',
];
/** Each vector as is, breaking out of an attribute, and inside ordinary text. */
const WRAPS = [(v: string) => v, (v: string) => `"'>${v}`, (v: string) => `Export of ${v} in 2025 «${v.length}»`];
/** Spreadsheet formulas: the CSV download must not hand them to a spreadsheet as formulas. */
const FORMULAS = ['=HYPERLINK("http://127.0.0.1/#","x")', '+1+top.xss(#)', '-1+1#', '@SUM(1+#)', '\t=1+#', "=cmd|' /C calc'!A#"];

const PAYLOADS = [...WRAPS.flatMap((wrap) => VECTORS.map(wrap)), ...FORMULAS].map((p, i) => p.replaceAll('#', String(i)));
const BATCH = 25;

/** The shipped dataset with `payload` in every text a reader may see. */
function hostile(payload: string) {
  const d = dataset();
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && ['ru', 'en', 'uz', 'quote', 'title'].includes(key)) node[key] = payload;
      else walk(value);
    }
  };
  walk(d);
  const text = { ru: payload, en: payload, uz: payload };
  // A source's `file` is no text a reader sees, and the schema allows only a plain file name there.
  for (const s of d.sources) {
    s.outlet = text;
    s.title = payload;
  }
  for (const e of d.exporters) e.name = text;
  if (payload.length <= 40) d.version = payload;
  return d;
}

/** The cells of a CSV file (RFC 4180: quoted cells may hold separators, quotes and line breaks), split on `,` and `;`. */
function cells(file: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = file.charCodeAt(0) === 0xfeff ? 1 : 0; i < file.length; i++) {
    const c = file[i]!;
    if (quoted) {
      if (c === '"' && file[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';' || c === '\n') (out.push(cell), (cell = ''));
    else if (c !== '\r' || file[i + 1] !== '\n') cell += c;
  }
  return out;
}

let browser: Browser;
let server: Site;
/** Element and attribute names the widgets use with the real dataset: anything else in a hostile render was injected. */
let baseline: { elements: string[]; attributes: string[] };

/** Opens the sources, presses every button (toggles, "show all", CSV, PNG and SVG downloads), captures the CSV and SVG files. */
async function interact(p: Page) {
  await p.evaluate(async (sel: string) => {
    const csv: string[] = ((window as any).__csv = []);
    const svg: string[] = ((window as any).__svg = []);
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob && blob.type.startsWith('text/csv')) blob.text().then((text) => csv.push(text));
      if (blob instanceof Blob && blob.type.startsWith('image/svg')) blob.text().then((text) => svg.push(text));
      return create(blob);
    };
    for (const el of document.querySelectorAll(sel)) {
      for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('button, summary')) control.click();
    }
    await new Promise((r) => setTimeout(r, 300));
  }, TAGS.join(','));
}

/** Element and attribute names in every widget's shadow root, and the document's light DOM under body. */
const names = (p: Page) =>
  p.evaluate((sel: string) => {
    const elements = new Set<string>();
    const attributes = new Set<string>();
    const roots: ParentNode[] = [document.body, ...[...document.querySelectorAll(sel)].map((el) => el.shadowRoot!)];
    for (const root of roots)
      for (const el of root.querySelectorAll('*')) {
        elements.add(el.localName);
        for (const a of el.attributes) attributes.add(a.name);
      }
    return { elements: [...elements].sort(), attributes: [...attributes].sort() };
  }, TAGS.join(','));

before(async () => {
  [browser, server] = await Promise.all([launch(), site()]);
  server.route('/index.html', page({ head: ESM }));
  PAYLOADS.forEach((payload, i) =>
    server.route(`/xss-${i}.json`, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(hostile(payload)) }),
  );
  const t = await tab(browser);
  await t.page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  await add(t.page, [-1]);
  await settled(t.page);
  await interact(t.page);
  baseline = await names(t.page);
  // The sentinel works (after the baseline is taken): markup a host page inserts as HTML does run.
  await t.page.evaluate(() => (document.body.appendChild(document.createElement('div')).innerHTML = '<img src=x onerror=top.xss(-1)>'));
  await t.page.waitForFunction(() => (window as any).__ew.xss.includes(-1), { timeout: 5000 });
  await t.close();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** One widget of every tag per payload index (-1: the real dataset); every other payload is also the heading. */
const add = (p: Page, indexes: number[]) =>
  p.evaluate(
    (tags: string[], indexes: number[], payloads: string[]) => {
      for (const i of indexes)
        for (const tag of tags) {
          const el = document.createElement(tag);
          el.setAttribute('lang', ['ru', 'en', 'uz'][Math.abs(i) % 3]!);
          el.setAttribute('src', i < 0 ? '/data/technopolis-moscow.json' : `/xss-${i}.json`);
          if (i % 2) el.setAttribute('heading', payloads[i]!);
          el.dataset.payload = String(i);
          document.body.append(el);
        }
    },
    [...TAGS],
    indexes,
    PAYLOADS,
  );

describe(`${PAYLOADS.length} XSS payloads in every text field, shown by every widget`, () => {
  for (let start = 0; start < PAYLOADS.length; start += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, PAYLOADS.length - start) }, (_, k) => start + k);
    it(`payloads ${start}–${indexes.at(-1)}: 0 run, each shown as text, no markup injected in the page or its pictures, CSV cells defused`, async () => {
      const t: Tab = await tab(browser);
      try {
        await t.page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
        await add(t.page, indexes);
        await settled(t.page, undefined, 60_000);
        await interact(t.page);
        await new Promise((r) => setTimeout(r, 300));
        const result = await t.page.evaluate(
          (sel: string, payloads: string[]) => {
            const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
            return [...document.querySelectorAll<HTMLElement>(sel)].map((el) => {
              const payload = payloads[Number(el.dataset.payload)]!;
              return {
                id: `${el.localName}#${el.dataset.payload}`,
                state: (window as any).__ew.state(el) as string,
                shown: fold(el.shadowRoot!.textContent ?? '').includes(fold(payload)),
              };
            });
          },
          TAGS.join(','),
          PAYLOADS,
        );
        const seen = await probe(t.page);
        assert.deepEqual(seen.xss, [], 'payloads that ran');
        assert.deepEqual(
          result.filter((r) => r.state !== 'ready'),
          [],
          'every hostile dataset is valid and drawn',
        );
        assert.deepEqual(
          result.filter((r) => !r.shown).map((r) => r.id),
          [],
          'the payload is shown as text',
        );
        const now = await names(t.page);
        assert.deepEqual(
          now.elements.filter((n) => !baseline.elements.includes(n)),
          [],
          'elements injected',
        );
        assert.deepEqual(
          now.attributes.filter((n) => !baseline.attributes.includes(n) && n !== 'data-payload' && n !== 'heading'),
          [],
          'attributes injected',
        );
        const csv: string[] = await t.page.evaluate(() => (window as any).__csv);
        assert.ok(csv.length >= indexes.length, `CSV files captured: ${csv.length}`);
        // The pictures carry the same texts: as text nodes, never as elements, handlers or links of their own.
        const svg: string[] = await t.page.evaluate(() =>
          (window as any).__svg.flatMap((text: string) => {
            const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
            const bad = [...doc.querySelectorAll('script, foreignObject, a, parsererror')].map((el) => `<${el.localName}>`);
            for (const el of doc.querySelectorAll('*'))
              for (const attr of el.attributes) if (/^on|href$/i.test(attr.name)) bad.push(`${el.localName}[${attr.name}]`);
            return bad;
          }),
        );
        assert.ok(svg.length === 0, `markup injected into the SVG pictures: ${svg.join(', ')}`);
        assert.ok(await t.page.evaluate(() => (window as any).__svg.length >= 1), 'SVG pictures captured');
        const live = csv.flatMap(cells).filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+([.,]\d+)?$/.test(cell));
        assert.deepEqual(live, [], 'CSV cells a spreadsheet would run as formulas');
        assert.deepEqual([...seen.errors, ...t.errors.filter((e) => !/Failed to load resource/.test(e))], []);
      } finally {
        await t.close();
      }
    });
  }
});
