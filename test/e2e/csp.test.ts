// Every widget under a strict Content-Security-Policy, then with Trusted Types required, alone and beside the
// host page's own Lit. Violations are counted by the probe's `securitypolicyviolation` listener (a 'self' script that
// runs first) and by the browser's console reports.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
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
async function run(csp: string, head: string, body = allTags('lang="en"'), { interact = false, timeout = 15_000 } = {}) {
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
    const seen = await probe(t.page);
    return { drawn, violations: seen.violations, errors: [...seen.errors, ...t.errors] };
  } finally {
    await t.close();
    await server.close();
  }
}

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
