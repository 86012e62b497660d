// The pre-rendered embed code adds the kit with its loader (src/embed/codes.ts kitLoader), after the page's
// first contentful paint, so that the kit's file does not count in that paint. Each widget's code carries a loader; the
// kit is added once, with its integrity, and takes every widget over.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { prerenderer } from '../../scripts/prerender.js';
import { kitLoader, prerenderedCode } from '../../src/embed/codes.js';
import { assertDrawn, DIST, ESM, inspect, launch, page, settled, site, tab, type Site } from './harness.js';

const TAGS = ['key-figures', 'export-growth'];
let browser: Browser;
let server: Site;
let publication: Parameters<typeof kitLoader>[0];
let codes: string[];

before(async () => {
  const made = await prerenderer({ kit: join(DIST, 'export-widgets.js') });
  let html: string[];
  try {
    html = await Promise.all(TAGS.map((tag) => made.prerender({ tag, attributes: { lang: 'en' } })));
  } finally {
    await made.close();
  }
  [browser, server] = await Promise.all([launch(), site()]);
  const integrity = `sha384-${createHash('sha384')
    .update(readFileSync(join(DIST, 'export-widgets.js')))
    .digest('base64')}`;
  publication = { base: `${server.origin}/dist/`, kit: { file: 'export-widgets.js', integrity } };
  codes = html.map((h) => prerenderedCode(publication, h));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The kit's script elements in the page, and when its request and the first contentful paint started. */
const kitState = (p: import('puppeteer-core').Page) =>
  p.evaluate(() => {
    const scripts = [...document.querySelectorAll('script[src$="/dist/export-widgets.js"]')].map((s) => ({
      type: (s as HTMLScriptElement).type,
      integrity: (s as HTMLScriptElement).integrity,
    }));
    const request = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/export-widgets.js'));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { scripts, request: request?.startTime, fcp: fcp?.startTime };
  });

describe("the pre-rendered code's loader", () => {
  it('adds the kit once for all the widgets, with its integrity, after the first contentful paint; the kit takes them over', async () => {
    server.route('/loader.html', page({ body: `<main>${codes.join('\n<p>Article text.</p>\n')}</main>` }));
    const t = await tab(browser);
    try {
      await t.page.goto(`${server.origin}/loader.html`, { waitUntil: 'load' });
      await settled(t.page, TAGS.join(','));
      assertDrawn(await inspect(t.page, TAGS.join(',')), TAGS.length);
      const { scripts, request, fcp } = await kitState(t.page);
      assert.deepEqual(scripts, [{ type: 'module', integrity: publication.kit.integrity }]);
      assert.ok(fcp !== undefined && request !== undefined && request >= fcp, `kit requested at ${request} ms, first paint at ${fcp} ms`);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it('with a relative address and no integrity, as on the demo pages, adds the kit once for all the widgets', async () => {
    const relative = { base: '../dist/', kit: { file: 'export-widgets.js' } };
    const html = codes.map((code) => code.replace(kitLoader(publication), kitLoader(relative)));
    assert.ok(html.every((code, i) => code !== codes[i]));
    server.route('/demo/relative.html', page({ body: `<main>${html.join('\n<p>Article text.</p>\n')}</main>` }));
    const t = await tab(browser);
    try {
      await t.page.goto(`${server.origin}/demo/relative.html`, { waitUntil: 'load' });
      await settled(t.page, TAGS.join(','));
      assertDrawn(await inspect(t.page, TAGS.join(',')), TAGS.length);
      assert.deepEqual((await kitState(t.page)).scripts, [{ type: 'module', integrity: '' }]);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it("adds nothing to a page that has the kit's script already", async () => {
    server.route('/loader-and-kit.html', page({ head: ESM, body: `<main>${codes[0]}</main>` }));
    const t = await tab(browser);
    try {
      // The loader's last chance, 3 s after the load event, comes at once: timers of 3 s or more run without delay.
      await t.page.evaluateOnNewDocument(() => {
        const later = window.setTimeout;
        (window as any).setTimeout = (fn: () => void, ms = 0) => later(fn, ms >= 3000 ? 0 : ms);
      });
      await t.page.goto(`${server.origin}/loader-and-kit.html`, { waitUntil: 'load' });
      await settled(t.page, TAGS[0]);
      await t.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      const { scripts } = await kitState(t.page);
      assert.equal(scripts.length, 1, 'one kit script');
      assert.ok(kitLoader(publication).length < 600);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });
});
