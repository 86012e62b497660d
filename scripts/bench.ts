/**
 * npm run bench [-- --rounds 15 --warmup 1 --pages all,ref-1 --no-write]
 *
 * What the kit costs the page that embeds it, against bare chart.js charts of the same figures in the same run.
 * Builds the kit (the project's vite config) and a reference bundle (chart.js with the parts the kit registers)
 * into .tmp/bench/, writes synthetic 10×, 100× and largest-accepted datasets and the pages there, serves the project on 127.0.0.1 and loads
 * every page cold in headless Chromium (a new browser context per load, cache disabled), page types interleaved in
 * rounds with a rotating order so that drift on a shared machine hits all alike. Prints a Markdown table (medians,
 * min–max) and writes it to bench/RESULTS.md; the raw figures go to bench/results/latest.json (gitignored).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { format, resolveConfig } from 'prettier';
import { build, type Plugin } from 'vite';
import embedded from '../data/technopolis-moscow.json' with { type: 'json' };
import { buildModel } from '../src/data/model.js';
import { growthPanels } from '../src/data/selectors/growth.js';
import { loaderConfig } from '../src/data/load.js';
import { LIMITS } from '../src/data/schema.js';
import { validateDataset } from '../src/data/validate.js';
import { pages, type PageSpec } from '../bench/pages.js';
import { largestSynthetic, writeSynthetic } from '../bench/synthetic.js';
import { CATEGORIES, mainThreadCpu, type Cpu } from '../bench/trace.js';
import { prerenderBench } from '../bench/prerender.js';
import { phoneBench } from '../bench/phone.js';
import { prerenderer } from './prerender.js';
import { serve } from './serve.js';
import { CHROME_ARGS } from './shot.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TMP = join(ROOT, '.tmp/bench');
const url = (path: string) => `/${relative(ROOT, path).split('\\').join('/')}`;

// ---------------------------------------------------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1]! : fallback;
};
if (flag('help')) {
  console.log(
    `npm run bench -- [--rounds N (15)] [--warmup N (1)] [--pages a,b] [--port P (0)] [--out FILE (bench/RESULTS.md)] [--no-write] [--trace-rounds N (5)] [--no-trace] [--kit-root DIR (.)] [--pages cls,lighthouse: the pre-rendered code's CLS and Lighthouse runs alone] [--cls-rounds N (3)] [--pages phone: the phone profile alone] [--phone-rounds N (5)] [--compare DIR: the phone profile of another checkout's kit too, as "before"]`,
  );
  process.exit(0);
}
const ROUNDS = Number(option('rounds', '15'));
const WARMUP = Number(option('warmup', '1'));
const PORT = Number(option('port', '0'));
const OUT = resolve(ROOT, option('out', 'bench/RESULTS.md'));
// Another checkout (or a patched copy) to build the kit from, to compare a change against this run's reference.
const KIT_ROOT = resolve(ROOT, option('kit-root', '.'));
const TRACE_ROUNDS = flag('no-trace') ? 0 : Number(option('trace-rounds', '5'));
const ONLY = option('pages', '').split(',').filter(Boolean);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 900, deviceScaleFactor: 1 };
if (!(ROUNDS >= 1) || !(WARMUP >= 0)) throw new Error('--rounds must be ≥ 1 and --warmup ≥ 0');
const log = (...parts: unknown[]) => console.error('bench:', ...parts);
const started = Date.now();

// ------------------------------------------------------------------------------------------------------------ build
/** Every tag of the kit's registry: the all-widgets page follows the kit as it grows. */
const { TAGS } = (await import(String(pathToFileURL(join(KIT_ROOT, 'src/widgets/registry.ts'))))) as { TAGS: readonly string[] };
if (!TAGS.includes('export-growth')) throw new Error('src/widgets/registry.ts has no export-growth');

log(`building the kit and the reference bundle into ${relative(ROOT, TMP)}/`);
await build({
  root: KIT_ROOT,
  configFile: join(KIT_ROOT, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: join(TMP, 'kit'), emptyOutDir: true },
});
// Its Node entry beside it: what pre-renders the embed code of the takeover pages.
await build({
  root: KIT_ROOT,
  configFile: join(KIT_ROOT, 'vite.node.config.ts'),
  logLevel: 'warn',
  build: { outDir: join(TMP, 'kit'), emptyOutDir: false },
});
await build({
  root: ROOT,
  configFile: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: join(TMP, 'ref'),
    emptyOutDir: true,
    reportCompressedSize: false,
    minify: true,
    lib: { entry: join(ROOT, 'bench/reference.js'), formats: ['es'], fileName: () => 'reference.js' },
    // The kit's tree-shaking setting, so that the reference keeps no more of chart.js than the kit does.
    rolldownOptions: { treeshake: { propertyReadSideEffects: false }, output: { minify: true } },
  },
});
const KIT = join(TMP, 'kit/export-widgets.js');
const REF = join(TMP, 'ref/reference.js');

// The sub-benchmarks: the pre-rendered embed code's (bench/prerender.ts) and the phone profile (bench/phone.ts), alone
// with --pages cls,lighthouse,phone, else at the end.
const SUB = ['cls', 'lighthouse', 'phone'];
const runSub = async (only: string[]) => {
  const out: string[] = [];
  const pre = only.filter((p) => p !== 'phone');
  if (pre.length)
    out.push(
      await prerenderBench({
        root: ROOT,
        kit: join(TMP, 'kit'),
        tags: TAGS,
        chromeArgs: CHROME_ARGS,
        only: pre,
        rounds: Number(option('cls-rounds', '3')),
        out: join(ROOT, 'bench/RESULTS-prerender.md'),
        log,
      }),
    );
  if (only.includes('phone'))
    out.push(
      await phoneBench({
        root: ROOT,
        kit: KIT,
        reference: REF,
        ...(argv.includes('--compare') ? { compare: resolve(ROOT, option('compare', '')) } : {}),
        chromeArgs: CHROME_ARGS,
        rounds: Number(option('phone-rounds', '5')),
        out: OUT,
        log,
      }),
    );
  return out.join('\n\n');
};
if (ONLY.length && ONLY.every((p) => SUB.includes(p))) {
  console.log(await runSub(ONLY));
  process.exit(0);
}

interface Size {
  min: number;
  gzip: number;
  brotli: number;
}
const sizeOf = (file: string): Size => {
  const bytes = readFileSync(file);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sizes = { kit: sizeOf(KIT), reference: sizeOf(REF) };

/**
 * Where the kit's bytes go: the kit built again without some widgets (their registry entries: each one's
 * `src/widgets/<tag>/index.ts` built as an empty module, so nothing imports its element), or with an empty embedded
 * dataset. A part's cost is what the kit loses without it; code the part shares with others stays as long as one of
 * them uses it.
 */
async function variant(name: string, without: readonly string[], emptyDataset = false): Promise<Size> {
  const dir = join(TMP, 'variants', name);
  mkdirSync(dir, { recursive: true });
  const dataset = join(KIT_ROOT, 'data/technopolis-moscow.json');
  const left = new Set(without.map((tag) => join(KIT_ROOT, 'src/widgets', tag, 'index.ts')));
  const plugin: Plugin = {
    name: 'bench:parts',
    enforce: 'pre',
    load: (id) => (left.has(id) ? 'export {};' : emptyDataset && id === dataset ? '{}' : null),
  };
  await build({
    root: KIT_ROOT,
    configFile: join(KIT_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [plugin],
    // The registry and the entry still name the left-out classes: they become `undefined`.
    build: {
      outDir: join(dir, 'dist'),
      emptyOutDir: true,
      rolldownOptions: { shimMissingExports: true, onwarn: (w, warn) => w.code === 'SHIMMED_EXPORT' || warn(w) },
    },
  });
  return sizeOf(join(dir, 'dist/export-widgets.js'));
}
log('building the kit in parts, to see what each costs');
const parts = {
  growthOnly: await variant(
    'export-growth-only',
    TAGS.filter((t) => t !== 'export-growth'),
  ),
  without: {} as Record<string, Size>,
  noDataset: await variant('empty-dataset', [], true),
};
for (const tag of TAGS) parts.without[tag] = await variant(`without-${tag}`, [tag]);

// ------------------------------------------------------------------------------------------------- data and pages
// The cost's shape: the real file (1×, `all-src`), 10× and 100× synthetic files, and the largest the widgets accept.
const realBytes = readFileSync(join(ROOT, 'data/technopolis-moscow.json')).length;
const realFigures = (embedded as { figures: unknown[] }).figures.length;
const syntheticFile = (name: string) => join(TMP, `data/synthetic-${name}/dataset.json`);
const synthetics = [
  { name: '10x', title: 'the synthetic 10× dataset (10 years)', ...writeSynthetic(syntheticFile('10x'), 10) },
  { name: '100x', title: 'the synthetic 100× dataset (100 years)', ...writeSynthetic(syntheticFile('100x'), 100) },
  {
    name: 'max',
    title: `the largest synthetic dataset the widgets accept (as many figures as the format allows, ${LIMITS.list}; quotes padded to just under the loader's ${loaderConfig.maxBytes / 1048576} MB)`,
    ...largestSynthetic(syntheticFile('max'), loaderConfig.maxBytes),
  },
];
const synthetic = synthetics.find((d) => d.name === '100x')!;
for (const d of synthetics)
  log(
    `synthetic ${d.name}: ${(d.bytes / 1e6).toFixed(1)} MB (${(d.bytes / realBytes).toFixed(0)}× the bytes), ${d.counts.figures} figures, valid`,
  );

const validated = validateDataset(embedded);
if (!validated.ok) throw new Error('data/technopolis-moscow.json does not validate');
const figures = growthPanels(buildModel(validated.dataset))
  .flatMap((panel) => panel.volumes)
  .map((v) => ({ period: v.figure.period!, value: v.value }));

// Every widget's pre-rendered embed code (its default attributes), for the pages that measure its takeover.
log('pre-rendering every widget');
const prerendered: Record<string, string> = {};
const made = await prerenderer({ kit: KIT, root: ROOT });
for (const tag of TAGS) prerendered[tag] = await made.prerender({ tag });

const specs = pages({
  tags: TAGS,
  kit: url(KIT),
  reference: url(REF),
  probe: '/bench/probe.js',
  dataset: '/data/technopolis-moscow.json',
  synthetic: synthetics.map((d) => ({ name: d.name, title: d.title, url: url(syntheticFile(d.name)) })),
  figures,
  prerendered,
}).filter((p) => (ONLY.length ? ONLY.includes(p.name) : !p.extra));
if (!specs.length) throw new Error(`no page matches --pages ${ONLY.join(',')}`);
mkdirSync(join(TMP, 'pages'), { recursive: true });
for (const spec of specs) writeFileSync(join(TMP, 'pages', `${spec.name}.html`), spec.html);

// ------------------------------------------------------------------------------------------------------ measuring
interface Probe {
  text: number | null;
  ready: number | null;
  drawn: number | null;
  fcp: number | null;
  lcp: number | null;
  appeared: number | null;
  nextFrame: number | null;
  cls: number;
  clsAfter: number;
  shifts: { at: number; value: number; sources: string }[];
  longTasks: number[];
  errors: string[];
}
interface Load {
  /** A traced load gives the CPU figures only: tracing slows the page, so its times are not used. */
  traced: boolean;
  text: number | null;
  ready: number;
  drawn: number;
  fcp: number | null;
  lcp: number | null;
  appeared: number | null;
  cls: number;
  clsAfter: number;
  shifts: Probe['shifts'];
  longTasks: number;
  blocking: number;
  longest: number;
  script: number;
  busy: number;
  styleLayout: number;
  gc: number;
  /** Main-thread CPU by kind (traced loads only). */
  cpu?: Cpu;
  heap: number;
  /** Live DOM nodes of the page after GC, shadow roots included. */
  nodes: number;
  datasetRequests: number;
  requests: number;
  /** The theme switch after drawn (untraced loads of widget pages): ms from the flip to the frame that shows it. */
  themeSwitched: number | null;
  themeLongest: number | null;
}

async function load(browser: Browser, origin: string, spec: PageSpec, traced: boolean): Promise<Load> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    let requests = 0;
    let datasetRequests = 0;
    const problems: string[] = [];
    page.on('request', (request) => {
      requests++;
      if (/\.json($|\?)/.test(new URL(request.url()).pathname)) datasetRequests++;
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${(error as Error).message}`));
    page.on(
      'console',
      (message) => message.type() === 'error' && !/status of 404/.test(message.text()) && problems.push(`console: ${message.text()}`),
    );
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (response.status() >= 400 && path !== '/favicon.ico') problems.push(`${response.status()} ${path}`);
    });
    const pageUrl = `${origin}/.tmp/bench/pages/${spec.name}.html`;
    if (traced) await page.tracing.start({ categories: CATEGORIES });
    await page.goto(pageUrl, { waitUntil: 'load', timeout: 60_000 });
    let timer: NodeJS.Timeout | undefined;
    const probe = (await Promise.race([
      page.evaluate(() => (window as unknown as { __bench: Promise<unknown> }).__bench),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${spec.name}: not done after 60 s`)), 60_000))),
    ]).finally(() => clearTimeout(timer))) as Probe;
    const errors = [...probe.errors, ...problems];
    if (errors.length || probe.drawn === null || probe.ready === null) throw new Error(`${spec.name}: ${errors.join('; ') || 'not drawn'}`);
    const trace = traced ? await page.tracing.stop() : undefined;
    const theme =
      !traced && spec.units > 0 && !spec.name.startsWith('ref-')
        ? await page.evaluate(() =>
            (window as unknown as { __benchTheme(): Promise<{ switched: number; longTasks: number[] }> }).__benchTheme(),
          )
        : undefined;
    const cpu = trace ? mainThreadCpu(JSON.parse(Buffer.from(trace).toString('utf8')).traceEvents, pageUrl) : undefined;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return {
      traced,
      text: probe.text,
      ready: probe.ready,
      drawn: probe.drawn,
      fcp: probe.fcp,
      lcp: probe.lcp,
      appeared: probe.appeared,
      cls: probe.cls,
      clsAfter: probe.clsAfter,
      shifts: probe.shifts,
      longTasks: probe.longTasks.length,
      blocking: probe.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...probe.longTasks),
      script: cpu ? cpu.script + cpu.compile : NaN,
      busy: cpu?.busy ?? NaN,
      styleLayout: cpu?.styleLayout ?? NaN,
      gc: cpu?.gc ?? NaN,
      ...(cpu ? { cpu } : {}),
      heap: heap.usedSize,
      nodes: dom.nodes,
      datasetRequests,
      requests,
      themeSwitched: theme?.switched ?? null,
      themeLongest: theme ? Math.max(0, ...theme.longTasks) : null,
    };
  } finally {
    await context.close();
  }
}

const server = await serve({ port: PORT });
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : PORT}`;
const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
const chromium = await browser.version();
const loadBefore = loadavg();
const loads = new Map<string, Load[]>(specs.map((s) => [s.name, []]));
try {
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const warm = round < WARMUP;
    // Rotate the order every round: each page type takes every position equally often. Traced loads (for the CPU
    // figures) follow the untraced ones in the first --trace-rounds rounds.
    const order = specs.map((_, i) => specs[(i + round) % specs.length]!);
    const traced = !warm && round - WARMUP < TRACE_ROUNDS;
    const line: string[] = [];
    for (const [spec, trace] of [...order.map((s) => [s, false] as const), ...(traced ? order.map((s) => [s, true] as const) : [])]) {
      const result = await load(browser, origin, spec, trace);
      if (!warm) loads.get(spec.name)!.push(result);
      if (!trace) line.push(`${spec.name} ${Math.round(result.drawn)}`);
    }
    log(`${warm ? 'warm-up' : `round ${round - WARMUP + 1}/${ROUNDS}${traced ? ' (+ traced)' : ''}`}: ${line.join(', ')} ms`);
  }
} finally {
  await browser.close();
  server.close();
}
const loadAfter = loadavg();

// -------------------------------------------------------------------------------------------------------- summary
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function median(xs: number[]) {
  const s = sorted(xs);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const stat = (name: string, pick: (l: Load) => number | null, traced = false) => {
  const xs = (loads.get(name) ?? [])
    .filter((l) => l.traced === traced)
    .map(pick)
    .filter((x): x is number => x !== null && Number.isFinite(x));
  return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : undefined;
};
type Stat = ReturnType<typeof stat>;
const ms = (x: number) => `${Math.round(x)}`;
const cell = (s: Stat, f: (x: number) => string = ms) => (s ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : '—');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

type Column = { head: string; pick: (l: Load) => number | null; f?: (x: number) => string; traced?: boolean };
const count = (x: number) => String(x);
const score = (x: number) => (x === 0 ? '0' : x.toFixed(3));
const TABLES: { title: string; columns: Column[] }[] = [
  {
    title: 'Time, ms from navigation start (wall clock)',
    columns: [
      { head: 'FCP', pick: (l) => l.fcp },
      { head: 'text painted', pick: (l) => l.text },
      { head: 'ready event', pick: (l) => l.ready },
      { head: 'drawn', pick: (l) => l.drawn },
    ],
  },
  {
    title: 'Main thread, ms of CPU (thread time, traced loads)',
    columns: [
      { head: 'JS', pick: (l) => l.script, traced: true },
      { head: 'style + layout', pick: (l) => l.styleLayout, traced: true },
      { head: 'GC', pick: (l) => l.gc, traced: true },
      { head: 'busy (all)', pick: (l) => l.busy, traced: true },
      { head: 'long tasks', pick: (l) => l.longTasks, f: count },
      { head: 'longest task', pick: (l) => l.longest },
      { head: 'blocking (TBT)', pick: (l) => l.blocking },
    ],
  },
  {
    title: 'Theme switch: `data-theme="dark"` set on `<html>` once the page is drawn',
    columns: [
      { head: 'switched, ms from the flip', pick: (l) => l.themeSwitched },
      { head: 'longest task', pick: (l) => l.themeLongest },
    ],
  },
  {
    title: 'Page',
    columns: [
      { head: 'CLS', pick: (l) => l.cls, f: score },
      { head: 'CLS after the widgets appear', pick: (l) => l.clsAfter, f: score },
      { head: 'JS heap after GC', pick: (l) => l.heap, f: (x) => `${(x / 1048576).toFixed(1)} MB` },
      { head: 'DOM nodes', pick: (l) => l.nodes, f: count },
      { head: 'dataset requests', pick: (l) => l.datasetRequests, f: count },
      { head: 'all requests', pick: (l) => l.requests, f: count },
    ],
  },
];
const tables = TABLES.map(({ title, columns }) =>
  [
    `### ${title}`,
    '',
    `| page | ${columns.map((c) => c.head).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
    ...specs.map((s) => `| \`${s.name}\` | ${columns.map((c) => cell(stat(s.name, c.pick, c.traced), c.f)).join(' | ')} |`),
  ].join('\n'),
).join('\n\n');
const legend = specs.map((s) => `- \`${s.name}\`: ${s.title}`).join('\n');

const sizeTable = [
  '| bundle | minified | gzip -9 | brotli 11 |',
  '| --- | --- | --- | --- |',
  `| kit: \`export-widgets.js\` (${TAGS.length} widgets, ru/en/uz, embedded dataset) | ${kb(sizes.kit.min)} | ${kb(sizes.kit.gzip)} | ${kb(sizes.kit.brotli)} |`,
  `| kit's code: the kit built with an empty dataset (what the size budget in \`npm test\` guards) | ${kb(parts.noDataset.min)} | ${kb(parts.noDataset.gzip)} | ${kb(parts.noDataset.brotli)} |`,
  `| embedded dataset: what \`data/technopolis-moscow.json\` adds to the kit (grows with every release) | ${kb(sizes.kit.min - parts.noDataset.min)} | ${kb(sizes.kit.gzip - parts.noDataset.gzip)} | ${kb(sizes.kit.brotli - parts.noDataset.brotli)} |`,
  `| reference: chart.js with Bar, Category, Linear + 15 lines | ${kb(sizes.reference.min)} | ${kb(sizes.reference.gzip)} | ${kb(sizes.reference.brotli)} |`,
].join('\n');

const cost = (without: Size) => kb(sizes.kit.gzip - without.gzip);
const partsTable = [
  '| part | gzip -9 it adds to the kit |',
  '| --- | --- |',
  ...TAGS.map((tag) => `| \`<${tag}>\` | ${cost(parts.without[tag]!)} |`),
  `| the embedded dataset (its figures, quotes and names in three languages) | ${cost(parts.noDataset)} |`,
  `| \`<export-growth>\` alone, with everything it shares (Lit, chart.js, loader, dataset check, texts, dataset) | ${kb(parts.growthOnly.gzip)} in all |`,
].join('\n');

const med = (name: string, pick: (l: Load) => number | null, traced = false) => stat(name, pick, traced)?.median;
const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');
const drawn = (l: Load) => l.drawn;
const busy = (l: Load) => l.busy;
const x2 = (r?: number) => (r === undefined ? '—' : `${r.toFixed(2)}×`);
const widgetPages = specs.filter((s) => !s.name.startsWith('ref-')).map((s) => s.name);
const allLoads = (names: string[]) => names.flatMap((n) => (loads.get(n) ?? []).filter((l) => !l.traced));
const srcPages = widgetPages.filter((n) => n.includes('src') || synthetics.some((d) => n === `all-${d.name}`));
const textGap = (name: string) => {
  const t = med(name, (l) => l.text);
  const d = med(name, drawn);
  return t === undefined || d === undefined ? undefined : d - t;
};
/** A comparison of two pages: drawn (wall) and main-thread busy (CPU) medians. */
const compare = (a: string, b: string) => ({
  drawn: ratio(med(a, drawn), med(b, drawn)),
  cpu: ratio(med(a, busy, true), med(b, busy, true)),
  text: `${x2(ratio(med(a, drawn), med(b, drawn)))} (\`${a}\` ${cell(stat(a, drawn))} ms / \`${b}\` ${cell(stat(b, drawn))} ms); CPU ${x2(ratio(med(a, busy, true), med(b, busy, true)))}`,
});
const r1 = compare('all', 'ref-1');
const r50 = compare('growth-50', 'ref-50');
// The same ratios when the widgets are pre-rendered embed code that the kit takes over.
const r1pre = compare('all-prerendered', 'ref-1');
const r50pre = compare('growth-50-prerendered', 'ref-50');
const r1growthPre = compare('growth-1-prerendered', 'ref-1');
const r100 = compare('all-100x', 'all');
const r100src = compare('all-100x', 'all-src');
const widgetLoads = allLoads(widgetPages);
const clsMax = widgetLoads.length ? Math.max(...widgetLoads.map((l) => l.cls)) : undefined;
const clsAfterMax = widgetLoads.length ? Math.max(...widgetLoads.map((l) => l.clsAfter)) : undefined;
const srcCounts = [...new Set(allLoads(srcPages).map((l) => l.datasetRequests))];
const embeddedCounts = [...new Set(allLoads(widgetPages.filter((n) => !srcPages.includes(n))).map((l) => l.datasetRequests))];
const gaps = ['all', 'growth-50'].filter((n) => loads.has(n)).map((n) => ({ n, gap: textGap(n) }));
const FRAME = 1000 / 60;
const within = (r: number | undefined, max: number) => (r === undefined ? undefined : r <= max);

// The shape of the cost: each step's added cost per added data, against the step before (only data grows between
// these pages). A step is normalised by what grew more in it: figures from 1× to 100×, bytes to the padded largest file.
const scale = [
  { page: 'all-src', data: '1×: data/technopolis-moscow.json', bytes: realBytes, figures: realFigures },
  ...synthetics.map((d) => ({
    page: `all-${d.name}`,
    data: d.name === 'max' ? 'largest accepted' : `${d.name.replace('x', '×')} synthetic`,
    bytes: d.bytes,
    figures: d.counts.figures,
  })),
].filter((r) => loads.has(r.page));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const scaleTable = [
  '| data | size | figures | text painted | drawn | JS CPU | JS heap | DOM nodes | longest task |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...scale.map(
    (r) =>
      `| ${r.data} (\`${r.page}\`) | ${mb(r.bytes)} | ${r.figures} | ${cell(stat(r.page, (l) => l.text))} | ${cell(stat(r.page, drawn))} | ${cell(stat(r.page, (l) => l.script, true))} | ${cell(
        stat(r.page, (l) => l.heap),
        (x) => `${(x / 1048576).toFixed(1)} MB`,
      )} | ${cell(
        stat(r.page, (l) => l.nodes),
        count,
      )} | ${cell(stat(r.page, (l) => l.longest))} |`,
  ),
].join('\n');
const steps = scale.slice(1).map((r, i) => {
  const prev = scale[i]!;
  const byBytes = r.bytes / prev.bytes > r.figures / prev.figures;
  const unit = byBytes ? (r.bytes - prev.bytes) / 1e6 : (r.figures - prev.figures) / 1000;
  const per = (pick: (l: Load) => number | null, traced = false) => {
    const a = med(prev.page, pick, traced);
    const b = med(r.page, pick, traced);
    return a === undefined || b === undefined ? undefined : (b - a) / unit;
  };
  return { from: prev, to: r, byBytes, drawn: per(drawn), js: per((l) => l.script, true), nodes: per((l) => l.nodes) };
});
/** A step is no worse than linear when its added cost per added unit is at most 1.25× the step before (noise). */
const LINEAR_SLACK = 1.25;
const stepOk = steps.map((st, i) => {
  const before = steps[i - 1];
  if (!before || before.byBytes !== st.byBytes) return undefined;
  return st.js !== undefined && before.js !== undefined ? st.js <= before.js * LINEAR_SLACK : undefined;
});
const fmt = (x?: number) => (x === undefined ? '—' : x.toFixed(x < 10 ? 1 : 0));
const stepTable = [
  '| step | figures | size | added per | drawn, ms | JS CPU, ms | DOM nodes | no worse than linear (JS CPU) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...steps.map(
    (st, i) =>
      `| \`${st.from.page}\` → \`${st.to.page}\` | ×${(st.to.figures / st.from.figures).toFixed(1)} | ×${(st.to.bytes / st.from.bytes).toFixed(1)} | ${st.byBytes ? 'MB' : '1000 figures'} | ${fmt(st.drawn)} | ${fmt(st.js)} | ${fmt(st.nodes)} | ${stepOk[i] === undefined ? 'first of its kind' : stepOk[i] ? 'yes' : '**no**'} |`,
  ),
].join('\n');
const judged = stepOk.filter((x): x is boolean => x !== undefined);
const longestMax = med('all-max', (l) => l.longest);
const themeMax = med('all-max', (l) => l.themeLongest);
/**
 * "No long tasks": every widget page's longest task (median), at load and at a theme switch; the 100× and
 * largest files have their own target (every task < 200 ms).
 */
const LONG_TASK = 50;
const huge = synthetics.filter((d) => d.name !== '10x').map((d) => `all-${d.name}`);
const longest = widgetPages
  .filter((n) => !huge.includes(n))
  .flatMap((n) => [
    { what: `\`${n}\``, ms: med(n, (l) => l.longest) },
    { what: `\`${n}\` theme switch`, ms: med(n, (l) => l.themeLongest) },
  ])
  .filter((x): x is { what: string; ms: number } => x.ms !== undefined);
const worst = longest.reduce<(typeof longest)[number] | undefined>((a, b) => (!a || b.ms > a.ms ? b : a), undefined);
const over = longest.filter((x) => x.ms >= LONG_TASK);

const targets = [
  `| target | measured (drawn: wall time; CPU: main-thread busy) | verdict |`,
  `| --- | --- | --- |`,
  `| whole kit ≤ 80 KB gzip | ${kb(sizes.kit.gzip)} | ${verdict(sizes.kit.gzip <= 80 * 1024)} |`,
  `| all widgets drawn ≤ 1.1× one bare chart | ${r1.text}; taking over pre-rendered code: ${r1pre.text} | ${verdict(within(r1.drawn, 1.1))} |`,
  `| 50 \`<export-growth>\` drawn ≤ 1.0× 50 bare charts | ${r50.text}; taking over pre-rendered code: ${r50pre.text} | ${verdict(within(r50.drawn, 1))} |`,
  `| hydrating pre-rendered code ≤ 1.3× the bare charts until drawn, ≤ 1.2× in JS CPU | 1 \`<export-growth>\`: ${r1growthPre.text}; 50: ${r50pre.text} | ${verdict(within(r1growthPre.drawn, 1.3) && within(r50pre.drawn, 1.3) && within(r1growthPre.cpu, 1.2) && within(r50pre.cpu, 1.2))} |`,
  `| text painted well before the canvas (a frame or more) | ${gaps.map(({ n, gap }) => `\`${n}\`: ${gap === undefined ? '—' : `${Math.round(gap)} ms`}`).join('; ') || '—'} | ${verdict(!gaps.length || gaps.some((g) => g.gap === undefined) ? undefined : gaps.every((g) => g.gap! >= FRAME))} |`,
  `| CLS 0 | largest on a widget page: ${clsMax === undefined ? '—' : score(clsMax)}; after the widgets appear: ${clsAfterMax === undefined ? '—' : score(clsAfterMax)} | ${verdict(clsMax === undefined ? undefined : clsMax === 0)} |`,
  `| one dataset request per page, whatever the widget count | \`src\` pages: ${srcCounts.join(', ') || '—'} per load; embedded: ${embeddedCounts.join(', ') || '—'} | ${verdict(srcCounts.length ? srcCounts.length === 1 && srcCounts[0] === 1 && embeddedCounts.every((c) => c === 0) : undefined)} |`,
  `| 100× dataset ≤ 2× the normal page | ${r100.text}; against \`all-src\` ${x2(r100src.drawn)}, CPU ${x2(r100src.cpu)} | ${verdict(within(r100.drawn, 2))} |`,
  `| cost no worse than linear in the data (1×, 10×, 100×, largest) | added JS CPU per added unit, step by step: ${steps.map((st) => `${fmt(st.js)} ms per ${st.byBytes ? 'MB' : '1000 figures'}`).join(', ') || '—'} | ${verdict(judged.length ? judged.every(Boolean) : undefined)} |`,
  `| no task of ${LONG_TASK} ms or more, at load and at a theme switch (but the 100× and largest files) | ${worst ? `longest: ${worst.what} ${Math.round(worst.ms)} ms` : '—'}${over.length ? `; ${LONG_TASK} ms or more: ${over.map((x) => `${x.what} ${Math.round(x.ms)} ms`).join(', ')}` : ''}; the bare chart \`ref-1\`: ${cell(stat('ref-1', (l) => l.longest))} ms | ${verdict(worst ? !over.length : undefined)} |`,
  `| the largest accepted file: every task < 200 ms, at load and at a theme switch | longest task on \`all-max\`: ${longestMax === undefined ? '—' : `${Math.round(longestMax)} ms`}; at a theme switch: ${themeMax === undefined ? '—' : `${Math.round(themeMax)} ms`} | ${verdict(longestMax === undefined ? undefined : longestMax < 200 && (themeMax === undefined || themeMax < 200))} |`,
].join('\n');

const cpu = cpus();
const seconds = Math.round((Date.now() - started) / 1000);
const markdown = `# Benchmark results

Written by \`npm run bench\` (scripts/bench.ts). ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${chromium} headless,
Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}; load average ${loadBefore[0]!.toFixed(1)} before, ${loadAfter[0]!.toFixed(1)} after.
${ROUNDS} rounds after ${WARMUP} warm-up round(s); each round loads every page once, cold, in a rotating order; ${seconds} s in all.
${KIT_ROOT === ROOT ? '' : `Kit built from ${relative(ROOT, KIT_ROOT)}. `}Wall times on a shared machine are noisy: compare pages within one run, and trust the CPU columns more.
Each cell: median (min–max) over the rounds. Viewport ${VIEWPORT.width} × ${VIEWPORT.height}, no CPU or network throttling.

## Targets

${targets}

## Bundles

${sizeTable}

What each part costs, from builds of the kit without it:

${partsTable}

## Pages

${legend}

## Scale: the same page on more data

${scaleTable}

Each step's added cost per added data (figures from 1× to 100×; bytes to the largest file, whose quotes are padded):

${stepTable}

${tables}

## What is measured

- **Cold load**: a new browser context per load (no HTTP cache, no code cache), \`page.setCacheEnabled(false)\`, files
  served uncompressed from 127.0.0.1 by scripts/serve.js with \`cache-control: no-store\`.
- **Pages** (bench/pages.ts): an article page with the widgets in its column and a paragraph after each one, one module
  script in \`<head>\`. Widgets keep their default attributes (Russian). The synthetic datasets
  (bench/synthetic.ts, written to .tmp/bench/data/ and checked with \`validateDataset\` and the quote check) grow every
  list of data/technopolis-moscow.json with their years: the 100× one has 100 years of volumes, quarters and half-years,
  ${synthetic.counts.exporters} exporters, ${synthetic.counts.figures} figures, ${synthetic.counts.destinations} destination rows over every ISO country code, and
  ${(synthetic.bytes / 1e6).toFixed(1)} MB (${(synthetic.bytes / realBytes).toFixed(0)}× the bytes). The largest has as many years as the format's
  ${LIMITS.list}-figure limit allows, and quotes padded to just under the loader's limit. Every figure in them is made up.
- **DOM nodes**: \`Memory.getDOMCounters\` after GC, shadow roots included. **longest task**: the longest \`longtask\`.
- **Reference**: one bare chart.js bar chart per unit, bundled at bench time from bench/reference.js with the parts the
  kit registers (BarController, BarElement, CategoryScale, LinearScale) and the kit's tree-shaking setting; default
  options with animation off, in a 13rem box like the kit's plots. Each chart holds all ${figures.length} export volumes
  \`<export-growth>\` draws (${figures.map((f) => f.period).join(', ')}), so it draws the same figures as one
  \`<export-growth>\` but on one canvas where the widget uses three (one per comparable group), and without the
  widget's value labels, hatching, heading, summary, table and sources.
- **text painted**: the end of the first frame in which every widget's shadow root holds its heading and summary text
  (checked in each \`requestAnimationFrame\`; the time is taken by a message posted from that callback, which runs after
  the frame's style, layout and paint). From navigation start.
- **drawn**: the end of the first frame after the last \`ew-ready\` (a widget fires it after its charts are created;
  chart.js draws synchronously with animation off) or, on a reference page, after the last \`new Chart()\`.
  **ready event** is the moment of that last event itself.
- **Main thread**: from a Chromium trace of separate loads (the first ${TRACE_ROUNDS} rounds load every page once more
  with tracing on, since tracing slows a page; their times are not used). Thread time of the page's main thread from
  navigation start to 300 ms after drawn, each trace event's self time given to its kind as Lighthouse does
  (bench/trace.ts): **JS** (script evaluation and compilation, microtasks, callbacks; canvas drawing called from JS
  counts here), **style + layout**, **GC**, and **busy**: all of it, parsing and painting too. CPU time, unlike wall
  time, hardly moves when other processes share the cores.
- **long tasks**: \`longtask\` entries until 300 ms after drawn (untraced loads); **longest task** is the longest of
  them (0 when there is none), and **blocking** sums their time over 50 ms.
- **Theme switch**: once an untraced load is measured, the page's own dark-mode signal, \`data-theme="dark"\` on
  \`<html>\` (what a site's theme toggle sets; the widgets follow it like the reader's OS setting), is set.
  **switched** is the end of the first frame in which every widget shows the dark theme (its charts are updated in the
  same render), from the flip; **longest task** the longest \`longtask\` that ends after the flip, until 300 ms after
  that frame.
- **CLS**: the sum of \`layout-shift\` values until 300 ms after drawn. The pages reserve no room for the widgets
  (README's \`:not(:defined)\` rule is left out), so **CLS** includes the page making room when the widgets first
  render; **CLS after the widgets appear** counts only shifts from the frame after the one in which every widget first
  showed anything (its loading state or its content): what the widgets themselves move.
- **JS heap after GC**: \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` used size.
- **dataset requests**: requests for \`*.json\` seen by the browser, per load.
`;

const formatted = await format(markdown, { ...(await resolveConfig(OUT)), parser: 'markdown' });
console.log(formatted);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results/latest.json'),
  JSON.stringify(
    { chromium, rounds: ROUNDS, warmup: WARMUP, sizes, tags: TAGS, synthetic: synthetics, loads: Object.fromEntries(loads) },
    null,
    1,
  ),
);
if (!flag('no-write')) {
  // The phone profile's reading, written by hand, stays (its table is measured again below).
  const kept = existsSync(OUT)
    ? readFileSync(OUT, 'utf8')
        .split(/\n(?=## )/)
        .filter((s) => s.startsWith('## On a phone'))
    : [];
  writeFileSync(OUT, [formatted.trimEnd(), ...kept.map((s) => s.trimEnd())].join('\n\n') + '\n');
  log(`wrote ${relative(ROOT, OUT)} and bench/results/latest.json in ${seconds} s`);
}
// After the main results: the phone profile adds its section to them.
if (!ONLY.length) console.log(await runSub(SUB));
