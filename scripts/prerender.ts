/**
 * Pre-rendered embed code from Node: the built kit and src/prerender/serialize.ts run in headless Chromium (Debian's
 * /usr/bin/chromium or $CHROME_PATH), each widget is rendered there as a reader's browser renders it, and saved.
 *
 *   npm run prerender -- export-growth lang=ru comparison=years      prints the code of one widget
 *   npm run prerender -- key-figures --page-lang uz                  a widget without `lang` on a page in Uzbek
 *
 *   import { prerender, prerenderer } from './scripts/prerender.js';
 *   const html = await prerender({ tag: 'export-growth', attributes: { lang: 'ru' } });
 *   const many = await prerenderer();          // one browser for many widgets
 *   try { for (const spec of specs) out.push(await many.prerender(spec)); } finally { await many.close(); }
 *
 * Needs the built kit (`npm run build`; or `kit` names another ES module build). A relative `src` attribute is
 * resolved against `root` (default: the current directory), served on 127.0.0.1 for the render.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bundle } from './bundle.js';
import { fileIn } from './serve.js';
import { CHROME_ARGS } from './shot.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface PrerenderSpec {
  /** The element: `export-growth`, `top-exporters`, `destination-list`, `export-structure` or `key-figures`. */
  readonly tag: string;
  /** Its attributes, as they will stand in the page (`lang`, `comparison`, `src`…). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** The `lang` of the page around it, for a widget that inherits its language (default `ru`). */
  readonly pageLang?: string;
}

export interface PrerenderOptions {
  /** The kit's ES module build (default dist/export-widgets.js). */
  readonly kit?: string;
  /** Folder that relative `src` attributes are resolved against (default: the current directory). */
  readonly root?: string;
}

export interface Prerenderer {
  prerender(spec: PrerenderSpec): Promise<string>;
  close(): Promise<void>;
}

/** src/prerender/serialize.ts as a classic script that sets `globalThis.ExportWidgetsPrerender`. */
const serializer = () => bundle(join(ROOT, 'src/prerender/serialize.ts'), { format: 'iife', name: 'ExportWidgetsPrerender' });

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8' };

/** Starts one browser for any number of widgets. */
export async function prerenderer({
  kit = join(ROOT, 'dist/export-widgets.js'),
  root = process.cwd(),
}: PrerenderOptions = {}): Promise<Prerenderer> {
  if (!existsSync(kit)) throw new Error(`${kit} not found: run \`npm run build\` first`);
  const files: Record<string, [string, string]> = {
    '/__prerender/page.html': [
      '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>prerender</title></head><body></body></html>',
      TYPES['.html']!,
    ],
    '/__prerender/kit.js': [await readFile(kit, 'utf8'), TYPES['.js']!],
    '/__prerender/serialize.js': [await serializer(), TYPES['.js']!],
  };
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const own = files[pathname];
    if (own) return void res.writeHead(200, { 'content-type': own[1] }).end(own[0]);
    const path = fileIn(base, pathname);
    if (!path) return void res.writeHead(403).end();
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROME_ARGS,
  });
  const close = async () => {
    await browser.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  };
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String((error as Error).message ?? error)));
    await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/__prerender/page.html`);
    await page.addScriptTag({ url: '/__prerender/serialize.js' });
    await page.addScriptTag({ url: '/__prerender/kit.js', type: 'module' });
    return {
      async prerender({ tag, attributes = {}, pageLang = 'ru' }) {
        const html = await page.evaluate(
          async (tag: string, attributes: Record<string, string>, pageLang: string) => {
            document.documentElement.lang = pageLang;
            await Promise.race([
              customElements.whenDefined(tag),
              new Promise((done) => setTimeout(done, 5000)), // an unknown tag is reported by prerender()
            ]);
            const api = (globalThis as unknown as { ExportWidgetsPrerender: typeof import('../src/prerender/serialize.js') })
              .ExportWidgetsPrerender;
            return api.prerender(tag, attributes);
          },
          tag,
          { ...attributes },
          pageLang,
        );
        if (problems.length) throw new Error(`prerendering <${tag}>: ${problems.join('; ')}`);
        return html;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The embed code of one widget (starts and stops a browser: for many, use `prerenderer()`). */
export async function prerender(spec: PrerenderSpec, options?: PrerenderOptions): Promise<string> {
  const one = await prerenderer(options);
  try {
    return await one.prerender(spec);
  } finally {
    await one.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const [tag, ...rest] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--page-lang');
  const at = args.indexOf('--page-lang');
  if (!tag || args.includes('--help')) {
    console.error('usage: npm run prerender -- <tag> [name=value …] [--page-lang ru|en|uz]');
    process.exit(tag ? 0 : 2);
  }
  const attributes = Object.fromEntries(
    rest.map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    }),
  );
  try {
    const html = await prerender({ tag, attributes, ...(at >= 0 ? { pageLang: args[at + 1]! } : {}) });
    if (html.includes('part="hint"'))
      console.error(`prerender: <${tag}> shows a note about an attribute value it does not know; see the code`);
    console.log(html);
  } catch (error) {
    console.error(`prerender: ${(error as Error).message}`);
    process.exit(1);
  }
}
