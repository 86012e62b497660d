#!/usr/bin/env node
// Opens every story of the built Storybook (site/storybook/, from `npm run build`) in headless Chromium:
// each must render its widget in the state the story expects (ready, error or loading), log no console error and
// have no axe violation (WCAG 2.0/2.1 A and AA). Stories come from index.json, so a new story is covered as it is.
// Then each widget's docs page: its embed codes (script, iframe with the resize script, iframe alone) name the published
// files with their integrity hashes, follow the controls, and, pasted into a blank page on another origin than the
// folder's, render the same widget as the story.
// Usage: node scripts/storybook-test.js [filter]   (filter: part of a story id; STORYBOOK_TEST_PORT picks the port)
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.js';
import { launch } from './shot.js';

const SITE = fileURLToPath(new URL('../site/', import.meta.url));
const STATIC = join(SITE, 'storybook/');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TIMEOUT = 15_000;
const filter = process.argv[2] ?? '';
const started = Date.now();

const index = JSON.parse(await readFile(join(STATIC, 'index.json'), 'utf8').catch(() => '{"entries":{}}'));
const entries = Object.values(index.entries).filter((e) => e.id.includes(filter));
if (!entries.length) {
  console.error(`storybook: no stories in ${STATIC}index.json${filter ? ` matching "${filter}"` : ''}; run npm run build`);
  process.exit(1);
}
const publication = JSON.parse(await readFile(join(SITE, 'publish.json'), 'utf8'));

// The whole folder, as a host serves it: the Storybook under /storybook/, the kit and the embed page at its root.
const server = await serve({ port: Number(process.env.STORYBOOK_TEST_PORT ?? 0), root: SITE });
const origin = `http://127.0.0.1:${server.address().port}`;
const base = `${origin}/storybook/`;
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

/** The embed codes shown on a docs page, by form, from its "Embed code" blocks. */
const embedBlock = (page) =>
  page.evaluate(() => {
    const sections = [...document.querySelectorAll('.ew-embed-code[data-form]')];
    const codes = sections.map((section) => [section.dataset.form, section.querySelector('pre')?.textContent.trim()]);
    return codes.length && codes.every(([, code]) => code) ? Object.fromEntries(codes) : undefined;
  });

/** Changes the primary story's args the way the Controls panel does. */
const setArgs = (page, storyId, updatedArgs) =>
  page.evaluate(
    (storyId, updatedArgs) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId, updatedArgs }),
    storyId,
    updatedArgs,
  );

/** A widget's docs page: no errors; every embed code follows the controls and names the published files. */
async function docs(entry) {
  const tag = entry.title.split('/').pop();
  const primary = Object.values(index.entries).find((e) => e.type === 'story' && e.title === entry.title);
  const { page, errors } = await open(`${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`);
  try {
    const problems = [];
    await until(page, () => embedBlock(page), 'the embed block');
    // Controls every widget has, set as the Controls panel sets them; the codes and the story must follow.
    const args = { lang: 'en', theme: 'dark', heading: 'Exports & "partners" <2025>' };
    await setArgs(page, primary.id, args);
    const attributes = 'lang="en" theme="dark" heading="Exports &amp; &quot;partners&quot; &lt;2025>"';
    // The embed page takes no free text from its address: the iframe codes leave the heading out.
    const query = 'lang=en&amp;theme=dark';
    const codes = await until(
      page,
      async () => {
        const codes = await embedBlock(page);
        return (
          codes?.script?.includes(attributes) &&
          codes.iframe?.includes(query) &&
          codes.prerendered?.includes('lang="en" theme="dark"') &&
          codes
        );
      },
      `the codes to say ${attributes}`,
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
    const { kit, resize } = publication;
    const expected = {
      script: [`src="${publication.base}${kit.file}"`, `integrity="${kit.integrity}"`, `<${tag} ${attributes}>`],
      'iframe-resize': [
        `src="${publication.base}embed.html?widget=${tag}&amp;${query}"`,
        `src="${publication.base}${resize.file}"`,
        `integrity="${resize.integrity}"`,
      ],
      iframe: [`src="${publication.base}embed.html?widget=${tag}&amp;${query}"`, 'loading="lazy"', 'title="'],
      prerendered: [
        `<${tag} lang="en" theme="dark"`,
        'data-prerendered="',
        '<template shadowrootmode="open"',
        // The kit's loader: the script's attributes as JSON.
        `"src":"${publication.base}${kit.file}"`,
        `"integrity":"${kit.integrity}"`,
      ],
    };
    for (const [form, parts] of Object.entries(expected))
      for (const part of parts) if (!codes[form]?.includes(part)) problems.push(`the ${form} code lacks ${part}:\n${codes[form]}`);
    problems.push(...errors);
    return { problems, codes, text: first.text, heading: args.heading };
  } finally {
    await page.close();
  }
}

/**
 * An embed code in a blank page on another origin than the folder's (the code's public address pointed at the test's
 * server), under a policy that allows only the folder: the same widget, the same text, in the page or in the iframe.
 */
async function pasted(tag, code, text, heading) {
  const dir = await mkdtemp(join(tmpdir(), 'ew-embed-'));
  // The pre-rendered code carries its styles in its declarative shadow root: a page that takes it allows inline styles.
  // Its loader is an inline script, which such a page allows by its hash (as README's Embed section says).
  const styles = code.includes('shadowrootmode') ? "'self' 'unsafe-inline'" : "'self'";
  const pastedCode = code.replaceAll(publication.base, `${origin}/`);
  const loader = /<script>([^<]*)<\/script>/.exec(pastedCode)?.[1];
  const scripts = loader ? `${origin} 'sha256-${createHash('sha256').update(loader).digest('base64')}'` : origin;
  const blank = await serve({
    root: dir,
    headers: () => ({
      'content-security-policy': `default-src 'self'; script-src ${scripts}; style-src ${styles}; frame-src ${origin}; img-src 'self' data:`,
    }),
  });
  try {
    await writeFile(
      join(dir, 'index.html'),
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Embed</title></head>\n<body>\n${pastedCode}\n</body>\n</html>\n`,
    );
    const { page, errors } = await open(`http://127.0.0.1:${blank.address().port}/`);
    try {
      const framed = code.includes('<iframe');
      // The embed page shows its generated heading (it takes no free text from its address): the rest must match.
      const expected = framed ? text.slice(text.indexOf(heading) + heading.length).trim() : text;
      const widget = await until(
        page,
        async () => {
          const frame = framed ? page.frames().find((f) => f.url().startsWith(`${origin}/embed.html`)) : page.mainFrame();
          const [widget] =
            (await frame?.evaluate(() =>
              [...document.querySelectorAll('body *')]
                .filter((el) => el.shadowRoot?.querySelector('footer'))
                .map((el) => ({
                  tag: el.localName,
                  // The widget's text, not its pre-rendered <style>'s.
                  text: el.shadowRoot.querySelector('section').textContent.replace(/\s+/g, ' ').trim(),
                  heading: el.shadowRoot.querySelector('h2')?.textContent.replace(/\s+/g, ' ').trim(),
                  // Taken over by the kit: pre-rendered code shows its content before the kit arrives and adopts it.
                  taken: Boolean(customElements.get(el.localName)) && el.hasUpdated,
                })),
            )) ?? [];
          return widget?.taken && widget.text.includes(expected.slice(0, 40)) && widget;
        },
        `<${tag}> to show from the pasted code`,
      ).catch((error) => ({ error }));
      const problems = [...errors];
      if (widget.error) problems.push(String(widget.error.message));
      else if (widget.tag !== tag) problems.push(`the page shows <${widget.tag}>, not <${tag}>`);
      else if (framed ? widget.text.replaceAll(widget.heading, '¶') !== text.replaceAll(heading, '¶') : widget.text !== text)
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
    for (const [form, code] of Object.entries(shown?.codes ?? {}))
      await check(`embed ${entry.id}: pasted ${form} code`, () => pasted(entry.title.split('/').pop(), code, shown.text, shown.heading));
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
