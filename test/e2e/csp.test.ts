// Every widget under a strict Content-Security-Policy, then with Trusted Types required, alone and beside the
// host page's own Lit. Violations are counted by the probe's `securitypolicyviolation` listener (a 'self' script that
// runs first) and by the browser's console reports.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  allTags,
  assertDrawn,
  ESM,
  IIFE,
  inspect,
  launch,
  page,
  probe,
  settled,
  site,
  STRICT_CSP,
  tab,
  TAGS,
  type Site,
} from './harness.js';
import { bundle } from './build.js';

const TT = "require-trusted-types-for 'script'";
/** The policy embedders are told to use when they name their Trusted Types policies (README). */
const TT_NAMED = `${TT}; trusted-types lit-html 'allow-duplicates'`;

let browser: Browser;
let hostLit: string;
before(async () => {
  [browser, hostLit] = await Promise.all([launch(), bundle('test/e2e/pages/host-lit.ts')]);
});
after(() => browser?.close());

/** Serves `body` + `head` under `csp`, waits for every widget, then reads what was drawn and what was violated. */
async function run(csp: string, head: string, body = allTags('lang="en"'), { interact = false, pictures = false, timeout = 15_000 } = {}) {
  const server: Site = await site(csp);
  server.route('/host-lit.js', { headers: { 'content-type': 'text/javascript' }, body: hostLit });
  server.route('/index.html', page({ head, body }));
  const t = await tab(browser);
  try {
    await t.page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
    await settled(t.page, undefined, timeout).catch(() => undefined); // inspect() tells which widget did not settle
    if (interact) {
      // Every control a reader can use: toggles, note marks, the sources, the CSV download.
      await t.page.evaluate(async () => {
        for (const el of document.querySelectorAll('*')) {
          for (const control of el.shadowRoot?.querySelectorAll<HTMLElement>('button, summary, a[data-note]') ?? []) {
            control.click();
            await new Promise(requestAnimationFrame);
          }
        }
      });
      await new Promise((r) => setTimeout(r, 200));
    }
    const drawn = await inspect(t.page);
    const made = pictures ? await picturesOf(t.page) : undefined;
    const seen = await probe(t.page);
    return { drawn, pictures: made, violations: seen.violations, errors: [...seen.errors, ...t.errors] };
  } finally {
    await t.close();
    await server.close();
  }
}

/** Each widget's PNG and SVG, and its charts as print draws them: sizes and how many texts each SVG has. */
const picturesOf = (p: Page) =>
  p.evaluate(async () => {
    type Widget = Element & { toPicture(format: 'png' | 'svg'): Promise<Blob> };
    const widgets = [...document.querySelectorAll('*')].filter((el): el is Widget => 'toPicture' in el);
    dispatchEvent(new Event('beforeprint'));
    const printed = widgets.flatMap((el) =>
      [...el.shadowRoot!.querySelectorAll('svg.printed')].map((svg) => svg.querySelectorAll('text').length),
    );
    dispatchEvent(new Event('afterprint'));
    const made = await Promise.all(
      widgets.map(async (el) => {
        // Read as text: parsing markup is itself refused under Trusted Types.
        const svg = await (await el.toPicture('svg')).text();
        const png = await createImageBitmap(await el.toPicture('png'));
        return {
          tag: el.localName,
          svg: [Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1]), svg.split('<text ').length - 1],
          png: png.width,
        };
      }),
    );
    return { printed, made };
  });

const clean = (r: { violations: string[]; errors: string[] }) => {
  assert.deepEqual(r.violations, [], 'CSP violations');
  assert.deepEqual(r.errors, [], 'errors');
};

describe('a strict Content-Security-Policy', () => {
  it(`draws every widget (${TAGS.join(', ')}) from the ES module with 0 violations`, async () => {
    const r = await run(STRICT_CSP, ESM);
    clean(r);
    assertDrawn(r.drawn);
  });

  it('draws every widget from the classic script with 0 violations', async () => {
    const r = await run(STRICT_CSP, IIFE);
    clean(r);
    assertDrawn(r.drawn);
  });

  it('draws every widget in dark theme and in each language, from a dataset fetched with connect-src self', async () => {
    const body = ['ru', 'en', 'uz'].map((lang) => allTags(`lang="${lang}" theme="dark" src="/data/technopolis-moscow.json"`)).join('');
    const r = await run(STRICT_CSP, ESM, body);
    clean(r);
    assertDrawn(r.drawn, TAGS.length * 3);
  });

  it('keeps 0 violations while a reader uses every control (toggles, notes, sources, CSV download)', async () => {
    const r = await run(STRICT_CSP, ESM, allTags('lang="en"'), { interact: true });
    clean(r);
    assert.equal(r.drawn.filter((d) => d.state === 'ready' && d.upgraded).length, TAGS.length);
  });

  it("needs nothing but script-src for its own file: default-src 'none'; script-src 'self'", async () => {
    const minimal = "default-src 'none'; script-src 'self'";
    const drawn = await run(minimal, ESM);
    clean(drawn);
    assertDrawn(drawn.drawn);
    clean(await run(minimal, ESM, allTags('lang="en"'), { interact: true }));
  });

  it('counts a violation when there is one (the probe works)', async () => {
    const r = await run(STRICT_CSP, `${ESM}<style>p{color:red}</style>`);
    assert.equal(r.violations.length, 1);
    assert.match(r.violations[0]!, /^style-src/);
  });
});

describe('Trusted Types required', () => {
  for (const [name, head] of [
    ['ES module', ESM],
    ['classic script', IIFE],
  ] as const) {
    it(`draws every widget from the ${name} with ${TT} and 0 violations`, async () => {
      const r = await run(`${STRICT_CSP}; ${TT}`, head);
      clean(r);
      assertDrawn(r.drawn);
    });

    it(`makes every widget's PNG and SVG and prints its charts as SVG from the ${name} with ${TT} and 0 violations`, async () => {
      const r = await run(`${STRICT_CSP}; ${TT}`, head, allTags('lang="uz"'), { pictures: true });
      clean(r);
      const { printed, made } = r.pictures!;
      assert.equal(made.length, TAGS.length);
      for (const { tag, svg, png } of made) {
        assert.ok(svg[1]! > 3, `<${tag}>: ${svg[1]} texts in the SVG`);
        assert.equal(png, 2 * svg[0]!, `<${tag}>: the PNG is twice the SVG's width`);
      }
      assert.ok(printed.length > 0 && printed.every((texts) => texts > 0), `printed charts: ${printed}`);
    });

    it(`draws every widget from the ${name} with named policies (${TT_NAMED})`, async () => {
      const r = await run(`${STRICT_CSP}; ${TT_NAMED}`, head);
      clean(r);
      assertDrawn(r.drawn);
    });

    it(`draws every widget from the ${name} beside the host page's own Lit`, async () => {
      const head2 = `<script type="module" src="/host-lit.js"></script>${head}`;
      for (const csp of [`${STRICT_CSP}; ${TT}`, `${STRICT_CSP}; ${TT_NAMED}`]) {
        const r = await run(csp, head2, `<host-card label="host"></host-card>${allTags('lang="en"')}`);
        clean(r);
        assertDrawn(r.drawn);
      }
    });
  }

  it("breaks, as documented, when a second Lit meets `trusted-types lit-html` without 'allow-duplicates'", async () => {
    // Lit creates a policy named lit-html when it loads; a second copy may do so only if duplicates are allowed.
    const head = `<script type="module" src="/host-lit.js"></script>${ESM}`;
    const r = await run(`${STRICT_CSP}; ${TT}; trusted-types lit-html`, head, undefined, { timeout: 2000 });
    assert.ok(
      r.violations.some((v) => v.startsWith('trusted-types')),
      `expected a trusted-types violation, got ${JSON.stringify(r)}`,
    );
  });
});
