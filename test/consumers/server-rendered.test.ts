// Server-rendered apps as their authors build them, from `npm pack`: a Next.js 16 App Router app and an Astro 5 site.
// Each app is a project of its own (its package.json and package-lock.json pin the framework), installed from the npm
// registry with `npm ci`, the packed kit added as `npm install export-widgets` would, then built, served on a free
// port and opened in Chromium. Each holds:
//   the page's HTML, fetched without JavaScript, carries each widget's embed code exactly as the package's `prerender`
//   makes it (heading, figures, sources in a declarative shadow root);
//   in the browser the kit adopts that content (the heading's text node is the one the page parsed), the app gets every
//   widget's `ready` and the page gets ew-ready, with no console error or warning and no layout shift (CLS 0);
//   the build's and the server's logs hold no warning.
// React checks hydration only in its development build, so the Next app is also served by `next dev`: no hydration
// warning there. And React 19's props on custom elements are checked as the README describes them: listeners on an
// element React hydrates are not attached until a render passes a new function; on one it renders in the browser they
// are. After a client-side navigation, where React sets the embed code as innerHTML, the kit renders the widgets itself.
import { strict as assert } from 'node:assert';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { launch, ROOT, site, tab, type Site } from '../e2e/harness.js';

const run = promisify(execFile);
const HERE = join(ROOT, 'test/consumers');
// Neither framework may report to its makers from a test run.
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' };
/** The widgets each app's page renders on the server, with their attributes. */
const WIDGETS: [string, Record<string, string>][] = [
  ['key-figures', { lang: 'en' }],
  ['export-growth', { lang: 'en', comparison: 'years' }],
];
const seconds: Record<string, number> = {};
const timed = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  try {
    return await work();
  } finally {
    seconds[what] = Math.round((performance.now() - start) / 100) / 10;
  }
};

let tarball: string;
let browser: Browser;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ew-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT });
  tarball = join(dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(join(tarball, '..'), { recursive: true, force: true });
  console.log(`seconds: ${JSON.stringify(seconds)}`);
});

/** The app's locked dependencies, then the packed kit, as an app adds it. Returns npm's output. */
async function install(app: string): Promise<string> {
  const cwd = join(HERE, app);
  const npm = (...args: string[]) => run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, env: ENV });
  const locked = await timed(`${app} npm ci`, () => npm('ci'));
  const kit = await timed(`${app} npm install kit`, () => npm('install', '--no-save', tarball));
  return `${locked.stdout}${locked.stderr}${kit.stdout}${kit.stderr}`;
}

/** The embed code the app's own copy of the kit makes for each of WIDGETS, in a process of its own, as its server runs. */
async function embedCodes(app: string): Promise<string[]> {
  const script = `import('export-widgets/server').then(({ prerender }) => console.log(JSON.stringify(${JSON.stringify(WIDGETS)}.map(([tag, attributes]) => prerender(tag, attributes)))))`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(HERE, app) });
  return JSON.parse(stdout) as string[];
}

/** A port the OS had free a moment ago, for a server that cannot be given port 0. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

interface Server {
  readonly origin: string;
  /** Everything the server printed. */
  readonly log: () => string;
  close(): Promise<void>;
}

/** Starts a Next.js server (`start` or `dev`) and resolves once it says it is ready. */
async function next(mode: 'start' | 'dev'): Promise<Server> {
  const port = await freePort();
  const cwd = join(HERE, 'next');
  // A process group of its own: `next dev` runs the app in a child process, and closing stops both.
  const child: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', mode, '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    env: ENV,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      log += chunk;
      if (/Ready in/.test(log)) resolve();
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`next ${mode} stopped (${code}):\n${log}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    log: () => log,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        process.kill(-child.pid!, 'SIGTERM');
      }),
  };
}

/** Serves a static build's folder, as any file host would. */
async function serveStatic(dir: string): Promise<Site> {
  const server = await site();
  const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css' };
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())) {
    const path = relative(dir, join(file.parentPath, file.name));
    const reply = {
      body: readFileSync(join(dir, path)),
      headers: { 'content-type': TYPES[path.split('.').pop()!] ?? 'application/octet-stream' },
    };
    server.route(`/${path}`, reply);
    if (path === 'index.html') server.route('/', reply);
  }
  return server;
}

interface Seen {
  ready: { version: string; src: string }[];
  events: string[];
  cls: number;
  /** Per widget: its heading's text node after ew-ready is the one the page parsed. */
  kept: boolean[];
  /** Every console message, as `type: text`. */
  console: string[];
  errors: string[];
  warnings: string[];
}

/** Opens `url`, waits for every widget's `ready` (which the app collects in `window.widgetsReady`) and reports. */
async function visit(url: string): Promise<Seen> {
  const t = await tab(browser);
  const messages: string[] = [];
  t.page.on('console', (message) => void messages.push(`${message.type()}: ${message.text()}`));
  try {
    // Before any of the page's scripts: ew-ready on the document, layout shifts, and each heading's parsed text node.
    await t.page.evaluateOnNewDocument(`
      window.__seen = { events: [], cls: 0, parsed: [] };
      document.addEventListener('ew-ready', (e) => window.__seen.events.push(e.target.localName), true);
      window.__shifts = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__seen.cls += entry.value;
      });
      window.__shifts.observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        window.__seen.parsed = [...document.querySelectorAll('${WIDGETS.map(([tag]) => tag).join(', ')}')].map(
          (el) => [...(el.shadowRoot?.querySelector('h2')?.childNodes ?? [])].find((node) => node.nodeType === Node.TEXT_NODE),
        );
      });
    `);
    await t.page.goto(url, { waitUntil: 'load' });
    const seen = await t.page.evaluate(
      async (selector: string) => {
        const w = window as unknown as {
          widgetsReady?: Promise<Seen['ready']>;
          __seen: { events: string[]; cls: number; parsed: (Node | undefined)[] };
          __shifts: PerformanceObserver;
        };
        const start = performance.now();
        while (!w.widgetsReady) {
          if (performance.now() - start > 30_000) throw new Error('the app never asked for its widgets’ ready');
          await new Promise((r) => setTimeout(r, 20));
        }
        const ready = await w.widgetsReady;
        // A shift is reported after the frame that made it: two frames after the charts are drawn, all are in.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        for (const entry of w.__shifts.takeRecords()) w.__seen.cls += (entry as unknown as { value: number }).value;
        const kept = [...document.querySelectorAll(selector)].map((el, i) => {
          const parsed = w.__seen.parsed[i];
          return Boolean(parsed) && parsed!.parentNode === el.shadowRoot!.querySelector('h2');
        });
        return { ready, events: w.__seen.events, cls: w.__seen.cls, kept };
      },
      WIDGETS.map(([tag]) => tag).join(', '),
    );
    return { ...seen, console: messages, errors: t.errors, warnings: t.warnings };
  } finally {
    await t.close();
  }
}

/** What every server-rendered app must show: the embed codes in its HTML, adopted in the browser, quietly, without a shift. */
async function holdsTheWidgets(origin: string, codes: string[]): Promise<Seen> {
  const html = await (await fetch(`${origin}/`)).text();
  for (const [i, code] of codes.entries()) {
    assert.match(code, /<template shadowrootmode="open">.*<h2[ >]/s);
    assert.ok(html.includes(code), `the page's HTML lacks <${WIDGETS[i]![0]}>'s embed code:\n${html.slice(0, 2000)}`);
  }
  const seen = await visit(`${origin}/`);
  const report = JSON.stringify(seen, null, 1);
  assert.deepEqual(
    seen.ready.map((detail) => detail.src),
    WIDGETS.map(() => 'embedded'),
    report,
  );
  assert.deepEqual([...seen.events].sort(), WIDGETS.map(([tag]) => tag).sort(), report);
  assert.deepEqual(
    seen.kept,
    WIDGETS.map(() => true),
    `the kit replaced the server's content instead of adopting it: ${report}`,
  );
  assert.equal(seen.cls, 0, report);
  return seen;
}

const HYDRATION = /hydrat|didn't match|declarative shadow/i;
/** What Next prints for a warning or an error: ⚠ and ⨯ lines (but ⨯ also lists the experiments the config turns off). */
const NEXT_TROUBLE = /⚠|warn|error|hydrat|^\s*⨯ (?!agentUpgrade$)/im;
/** What Next prints on any CI machine (it reads the CI variables) in a fresh clone: about the machine, not the app. */
const NEXT_CI_NOTICE = /^.*No build cache found\. Please configure build caching.*$/m;

describe('a Next.js 16 App Router app, from the packed package', () => {
  let build = '';
  before(async () => {
    await timed('next install', () => install('next'));
    const built = await timed('next build', () =>
      run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: join(HERE, 'next'), env: ENV }),
    );
    build = `${built.stdout}${built.stderr}`.replace(NEXT_CI_NOTICE, '');
  });

  it('builds with no warning, TypeScript included', () => {
    assert.match(build, /Finished TypeScript/, build);
    assert.doesNotMatch(build, NEXT_TROUBLE, build);
  });

  it('serves the widgets from a server component; the kit adopts them, with ew-ready, no console message and CLS 0', async () => {
    const server = await next('start');
    try {
      const seen = await holdsTheWidgets(server.origin, await embedCodes('next'));
      assert.deepEqual([seen.errors, seen.warnings], [[], []], JSON.stringify(seen));
      assert.doesNotMatch(seen.console.join('\n'), HYDRATION);
    } finally {
      await server.close();
    }
    assert.doesNotMatch(server.log(), NEXT_TROUBLE, server.log());
  });

  it('React 19 attaches listeners from props to an element it renders in the browser or again, not to one it hydrates', async () => {
    const server = await next('start');
    const t = await tab(browser);
    try {
      await t.page.evaluateOnNewDocument(`
        window.__dispatched = [];
        for (const type of ['ew-ready', 'ew-select']) document.addEventListener(type, (e) => window.__dispatched.push({ type, id: e.target.id }), true);
      `);
      await t.page.goto(`${server.origin}/events`, { waitUntil: 'load' });
      const seen = await t.page.evaluate(async () => {
        const w = window as unknown as { __dispatched: { type: string; id: string }[]; propEvents?: { type: string; id: string }[] };
        const until = async (what: string, ok: () => boolean) => {
          for (const start = performance.now(); !ok(); await new Promise((r) => setTimeout(r, 20)))
            if (performance.now() - start > 30_000) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(w.__dispatched)}`);
        };
        const count = (type: string) => w.__dispatched.filter((e) => e.type === type).length;
        await until('every ew-ready', () => count('ew-ready') >= 3);
        // After hydration: a reader opens a country in each list.
        for (const id of ['hydrated', 'rerendered', 'rendered'])
          (document.getElementById(id)!.shadowRoot!.querySelector('details summary') as HTMLElement).click();
        await until('every ew-select', () => count('ew-select') >= 3);
        const hydrated = document.getElementById('hydrated') as HTMLElement & { ready: Promise<{ src: string }> };
        return { dispatched: w.__dispatched, props: w.propEvents, ready: await hydrated.ready };
      });
      const report = JSON.stringify(seen);
      const ids = ['hydrated', 'rendered', 'rerendered'];
      assert.deepEqual(
        seen.dispatched.map((e) => `${e.type} ${e.id}`).sort(),
        [...ids.map((id) => `ew-ready ${id}`), ...ids.map((id) => `ew-select ${id}`)],
        report,
      );
      // If React starts attaching them on hydration, the README's paragraph on React's events must change with this line.
      // (#rerendered has no ew-ready prop: whether it renders again before or after its ew-ready is a race.)
      assert.deepEqual(
        seen.props?.map((e) => `${e.type} ${e.id}`).sort(),
        ['ew-ready rendered', 'ew-select rendered', 'ew-select rerendered'],
        report,
      );
      assert.equal(seen.ready.src, 'embedded', 'the hydrated element’s ready promise');
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
      await server.close();
    }
  });

  it('renders the widgets itself after a client-side navigation, where React sets the embed code as inert HTML', async () => {
    const server = await next('start');
    const t = await tab(browser);
    try {
      await t.page.goto(`${server.origin}/events`, { waitUntil: 'load' });
      await t.page.waitForFunction(() => customElements.get('destination-list'));
      await t.page.click('a[href="/"]');
      const seen = await t.page.evaluate(
        async (selector: string) => {
          while (document.querySelectorAll(selector).length === 0) await new Promise((r) => setTimeout(r, 20));
          const widgets = [...document.querySelectorAll(selector)] as (HTMLElement & { ready: Promise<{ src: string }> })[];
          const ready = await Promise.all(widgets.map((el) => el.ready));
          return {
            path: location.pathname,
            ready: ready.map((detail) => detail.src),
            headings: widgets.map((el) => el.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? ''),
            // innerHTML parses no declarative shadow root: the <template> stays in the element, inert.
            inert: widgets.map((el) => el.querySelectorAll(':scope > template[shadowrootmode]').length),
          };
        },
        WIDGETS.map(([tag]) => tag).join(', '),
      );
      const report = JSON.stringify({ seen, warnings: t.warnings });
      assert.equal(seen.path, '/', report);
      assert.deepEqual(
        seen.ready,
        WIDGETS.map(() => 'embedded'),
        report,
      );
      assert.ok(seen.headings.every(Boolean), report);
      assert.deepEqual(
        seen.inert,
        WIDGETS.map(() => 1),
        report,
      );
      // Chromium says so each time React sets a widget's code as HTML: once per widget, or again when React sets it
      // again (4 for 2 widgets in one CI run of many, with the same page). The README names the warning.
      assert.ok(t.warnings.length >= WIDGETS.length, report);
      assert.ok(
        t.warnings.every((text) => /declarative Shadow DOM is not being parsed/.test(text)),
        report,
      );
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
      await server.close();
    }
  });

  it('hydrates with no warning from React’s development build (`next dev`)', async () => {
    const server = await next('dev');
    try {
      const seen = await holdsTheWidgets(server.origin, await embedCodes('next'));
      assert.doesNotMatch(seen.console.join('\n'), HYDRATION, seen.console.join('\n'));
      assert.deepEqual(seen.errors, []);
      // Lit's development build, which `next dev` resolves, announces itself; nothing else may warn.
      assert.deepEqual(
        seen.warnings.filter((text) => !/^Lit is in dev mode/.test(text)),
        [],
      );
    } finally {
      await server.close();
    }
    // Lit's development build's notice is the one line allowed.
    assert.doesNotMatch(server.log().replace(/^Lit is in dev mode.*$/m, ''), NEXT_TROUBLE, server.log());
  });
});

describe('an Astro 5 site, from the packed package', () => {
  let build = '';
  before(async () => {
    await timed('astro install', () => install('astro'));
    const built = await timed('astro build', () =>
      run(process.execPath, ['node_modules/astro/astro.js', 'build'], { cwd: join(HERE, 'astro'), env: ENV }),
    );
    build = `${built.stdout}${built.stderr}`.replace(NEXT_CI_NOTICE, '');
  });

  it('builds with no warning', () => {
    assert.match(build, /Complete!/, build);
    assert.doesNotMatch(build, /warn|error|hydrat/i, build);
  });

  it('serves the widgets rendered at build time; the kit adopts them, with ew-ready, no console message and CLS 0', async () => {
    const server = await serveStatic(join(HERE, 'astro/dist'));
    try {
      const seen = await holdsTheWidgets(server.origin, await embedCodes('astro'));
      assert.deepEqual([seen.errors, seen.warnings], [[], []], JSON.stringify(seen));
      assert.doesNotMatch(seen.console.join('\n'), HYDRATION);
    } finally {
      await server.close();
    }
  });
});
