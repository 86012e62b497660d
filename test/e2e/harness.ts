/**
 * Whole-page tests: a small HTTP server on 127.0.0.1 (port chosen by the OS) that serves the built kit, the probe
 * script and pages or datasets each test describes, and Debian's Chromium driven by puppeteer-core. Every test loads
 * the BUILT bundle, as an embedder does: `dist/` (or the folder `$EW_DIST` names).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { TAGS as WIDGET_TAGS } from '../../src/widgets/registry.js';
import { CHROME_ARGS } from '../../scripts/shot.js';

export const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const DIST = resolve(process.env.EW_DIST ?? join(ROOT, 'dist'));
const PAGES = join(ROOT, 'test/e2e/pages');

/** Every tag of the kit's registry: new widgets are covered without editing the tests. */
export const TAGS: readonly string[] = WIDGET_TAGS;

/** The frozen fixture dataset, parsed: a valid dataset that tests serve by `src` and derive malformed and hostile copies from. */
export const dataset = (): any => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/frozen/dataset.json'), 'utf8'));

/** A strict security policy: scripts, styles and data from the page's own origin only. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Never finish: send nothing (`silent`) or headers and the start of a body (`body`), until the client goes away. */
  hang?: 'silent' | 'body';
  /** A body made as the client reads it (back-pressure), for responses too large to hold. */
  stream?: () => Readable;
}
export type Route = (req: IncomingMessage, url: URL) => Reply | Promise<Reply>;

export interface Site {
  readonly origin: string;
  /** Path and query of every request, in order. */
  readonly log: string[];
  /** Responses of `hang` routes the client has not closed yet. */
  readonly open: Set<ServerResponse>;
  /** Answers `path` (without query) with a fixed reply or a function. */
  route(path: string, reply: Reply | Route): void;
  close(): Promise<void>;
}

/**
 * A server: `/dist/*` from the built kit, `/pages/*` from test/e2e/pages, `/data/*` from data/, anything else from
 * the routes a test adds. `csp` is sent as the Content-Security-Policy of every HTML page.
 */
export async function site(csp?: string): Promise<Site> {
  const routes = new Map<string, Route>();
  const log: string[] = [];
  const open = new Set<ServerResponse>();
  const file = async (dir: string, rest: string): Promise<Reply> => {
    const path = normalize(join(dir, decodeURIComponent(rest)));
    if (!path.startsWith(dir)) return { status: 403 };
    try {
      return { body: await readFile(path), headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' } };
    } catch {
      return { status: 404, body: 'not found' };
    }
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    log.push(url.pathname + url.search);
    const { pathname } = url;
    let reply: Reply;
    if (routes.has(pathname)) reply = await routes.get(pathname)!(req, url);
    else if (pathname.startsWith('/dist/')) reply = await file(DIST, pathname.slice(6));
    else if (pathname.startsWith('/pages/')) reply = await file(PAGES, pathname.slice(7));
    else if (pathname.startsWith('/data/')) reply = await file(join(ROOT, 'data'), pathname.slice(6));
    else if (pathname === '/favicon.ico') reply = { status: 204 };
    else reply = { status: 404, body: 'not found' };
    if (reply.hang) {
      open.add(res);
      res.on('close', () => open.delete(res));
      if (reply.hang === 'body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"format": 1, ');
      }
      return;
    }
    if (reply.stream) {
      res.writeHead(reply.status ?? 200, { 'cache-control': 'no-store', ...reply.headers });
      const body = reply.stream();
      res.on('close', () => body.destroy());
      body.pipe(res);
      return;
    }
    const html = /html/.test(reply.headers?.['content-type'] ?? '');
    res.writeHead(reply.status ?? 200, {
      'cache-control': 'no-store',
      ...(csp && html ? { 'content-security-policy': csp } : {}),
      ...reply.headers,
    });
    res.end(reply.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    open,
    route(path, reply) {
      routes.set(path, typeof reply === 'function' ? reply : () => reply);
    },
    close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/** A page: the probe first (a 'self' script, so it runs under any policy), then `head`, then `body`. No inline script. */
export function page({ head = '', body = '', lang = 'en' }: { head?: string; body?: string; lang?: string } = {}): Reply {
  return {
    headers: { 'content-type': TYPES['.html']! },
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>export-widgets test</title>
<script src="/pages/probe.js"></script>${head}</head><body>${body}</body></html>`,
  };
}

export const ESM = '<script type="module" src="/dist/export-widgets.js"></script>';
export const IIFE = '<script src="/dist/export-widgets.iife.js"></script>';
/** One element of every tag, with the given attributes. */
export const allTags = (attrs = '') => TAGS.map((tag) => `<${tag} ${attrs}></${tag}>`).join('\n');

/** Headless Chromium with the flags scripts/shot.js uses for Debian's Chromium as root, and a longer protocol timeout. */
export async function launch(extra: string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    protocolTimeout: 60_000,
    args: [...CHROME_ARGS, ...extra],
  });
}

export interface Tab {
  readonly page: Page;
  /** Uncaught errors and rejections (pageerror), and console errors (the browser's own CSP reports among them). */
  readonly errors: string[];
  readonly warnings: string[];
  /** Every request the page made, by URL. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A fresh incognito context and page, with its errors, warnings and requests collected. */
export async function tab(browser: Browser, width = 900): Promise<Tab> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${(error as Error).message ?? String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    if (message.type() === 'warn') warnings.push(message.text());
  });
  page.on('request', (request) => void (request.url().endsWith('/favicon.ico') || requests.push(request.url())));
  // tsx compiles with keepNames: functions handed to page.evaluate may call __name, which the page lacks.
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  return { page, errors, warnings, requests, close: () => context.close() };
}

/** Elements matching `selector` in the document and in open shadow roots of elements that do not match (host apps). */
function deep(selector: string): Element[] {
  const found: Element[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el);
      else if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}
/** Installs `deep` in the page (idempotent), so evaluated functions can call `__deep(selector)`. */
const withDeep = (page: Page) => page.evaluate(`globalThis.__deep ??= ${deep.toString()}`);

/** Waits until every widget on the page (or those matching `selector`), in shadow roots too, said ew-ready or ew-error. */
/** Adds one widget of every tag to the page, with `src` (as an attribute, as given) and `lang="en"`. */
export async function addWidgets(page: Page, src: string): Promise<void> {
  await page.evaluate(
    (tags: string[], src: string) => {
      for (const tag of tags) {
        const el = document.createElement(tag);
        el.setAttribute('lang', 'en');
        el.setAttribute('src', src);
        document.body.append(el);
      }
    },
    [...TAGS],
    src,
  );
}

export async function settled(page: Page, selector = TAGS.join(','), timeout = 15_000): Promise<void> {
  await withDeep(page);
  await page.waitForFunction(
    (sel: string) => (globalThis as any).__deep(sel).every((el: Element) => (window as any).__ew.state(el)),
    { timeout, polling: 50 },
    selector,
  );
}

export interface Drawn {
  tag: string;
  upgraded: boolean;
  state: string | undefined;
  height: number;
  text: number;
  canvases: number[];
  error: string;
}

/** What each widget shows: upgraded, its ew state, height, amount of text, painted pixels of each canvas, any error text. */
export async function inspect(page: Page, selector = TAGS.join(',')): Promise<Drawn[]> {
  await withDeep(page);
  return page.evaluate((sel: string) => {
    const painted = (canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || !canvas.width || !canvas.height) return 0;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    };
    return ((globalThis as any).__deep(sel) as Element[]).map((el) => {
      const root = el.shadowRoot;
      const ctor = customElements.get(el.localName);
      return {
        tag: el.localName,
        upgraded: Boolean(ctor && el instanceof ctor && root),
        state: (window as any).__ew.state(el) as string | undefined,
        height: Math.round(el.getBoundingClientRect().height),
        text: (root?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
        canvases: [...(root?.querySelectorAll('canvas') ?? [])].map(painted),
        error: (root?.querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      };
    });
  }, selector);
}

/** Fails with the widgets that are not fully drawn: upgraded, ready, tall, with text, every canvas painted. */
export function assertDrawn(list: Drawn[], expected = TAGS.length): void {
  const bad = list.filter((d) => !d.upgraded || d.state !== 'ready' || d.height < 60 || d.text < 40 || d.canvases.some((px) => px < 500));
  if (list.length < expected || bad.length)
    throw new Error(`expected ${expected} drawn widgets, got ${list.length}; not drawn: ${JSON.stringify(bad)}`);
}

/** The probe's record of CSP violations and uncaught errors seen inside the page. */
export const probe = (page: Page): Promise<{ violations: string[]; errors: string[]; xss: number[] }> =>
  page.evaluate(() => {
    const ew = (window as any).__ew;
    return { violations: [...ew.violations], errors: [...ew.errors], xss: [...ew.xss] };
  });
