// The package as apps use it. `npm pack` makes exactly what `npm publish` would upload; it is unpacked into
// test/consumers/node_modules/export-widgets, one install every consumer shares, offline. Their other packages (react,
// vue, lit…) resolve from the kit's own node_modules, at the versions package-lock.json pins. Then:
//   a TypeScript project type-checks good uses and rejects bad ones (@ts-expect-error),
//   a Node script imports the package as a server-rendered app's server does,
//   a React 19 app and a Vue 3 app, built with Vite, run in Chromium: properties from state, lang and theme switched at
//   runtime, ew-ready and ew-select through the framework's own listeners, 50 mounts and unmounts, no chart left.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import vue from '@vitejs/plugin-vue';
import type { Browser, Page } from 'puppeteer-core';
import { build, type PluginOption, type Rolldown } from 'vite';
import { launch, ROOT, site, tab, TAGS, type Site } from '../e2e/harness.js';

const run = promisify(execFile);
const HERE = join(ROOT, 'test/consumers');
const INSTALLED = join(HERE, 'node_modules/export-widgets');
const CYCLES = 50;

let packed: string[] = [];
let typecheck: Promise<{ stdout: string; stderr: string }>;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ew-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT });
  const [info] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path);
  rmSync(INSTALLED, { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  await run('tar', ['xzf', join(dir, info!.filename), '-C', INSTALLED, '--strip-components=1']);
  rmSync(dir, { recursive: true });
  // Started now, checked by its test: the type check runs while the apps build.
  typecheck = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(HERE, 'typescript')]);
  typecheck.catch(() => {});
});

describe('the packed package', () => {
  it('holds the bundles, their maps, the declarations, the notices, the licence and the editor data', () => {
    for (const file of [
      'LICENSE',
      'dist/export-widgets.js',
      'dist/export-widgets.js.map',
      'dist/export-widgets.iife.js',
      'dist/export-widgets.iife.js.map',
      'dist/export-widgets.node.js',
      'dist/THIRD-PARTY-NOTICES.txt',
      'dist/types/index.d.ts',
      'dist/types/react.d.ts',
      'dist/types/vue.d.ts',
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
      'custom-elements.json',
    ])
      assert.ok(packed.includes(file), `${file} is not in the package: ${packed.join(', ')}`);
  });

  it('type-checks good uses and rejects bad ones in a TypeScript project (elements, events, React, Vue)', async () => {
    const result = await typecheck.catch((error: { stdout: string }) => assert.fail(`tsc failed:\n${error.stdout}`));
    assert.equal(result.stdout, '');
  });

  it('imports in Node without a DOM, throwing nothing and defining nothing', async () => {
    const { stdout } = await run(process.execPath, [join(HERE, 'node/import.js'), ...TAGS], { cwd: join(HERE, 'node') });
    const seen = JSON.parse(stdout) as { exports: string[]; classes: string; looked: string[]; defined: string[]; versionMark: unknown };
    assert.ok(seen.exports.includes('ExportGrowth') && seen.exports.includes('loadDataset'), stdout);
    assert.equal(seen.classes, 'function');
    assert.deepEqual(seen.looked, TAGS);
    assert.deepEqual(seen.defined, []);
    assert.equal(seen.versionMark, null);
  });
});

/** An app's files built by Vite in memory, keyed by path. */
async function buildApp(name: string, plugins: PluginOption[] = []): Promise<Map<string, string | Uint8Array>> {
  const result = (await build({
    root: join(HERE, name),
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins,
    build: { write: false, target: 'es2022', reportCompressedSize: false, modulePreload: false },
  })) as Rolldown.RolldownOutput;
  return new Map(result.output.map((file) => [file.fileName, file.type === 'chunk' ? file.code : file.source]));
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/**
 * Drives the app in the page: mount, wait for both widgets' ew-ready (received by the app's handlers), check the
 * properties the framework set, switch lang, theme and heading, open a country (ew-select), then mount and unmount
 * CYCLES times, every other time before the data arrives. Returns what it saw.
 */
function exercise(page: Page) {
  return page.evaluate(
    async (cycles: number, tags: string) => {
      const app = window.app;
      const until = async (what: string, ok: () => boolean) => {
        for (const start = performance.now(); !ok(); await new Promise((r) => setTimeout(r, 20)))
          if (performance.now() - start > 15_000) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(app.events)}`);
      };
      const count = (type: string) => app.events.filter((e) => e.type === type).length;
      const el = (tag: string) => document.querySelector(tag) as HTMLElement & { heading?: string; updateComplete: Promise<boolean> };
      const text = (tag: string, selector: string) => el(tag).shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';

      app.mount();
      await until('ew-ready from both widgets', () => count('ew-ready') >= 2);
      const growth = el('export-growth');
      const first = {
        readyFrom: app.events.map((e) => e.tag).sort(),
        heading: growth.heading,
        headingAttribute: growth.hasAttribute('heading'),
        h2: text('export-growth', 'h2'),
        lang: growth.lang,
        dark: Boolean(growth.shadowRoot!.querySelector('.base.dark')),
        canvases: growth.shadowRoot!.querySelectorAll('canvas').length,
      };

      await app.set({ lang: 'ru', theme: 'dark', heading: 'Экспорт, из состояния' });
      await Promise.all(['export-growth', 'destination-list'].map((tag) => el(tag).updateComplete));
      const switched = {
        h2: text('export-growth', 'h2'),
        lang: growth.lang,
        listHeading: text('destination-list', 'h2'),
        dark: ['export-growth', 'destination-list'].map((tag) => Boolean(el(tag).shadowRoot!.querySelector('.base.dark'))),
      };

      (el('destination-list').shadowRoot!.querySelector('details summary') as HTMLElement).click();
      await until('ew-select', () => count('ew-select') >= 1);
      const select = app.events.find((e) => e.type === 'ew-select');
      app.unmount();

      for (let i = 0; i < cycles; i++) {
        const before = count('ew-ready');
        app.mount();
        if (i % 2 === 0) await until(`ew-ready in cycle ${i}`, () => count('ew-ready') >= before + 2);
        app.unmount();
      }
      return { first, switched, select, left: document.querySelectorAll(tags).length };
    },
    CYCLES,
    TAGS.join(','),
  );
}

/** Live canvases in the page after a full garbage collection: a chart not destroyed keeps its canvas alive. */
async function liveCanvases(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const prototype = await page.evaluateHandle('HTMLCanvasElement.prototype');
  const objects = await page.queryObjects(prototype);
  const n = await objects.evaluate((list: unknown[]) => list.length);
  await Promise.all([prototype.dispose(), objects.dispose(), cdp.detach()]);
  return n;
}

describe('apps built with Vite, in Chromium', () => {
  let browser: Browser;
  let server: Site;
  before(async () => {
    [browser, server] = await Promise.all([launch(), site()]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const apps: [string, PluginOption[]][] = [
    ['react', []],
    // The one thing Vue needs: compile the kit's tags as custom elements, not as unresolved Vue components.
    ['vue', [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } })]],
  ];
  for (const [name, plugins] of apps) {
    it(`${name}: properties from state, lang and theme at runtime, ew-ready and ew-select, ${CYCLES} mounts without a leak`, async () => {
      const files = await buildApp(name, plugins);
      for (const [path, body] of files)
        server.route(`/${name}/${path}`, {
          body: Buffer.from(body),
          headers: { 'content-type': TYPES[path.split('.').pop()!] ?? 'text/plain' },
        });
      const t = await tab(browser);
      try {
        await t.page.goto(`${server.origin}/${name}/index.html`, { waitUntil: 'load' });
        const seen = await exercise(t.page);
        const report = JSON.stringify(seen);
        assert.deepEqual(seen.first.readyFrom, ['destination-list', 'export-growth'], report);
        assert.equal(seen.first.heading, 'Exports, from ' + (name === 'react' ? 'React' : 'Vue') + ' state', report);
        assert.equal(seen.first.headingAttribute, false, `heading was set as an attribute, not a property: ${report}`);
        assert.equal(seen.first.h2, seen.first.heading, report);
        assert.equal(seen.first.lang, 'en');
        assert.equal(seen.first.dark, false);
        assert.ok(seen.first.canvases > 0, `no chart drawn: ${report}`);
        assert.equal(seen.switched.h2, 'Экспорт, из состояния', report);
        assert.equal(seen.switched.lang, 'ru');
        assert.match(seen.switched.listHeading, /[а-я]/, `destination-list did not switch to Russian: ${report}`);
        assert.deepEqual(seen.switched.dark, [true, true], report);
        assert.equal(seen.select?.tag, 'destination-list', report);
        assert.equal((seen.select?.detail as { kind: string }).kind, 'country', report);
        assert.equal(seen.left, 0);
        assert.equal(await liveCanvases(t.page), 0, `charts left after ${CYCLES} unmounts`);
        // The count sees a chart when there is one: mounted again, the app has live canvases.
        await t.page.evaluate(async () => {
          const ready = window.app.events.length;
          window.app.mount();
          while (window.app.events.length < ready + 2) await new Promise((r) => setTimeout(r, 20));
        });
        assert.ok((await liveCanvases(t.page)) > 0, 'no live canvas counted while the app is mounted');
        assert.deepEqual(t.errors, []);
      } finally {
        await t.close();
      }
    });
  }
});
