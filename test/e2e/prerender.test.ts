// The pre-rendered embed code (npm run prerender, made by the kit's server renderer). Its content paints before the
// kit's file arrives; when the kit loads it adopts each element's content in place (the same text nodes), draws the
// charts, with no visible change (screenshots before and after match, canvases masked) and no duplicate; embed code
// from an older dataset, or whose attributes changed, shows the current figures; with JavaScript off every widget's
// text, tables and sources are there and axe finds nothing.
import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { DEMO_KIT, demoPages } from '../../scripts/demo.js';
import { prerenderer } from '../../scripts/prerender.js';
import { kitLoader } from '../../src/embed/codes.js';
import { assertDrawn, DIST, inspect, launch, page, ROOT, settled, site, tab, TAGS, type Site } from './harness.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const LANGS = ['ru', 'en', 'uz'] as const;
const SHOTS = join(ROOT, '.tmp/e2e/prerender');
const WIDTHS = [320, 390, 768, 1280];
const BEFORE = '<p>Текст до виджета: абзац статьи, который не должен сдвинуться.</p>';
const AFTER = '<p>Текст после виджета: абзац статьи, который не должен сдвинуться.</p>';

let browser: Browser;
let server: Site;
/** Embed code by language, one per tag, in TAGS order. */
const codes = new Map<string, string[]>();
/** The kit's file, answered only when a test calls `release`. */
let release = () => {};

before(async () => {
  const made = await prerenderer({ kit: join(DIST, 'export-widgets.js') });
  for (const lang of LANGS) codes.set(lang, await Promise.all(TAGS.map((tag) => made.prerender({ tag, attributes: { lang } }))));
  [browser, server] = await Promise.all([launch(), site()]);
  const kit = readFileSync(join(DIST, 'export-widgets.js'));
  server.route('/late/export-widgets.js', async () => {
    await new Promise<void>((go) => (release = go));
    return { headers: { 'content-type': 'text/javascript' }, body: kit };
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const article = (code: string[]) => `<main>${BEFORE}${code.map((c) => `${c}${AFTER}`).join('')}</main>`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** Each widget's box, the boxes of its canvases, and whether it is upgraded, a duplicate or still pre-rendered. */
const state = (p: Page) =>
  p.evaluate((sel: string) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    };
    return [...document.querySelectorAll(sel)].map((el) => ({
      tag: el.localName,
      upgraded: Boolean(customElements.get(el.localName)),
      box: box(el),
      // A chart's plot (the canvas's parent, which sizes it), and how far the canvas's own size is off it.
      plots: [...el.shadowRoot!.querySelectorAll('canvas')].map((c) => box(c.parentElement!)),
      canvasOff: Math.max(
        0,
        ...[...el.shadowRoot!.querySelectorAll('canvas')].map((c) => {
          const [a, b] = [c.getBoundingClientRect(), c.parentElement!.getBoundingClientRect()];
          return Math.max(Math.abs(a.width - b.width), Math.abs(a.height - b.height), Math.abs(a.x - b.x), Math.abs(a.y - b.y));
        }),
      ),
      sections: el.shadowRoot!.querySelectorAll('section.base').length,
      headings: el.shadowRoot!.querySelectorAll('h2').length,
      styles: el.shadowRoot!.querySelectorAll('style').length,
      heading: el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '',
      text: (el.shadowRoot!.querySelector('section')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
  }, TAGS.join(','));

/** Keeps every text node of the widgets' shadow roots, for `keptTexts` to compare after the kit has come. */
function markTexts(sel: string) {
  (window as any).__texts = [...document.querySelectorAll(sel)].map((el) => {
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    const texts: Node[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    return texts;
  });
}
/** For each widget, the share of the text nodes `markTexts` kept that are still in its shadow root. */
const keptTexts = (sel: string) =>
  [...document.querySelectorAll(sel)].map((el, i) => {
    const marked: Node[] = (window as any).__texts[i];
    return marked.length && marked.filter((t) => el.shadowRoot!.contains(t)).length / marked.length;
  });

/** Pixels that differ between two PNG screenshots, outside the `masks`; decoded and compared in a blank page. */
async function differing(
  a: Uint8Array,
  b: Uint8Array,
  masks: Box[],
): Promise<{ count: number; first?: [number, number]; last?: [number, number]; worst?: number }> {
  const t = await tab(browser);
  try {
    const url = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    await t.page.evaluate('globalThis.__name = (f) => f;');
    return await t.page.evaluate(
      async (a: string, b: string, masks: Box[]) => {
        const pixels = async (src: string) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, img.width, img.height);
        };
        const [pa, pb] = await Promise.all([pixels(a), pixels(b)]);
        if (pa.width !== pb.width || pa.height !== pb.height) return { count: -1, first: [pa.height, pb.height] as [number, number] };
        const masked = (x: number, y: number) =>
          masks.some((m) => x >= m.x - 1 && x < m.x + m.width + 1 && y >= m.y - 1 && y < m.y + m.height + 1);
        let count = 0;
        let first: [number, number] | undefined;
        let last: [number, number] | undefined;
        let worst = 0;
        for (let y = 0; y < pa.height; y++)
          for (let x = 0; x < pa.width; x++) {
            const i = (y * pa.width + x) * 4;
            if (pa.data[i] === pb.data[i] && pa.data[i + 1] === pb.data[i + 1] && pa.data[i + 2] === pb.data[i + 2]) continue;
            if (masked(x, y)) continue;
            count++;
            worst = Math.max(worst, ...[0, 1, 2].map((c) => Math.abs(pa.data[i + c]! - pb.data[i + c]!)));
            first ??= [x, y];
            last = [x, y];
          }
        return { count, first, last, worst };
      },
      url(a),
      url(b),
      masks,
    );
  } finally {
    await t.close();
  }
}

describe('pre-rendered embed code', () => {
  it('is the element with its attributes, the dataset version and a declarative shadow root with its styles', () => {
    const growth = codes.get('ru')![TAGS.indexOf('export-growth')];
    assert.match(
      growth!,
      /^<export-growth lang="ru" data-prerendered="[^"]+" data-prerendered-from="[^"]+"><template shadowrootmode="open"><style>:host\{/,
    );
    // Lit's markers stay, for the kit to adopt the content.
    assert.match(growth!, /<h2 id="heading"><!--lit-part-->[^<]+<!--\/lit-part--><\/h2>/);
    assert.doesNotMatch(growth!, /<canvas[^>]*(style|width|height)=/, 'no canvas size');
  });

  it('demo pages: pre-rendered from the current dataset (npm run demo), the kit added by the loader or a deferred script, and no script that blocks rendering', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'data/technopolis-moscow.json'), 'utf8'));
    const loader = kitLoader(DEMO_KIT);
    const files = readdirSync(join(ROOT, 'demo')).filter((f) => f.endsWith('.html'));
    assert.ok(files.length >= 4, files.join(', '));
    for (const file of files) {
      const html = readFileSync(join(ROOT, 'demo', file), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
      const made = [...html.matchAll(/ data-prerendered="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(made.length >= 3, `demo/${file}: pre-rendered widgets`);
      assert.deepEqual([...new Set(made)], [version], `demo/${file}: made from dataset ${version}; run npm run demo`);
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      // An inline script runs at once, with nothing to fetch; the only ones here are the embed code's loaders.
      const inline = scripts.filter(([, attributes]) => !/\ssrc=/.test(attributes!)).map(([tag]) => tag);
      assert.ok(
        inline.every((tag) => tag === loader),
        `demo/${file}: inline scripts other than the kit's loader`,
      );
      const blocking = scripts.filter(
        ([, attributes]) => /\ssrc=/.test(attributes!) && !/type="module"|\bdefer\b|\basync\b/.test(attributes!),
      );
      assert.deepEqual(
        blocking.map(([tag]) => tag),
        [],
        `demo/${file}: scripts that block rendering`,
      );
      // The kit comes from each widget's loader (one after each widget), or from the page's own deferred script.
      const kitScripts = scripts.filter(([, attributes]) => /\ssrc="[^"]*export-widgets/.test(attributes!));
      if (kitScripts.length) assert.equal(inline.length, 0, `demo/${file}: its own kit script and the loaders`);
      else assert.equal(inline.length, made.length, `demo/${file}: a loader after each widget`);
    }
  });

  it("demo pages: the code `npm run demo` writes from today's kit, so what a reader sees before the kit loads is what it renders", async () => {
    for (const [file, page] of await demoPages())
      assert.ok(page === readFileSync(join(ROOT, 'demo', file), 'utf8'), `demo/${file} is not what the kit renders now: run npm run demo`);
  });

  for (const lang of LANGS)
    for (const width of WIDTHS)
      it(`${lang}, ${width} px: painted with the kit's file held back, then taken over with no visible change and no duplicate`, async () => {
        const path = `/takeover-${lang}-${width}.html`;
        server.route(
          path,
          page({ lang, body: `${article(codes.get(lang)!)}<script type="module" src="/late/export-widgets.js"></script>` }),
        );
        const t = await tab(browser, width);
        try {
          const loaded = t.page.goto(server.origin + path, { waitUntil: 'load' });
          // The kit's file is held: the content is painted anyway.
          await t.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 15_000 });
          await t.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const held = await state(t.page);
          assert.equal(held.length, TAGS.length);
          for (const w of held) {
            assert.ok(!w.upgraded, `<${w.tag}> upgraded before the kit's file arrived`);
            assert.ok(
              w.heading.length > 10 && w.box.height > 100,
              `<${w.tag}> painted without the kit: ${JSON.stringify(w.box)} "${w.heading}"`,
            );
            assert.ok(w.box.x >= 0 && w.box.x + w.box.width <= width, `<${w.tag}> fits ${width} px: ${JSON.stringify(w.box)}`);
          }
          const shotBefore = await t.page.screenshot({ fullPage: true });
          await t.page.evaluate(markTexts, TAGS.join(','));
          release();
          await loaded;
          await settled(t.page);
          assertDrawn(await inspect(t.page));
          const taken = await state(t.page);
          assert.deepEqual(
            await t.page.evaluate(keptTexts, TAGS.join(',')),
            Array(TAGS.length).fill(1),
            'the text nodes the page parsed, adopted',
          );
          for (const [i, w] of taken.entries()) {
            assert.ok(w.upgraded, `<${w.tag}> taken over`);
            assert.deepEqual([w.sections, w.headings, w.styles], [1, 1, 1], `<${w.tag}>: one rendering, the pre-rendered one`);
            assert.equal(w.text, held[i]!.text, `<${w.tag}>: the same text`);
            assert.deepEqual(w.box, held[i]!.box, `<${w.tag}>: the same box`);
            assert.deepEqual(w.plots, held[i]!.plots, `<${w.tag}>: the charts drawn in the boxes the code reserved`);
            assert.ok(w.canvasOff < 1 && held[i]!.canvasOff < 1, `<${w.tag}>: each canvas fills its plot`);
          }
          const shotAfter = await t.page.screenshot({ fullPage: true });
          const masks = [...held, ...taken].flatMap((w) => w.plots);
          const diff = await differing(shotBefore, shotAfter, masks);
          if (diff.count) {
            // Kept for a person to look at.
            mkdirSync(SHOTS, { recursive: true });
            writeFileSync(join(SHOTS, `${lang}-${width}-before.png`), shotBefore);
            writeFileSync(join(SHOTS, `${lang}-${width}-after.png`), shotAfter);
          }
          assert.equal(
            diff.count,
            0,
            `pixels that changed outside the charts: ${diff.count}, from ${JSON.stringify(diff.first)} to ${JSON.stringify(diff.last)}, largest channel difference ${diff.worst} (see ${SHOTS})`,
          );
          assert.deepEqual(await t.page.evaluate(() => (window as any).__ew.errors), []);
          assert.deepEqual(t.errors, []);
        } finally {
          release();
          await t.close();
        }
      });

  it('the comparison can fail: one word more in a heading is found', async () => {
    const path = '/diff-check.html';
    server.route(path, page({ lang: 'ru', body: article(codes.get('ru')!.map((c, i) => (i ? c : c.replace(/(<h2[^>]*>)/, '$1Не ')))) }));
    const t = await tab(browser, 390);
    try {
      await t.page.goto(server.origin + path, { waitUntil: 'load' });
      const a = await t.page.screenshot({ fullPage: true });
      server.route(path, page({ lang: 'ru', body: article(codes.get('ru')!) }));
      await t.page.goto(server.origin + path, { waitUntil: 'load' });
      const b = await t.page.screenshot({ fullPage: true });
      const d = await differing(a, b, []);
      assert.ok(d.count > 20, JSON.stringify(d));
    } finally {
      await t.close();
    }
  });

  it('embed code made from an older dataset shows the current figures once the kit loads', async () => {
    const growth = codes.get('ru')![TAGS.indexOf('export-growth')];
    const stale = growth!
      .replace(/data-prerendered="[^"]+"/, 'data-prerendered="0.0.1"')
      .replace(/(<p class="summary"><!--lit-part-->)[^<]+/, '$1СТАРЫЕ ДАННЫЕ: 999 млрд ₽');
    assert.ok(stale.includes('СТАРЫЕ ДАННЫЕ'));
    const path = '/stale.html';
    server.route(path, page({ lang: 'ru', body: `${article([stale])}<script type="module" src="/dist/export-widgets.js"></script>` }));
    const t = await tab(browser, 390);
    const infos: string[] = [];
    t.page.on('console', (m) => m.type() === 'info' && infos.push(m.text()));
    try {
      await t.page.goto(server.origin + path, { waitUntil: 'load' });
      await settled(t.page, 'export-growth');
      const [w] = await state(t.page);
      assert.ok(!w!.text.includes('СТАРЫЕ ДАННЫЕ'), 'the stale figure is gone');
      assert.deepEqual([w!.sections, w!.styles], [1, 0]);
      const fresh = /<p class="summary"><!--lit-part-->([^<]+)/.exec(growth!)![1]!.replaceAll('&nbsp;', ' ').replace(/\s+/g, ' ').trim();
      assert.ok(w!.text.includes(fresh), `the current summary is shown: ${fresh}`);
      assert.ok(
        infos.some((i) => /embed code made from dataset 0\.0\.1/.test(i)),
        `the kit says the code is stale: ${infos.join(' | ')}`,
      );
    } finally {
      await t.close();
    }
  });

  it('an attribute or property changed before the kit comes, or after it has adopted the content, changes what the widget shows', async () => {
    const growth = codes.get('ru')![TAGS.indexOf('export-growth')]!;
    const code = (id: string) => growth.replace('<export-growth ', `<export-growth id="${id}" `);
    const before = `<script>document.getElementById('attribute').setAttribute('heading', 'Заголовок страницы');
      document.getElementById('property').comparison = 'years';</script>`;
    const path = '/changed.html';
    server.route(
      path,
      page({
        lang: 'ru',
        body: `${code('attribute')}${code('property')}${code('after')}${before}<script type="module" src="/dist/export-widgets.js"></script>`,
      }),
    );
    const t = await tab(browser, 640);
    try {
      await t.page.goto(server.origin + path, { waitUntil: 'load' });
      await settled(t.page, 'export-growth');
      const panels = () =>
        t.page.evaluate(() =>
          [...document.querySelectorAll('export-growth')].map((el) => [
            el.id,
            el.shadowRoot!.querySelectorAll('.panel').length,
            el.shadowRoot!.querySelectorAll('section').length,
            el.shadowRoot!.querySelector('h2')!.textContent!.trim(),
          ]),
        );
      const all = (await panels())[2]![1] as number;
      assert.ok(all > 1, `the default comparison shows several panels: ${all}`);
      const heading = (await panels())[2]![3];
      // A heading is text only: hydrating would have kept the old one without a word.
      assert.deepEqual(await panels(), [
        ['attribute', all, 1, 'Заголовок страницы'],
        ['property', 1, 1, heading],
        ['after', all, 1, heading],
      ]);
      await t.page.evaluate(async () => {
        const el = document.getElementById('after') as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute('comparison', 'years');
        await el.updateComplete;
      });
      assert.deepEqual((await panels())[2], ['after', 1, 1, heading]);
      assert.deepEqual(t.errors, []);
    } finally {
      await t.close();
    }
  });

  for (const lang of LANGS)
    it(`${lang}, JavaScript off: each widget's text, tables and sources are there and readable, axe 0 violations`, async () => {
      const path = `/nojs-${lang}.html`;
      server.route(path, page({ lang, body: `${article(codes.get(lang)!)}<script type="module" src="/dist/export-widgets.js"></script>` }));
      const t = await tab(browser, 390);
      try {
        await t.page.setJavaScriptEnabled(false);
        await t.page.goto(server.origin + path, { waitUntil: 'load' });
        // Puppeteer cannot evaluate in a page with scripts off; turned back on, the page's scripts stay unrun (checked below).
        await t.page.setJavaScriptEnabled(true);
        const seen = await t.page.evaluate((sel: string) => {
          const shown = (el: Element | null | undefined) => {
            if (!el) return false;
            const r = el.getBoundingClientRect();
            return r.width > 40 && r.height > 8;
          };
          return [...document.querySelectorAll(sel)].map((el) => {
            const root = el.shadowRoot!;
            return {
              tag: el.localName,
              upgraded: Boolean(customElements.get(el.localName)),
              heading: shown(root.querySelector('h2')),
              // Every table and list the widget has is on screen (not the screen-reader-only copy): the figures. The
              // chart view's list of cumulative totals stays hidden, as in print: the table shown has them.
              tables: [...root.querySelectorAll('table, dl, ul, ol')]
                .filter((t) => !t.closest('details') && !t.matches('dl.cumulative'))
                .map(shown),
              sources: [...root.querySelectorAll('details.sources li')].filter(shown).length,
              controls: [...root.querySelectorAll('button, canvas')].filter(shown).length,
            };
          });
        }, TAGS.join(','));
        assert.equal(seen.length, TAGS.length);
        for (const w of seen) {
          assert.ok(!w.upgraded, 'no script ran');
          assert.ok(w.heading, `<${w.tag}>: heading shown`);
          assert.ok(w.tables.length && w.tables.every(Boolean), `<${w.tag}>: tables and lists shown: ${JSON.stringify(w.tables)}`);
          assert.ok(w.sources > 0, `<${w.tag}>: sources shown`);
          assert.equal(w.controls, 0, `<${w.tag}>: no button or chart box that needs the kit`);
        }
        await t.page.evaluate(AXE);
        const violations = await t.page.evaluate(async () => {
          const result = await (window as any).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
          });
          return result.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${String(n.html).slice(0, 120)}`));
        });
        assert.deepEqual(violations, []);
      } finally {
        await t.close();
      }
    });
});
