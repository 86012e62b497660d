#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in headless Chromium:
// each must render its widget in the state the story expects (ready, error or loading), log no console error and
// have no axe violation (WCAG 2.0/2.1 A and AA). Stories come from index.json, so a new story is covered as it is.
// Then each widget's docs page: its embed snippet names the published kit with the right integrity hash, follows the
// controls, and, pasted into a blank page next to the kit file, renders the same widget as the story.
// Usage: node scripts/storybook-test.js [filter]   (filter: part of a story id; STORYBOOK_TEST_PORT picks the port)
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.js';
import { launch } from './shot.js';

const STATIC = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TIMEOUT = 15_000;
const filter = process.argv[2] ?? '';
const started = Date.now();

const index = JSON.parse(await readFile(join(STATIC, 'index.json'), 'utf8').catch(() => '{"entries":{}}'));
const entries = Object.values(index.entries).filter((e) => e.id.includes(filter));
if (!entries.length) {
  console.error(`storybook: no stories in ${STATIC}index.json${filter ? ` matching "${filter}"` : ''}; run npm run build-storybook`);
  process.exit(1);
}
const kitFile = join(STATIC, 'kit/export-widgets.js');
const integrity = `sha384-${createHash('sha384')
  .update(await readFile(kitFile))
  .digest('base64')}`;

const server = await serve({ port: Number(process.env.STORYBOOK_TEST_PORT ?? 0), root: STATIC });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const results = [];

/** Records every widget event on the page from its first script on, so none is missed. */
const recordEvents = () => {
  window.__ewEvents = [];
  for (const type of ['ew-ready', 'ew-error'])
    document.addEventListener(type, (e) => window.__ewEvents.push({ type, tag: e.target.localName }), true);
};

/** A page that collects console errors, uncaught errors and failed requests (the browser's favicon request aside). */
async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico') && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  // Chromium reports a fetch whose body is read as a stream (src/data/load.ts) as aborted when the whole body came with
  // its headers, after an OK response the widget used: not a failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && r.response()?.ok()) return;
    errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  await page.setViewport({ width: 1000, height: 800 });
  await page.evaluateOnNewDocument(recordEvents);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** The widgets on the page (custom elements of the kit, inside `root`), with their shadow text and state. */
const widgetsIn = (page, root) =>
  page.evaluate((root) => {
    const fold = (t) => (t ?? '').replace(/\s+/g, ' ').trim();
    return [...document.querySelectorAll(`${root} *`)]
      .filter((el) => el.localName.includes('-') && el.shadowRoot && customElements.get(el.localName))
      .map((el) => ({
        tag: el.localName,
        text: fold(el.shadowRoot.textContent),
        height: el.getBoundingClientRect().height,
        lang: el.shadowRoot.querySelector('[part~="base"]')?.lang,
        busy: el.shadowRoot.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'true',
        loading: !!el.shadowRoot.querySelector('.state.loading[role="status"]'),
        error: fold(el.shadowRoot.querySelector('.state.error[role="alert"]')?.textContent),
      }));
  }, root);

/** Waits until `done(page state)` holds, or fails with what was seen. */
async function until(page, done, what) {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const state = await page.evaluate(() => ({
      events: window.__ewEvents ?? [],
      expect: document.querySelector('#storybook-root .ew-frame')?.dataset.ewExpect,
      sbError: document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent : '',
    }));
    if (state.sbError) throw new Error(`Storybook shows an error: ${state.sbError}`);
    const result = await done(state);
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; events: ${JSON.stringify(state.events)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** axe-core's violations in `context`. (The a11y addon's own run is switched off by the story URL: one axe at a time.) */
async function axe(page, context) {
  await page.addScriptTag({ path: AXE });
  const { violations } = await page.evaluate(
    (context, tags) => window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    context,
    AXE_TAGS,
  );
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help}; ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function check(name, fn) {
  let problems;
  try {
    problems = (await fn()) ?? [];
  } catch (error) {
    problems = [String(error?.message ?? error)];
  }
  results.push({ name, problems });
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name}${problems.map((p) => `\n       ${p}`).join('')}`);
}

/** Runs `task` over `items`, `JOBS` at a time (STORYBOOK_TEST_JOBS, default 2: the machines are small). */
const JOBS = Math.max(1, Number(process.env.STORYBOOK_TEST_JOBS ?? 2));
async function pool(items, task) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: JOBS }, async () => {
      while (queue.length) await task(queue.shift());
    }),
  );
}

/** Opens a story: its widget must settle as the story expects, cleanly. Returns the widgets' text. */
async function story(id) {
  const { page, errors } = await open(`${base}iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true`);
  try {
    const problems = [];
    const expect = await until(page, (s) => s.expect, 'the story to render');
    const widgets = await until(
      page,
      async ({ events }) => {
        const widgets = await widgetsIn(page, '#storybook-root');
        if (!widgets.length) return undefined;
        if (expect === 'loading') return widgets.every((w) => w.loading) && widgets;
        const type = expect === 'error' ? 'ew-error' : 'ew-ready';
        const settled = widgets.every((w) => events.some((e) => e.tag === w.tag && e.type === type));
        const wrong = events.find((e) => e.type !== type);
        if (wrong) throw new Error(`expected ${type}, got ${wrong.type} from <${wrong.tag}>`);
        return settled && widgets;
      },
      expect === 'loading' ? 'the loading state' : `ew-${expect === 'error' ? 'error' : 'ready'}`,
    );
    for (const w of widgets) {
      if (w.height < 20 || w.text.length < (expect === 'loading' ? 5 : 20))
        problems.push(`<${w.tag}> renders almost nothing: ${w.height}px, "${w.text}"`);
      if (expect === 'ready' && w.error) problems.push(`<${w.tag}> shows an error: ${w.error}`);
      if (expect === 'error' && !w.error) problems.push(`<${w.tag}> shows no error message`);
    }
    problems.push(...(await axe(page, '#storybook-root')), ...errors);
    return { problems, widgets };
  } finally {
    await page.close();
  }
}

/** The embed snippet shown on a docs page, read from its "Embed code" block. */
const embedBlock = (page) =>
  page.evaluate(() => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.trim() === 'Embed code');
    let node = heading?.nextElementSibling;
    while (node && !node.querySelector('pre')) node = node.nextElementSibling;
    return node?.querySelector('pre')?.textContent.trim();
  });

/** Changes the primary story's args the way the Controls panel does. */
const setArgs = (page, storyId, updatedArgs) =>
  page.evaluate(
    (storyId, updatedArgs) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId, updatedArgs }),
    storyId,
    updatedArgs,
  );

/** A widget's docs page: no errors; the embed block follows the controls and, pasted next to the kit, shows the same widget. */
async function docs(entry) {
  const tag = entry.title.split('/').pop();
  const primary = Object.values(index.entries).find((e) => e.type === 'story' && e.title === entry.title);
  const { page, errors } = await open(`${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
  try {
    const problems = [];
    await until(page, () => embedBlock(page), 'the embed block');
    // Controls every widget has, set as the Controls panel sets them; the block and the story must follow.
    const args = { lang: 'en', theme: 'dark', heading: 'Exports & "partners" <2025>' };
    await setArgs(page, primary.id, args);
    const attributes = 'lang="en" theme="dark" heading="Exports &amp; &quot;partners&quot; &lt;2025>"';
    const snippet = await until(
      page,
      async () => (await embedBlock(page))?.includes(attributes) && embedBlock(page),
      `the snippet to say ${attributes}`,
    );
    const [first] = await until(
      page,
      async () => {
        const widgets = await widgetsIn(page, `#story--${primary.id}--primary`);
        return (
          widgets[0]?.lang?.startsWith('en') && widgets[0].text.includes(args.heading) && !widgets[0].busy && !widgets[0].error && widgets
        );
      },
      'the primary story to follow the controls',
    );
    if (!snippet.includes(`integrity="${integrity}"`))
      problems.push(`the snippet's integrity is not the kit's (${integrity}):\n${snippet}`);
    if (!snippet.includes('src="export-widgets.js"')) problems.push(`the snippet does not load export-widgets.js:\n${snippet}`);
    if (!new RegExp(`<${tag}[ >]`).test(snippet)) problems.push(`the snippet has no <${tag}>:\n${snippet}`);
    problems.push(...errors);
    return { problems, snippet, text: first.text };
  } finally {
    await page.close();
  }
}

/** The snippet in a blank page beside the kit file, under a strict CSP: the same widget, the same text. */
async function pasted(tag, snippet, text) {
  const dir = await mkdtemp(join(tmpdir(), 'ew-embed-'));
  const blank = await serve({
    root: dir,
    headers: () => ({ 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" }),
  });
  try {
    await copyFile(kitFile, join(dir, 'export-widgets.js'));
    await writeFile(
      join(dir, 'index.html'),
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Embed</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`,
    );
    const { page, errors } = await open(`http://127.0.0.1:${blank.address().port}/`);
    try {
      await until(page, ({ events }) => events.some((e) => e.tag === tag), `<${tag}> to load from the pasted snippet`);
      const [widget] = await widgetsIn(page, 'body');
      const problems = [...errors];
      if (widget?.tag !== tag) problems.push(`the page shows <${widget?.tag}>, not <${tag}>`);
      else if (widget.text !== text)
        problems.push(`the pasted widget differs from the story:\n  story:  ${text}\n  pasted: ${widget.text}`);
      return problems;
    } finally {
      await page.close();
    }
  } finally {
    blank.close();
    await rm(dir, { recursive: true, force: true });
  }
}

try {
  await pool(
    entries.filter((e) => e.type === 'story'),
    (entry) => check(`story ${entry.id}`, async () => (await story(entry.id)).problems),
  );
  for (const entry of entries.filter((e) => e.type === 'docs')) {
    if (entry.importPath.endsWith('.mdx')) {
      await check(`docs  ${entry.id}`, async () => {
        const { page, errors } = await open(`${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
        try {
          await until(page, () => page.evaluate(() => document.querySelector('#storybook-docs h1')?.textContent), 'the page');
          return errors;
        } finally {
          await page.close();
        }
      });
      continue;
    }
    let shown;
    await check(`docs  ${entry.id}: embed block`, async () => {
      shown = await docs(entry);
      return shown.problems;
    });
    if (shown?.snippet)
      await check(`embed ${entry.id}: pasted snippet`, () => pasted(entry.title.split('/').pop(), shown.snippet, shown.text));
  }
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter((r) => r.problems.length);
for (const r of failed) console.log(`\nFAILED ${r.name}\n  ${r.problems.join('\n  ')}`);
console.log(
  `storybook: ${results.length - failed.length} passed, ${failed.length} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
process.exit(failed.length ? 1 : 0);
