/**
 * The phone profile, run by `npm run bench -- --pages phone [--phone-rounds 5] [--compare DIR]` (or at the end of a
 * whole `npm run bench`): the kit on a phone-class CPU. Chromium's CPU slowed 4× (`Emulation.setCPUThrottlingRate`,
 * Chrome's stand-in for a mid-range phone), a 390 × 844 viewport at Lighthouse's mobile pixel ratio (1.75), touch.
 *
 * - start: demo/news.html as `npm run demo` writes it (pre-rendered widgets, each with its loader), cold; the long
 *   tasks (and long animation frames) after the first contentful paint until every widget has said `ew-ready`, and
 *   500 ms of quiet after.
 * - every control the kit draws, clicked with the mouse or pressed with the keyboard as a reader would: click to next
 *   paint is the longest Event Timing entry (`PerformanceObserver` type `event`, `durationThreshold` 16) of that
 *   interaction (`interactionId`), what INP reports; and the long tasks from the interaction until quiet. The news
 *   page's own controls, then a page of the controls it lacks (a long series with «Показать все», a country list with
 *   a `limit`, the structure's view toggle).
 * - the page’s dark-mode switch: news.html’s own button, which sets a class on <html>; and the same switch on the page
 *   without the kit (its widgets’ pre-rendered code left as parsed), the page’s own cost.
 *
 * With `--compare DIR`, the kit and demo page of another checkout (e.g. `main`) are measured in the same run, loads
 * alternating, as "before". Writes the section "## Phone profile" of bench/RESULTS.md.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build } from 'vite';
import { format, resolveConfig } from 'prettier';
import { serve } from '../scripts/serve.js';

export interface Options {
  root: string;
  /** The built kit (export-widgets.js) of this checkout. */
  kit: string;
  /** The reference bundle: a bare chart.js bar chart (bench/reference.js, built). */
  reference: string;
  /** Another checkout to measure as "before". */
  compare?: string;
  chromeArgs: readonly string[];
  rounds: number;
  out: string;
  log: (...parts: unknown[]) => void;
}

const THROTTLE = 4;
const VIEWPORT = { width: 390, height: 844, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const QUIET_MS = 500;
/** What the targets call slow: an answer after 100 ms, a task of 50 ms or more. */
const ANSWER_MS = 100;
const LONG_MS = 50;

/** The controls page: what news.html does not show, with the kit as a module script. */
const CONTROLS_PAGE = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>controls</title>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}main{max-width:46rem;margin:0 auto;padding:1rem}</style></head>
<body><main>
<export-growth src="/test/fixtures/twenty-five-years.json"></export-growth>
<destination-list limit="5"></destination-list>
<export-structure></export-structure>
</main><script type="module" src="../dist/export-widgets.js"></script></body></html>`;

/** The in-page collector, installed before any script of the page. */
const COLLECTOR = `(() => {
  const c = (window.__phone = { events: [], long: [], loaf: [], fcp: null, ready: 0 });
  const observe = (type, each, extra) => {
    try { new PerformanceObserver((l) => l.getEntries().forEach(each)).observe({ type, buffered: true, ...extra }); } catch {}
  };
  observe('event', (e) => e.interactionId && c.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration }), { durationThreshold: 16 });
  observe('longtask', (e) => c.long.push({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', (e) => c.loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
    scripts: e.scripts.map((s) => ({ what: (s.invoker || '?') + (s.sourceFunctionName ? ' ' + s.sourceFunctionName : ''), duration: s.duration, forced: s.forcedStyleAndLayoutDuration })) }));
  observe('paint', (e) => e.name === 'first-contentful-paint' && (c.fcp = e.startTime));
  document.addEventListener('ew-ready', () => c.ready++);
  // Resolves once no long task has ended for ${QUIET_MS} ms (and ${QUIET_MS} ms have passed).
  c.quiet = () => new Promise((done) => {
    const since = performance.now();
    const poll = () => {
      const last = Math.max(since, ...c.long.map((t) => t.start + t.duration));
      performance.now() - last >= ${QUIET_MS} ? done(performance.now()) : setTimeout(poll, 100);
    };
    setTimeout(poll, 100);
  });
})();`;

interface Entry {
  start: number;
  duration: number;
}
interface Collected {
  events: { id: number; name: string; start: number; duration: number }[];
  long: Entry[];
  loaf: (Entry & { blocking: number; scripts: { what: string; duration: number; forced: number }[] })[];
  fcp: number | null;
}

/** One measured phase: an interaction's click to next paint (none for the start), and the long tasks in it. */
interface Phase {
  /** ms; 16 stands for "under 16" (Event Timing reports nothing shorter). */
  answer?: number;
  longest: number;
  longTasks: number;
  blocking: number;
  /** Script time in long animation frames, by invoker and function. */
  scripts: Record<string, number>;
  /** The longest single script of each invoker and function: one piece of work (a render turn, a chart slice). */
  longestScript: Record<string, number>;
}

/** A control: where it is (a selector in a widget's shadow root) and how a reader uses it. */
interface Control {
  name: string;
  tag: string;
  selector: string;
  how: 'mouse' | 'keyboard';
}
const NEWS_CONTROLS: Control[] = [
  { name: '`<export-growth>` sources (open)', tag: 'export-growth', selector: 'details.sources > summary', how: 'mouse' },
  { name: '`<export-growth>` «Таблица» (chart → table)', tag: 'export-growth', selector: '.toolbar button:nth-child(2)', how: 'mouse' },
  { name: '`<export-growth>` a period, mouse', tag: 'export-growth', selector: 'tbody button.select', how: 'mouse' },
  {
    name: '`<export-growth>` a period, keyboard (Enter)',
    tag: 'export-growth',
    selector: 'tbody:first-of-type tr:last-child button.select',
    how: 'keyboard',
  },
  { name: '`<export-growth>` «График» (table → chart)', tag: 'export-growth', selector: '.toolbar button:nth-child(1)', how: 'mouse' },
  { name: '`<export-growth>` CSV', tag: 'export-growth', selector: 'button.download', how: 'mouse' },
  { name: '`<top-exporters>` sources (open)', tag: 'top-exporters', selector: 'details.sources > summary', how: 'mouse' },
  { name: '`<top-exporters>` CSV', tag: 'top-exporters', selector: 'button.download', how: 'mouse' },
  { name: '`<key-figures>` sources (open)', tag: 'key-figures', selector: 'details.sources > summary', how: 'mouse' },
];
const PAGE_CONTROLS: Control[] = [
  { name: '`<export-growth>` «Показать все» (25 years)', tag: 'export-growth', selector: '.cut button', how: 'mouse' },
  { name: '`<destination-list>` a country, mouse', tag: 'destination-list', selector: 'details.country > summary', how: 'mouse' },
  {
    name: '`<destination-list>` a country, keyboard (Enter)',
    tag: 'destination-list',
    selector: 'li:nth-child(2) > details.country > summary',
    how: 'keyboard',
  },
  { name: '`<destination-list>` «Показать все»', tag: 'destination-list', selector: '.more button', how: 'mouse' },
  { name: '`<export-structure>` «Таблица»', tag: 'export-structure', selector: '.toolbar button:nth-child(2)', how: 'mouse' },
  { name: '`<export-structure>` «График»', tag: 'export-structure', selector: '.toolbar button:nth-child(1)', how: 'mouse' },
];
const THEME = 'the page’s dark-mode switch (news.html, all widgets follow)';
const BARE_THEME = 'the same switch on news.html without the kit (its pre-rendered widgets left as parsed): the page’s own cost';
const START = 'the kit starting on news.html, after the first paint';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The long tasks and long-animation-frame scripts of `c` from `from` on. */
function phase(c: Collected, from: number, answer?: number): Phase {
  const long = c.long.filter((t) => t.start + t.duration > from).map((t) => t.duration);
  const scripts: Record<string, number> = {};
  const longestScript: Record<string, number> = {};
  for (const frame of c.loaf.filter((f) => f.start + f.duration > from && f.blocking > 0))
    for (const s of frame.scripts) {
      scripts[s.what] = (scripts[s.what] ?? 0) + s.duration;
      longestScript[s.what] = Math.max(longestScript[s.what] ?? 0, s.duration);
    }
  return {
    ...(answer === undefined ? {} : { answer }),
    longest: Math.max(0, ...long),
    longTasks: long.filter((d) => d >= LONG_MS).length,
    blocking: long.reduce((sum, d) => sum + Math.max(0, d - LONG_MS), 0),
    scripts,
    longestScript,
  };
}

const collected = (page: Page) => page.evaluate(() => (window as unknown as { __phone: Collected }).__phone) as Promise<Collected>;
const quiet = (page: Page) => page.evaluate(() => (window as unknown as { __phone: { quiet(): Promise<number> } }).__phone.quiet());

/** Runs `act` once the page is quiet, and measures it: its interaction's longest Event Timing entry, the tasks after. */
async function measure(page: Page, act: () => Promise<void>): Promise<Phase> {
  await quiet(page);
  const known = new Set((await collected(page)).events.map((e) => e.id));
  const from = await page.evaluate(() => performance.now());
  await act();
  await quiet(page);
  const after = await collected(page);
  const mine = after.events.filter((e) => !known.has(e.id) && e.start >= from - 1);
  return phase(after, from, mine.length ? Math.max(...mine.map((e) => e.duration)) : 16);
}

/** Uses the control as a reader would, and measures it. */
async function use(page: Page, { tag, selector, how }: Control): Promise<Phase> {
  // Scrolled to first (measure waits for quiet): the scroll's own work is not the control's.
  const box = await page.evaluate(
    ({ tag, selector }) => {
      const el = document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(selector);
      el?.scrollIntoView({ block: 'center', behavior: 'instant' });
      return el ? true : false;
    },
    { tag, selector },
  );
  if (!box) throw new Error(`phone: no ${selector} in <${tag}>`);
  return measure(page, async () => {
    if (how === 'keyboard') {
      await page.evaluate(({ tag, selector }) => document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector)!.focus(), {
        tag,
        selector,
      });
      await page.keyboard.press('Enter');
      return;
    }
    const at = await page.evaluate(
      ({ tag, selector }) => {
        const r = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector)!.getBoundingClientRect();
        return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
      },
      { tag, selector },
    );
    await page.mouse.click(at.x, at.y);
  });
}

/** The page's own switch (not in a shadow root). */
const theme = (page: Page) =>
  measure(page, async () => {
    await page.click('#theme');
    await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
  });

/**
 * One cold load of `url` in a context of its own, at the phone's size and CPU rate, with the collector installed:
 * `work` measures what it will, and a page error fails the load.
 */
async function coldLoad<T>(browser: Browser, url: string, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' }).catch(() => undefined);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.evaluateOnNewDocument(COLLECTOR);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const result = await work(page);
    if (errors.length) throw new Error(`phone: ${url}: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** One cold load of a page, its start measured, then `controls` used one after another. */
const visit = (browser: Browser, url: string, widgets: number, controls: Control[], themeSwitch: boolean) =>
  coldLoad(browser, url, async (page) => {
    await page.waitForFunction(
      (n: number) => (window as unknown as { __phone: { ready: number } }).__phone.ready >= n,
      { timeout: 120_000 },
      widgets,
    );
    await quiet(page);
    const c = await collected(page);
    const results = new Map<string, Phase>([[START, phase(c, c.fcp ?? 0)]]);
    for (const control of controls) results.set(control.name, await use(page, control));
    if (themeSwitch) results.set(THEME, await theme(page));
    return results;
  });

/**
 * The floors under the start: the three pieces of it that are each one call no script can split, measured alone in
 * pages with nothing else, at the same CPU rate. The longest task of each page's load is the piece.
 */
const FLOORS = {
  'the first `Intl.NumberFormat` of a page (ICU builds its number-formatting data, once per page), no kit': 'intl.html',
  'the kit’s module on a page with no widget (parse, compile, evaluate)': 'kit-only.html',
  'one bare chart.js bar chart, no kit: chart.js’s module and the chart, which it draws in the same task (bench/reference.js)':
    'chart-only.html',
} as const;
const FLOOR_PAGES: Record<(typeof FLOORS)[keyof typeof FLOORS], string> = {
  'intl.html': `<script>new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 }).format(1.5)</script>`,
  'kit-only.html': `<script type="module" src="../dist/export-widgets.js"></script>`,
  'chart-only.html': `<div style="height:300px"><canvas aria-label="ref" data-labels="2019|2020|2021|2022|2023|2024" data-values="326|450|600|700|900|1000"></canvas></div><script type="module" src="../dist/reference.js"></script>`,
};

/** The longest task of a cold load of `url`, until quiet. */
const floor = (browser: Browser, url: string) =>
  coldLoad(browser, url, async (page) => {
    await quiet(page);
    return Math.max(0, ...(await collected(page)).long.map((t) => t.duration));
  });

/** A kit and its demo page, copied where the bench server serves them. */
function stage(dir: string, checkout: string, kit: string) {
  mkdirSync(join(dir, 'demo'), { recursive: true });
  mkdirSync(join(dir, 'dist'), { recursive: true });
  for (const file of ['news.html', 'news.js']) copyFileSync(join(checkout, 'demo', file), join(dir, 'demo', file));
  writeFileSync(join(dir, 'demo/controls.html'), CONTROLS_PAGE);
  // The page's own cost of its theme switch: the widgets' pre-rendered code stays, their loaders go.
  const news = readFileSync(join(dir, 'demo/news.html'), 'utf8');
  writeFileSync(join(dir, 'demo/news-no-kit.html'), news.replace(/<script>\(function\(k\)[\s\S]*?<\/script>/g, ''));
  copyFileSync(kit, join(dir, 'dist/export-widgets.js'));
}

export async function phoneBench(o: Options): Promise<string> {
  const TMP = join(o.root, '.tmp/bench/phone');
  const kits: { label: string; dir: string }[] = [];
  if (o.compare) {
    o.log(`phone: building the kit of ${o.compare} (before)`);
    await build({
      root: o.compare,
      configFile: join(o.compare, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: join(TMP, 'before-build'), emptyOutDir: true },
    });
    stage(join(TMP, 'before'), o.compare, join(TMP, 'before-build/export-widgets.js'));
    kits.push({ label: 'before', dir: join(TMP, 'before') });
  }
  stage(join(TMP, 'after'), o.root, o.kit);
  const floorDir = join(TMP, 'floors');
  mkdirSync(join(floorDir, 'demo'), { recursive: true });
  mkdirSync(join(floorDir, 'dist'), { recursive: true });
  copyFileSync(o.kit, join(floorDir, 'dist/export-widgets.js'));
  copyFileSync(o.reference, join(floorDir, 'dist/reference.js'));
  for (const [file, body] of Object.entries(FLOOR_PAGES))
    writeFileSync(
      join(floorDir, 'demo', file),
      `<!doctype html><html lang="ru"><meta charset="utf-8"><title>floor</title><body>${body}</body></html>`,
    );
  kits.push({ label: o.compare ? 'after' : 'this kit', dir: join(TMP, 'after') });

  const server = await serve({ port: 0, root: o.root });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...o.chromeArgs],
  });
  const chromium = await browser.version();
  const loadBefore = loadavg()[0]!;
  const runs = new Map<string, Map<string, Phase>[]>(kits.map((k) => [k.label, []]));
  const floors = new Map<string, number[]>(Object.keys(FLOORS).map((name) => [name, []]));
  try {
    for (let round = 0; round < o.rounds; round++) {
      // Alternating, and the other one first every other round: drift on a shared machine hits both alike.
      const order = round % 2 ? [...kits].reverse() : kits;
      for (const kit of order) {
        const base = `${origin}/${relative(o.root, kit.dir)}/demo`;
        const news = await visit(browser, `${base}/news.html`, 3, NEWS_CONTROLS, true);
        const controls = await visit(browser, `${base}/controls.html`, 3, PAGE_CONTROLS, false);
        controls.delete(START);
        const bare = await visit(browser, `${base}/news-no-kit.html`, 0, [], true);
        runs.get(kit.label)!.push(new Map([...news, ...controls, [BARE_THEME, bare.get(THEME)!]]));
        o.log(
          `phone round ${round + 1}/${o.rounds} ${kit.label}: start longest ${Math.round(news.get(START)!.longest)} ms, theme ${news.get(THEME)!.answer} ms`,
        );
      }
      for (const [name, file] of Object.entries(FLOORS))
        floors.get(name)!.push(await floor(browser, `${origin}/${relative(o.root, floorDir)}/demo/${file}`));
    }
  } finally {
    await browser.close();
    server.close();
  }
  const loadAfter = loadavg()[0]!;

  const rows = [START, ...NEWS_CONTROLS.map((c) => c.name), ...PAGE_CONTROLS.map((c) => c.name), THEME, BARE_THEME];
  const stat = (label: string, row: string, pick: (p: Phase) => number | undefined) => {
    const xs = runs
      .get(label)!
      .map((r) => r.get(row))
      .map((p) => (p ? pick(p) : undefined))
      .filter((x): x is number => x !== undefined);
    return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : undefined;
  };
  const ms = (s?: { median: number; min: number; max: number }) =>
    s ? `${s.median <= 16 ? '≤ 16' : Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})` : '—';
  const count = (s?: { median: number; min: number; max: number }) => (s ? `${s.median} (${s.min}–${s.max})` : '—');
  const labels = kits.map((k) => k.label);
  const head = labels.flatMap((l) => [`click to next paint, ${l}`, `longest task after, ${l}`]);
  const verdict = (row: string) => {
    const l = labels.at(-1)!;
    const answer = stat(l, row, (p) => p.answer)?.median;
    const longest = stat(l, row, (p) => p.longest)?.median ?? 0;
    if (row === BARE_THEME) return '(reference)';
    const ok = row === START ? longest < LONG_MS : row === THEME ? answer! <= ANSWER_MS && longest < LONG_MS : answer! <= ANSWER_MS;
    return ok ? 'met' : '**missed**';
  };
  const table = [
    `| | ${head.join(' | ')} | target (${labels.at(-1)}) |`,
    `| --- | ${head.map(() => '---').join(' | ')} | --- |`,
    ...rows.map(
      (row) =>
        `| ${row} | ${labels.flatMap((l) => [row === START ? '—' : ms(stat(l, row, (p) => p.answer)), `${ms(stat(l, row, (p) => p.longest)).replace('≤ 16', '0')}; ${count(stat(l, row, (p) => p.longTasks))} ≥ ${LONG_MS} ms`]).join(' | ')} | ${verdict(row)} |`,
    ),
  ].join('\n');
  // Where the time of long animation frames went, for the start and the theme switch: the scripts that took most.
  const attribution = [START, THEME, NEWS_CONTROLS[4]!.name]
    .flatMap((row) =>
      labels.map((l) => {
        const sums: Record<string, number[]> = {};
        const longest: Record<string, number[]> = {};
        for (const run of runs.get(l)!) {
          for (const [what, d] of Object.entries(run.get(row)?.scripts ?? {})) (sums[what] ??= []).push(d);
          for (const [what, d] of Object.entries(run.get(row)?.longestScript ?? {})) (longest[what] ??= []).push(d);
        }
        const top = Object.entries(sums)
          .map(([what, ds]) => [what, ds.reduce((a, b) => a + b, 0) / runs.get(l)!.length] as const)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 4)
          .map(
            ([what, d]) =>
              `\`${what.replaceAll('|', '/').slice(0, 90)}\` ${Math.round(d)} ms (one at most ${Math.round(median(longest[what]!))})`,
          );
        return `| ${row} | ${l} | ${top.join('; ') || '—'} |`;
      }),
    )
    .join('\n');

  const section = `## Phone profile: CPU ×${THROTTLE}, 390 px

_Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC_ by \`npm run bench -- --pages phone --phone-rounds ${o.rounds}${o.compare ? ' --compare <checkout of the kit before>' : ''}\` (bench/phone.ts), ${chromium} headless, load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (a shared machine: wall times are noisy; ${o.compare ? 'both kits were measured in the same run, loads alternating' : 'one kit'}).
\`Emulation.setCPUThrottlingRate\` ${THROTTLE}, viewport ${VIEWPORT.width} × ${VIEWPORT.height} at pixel ratio ${VIEWPORT.deviceScaleFactor}, touch; each cell the median (min–max) of ${o.rounds} cold loads.
Click to next paint: the longest Event Timing entry of the interaction (what INP reports; entries under 16 ms are not reported, «≤ 16»).
Longest task after: the longest \`longtask\` from the interaction (from the first contentful paint for the start) until ${QUIET_MS} ms without one, and how many took ${LONG_MS} ms or more.
Controls are used in the order listed, on demo/news.html (as \`npm run demo\` writes it: pre-rendered, each widget with its loader), then on a page of the controls news.html lacks (\`<export-growth>\` of a 25-year fixture, \`<destination-list limit="5">\`, \`<export-structure>\`; kit as a module script).
Targets: every control ≤ ${ANSWER_MS} ms; the theme switch ≤ ${ANSWER_MS} ms with no task ≥ ${LONG_MS} ms after; no task ≥ ${LONG_MS} ms while the kit starts.

${table}

The floors under the start: each piece alone, in a page with nothing else, at the same CPU rate (its load's longest task, ms):

| piece | longest task |
| --- | --- |
${[...floors].map(([name, xs]) => `| ${name} | ${ms({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) })} |`).join('\n')}

Where long animation frames spent their script time (mean per load, the largest four, and the median of the longest single script of each: one render turn, one chart slice; \`long-animation-frame\` script attribution):

| phase | kit | scripts |
| --- | --- | --- |
${attribution}`;

  const old = existsSync(o.out) ? readFileSync(o.out, 'utf8') : '# Benchmark results\n';
  const parts = old.split(/\n(?=## )/);
  const at = parts.findIndex((p) => p.startsWith('## Phone profile'));
  if (at >= 0) parts[at] = `${section}\n`;
  else parts.splice(Math.min(2, parts.length), 0, `${section}\n`);
  writeFileSync(o.out, await format(parts.join('\n'), { ...(await resolveConfig(o.out)), parser: 'markdown' }));
  return section;
}
