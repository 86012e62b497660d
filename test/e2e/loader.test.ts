// The pre-rendered embed code adds the kit with its loader (src/embed/codes.ts kitLoader), after the page's
// first contentful paint, so that the kit's file does not count in that paint. Each widget's code carries a loader; the
// kit is added once, with its integrity, and takes every widget over.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { prerenderer } from '../../scripts/prerender.js';
import { KIT_FAILED, kitLoader, prerenderedCode } from '../../src/embed/codes.js';
import { assertDrawn, DIST, ESM, inspect, launch, page, ROOT, settled, site, tab, type Site } from './harness.js';

const TAGS = ['key-figures', 'export-growth'];
let browser: Browser;
let server: Site;
let publication: Parameters<typeof kitLoader>[0];
let codes: string[];

before(async () => {
  const made = await prerenderer({ kit: join(DIST, 'export-widgets.js') });
  const html = await Promise.all(TAGS.map((tag) => made.prerender({ tag, attributes: { lang: 'en' } })));
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

      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it("runs under the README's own policy with Trusted Types, the loader allowed by its hash", async () => {
    // The policy as README.md prints it, for a kit served from this origin, plus the loader's hash.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const printed = /```\nContent-Security-Policy: ([^`]+?)\n```/.exec(readme)?.[1];
    assert.ok(printed, 'README.md prints a policy');
    const loader = kitLoader(publication);
    const hash = `'sha256-${createHash('sha256').update(loader.slice('<script>'.length, -'</script>'.length)).digest('base64')}'`;
    const policy = printed
      .replace(/\s*\n\s*/g, ' ')
      .replace('https://your.cdn', `${hash}`)
      .replace(/connect-src [^;]+;/, "connect-src 'self';");
    assert.match(policy, /require-trusted-types-for 'script'; trusted-types [^;]*/);
    server.route('/trusted-types.html', {
      ...page({ body: `<main>${codes.join('\n')}</main>` }),
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy },
    });
    const t = await tab(browser);
    try {
      await t.page.goto(`${server.origin}/trusted-types.html`, { waitUntil: 'load' });
      await settled(t.page, TAGS.join(','));
      assertDrawn(await inspect(t.page, TAGS.join(',')), TAGS.length);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it('elements named like document members (scripts, body) do not make it add the kit twice or elsewhere', async () => {
    const clobber = ['scripts', 'body'].map((n) => `<img name="${n}" alt="">`).join('');
    server.route('/clobbered.html', page({ body: `${clobber}<main>${codes.join('\n')}</main>` }));
    const t = await tab(browser);
    try {
      await t.page.goto(`${server.origin}/clobbered.html`, { waitUntil: 'load' });
      await settled(t.page, TAGS.join(','));
      assertDrawn(await inspect(t.page, TAGS.join(',')), TAGS.length);
      assert.equal((await kitState(t.page)).scripts.length, 1, 'one kit script');
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  it('an element named createElement does not stop it adding the kit', async () => {
    // (Lit itself reads document.createElement, so on such a page the kit cannot render: the loader's part is to add it.)
    server.route('/clobbered-create.html', page({ body: `<img name="createElement" alt=""><main>${codes[0]}</main>` }));
    const t = await tab(browser);
    try {
      await t.page.goto(`${server.origin}/clobbered-create.html`, { waitUntil: 'load' });
      await t.page.waitForFunction(() => document.querySelector('script[src$="/dist/export-widgets.js"]'), {
        polling: 50,
        timeout: 10_000,
      });
      assert.deepEqual((await kitState(t.page)).scripts, [{ type: 'module', integrity: publication.kit.integrity }]);
      assert.ok(!t.errors.some((e) => /d\.createElement/.test(e)), `${t.errors}`);
    } finally {
      await t.close();
    }
  });
});

/** What each pre-rendered widget shows of a kit that did not load: its note, its CSV button, charts and tables seen or not. */
const failedKit = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll('[data-prerendered]')].map((el) => ({
      note: el.shadowRoot!.querySelector('[role="note"]')?.textContent ?? '',
      csv: [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.download')].some((b) => b.checkVisibility()),
      // The layout a reader without JavaScript gets: the tables, no empty chart boxes.
      charts: [...el.shadowRoot!.querySelectorAll('canvas')].some((c) => c.checkVisibility()),
      tables: [...el.shadowRoot!.querySelectorAll('table')].map((t) => t.checkVisibility()),
    })),
  );

describe('a kit that does not load', () => {
  /** Timers of 3 s or more (the loader's last chance after the load event) run at once. */
  const hurry = (p: Page) =>
    p.evaluateOnNewDocument(() => {
      const later = window.setTimeout;
      (window as any).setTimeout = (fn: () => void, ms = 0) => later(fn, ms >= 3000 ? 0 : ms);
    });

  it('a 404: tried twice, then each pre-rendered widget says so in its language (here en) and shows its tables, without chart boxes or CSV button', async () => {
    const missing = { base: `${server.origin}/gone/`, kit: { file: 'export-widgets.js', integrity: publication.kit.integrity } };
    const html = codes.map((code) => code.replace(kitLoader(publication), kitLoader(missing)));
    server.route('/missing-kit.html', page({ body: `<main>${html.join('\n')}</main>` }));
    const t = await tab(browser);
    try {
      await hurry(t.page);
      await t.page.goto(`${server.origin}/missing-kit.html`, { waitUntil: 'load' });
      await t.page.waitForFunction(
        () => [...document.querySelectorAll('[data-prerendered]')].every((el) => el.shadowRoot!.querySelector('[role="note"]')),
        { polling: 50, timeout: 10_000 },
      );
      assert.deepEqual(await failedKit(t.page), [
        { note: KIT_FAILED.en, csv: false, charts: false, tables: [] },
        { note: KIT_FAILED.en, csv: false, charts: false, tables: [true] },
      ]);
      assert.equal(server.log.filter((l) => l === '/gone/export-widgets.js').length, 2, 'one try and one retry');
    } finally {
      await t.close();
    }
  });

  it('a failed script of the same address (a stale integrity) does not stop a later correct loader', async () => {
    const stale = kitLoader({ ...publication, kit: { ...publication.kit, integrity: `sha384-${'A'.repeat(64)}` } });
    const html = [codes[0]!.replace(kitLoader(publication), stale), codes[1]!];
    server.route('/stale-then-good.html', page({ body: `<main>${html.join('\n')}</main>` }));
    const t = await tab(browser);
    try {
      await hurry(t.page);
      await t.page.goto(`${server.origin}/stale-then-good.html`, { waitUntil: 'load' });
      await settled(t.page, TAGS.join(','));
      assertDrawn(await inspect(t.page, TAGS.join(',')), TAGS.length);
      assert.ok(
        t.errors.every((e) => /integrity/i.test(e)),
        `only the stale copy's refusal: ${t.errors}`,
      );
    } finally {
      await t.close();
    }
  });
});
