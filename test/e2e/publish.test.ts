// The hosted folder (site/, from `npm run build`) served from a sub-path of one origin, and host pages on
// other origins pasting the embed codes: the script form with SRI, the iframe with and without the resize script,
// the iframe through a CMS's sanitizer (DOMPurify), forged messages, a changed file refused.
import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { embedCodes, WIDGETS, type Embed, type Publication, type WidgetTag } from '../../src/embed/codes.js';
import { launch, page, probe, ROOT, site, tab, TAGS, type Site } from './harness.js';

const SITE = join(ROOT, 'site');
const SUB = '/newsroom/export-widgets/';
const PURIFY = readFileSync(createRequire(import.meta.url).resolve('dompurify/dist/purify.min.js'), 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

let browser: Browser;
let folder: Server;
let origin: string;
/** When set, the folder serves the kit's versioned file with one character changed (an attacker's or a broken copy). */
let tampered = false;
let publication: Publication;

/** The folder as a static host serves it: under a sub-path, every file readable from any origin (README, Publish). */
function serveFolder(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(SITE, decodeURIComponent(pathname.slice(SUB.length))));
    if (!pathname.startsWith(SUB) || !path.startsWith(SITE)) return void res.writeHead(404).end();
    try {
      let body = await readFile(path);
      if (tampered && path.endsWith(publication.kit.file))
        body = Buffer.from(body.toString('utf8').replace('export-widgets', 'export-widgetz'));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

before(async () => {
  [browser, folder] = await Promise.all([launch(), serveFolder()]);
  origin = `http://127.0.0.1:${(folder.address() as AddressInfo).port}`;
  // The codes a build with PUBLIC_URL=<this server><SUB> would give: only the address differs from the built one.
  publication = { ...JSON.parse(readFileSync(join(SITE, 'publish.json'), 'utf8')), base: `${origin}${SUB}` };
});
after(async () => {
  await browser?.close();
  folder?.closeAllConnections();
  folder?.close();
});

const codes = (tag: WidgetTag, attributes: [string, string][] = [], properties: [string, string][] = []) =>
  Object.fromEntries(embedCodes(publication, { tag, attributes, properties } satisfies Embed).map((c) => [c.id, c.code]));

/** A host page on its own origin, under a policy that allows the folder and nothing else of a third party. */
async function host(body: string, { width = 1000, routes = {} as Record<string, string> } = {}) {
  const server: Site = await site(
    `default-src 'self'; script-src 'self' ${origin}; frame-src ${origin} http://127.0.0.1:*; connect-src 'self' ${origin}; style-src 'self'; img-src 'self' data:`,
  );
  for (const [path, script] of Object.entries(routes)) server.route(path, { headers: { 'content-type': TYPES['.js']! }, body: script });
  server.route('/article.html', page({ lang: 'ru', body: `<article>${body}</article>` }));
  const t = await tab(browser, width);
  await t.page.goto(`${server.origin}/article.html`, { waitUntil: 'load' });
  return { ...t, server, close: async () => (await t.close(), await server.close()) };
}

/** The embed page's frame in `page` (cross-origin: reached through the browser, not the DOM). */
async function embedFrame(page: Page, index = 0): Promise<Frame> {
  await page.waitForFunction((n: number) => document.querySelectorAll('iframe').length > n, {}, index);
  for (let i = 0; i < 300; i++) {
    const frames = page.frames().filter((f) => f.url().startsWith(`${origin}${SUB}embed.html`));
    if (frames[index]) return frames[index];
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no embed page in iframe ${index}: ${page.frames().map((f) => f.url())}`);
}

/** Waits for the frame's widget to be ready and returns what it shows. */
async function widgetIn(frame: Frame) {
  // The page titles itself with the widget's heading on ew-ready (embed.ts).
  await frame.waitForFunction(() => document.title !== 'export-widgets', {
    polling: 50,
    timeout: 15_000,
  });
  return frame.evaluate(() => {
    const el = [...document.querySelectorAll('main > *')].find((e) => e.shadowRoot)!;
    const root = el.shadowRoot!;
    return {
      tag: el.localName,
      text: root.textContent!.replace(/\s+/g, ' ').trim(),
      hint: root.querySelector('[part~="hint"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      dark: !!root.querySelector('.base.dark'),
      accent: getComputedStyle(el).getPropertyValue('--ew-accent').trim(),
      lang: document.documentElement.lang,
      title: document.title,
      notes: [...document.querySelectorAll('.note')].map((n) => n.textContent),
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    };
  });
}

describe('the hosted folder on another origin (served from a sub-path)', () => {
  it('script form: the ES and classic bundles with SRI draw every widget, the dataset loads by src from the folder', async () => {
    const src = `${origin}${SUB}data/technopolis-moscow.json`;
    const es = codes('export-growth', [
      ['lang', 'en'],
      ['src', src],
    ]).script!;
    const classic = `<script src="${origin}${SUB}${publication.classic.file}" integrity="${publication.classic.integrity}" crossorigin="anonymous"></script>`;
    for (const [name, code] of [
      ['es', es + TAGS.filter((t) => t !== 'export-growth').map((t) => `<${t} lang="en" src="${src}"></${t}>`)],
      ['classic', classic + TAGS.map((t) => `<${t} lang="en"></${t}>`)],
    ] as const) {
      const h = await host(code);
      try {
        await h.page.waitForFunction(
          (tags: string[]) => tags.every((t) => (window as any).__ew.state(document.querySelector(t)) === 'ready'),
          { polling: 50, timeout: 15_000 },
          [...TAGS],
        );
        const loaded = h.requests.filter((r) => r.startsWith(origin));
        if (name === 'es') assert.ok(loaded.includes(src), `the dataset came from the folder: ${loaded}`);
        assert.deepEqual(await probe(h.page), { violations: [], errors: [], xss: [] }, name);
        assert.deepEqual(h.errors, [], name);
      } finally {
        await h.close();
      }
    }
  });

  it('SRI fails closed: a changed kit file is refused and no widget is defined', async () => {
    tampered = true;
    try {
      const h = await host(codes('key-figures', [['lang', 'en']]).script!);
      try {
        await h.page.waitForFunction(() => (window as any).__ew.violations.length || document.readyState === 'complete');
        for (let i = 0; i < 100 && !h.errors.some((e) => /integrity/i.test(e)); i++) await new Promise((r) => setTimeout(r, 50));
        assert.ok(
          h.errors.some((e) => /integrity/i.test(e)),
          `the browser reports the integrity failure: ${h.errors}`,
        );
        assert.equal(await h.page.evaluate(() => customElements.get('key-figures')), undefined);
      } finally {
        await h.close();
      }
    } finally {
      tampered = false;
    }
  });

  it('iframe with the resize script: the iframe takes the widget height; its events reach the host page', async () => {
    const code = codes('destination-list', [['lang', 'en']])['iframe-resize']!;
    // The second iframe lost its data attribute to a sanitizer: the script knows it by its address.
    const stripped = code.split('\n<script')[0]!.replace(' data-export-widgets', '').replace('lang=en', 'lang=ru');
    const h = await host(`${code}\n${stripped}`);
    try {
      const frame = await embedFrame(h.page);
      const widget = await widgetIn(frame);
      assert.equal(widget.tag, 'destination-list');
      await h.page.evaluate(() => document.querySelectorAll('iframe')[1]!.scrollIntoView());
      const other = await widgetIn(await embedFrame(h.page, 1));
      await h.page.waitForFunction(
        (heights: number[]) => [...document.querySelectorAll('iframe')].every((f, i) => f.getBoundingClientRect().height === heights[i]),
        { polling: 50, timeout: 5000 },
        [widget.height, other.height],
      );
      // ew-ready reached the page as an event of the iframe; a reader opening a country sends ew-select.
      assert.equal(await h.page.evaluate(() => (window as any).__ew.state(document.querySelector('iframe'))), 'ready');
      const selected = h.page.evaluate(
        () => new Promise((done) => document.addEventListener('ew-select', (e) => done((e as CustomEvent).detail), { once: true })),
      );
      await frame.evaluate(() =>
        document.querySelector('destination-list')!.shadowRoot!.querySelector<HTMLElement>('details.country summary')!.click(),
      );
      assert.deepEqual(Object.keys((await selected) as object).sort(), ['id', 'kind']);
      assert.deepEqual(h.errors, []);
    } finally {
      await h.close();
    }
  });

  it('iframe alone at a 640 px column: every widget whole in its height in ru, en and uz, with a title, lazy', async () => {
    const body = ['ru', 'en', 'uz']
      .flatMap((lang) => Object.keys(WIDGETS).map((tag) => codes(tag as WidgetTag, [['lang', lang]]).iframe!))
      .join('\n');
    const h = await host(body, { width: 656 }); // 640 px inside the page's 8 px margins
    try {
      for (let i = 0; i < 15; i++) {
        // Lazy: an iframe loads when the reader scrolls near it.
        await h.page.evaluate((i: number) => document.querySelectorAll('iframe')[i]!.scrollIntoView(), i);
        const frame = await embedFrame(h.page, i);
        const widget = await widgetIn(frame);
        const declared = await frame.evaluate(() => innerHeight);
        assert.ok(widget.height <= declared, `${widget.tag} (${widget.lang}) is ${widget.height}px in a ${declared}px iframe`);
      }
      const attributes = await h.page.evaluate(() =>
        [...document.querySelectorAll('iframe')].map((f) => [f.title, f.loading, f.getBoundingClientRect().width]),
      );
      assert.ok(attributes.every(([title, loading, width]) => String(title).length > 10 && loading === 'lazy' && width === 640));
      assert.ok(
        h.requests.every((r) => r.startsWith(origin) || r.startsWith(h.server.origin)),
        `no third party: ${h.requests}`,
      );
    } finally {
      await h.close();
    }
  });

  it('the embed page takes attributes, theme and colours from the query; unknown values get the widget hint', async () => {
    const h = await host(
      codes(
        'export-growth',
        [
          ['lang', 'uz'],
          ['comparison', 'decades'],
          ['theme', 'dark'],
        ],
        [['--ew-accent', '#7a1f6b']],
      ).iframe!,
    );
    try {
      const widget = await widgetIn(await embedFrame(h.page));
      assert.equal(widget.lang, 'uz-Cyrl');
      assert.match(widget.hint, /decades/);
      assert.ok(widget.dark, 'theme=dark');
      assert.equal(widget.accent, '#7a1f6b');
      assert.match(widget.title, /экспорт/i);
      assert.deepEqual(widget.notes, []);
    } finally {
      await h.close();
    }
  });

  it('the embed page names a missing widget, an unknown parameter and an unsafe colour, and sets none of them', async () => {
    const t = await tab(browser);
    try {
      const violations: string[] = [];
      t.page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
      await t.page.goto(`${origin}${SUB}embed.html?widget=export-growht`);
      await t.page.waitForSelector('.note');
      const missing = await t.page.$eval('.note', (n) => n.textContent!);
      assert.match(missing, /There is no widget "export-growht".*export-growth/);
      await t.page.goto(
        `${origin}${SUB}embed.html?widget=key-figures&onclick=alert(1)&--ew-accent=${encodeURIComponent('red;background:url(//x.test/a)')}&--ew-bg=%23fff`,
      );
      const widget = await widgetIn(t.page.mainFrame());
      assert.equal(widget.notes.length, 1);
      assert.match(widget.notes[0]!, /onclick \(<key-figures> takes .*lang.*\); --ew-accent/);
      assert.equal(await t.page.$eval('key-figures', (el) => el.getAttribute('onclick') ?? el.style.getPropertyValue('--ew-accent')), '');
      assert.equal(await t.page.$eval('key-figures', (el) => el.style.getPropertyValue('--ew-bg')), '#fff');
      assert.deepEqual(violations, [], 'no inline script or style under the page’s own policy');
    } finally {
      await t.close();
    }
  });
});

describe('the iframe through a CMS sanitizer (DOMPurify 3)', () => {
  // What editors' rich-text fields allow: DOMPurify's defaults (no iframe), DOMPurify with iframes added, and an
  // allow-list like Drupal's filter_html "<iframe src width height title loading frameborder>" (WordPress's kses
  // keeps an iframe only for roles with unfiltered_html).
  const CONFIGS = {
    defaults: {},
    'ADD_TAGS iframe': { ADD_TAGS: ['iframe'] },
    'allow-list': { ALLOWED_TAGS: ['p', 'a', 'iframe'], ALLOWED_ATTR: ['src', 'width', 'height', 'title', 'loading', 'frameborder'] },
  };

  it('keeps the iframe with iframes allowed, and the widget shows; the defaults drop it', async () => {
    const code = codes('top-exporters', [['lang', 'en']])['iframe-resize']!;
    const h = await host('<div id="out"></div>', { routes: { '/purify.js': PURIFY } });
    try {
      await h.page.addScriptTag({ url: '/purify.js' });
      const kept = await h.page.evaluate(
        (code: string, configs: Record<string, object>) => {
          const purify = (window as any).DOMPurify;
          const out = document.getElementById('out')!;
          return Object.fromEntries(
            Object.entries(configs).map(([name, config]) => {
              const clean: string = purify.sanitize(code, config);
              if (name !== 'defaults') out.insertAdjacentHTML('beforeend', clean);
              const kept = new DOMParser().parseFromString(clean, 'text/html');
              const iframe = kept.querySelector('iframe');
              return [name, { attributes: iframe?.getAttributeNames() ?? [], scripts: kept.querySelectorAll('script').length }];
            }),
          );
        },
        code,
        CONFIGS,
      );
      // DOMPurify's own attribute list has src, title, width, height, loading and data-* (kept by default even with an
      // allow-list), not frameborder: the iframe keeps working and gets the browser's default border.
      assert.deepEqual(kept, {
        defaults: { attributes: [], scripts: 0 },
        'ADD_TAGS iframe': { attributes: ['src', 'title', 'width', 'height', 'loading', 'data-export-widgets'], scripts: 0 },
        'allow-list': { attributes: ['src', 'title', 'width', 'height', 'loading', 'frameborder', 'data-export-widgets'], scripts: 0 },
      });
      for (const i of [0, 1]) {
        const widget = await widgetIn(await embedFrame(h.page, i));
        assert.equal(widget.tag, 'top-exporters');
        assert.ok(widget.text.length > 100);
      }
      const heights = await h.page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.getAttribute('height')));
      assert.deepEqual(heights, [String(publication.heights['top-exporters']), String(publication.heights['top-exporters'])]);
    } finally {
      await h.close();
    }
  });
});

describe('the resize script', () => {
  it('ignores forged messages: from the host itself, from a frame of another origin, from the kit frame navigated away', async () => {
    const forge = `parent.postMessage({ type: 'export-widgets:height', height: 7 }, '*');
parent.postMessage({ type: 'export-widgets:event', event: 'ew-select', detail: { kind: 'forged', id: 'x' } }, '*');`;
    const other: Site = await site();
    other.route('/forge.js', { headers: { 'content-type': TYPES['.js']! }, body: forge });
    other.route('/forge.html', page({ head: '<script src="/forge.js"></script>' }));
    // Every height the page gives an iframe, and every ew-select it hears, from before the first message.
    const record = `window.__heights = []; window.__selected = [];
new MutationObserver((records) => records.forEach((r) => __heights.push(r.target.style.height)))
  .observe(document.documentElement, { subtree: true, attributeFilter: ['style'] });
document.addEventListener('ew-select', (e) => __selected.push(e.detail));
window.__forged = 0; addEventListener('message', (e) => e.data?.height === 7 && __forged++);`;
    const genuine = codes('key-figures', [['lang', 'en']])['iframe-resize']!;
    // A second kit iframe, later navigated to the other origin: the right window, the wrong origin.
    const second = genuine.split('\n<script')[0]!;
    const h = await host(
      `<script src="/record.js"></script>\n${genuine}\n${second}\n<iframe src="${other.origin}/forge.html" title="an advertisement"></iframe>`,
      { routes: { '/record.js': record } },
    );
    try {
      const frame = await embedFrame(h.page);
      await widgetIn(frame);
      const hijacked = await embedFrame(h.page, 1);
      await widgetIn(hijacked);
      await hijacked.evaluate((url: string) => void (location.href = url), `${other.origin}/forge.html`);
      await h.page.evaluate(forge.replaceAll('parent.', 'window.'));
      // The three forged heights (the host's own, the other origin's frame, the hijacked frame) have been delivered.
      await h.page.waitForFunction(() => (window as any).__forged === 3, { polling: 50, timeout: 10_000 });
      // A genuine message after them is still heard: the listener works, it only refuses the others.
      await frame.evaluate(() => parent.postMessage({ type: 'export-widgets:height', height: 321 }, '*'));
      await h.page.waitForFunction(() => document.querySelector('iframe')!.style.height === '321px', { polling: 50, timeout: 5000 });
      const seen = await h.page.evaluate(() => ({ heights: (window as any).__heights, selected: (window as any).__selected }));
      assert.ok(seen.heights.length >= 2, `the genuine iframes were sized: ${seen.heights}`);
      assert.ok(!seen.heights.includes('7px'), `a forged height was taken: ${seen.heights}`);
      assert.deepEqual(seen.selected, []);
    } finally {
      await h.close();
      await other.close();
    }
  });
});
