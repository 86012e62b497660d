/**
 * The pre-rendered embed code's benchmark, run by `npm run bench -- --pages cls,lighthouse` (or at the end
 * of a whole `npm run bench`). Writes bench/RESULTS-prerender.md.
 *
 * - cls: whole-page CLS of an article with text before and after each widget, the widgets as pre-rendered embed code:
 *   each widget alone and all five, at 390 and 1280 px, the kit served at once or 1.5 s late. For comparison, the
 *   same article with empty elements and the module script (the embed code before the pre-rendered form).
 * - lighthouse: Lighthouse 12 mobile preset (simulated throttling) on demo/news.html served gzip-compressed, median of
 *   3: the page as generated (each widget's embed code with its loader, given the kit's integrity as `npm run embed --
 *   --prerendered` writes it), the same widgets with the kit as a module script at the end instead, the same page
 *   without the kit's script, and the page as it was before the pre-rendered form (empty elements, the classic script in <head>: the way left
 *   for pages whose style-src blocks inline styles).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { prerenderer } from '../scripts/prerender.js';
import { DEMO_KIT } from '../scripts/demo.js';
import { kitLoader } from '../src/embed/codes.js';

export interface Options {
  root: string;
  /** The built kit folder (export-widgets.js and .iife.js). */
  kit: string;
  tags: readonly string[];
  chromeArgs: readonly string[];
  only: readonly string[];
  rounds: number;
  out: string;
  log: (...parts: unknown[]) => void;
}

const LATE_MS = 1500;
const BEFORE =
  '<p>Текст статьи перед виджетом: абзац, который читатель уже видит и который не должен сдвинуться, когда виджет оживает.</p>';
const AFTER = '<p>Текст статьи после виджета: абзац, сдвиг которого заметил бы читатель, если бы виджет менял высоту.</p>';
const article = (widgets: string[], script: string) => `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>cls</title>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}main{max-width:46rem;margin:0 auto;padding:1rem}</style></head>
<body><main><h1>Экспорт резидентов особой экономической зоны</h1>${BEFORE}${widgets.map((w) => `${w}${AFTER}`).join('')}</main>${script}</body></html>`;

interface Served {
  origin: string;
  close(): Promise<void>;
}
/** Pages from memory, the kit (optionally late), everything else from `root`; gzip when the client accepts it. */
async function serve(root: string, kit: string, pages: Map<string, string>): Promise<Served> {
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript',
    css: 'text/css',
    json: 'application/json',
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: Buffer | undefined;
    const page = pages.get(url.pathname);
    if (page !== undefined) body = Buffer.from(page);
    else if (url.pathname.startsWith('/kit/')) {
      if (url.searchParams.has('late')) await new Promise((r) => setTimeout(r, LATE_MS));
      body = readFileSync(join(kit, url.pathname.slice(5)));
    } else {
      try {
        body = readFileSync(join(root, decodeURIComponent(url.pathname)));
      } catch {
        return void res.writeHead(404).end();
      }
    }
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': types[url.pathname.split('.').pop() ?? ''] ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Whole-page CLS of one cold load: layout shifts until every widget said ew-ready, then 500 ms more. */
async function cls(chromeArgs: readonly string[], url: string, width: number, units: number): Promise<number> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...chromeArgs],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: width < 600 ? 844 : 900, deviceScaleFactor: 1 });
    await page.setCacheEnabled(false);
    await page.evaluateOnNewDocument(`(() => {
      window.__shifts = 0; window.__ready = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) window.__shifts += e.value; })).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('ew-ready', () => window.__ready++);
    })()`);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction((n: number) => (window as unknown as { __ready: number }).__ready >= n, { timeout: 60_000 }, units);
    await new Promise((r) => setTimeout(r, 500));
    return await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts);
  } finally {
    await browser.close();
  }
}

async function lighthouseRuns(chromeArgs: readonly string[], url: string, runs: number) {
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const results: { fcp: number; lcp: number; tbt: number; performance: number; accessibility: number; bestPractices: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...chromeArgs],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const lhr = result!.lhr;
      results.push({
        fcp: lhr.audits['first-contentful-paint']!.numericValue!,
        lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
        tbt: lhr.audits['total-blocking-time']!.numericValue!,
        performance: Math.round(lhr.categories.performance!.score! * 100),
        accessibility: Math.round(lhr.categories.accessibility!.score! * 100),
        bestPractices: Math.round(lhr.categories['best-practices']!.score! * 100),
      });
    } finally {
      chrome.kill();
    }
  }
  return {
    fcp: median(results.map((r) => r.fcp)),
    lcp: median(results.map((r) => r.lcp)),
    tbt: median(results.map((r) => r.tbt)),
    performance: median(results.map((r) => r.performance)),
    accessibility: median(results.map((r) => r.accessibility)),
    bestPractices: median(results.map((r) => r.bestPractices)),
    all: results,
  };
}

export async function prerenderBench(o: Options): Promise<string> {
  const sections: string[] = [];
  const pages = new Map<string, string>();
  const sizes: string[] = [];
  if (o.only.includes('cls')) {
    o.log('cls: pre-rendering every widget');
    const made = await prerenderer({ kit: join(o.kit, 'export-widgets.js'), root: o.root });
    const codes = new Map<string, string>();
    for (const tag of o.tags) codes.set(tag, await made.prerender({ tag, attributes: { lang: 'ru' } }));
    for (const [tag, code] of codes)
      sizes.push(
        `| \`<${tag}>\` | ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB | ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB |`,
      );
    const module = (late: boolean) => `<script type="module" src="/kit/export-widgets.js${late ? '?late' : ''}"></script>`;
    const sets: [string, string[]][] = [...o.tags.map((t) => [`\`<${t}>\``, [t]] as [string, string[]]), ['all five', [...o.tags]]];
    const rows: string[] = [];
    const worst: number[] = [];
    const served = await serve(o.root, o.kit, pages);
    try {
      for (const [name, tags] of [
        ...sets,
        ['all five, empty elements + module script (no pre-rendering)', [...o.tags]] as [string, string[]],
      ]) {
        const plain = name.includes('no pre-rendering');
        const cells: string[] = [];
        for (const width of [390, 1280])
          for (const late of [false, true]) {
            const path = `/cls-${tags.length === 1 ? tags[0] : plain ? 'plain' : 'all'}-${late ? 'late' : 'now'}.html`;
            pages.set(path, article(plain ? tags.map((t) => `<${t} lang="ru"></${t}>`) : tags.map((t) => codes.get(t)!), module(late)));
            const values: number[] = [];
            for (let r = 0; r < o.rounds; r++) values.push(await cls(o.chromeArgs, served.origin + path, width, tags.length));
            const max = Math.max(...values);
            if (!plain) worst.push(max);
            cells.push(`${median(values).toFixed(4)} (max ${max.toFixed(4)})`);
            o.log(`cls ${name} ${width} px ${late ? 'late' : 'now'}: ${values.map((v) => v.toFixed(4)).join(', ')}`);
          }
        rows.push(`| ${name} | ${cells.join(' | ')} |`);
      }
    } finally {
      await served.close();
    }
    sections.push(`## CLS, whole page (target ≤ 0.01)

Article with a paragraph before and after each widget; widgets as pre-rendered embed code (\`lang="ru"\`), the kit a
module script at the end of the body, served at once or ${LATE_MS / 1000} s late. Cold load in a new browser each time,
layout shifts until every widget's \`ew-ready\` plus 500 ms. Median (max) of ${o.rounds} loads.

| page | 390 px | 390 px, kit late | 1280 px | 1280 px, kit late |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Largest CLS with pre-rendered code: ${Math.max(...worst).toFixed(4)} — target ${Math.max(...worst) <= 0.01 ? 'met' : '**missed**'}.

## Size of the pre-rendered code (lang="ru")

| widget | HTML | gzip -9 |
| --- | --- | --- |
${sizes.join('\n')}`);
  }
  if (o.only.includes('lighthouse')) {
    const news = readFileSync(join(o.root, 'demo/news.html'), 'utf8');
    const demoLoader = kitLoader(DEMO_KIT);
    if (!news.includes(demoLoader)) throw new Error('demo/news.html: no loader of the kit after its widgets; run npm run demo');
    const kitTag = '<script type="module" src="../dist/export-widgets.js"></script>';
    const source = readFileSync(join(o.root, 'demo/src/news.html'), 'utf8');
    // The embed code's own loader, as `npm run embed -- --prerendered` writes it, with the integrity of the kit this
    // benchmark built (the demo's loaders, on the kit's own origin, have none).
    const integrity = `sha384-${createHash('sha384')
      .update(readFileSync(join(o.kit, 'export-widgets.js')))
      .digest('base64')}`;
    const loader = kitLoader({ base: DEMO_KIT.base, kit: { file: DEMO_KIT.kit.file, integrity } });
    const noKit = news.replaceAll(`\n${demoLoader}`, '');
    const variants: [string, string, string][] = [
      [
        'pre-rendered embed code, kit added by its loader after the first paint',
        '/demo/lh-news-loader.html',
        news.replaceAll(demoLoader, loader),
      ],
      ['pre-rendered embed code, kit as a module at the end', '/demo/lh-news.html', noKit.replace('</body>', `${kitTag}</body>`)],
      ['the same page without the kit’s script', '/demo/lh-news-no-kit.html', noKit],
      [
        'no pre-rendering / strict `style-src`: empty elements, classic script in `<head>`',
        '/demo/lh-news-head.html',
        source.replace('</head>', '<script src="../dist/export-widgets.iife.js"></script></head>'),
      ],
    ];
    for (const [, path, html] of variants) pages.set(path, html.replaceAll('../dist/', '/kit/'));
    const served = await serve(o.root, o.kit, pages);
    const loadBefore = loadavg()[0]!;
    const rows: string[] = [];
    const fcp: number[] = [];
    try {
      for (const [name, path] of variants) {
        o.log(`lighthouse: ${name}`);
        const r = await lighthouseRuns(o.chromeArgs, served.origin + path, 3);
        fcp.push(r.fcp);
        rows.push(
          `| ${name} | ${Math.round(r.fcp)} (${r.all.map((a) => Math.round(a.fcp)).join(', ')}) | ${Math.round(r.lcp)} | ${Math.round(r.tbt)} | ${r.performance} (${r.all.map((a) => a.performance).join(', ')}) | ${r.accessibility} | ${r.bestPractices} |`,
        );
      }
    } finally {
      await served.close();
    }
    const ratio = fcp[0]! / fcp[2]!;
    sections.push(`## Lighthouse 12, mobile preset, gzip (median of 3)

demo/news.html served gzip-compressed from 127.0.0.1 (Lighthouse's simulated mobile throttling); load average
${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (other processes on this machine).

| page | FCP, ms (runs) | LCP, ms | TBT, ms | performance (runs) | accessibility | best practices |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

FCP with the kit (its loader) ÷ without it: ${ratio.toFixed(2)}× — target ≤ 1.1× ${ratio <= 1.1 ? 'met' : '**missed**'}.`);
  }
  // A run of one sub-benchmark keeps the other's sections from the last run, each section dated.
  const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
  // One string may hold more than one section (CLS and the code's size): each is replaced by its own heading.
  const fresh = sections
    .flatMap((section) => section.split(/\n(?=## )/))
    .map((section) => section.trim().replace(/\n/, `\n\n_Measured ${stamp} UTC._\n`));
  const heads = new Set(fresh.map((section) => section.split('\n')[0]));
  const kept = existsSync(o.out)
    ? readFileSync(o.out, 'utf8')
        .split(/\n(?=## )/)
        .slice(1)
        .map((section) => section.trim())
        .filter((section) => !heads.has(section.split('\n')[0]))
    : [];
  const md = `# Benchmark: pre-rendered embed code

Written by \`npm run bench -- --pages cls,lighthouse\` (bench/prerender.ts); a section re-measured alone replaces its
own. A shared machine: CLS does not depend on speed; Lighthouse's simulated throttling mostly does not, but its TBT
(and so the performance score) counts the machine's own long tasks.

${[...fresh, ...kept].join('\n\n')}
`;
  writeFileSync(o.out, md);
  return md;
}
