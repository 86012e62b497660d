// axe (WCAG 2.0 and 2.1, A and AA) on every widget × light/dark × ru/en/uz, at 900 and at 320 px, with the
// sources open; then the same widgets after every toggle is switched; and the error and hint states.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { ESM, launch, page, settled, site, tab, TAGS, type Site } from './harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS_WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['light', 'dark'];
const LANGS = ['ru', 'en', 'uz'];

let browser: Browser;
let server: Site;
before(async () => {
  [browser, server] = await Promise.all([launch(), site()]);
  const widgets = TAGS.flatMap((tag) =>
    THEMES.flatMap((theme) => LANGS.map((lang) => `<${tag} id="${tag}-${theme}-${lang}" theme="${theme}" lang="${lang}"></${tag}>`)),
  );
  server.route('/index.html', page({ head: ESM, body: `<main>${widgets.join('\n')}</main>` }));
  const states = TAGS.flatMap((tag) =>
    THEMES.flatMap((theme) => [
      `<${tag} id="${tag}-${theme}-error" theme="${theme}" lang="en" src="javascript:void 0"></${tag}>`,
      `<${tag} id="${tag}-${theme}-hint" theme="${theme}" lang="xx"></${tag}>`,
    ]),
  );
  server.route('/states.html', page({ head: ESM, body: `<main>${states.join('\n')}</main>` }));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  rule: string;
  impact: string;
  widget: string;
  html: string;
  summary: string;
}

/** Runs axe on the page; violations by widget (the id of the outermost element of each target). */
async function axe(p: Page): Promise<Violation[]> {
  await p.evaluate(AXE);
  return p.evaluate(async (tags: string[]) => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.flatMap((v: any) =>
      v.nodes.map((n: any) => ({
        rule: v.id,
        impact: v.impact,
        widget: String([n.target].flat(2)[0]),
        html: String(n.html).slice(0, 160),
        summary: String(n.failureSummary).replace(/\s+/g, ' ').slice(0, 240),
      })),
    );
  }, TAGS_WCAG);
}

/** Opens every widget's source notes and, with `toggle`, presses every toggle that is not pressed. */
const open = (p: Page, toggle: boolean) =>
  p.evaluate(
    async (sel: string, toggle: boolean) => {
      for (const el of document.querySelectorAll(sel)) {
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        if (toggle) el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-pressed="false"]').forEach((b) => b.click());
      }
      await new Promise((r) => setTimeout(r, 100));
    },
    TAGS.join(','),
    toggle,
  );

async function check(path: string, width: number, toggle = false) {
  const t = await tab(browser, width);
  try {
    await t.page.goto(server.origin + path, { waitUntil: 'load' });
    await settled(t.page, undefined, 30_000);
    await open(t.page, toggle);
    const violations = await axe(t.page);
    const count = await t.page.evaluate((sel: string) => document.querySelectorAll(sel).length, TAGS.join(','));
    assert.ok(count >= TAGS.length * 4, `widgets on the page: ${count}`);
    assert.deepEqual(violations, [], `${violations.length} violations:\n${violations.map((v) => JSON.stringify(v)).join('\n')}`);
    // Reflow (WCAG 1.4.10), which axe does not check: nothing makes the page scroll sideways.
    const wide = await t.page.evaluate(
      (sel: string, width: number) =>
        [...document.querySelectorAll(sel)].filter((el) => el.getBoundingClientRect().right > width + 0.5).map((el) => el.id),
      TAGS.join(','),
      width,
    );
    assert.deepEqual(wide, [], 'widgets wider than the page');
    assert.ok((await t.page.evaluate(() => document.documentElement.scrollWidth)) <= width, 'the page scrolls sideways');
  } finally {
    await t.close();
  }
}

describe(`axe (${TAGS_WCAG.join(', ')}) on every widget × ${THEMES.join('/')} × ${LANGS.join('/')}`, () => {
  for (const width of [900, 320]) {
    it(`at ${width} px, sources open: 0 violations`, () => check('/index.html', width));
    it(`at ${width} px, every toggle switched: 0 violations`, () => check('/index.html', width, true));
    it(`at ${width} px, the error and hint states: 0 violations`, () => check('/states.html', width));
  }

  it('finds violations when there are some (axe checks names and contrast inside the shadow roots)', async () => {
    const t = await tab(browser);
    try {
      await t.page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
      await settled(t.page, undefined, 30_000);
      await t.page.evaluate((tag: string) => {
        const root = document.querySelector(tag)!.shadowRoot!;
        const where = root.querySelector('footer, p')!;
        where.append(Object.assign(document.createElement('button'), { title: '' }));
        const pale = Object.assign(document.createElement('span'), { textContent: 'pale text' });
        pale.style.color = '#eee';
        where.append(pale);
      }, TAGS[0]!);
      const violations = await axe(t.page);
      assert.deepEqual(violations.map((v) => v.rule).sort(), ['button-name', 'color-contrast']);
    } finally {
      await t.close();
    }
  });
});
