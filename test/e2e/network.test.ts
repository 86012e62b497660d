// A dataset named by `src` that the network refuses, and `src` values that must never be fetched.
import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  addWidgets,
  dataset,
  ESM,
  inspect,
  launch,
  page,
  probe,
  settled,
  site,
  STRICT_CSP,
  tab,
  TAGS,
  type Site,
  type Tab,
} from './harness.js';

const TIMEOUT_MS = 1500;
const json = { 'content-type': 'application/json' };

let browser: Browser;
let server: Site;
/** A second origin: the dataset's host when it is not the page's. */
let other: Site;
let t: Tab;

before(async () => {
  [browser, other] = await Promise.all([launch(), site()]);
  server = await site(STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${other.origin}`));
  const body = JSON.stringify(dataset());
  server.route('/index.html', page({ head: ESM }));
  server.route('/ok.json', { headers: json, body });
  server.route('/404.json', { status: 404, headers: json, body: '{"error":"not found"}' });
  server.route('/500.json', { status: 500, headers: { 'content-type': 'text/html' }, body: '<h1>Internal Server Error</h1>' });
  server.route('/hang-silent.json', { hang: 'silent' });
  server.route('/hang-body.json', { hang: 'body' });
  other.route('/no-cors.json', { headers: json, body });
  other.route('/cors.json', { headers: { ...json, 'access-control-allow-origin': '*' }, body });
});
after(async () => {
  await browser?.close();
  await Promise.all([server?.close(), other?.close()]);
});
beforeEach(async () => {
  await t?.close();
  t = await tab(browser);
  await t.page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  await t.page.evaluate(async (ms: number) => {
    const kit = await import('/dist/export-widgets.js' as string);
    kit.loaderConfig.timeoutMs = ms;
  }, TIMEOUT_MS);
});

/** Adds one widget of every tag with `src` and `lang="en"`; returns when all settled. */
async function widgets(p: Page, src: string, wait = true) {
  await addWidgets(p, src);
  if (wait) await settled(p);
  return inspect(p);
}

const noErrors = async () => {
  const seen = await probe(t.page);
  assert.deepEqual([...seen.errors, ...seen.violations, ...t.errors.filter((e) => !/Failed to load resource|CORS policy/.test(e))], []);
};

/** Every widget shows the same error kind with a message matching `text`. */
function assertError(list: Awaited<ReturnType<typeof widgets>>, kind: string, text: RegExp) {
  assert.equal(list.length, TAGS.length);
  for (const w of list) {
    assert.equal(w.state, `error:${kind}`, `${w.tag}: ${JSON.stringify(w)}`);
    assert.match(w.error, text, w.tag);
    assert.ok(w.height > 20, `${w.tag} shows its message`);
  }
}

describe('network faults for src', () => {
  it('loads a dataset from another origin that allows it (the control case)', async () => {
    const list = await widgets(t.page, `${other.origin}/cors.json`);
    assert.deepEqual(
      list.map((w) => w.state),
      TAGS.map(() => 'ready'),
    );
    await noErrors();
  });

  it('404: says the server answered with error 404', async () => {
    assertError(await widgets(t.page, '/404.json'), 'http', /answered with error 404/);
    await noErrors();
  });

  it('500 with an HTML body: says the server answered with error 500', async () => {
    assertError(await widgets(t.page, '/500.json'), 'http', /answered with error 500/);
    await noErrors();
  });

  it('CORS refusal by another origin: says the server refused access', async () => {
    assertError(await widgets(t.page, `${other.origin}/no-cors.json`), 'network', /refused access/);
    await noErrors();
  });

  for (const hang of ['silent', 'body'] as const) {
    it(`a server that never answers (${hang === 'silent' ? 'no headers' : 'headers, then no body'}): says so after the timeout, and the request is aborted`, async () => {
      const start = Date.now();
      assertError(await widgets(t.page, `/hang-${hang}.json`), 'timeout', /did not answer within 1\.5 s/);
      const elapsed = Date.now() - start;
      assert.ok(elapsed >= TIMEOUT_MS - 100 && elapsed < TIMEOUT_MS + 2000, `gave up after ${elapsed} ms`);
      await waitFor(() => server.open.size === 0, 'the request closed after the timeout');
      await noErrors();
    });
  }

  it('no request left running after the widgets waiting for it are removed', async () => {
    // A long timeout here: the request must end because the widgets left, not because the loader gave up.
    await t.page.evaluate(async () => ((await import('/dist/export-widgets.js' as string)).loaderConfig.timeoutMs = 60_000));
    const failed: string[] = [];
    t.page.on('requestfailed', (r) => void failed.push(`${new URL(r.url()).pathname} ${r.failure()?.errorText}`));
    await widgets(t.page, '/hang-silent.json', false);
    await waitFor(() => server.open.size === 1, 'one request for all widgets');
    // One widget leaving does not abort the request the others still wait for.
    await t.page.evaluate((tag: string) => document.querySelector(tag)!.remove(), TAGS[0]!);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(server.open.size, TAGS.length > 1 ? 1 : 0);
    // A widget moved by the page keeps waiting too.
    await t.page.evaluate((tag: string) => document.body.prepend(document.querySelector(tag)!), TAGS.at(-1)!);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(server.open.size, 1);
    await t.page.evaluate((sel: string) => document.querySelectorAll(sel).forEach((el) => el.remove()), TAGS.join(','));
    await waitFor(() => server.open.size === 0, 'the request closed when the last widget left', 1000);
    await waitFor(() => failed.length > 0, 'Chromium reports the request aborted', 1000);
    assert.deepEqual(failed, ['/hang-silent.json net::ERR_ABORTED']);
    await noErrors();
  });

  it('a widget put back after its removal aborted the load loads again', async () => {
    let hang = true;
    server.route('/late.json', () => (hang ? { hang: 'silent' } : { headers: json, body: JSON.stringify(dataset()) }));
    await t.page.evaluate(async () => ((await import('/dist/export-widgets.js' as string)).loaderConfig.timeoutMs = 60_000));
    await widgets(t.page, '/late.json', false);
    await waitFor(() => server.open.size === 1, 'the request is open');
    await t.page.evaluate((sel: string) => {
      const els = [...document.querySelectorAll(sel)];
      (window as any).parked = els;
      els.forEach((el) => el.remove());
    }, TAGS.join(','));
    await waitFor(() => server.open.size === 0, 'the request closed when the widgets left', 1000);
    hang = false;
    await t.page.evaluate(() => document.body.append(...(window as any).parked));
    await settled(t.page);
    assert.deepEqual(
      (await inspect(t.page)).map((w) => w.state),
      TAGS.map(() => 'ready'),
    );
    await noErrors();
  });

  it('"Try again" loads the dataset once the server has recovered', async () => {
    let status = 503;
    server.route('/flaky.json', () => ({ status, headers: json, body: JSON.stringify(dataset()) }));
    assertError(await widgets(t.page, '/flaky.json'), 'http', /error 503/);
    status = 200;
    await t.page.evaluate((sel: string) => {
      for (const el of document.querySelectorAll(sel)) el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    }, TAGS.join(','));
    await t.page.waitForFunction(
      (sel: string) => [...document.querySelectorAll(sel)].every((el) => (window as any).__ew.state(el) === 'ready'),
      { polling: 50, timeout: 5000 },
      TAGS.join(','),
    );
    await noErrors();
  });
});

async function waitFor(test: () => boolean, what: string, ms = 3000) {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) assert.fail(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('hostile src values', () => {
  const hostile = [
    'javascript:top.xss(1)',
    'JaVaScRiPt:top.xss(2)',
    ' javascript:top.xss(3)',
    '\u0000javascript:top.xss(4)',
    '\u0001javascript:top.xss(5)',
    '\u001fjavascript:top.xss(6)',
    '\tjava\tscript:top.xss(7)',
    'java\nscript:top.xss(8)',
    '\u0000\u0008\u000b\u000c\u001b data:application/json,{}',
    'data:application/json,' + encodeURIComponent(JSON.stringify(dataset())),
    'data:text/html,<script>top.xss(9)</script>',
    'DATA:application/json;base64,e30=',
    'file:///etc/passwd',
    'file:///work/main/data/technopolis-moscow.json',
    '\u0002file:///etc/hosts',
    'FILE://localhost/etc/passwd',
    'vbscript:msgbox(1)',
    'blob:null/00000000-0000-0000-0000-000000000000',
    'ftp://127.0.0.1/data.json',
    'ws://127.0.0.1/data.json',
    'about:blank',
    'chrome://settings',
    'view-source:http://127.0.0.1/',
    'filesystem:http://127.0.0.1/temporary/x.json',
    'mailto:someone@example.org',
    'http://[::1',
    'http://',
    'https://%zz',
  ];

  it(`makes 0 requests and shows a message for ${hostile.length} values`, async () => {
    const before = t.requests.length;
    const blobUrl = await t.page.evaluate(() => URL.createObjectURL(new Blob(['{}'], { type: 'application/json' })));
    for (const src of [...hostile, blobUrl]) {
      const list = await widgets(t.page, src);
      assertError(list, 'url', /cannot be used: it must be an http\(s\) address/);
      await t.page.evaluate((sel: string) => document.querySelectorAll(sel).forEach((el) => el.remove()), TAGS.join(','));
    }
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(t.requests.slice(before), [], 'requests made');
    assert.deepEqual(await t.page.evaluate(() => (window as any).__ew.xss), [], 'scripts run');
    await noErrors();
  });

  it('makes 0 requests and throws nothing for src set as a property to a number, an object, an array or null', async () => {
    const before = t.requests.length;
    const states = await t.page.evaluate(
      async (tags: string[]) => {
        const values: unknown[] = [42, { toString: () => 'javascript:top.xss(99)' }, ['javascript:top.xss(98)'], null, Symbol('x')];
        const out: string[] = [];
        for (const value of values) {
          const els = tags.map((tag) => {
            const el = document.createElement(tag) as any;
            el.lang = 'en';
            el.src = value;
            return el;
          });
          const settled = els.map((el) => new Promise((r) => ['ew-ready', 'ew-error'].forEach((e) => el.addEventListener(e, r))));
          document.body.append(...els);
          await Promise.race([Promise.all(settled), new Promise((r) => setTimeout(r, 3000))]);
          out.push(...els.map((el) => `${el.localName} ${String(value?.toString?.() ?? value)}: ${(window as any).__ew.state(el)}`));
          els.forEach((el) => el.remove());
        }
        return out;
      },
      [...TAGS],
    );
    assert.equal(states.filter((s) => s.endsWith('undefined')).length, 0, `widgets that never settled: ${states.join('\n')}`);
    assert.deepEqual(t.requests.slice(before), [], 'requests made');
    assert.deepEqual(await t.page.evaluate(() => (window as any).__ew.xss), [], 'scripts run');
    await noErrors();
  });
});
