// The embed page and the resize script as a host page on another origin meets them, with site/ served by
// `npm start`'s own server (scripts/serve.js): what the page takes from its address, which frames the resize script
// listens to, sandboxed frames and frames in shadow roots, and hosts that are cross-origin isolated.
import { strict as assert } from 'node:assert';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { serve } from '../../scripts/serve.js';
import type { Publication } from '../../src/embed/codes.js';
import { launch, page, ROOT, site, tab, type Site } from './harness.js';

const SITE = process.env.EW_SITE ?? join(ROOT, 'site');
let browser: Browser;
let folder: Server;
let origin: string;
let publication: Publication;
let host: Site;
let other: Site;

before(async () => {
  [browser, folder, host, other] = await Promise.all([launch(), serve({ root: SITE }), site(), site()]);
  origin = `http://127.0.0.1:${(folder.address() as AddressInfo).port}`;
  publication = JSON.parse(readFileSync(join(SITE, 'publish.json'), 'utf8'));
  const js = { 'content-type': 'text/javascript' };
  // Another site's frame, marked as the kit's, that claims a height and forges an event whose detail carries markup.
  other.route('/forge.js', {
    headers: js,
    body: `parent.postMessage({ type: 'export-widgets:height', height: 19999 }, '*');
parent.postMessage({ type: 'export-widgets:event', event: 'ew-select', detail: { kind: 'country', id: '<img src=x onerror=alert(1)>' } }, '*');`,
  });
  other.route('/forge.html', page({ head: '<script src="/forge.js"></script>' }));
  other.route('/fake.json', { headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }, body: '{}' });
  host.route('/record.js', {
    headers: js,
    body: `window.__selected = []; document.addEventListener('ew-select', (e) => __selected.push(e.detail));
window.__ready = 0; document.addEventListener('ew-ready', () => __ready++);`,
  });
});
after(async () => {
  await browser?.close();
  folder?.closeAllConnections();
  folder?.close();
  await Promise.all([host?.close(), other?.close()]);
});

const resize = () => `<script src="${origin}/${publication.resize.file}"></script>`;
const embed = (query: string) => `${origin}/embed.html?${query}`;

/** The embed page's frames in `page`, once there are `count`. */
async function embedFrames(p: Page, count: number): Promise<Frame[]> {
  for (let i = 0; i < 300; i++) {
    const frames = p.frames().filter((f) => f.url().startsWith(`${origin}/embed.html`));
    if (frames.length >= count) return frames;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fewer than ${count} embed pages: ${p.frames().map((f) => f.url())}`);
}

/** Waits for the frame's widget to be ready (the page titles itself with its heading) and returns what it shows. */
async function shown(frame: Frame) {
  await frame.waitForFunction(() => document.title !== 'export-widgets', { polling: 50, timeout: 15_000 });
  return frame.evaluate(() => {
    const el = document.querySelector('main > :not(.note)')!;
    return {
      heading: el.shadowRoot!.querySelector('h2')!.textContent!.trim(),
      text: el.shadowRoot!.textContent!.replace(/\s+/g, ' '),
      notes: [...document.querySelectorAll('.note')].map((n) => n.textContent!),
      padding: el.getAttribute('style') ?? '',
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    };
  });
}

async function open(path: string, body: string, headers: Record<string, string> = {}) {
  const reply = page({ lang: 'ru', head: '<script src="/record.js"></script>', body });
  host.route(path, { ...reply, headers: { ...reply.headers, ...headers } });
  const t = await tab(browser);
  await t.page.goto(`${host.origin}${path}`, { waitUntil: 'load' });
  return t;
}

describe('the embed page', () => {
  it("shows only the publisher's datasets and no text from its address, and names what it refused", async () => {
    const t = await tab(browser);
    try {
      const query = new URLSearchParams({
        widget: 'key-figures',
        lang: 'ru',
        src: `${other.origin}/fake.json`,
        heading: 'Официальные данные: экспорт вырос в 100 раз',
      });
      await t.page.goto(embed(String(query)));
      const widget = await shown(t.page.mainFrame());
      assert.doesNotMatch(widget.text, /Официальные данные/);
      assert.doesNotMatch(widget.heading, /100 раз/);
      assert.equal(widget.notes.length, 1);
      assert.match(widget.notes[0]!, /src \(only the publisher's datasets, in \/data\/\).*heading \(free text/);
      assert.ok(!t.requests.some((r) => r.startsWith(other.origin)), `no request to another site: ${t.requests}`);
      // The folder's own dataset is taken, by a relative or an absolute address.
      for (const src of ['data/technopolis-moscow.json', `${origin}/data/technopolis-moscow.json`]) {
        await t.page.goto(embed(String(new URLSearchParams({ widget: 'key-figures', src }))));
        assert.deepEqual((await shown(t.page.mainFrame())).notes, [], src);
      }
    } finally {
      await t.close();
    }
  });

  it('takes each --ew- property only with a value of its grammar: no viewport lengths, no image-set', async () => {
    const t = await tab(browser);
    try {
      const query = new URLSearchParams({
        widget: 'key-figures',
        '--ew-padding': '60vh 1em',
        '--ew-bg': 'image-set("http://127.0.0.1:1/x.png" 1x)',
        '--ew-accent': '#7a1f6b',
        '--ew-radius': '0.5rem',
      });
      await t.page.goto(embed(String(query)));
      const widget = await shown(t.page.mainFrame());
      assert.match(widget.notes[0]!, /--ew-padding: takes .*lengths.*--ew-bg: takes a colour/);
      assert.equal(widget.padding, '--ew-accent: #7a1f6b; --ew-radius: 0.5rem;');
    } finally {
      await t.close();
    }
  });
});

describe('the resize script', () => {
  it("listens only to the kit's own embed page, and passes on only an event's known fields", async () => {
    const t = await open(
      '/forged.html',
      `<iframe src="${embed('widget=destination-list&lang=en')}" title="kit" width="600" height="100" data-export-widgets></iframe>
<iframe src="${other.origin}/forge.html" title="another site" width="600" height="100" data-export-widgets></iframe>${resize()}`,
    );
    try {
      const [frame] = await embedFrames(t.page, 1);
      const widget = await shown(frame!);
      await t.page.waitForFunction(
        (h: number) => document.querySelector('iframe')!.style.height === `${h}px`,
        { polling: 50 },
        widget.height,
      );
      // The genuine frame sends an event with a field the kit never sends: only kind and id reach the page.
      await frame!.evaluate(() =>
        parent.postMessage(
          { type: 'export-widgets:event', event: 'ew-select', detail: { kind: 'country', id: 'uz', html: '<b>x</b>' } },
          '*',
        ),
      );
      await t.page.waitForFunction(() => (window as any).__selected.length > 0, { polling: 50 });
      const seen = await t.page.evaluate(() => ({
        selected: (window as any).__selected,
        forged: document.querySelectorAll('iframe')[1]!.style.height,
      }));
      assert.deepEqual(seen, { selected: [{ kind: 'country', id: 'uz' }], forged: '' });
    } finally {
      await t.close();
    }
  });

  it('sizes a sandboxed iframe (origin "null") and an iframe in a shadow root, and their events reach the page', async () => {
    host.route('/shadow.js', {
      headers: { 'content-type': 'text/javascript' },
      body: `const root = document.getElementById('app').attachShadow({ mode: 'open' });
const frame = document.createElement('iframe');
Object.assign(frame, { src: ${JSON.stringify(embed('widget=key-figures&lang=en'))}, title: 'in a shadow root', width: 600, height: 100 });
root.append(frame);`,
    });
    const t = await open(
      '/sandboxed.html',
      `<iframe src="${embed('widget=key-figures&lang=uz')}" title="sandboxed" width="600" height="100" sandbox="allow-scripts" data-export-widgets></iframe>
<div id="app"></div><script src="/shadow.js"></script>${resize()}`,
    );
    try {
      const frames = await embedFrames(t.page, 2);
      const heights = await Promise.all(frames.map(async (f) => (await shown(f)).height));
      assert.ok(
        heights.every((h) => h > 200),
        `${heights}`,
      );
      const state = () =>
        t.page.evaluate(() => {
          const sandboxed = document.querySelector('iframe')!;
          const inShadow = document.getElementById('app')!.shadowRoot!.querySelector('iframe')!;
          return { heights: [sandboxed.style.height, inShadow.style.height], ready: (window as any).__ready };
        });
      await t.page
        .waitForFunction(
          () => {
            const sandboxed = document.querySelector('iframe')!;
            const inShadow = document.getElementById('app')!.shadowRoot!.querySelector('iframe')!;
            return [sandboxed, inShadow].every((f) => parseFloat(f.style.height) > 200) && (window as any).__ready === 2;
          },
          { polling: 50, timeout: 10_000 },
        )
        .catch(async (error) => assert.fail(`${error}: ${JSON.stringify(await state())}, ${t.errors}`));
    } finally {
      await t.close();
    }
  });
});

describe('a cross-origin isolated host (Cross-Origin-Embedder-Policy: require-corp)', () => {
  it('frames the embed page and loads the resize script from the folder', async () => {
    const t = await open(
      '/isolated.html',
      `<iframe src="${embed('widget=key-figures&lang=en')}" title="isolated" width="600" height="100" data-export-widgets></iframe>
<script src="${origin}/${publication.resize.file}" integrity="${publication.resize.integrity}" crossorigin="anonymous"></script>`,
      { 'cross-origin-embedder-policy': 'require-corp', 'cross-origin-opener-policy': 'same-origin' },
    );
    try {
      assert.equal(await t.page.evaluate(() => crossOriginIsolated), true);
      const [frame] = await embedFrames(t.page, 1);
      const widget = await shown(frame!);
      assert.match(widget.heading, /in figures/);
      await t.page.waitForFunction(
        (h: number) => document.querySelector('iframe')!.style.height === `${h}px`,
        { polling: 50 },
        widget.height,
      );
    } finally {
      await t.close();
    }
  });
});
