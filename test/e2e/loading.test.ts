// The ways a host page loads the kit and adds its tags: twice, two builds, script after the tags, tags added,
// moved, cloned or given properties later by the host. Each case: 0 uncaught errors, every tag upgraded and drawn.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import {
  allTags,
  assertDrawn,
  DIST,
  ESM,
  IIFE,
  inspect,
  launch,
  page,
  probe,
  ROOT,
  settled,
  site,
  STRICT_CSP,
  tab,
  TAGS,
  type Site,
} from './harness.js';
import { bundle } from './build.js';

const VERSION = /VERSION = '([^']+)'/.exec(readFileSync(join(ROOT, 'src/version.ts'), 'utf8'))![1]!;

let browser: Browser;
let server: Site;
before(async () => {
  let hostLit: string;
  [browser, server, hostLit] = await Promise.all([launch(), site(STRICT_CSP), bundle('test/e2e/pages/host-lit.ts')]);
  const js = { 'content-type': 'text/javascript' };
  server.route('/host-lit.js', { headers: js, body: hostLit });
  // Another release of the kit: the same build with another version string (a literal in whichever quotes the
  // minifier chose).
  const literal = new RegExp(`(["'\`])${VERSION.replaceAll('.', '\\.')}\\1`, 'g');
  const other = readFileSync(join(DIST, 'export-widgets.iife.js'), 'utf8').replace(
    literal,
    (_, quote: string) => `${quote}9.9.9-other${quote}`,
  );
  assert.ok(other.includes('9.9.9-other'), 'the version string is found in the built kit');
  server.route('/other/export-widgets.iife.js', { headers: js, body: other });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

let n = 0;
/** Opens a page with `head` and `body`, runs `host` (the host page's own script, as puppeteer), checks the page. */
async function check<T>(
  head: string,
  body: string,
  host?: (page: Page) => Promise<unknown>,
  expected = TAGS.length,
  read?: (page: Page) => Promise<T>,
) {
  const path = `/case-${++n}.html`;
  server.route(path, page({ head, body }));
  const t = await tab(browser);
  try {
    await t.page.goto(server.origin + path, { waitUntil: 'load' });
    await host?.(t.page);
    await settled(t.page);
    await t.page.evaluate(() => new Promise(requestAnimationFrame));
    const drawn = await inspect(t.page);
    const seen = await probe(t.page);
    assert.deepEqual([...seen.errors, ...t.errors], [], 'uncaught errors');
    assert.deepEqual(seen.violations, [], 'CSP violations');
    assertDrawn(drawn, expected);
    return { drawn, warnings: t.warnings, read: await read?.(t.page) };
  } finally {
    await t.close();
  }
}

const tags = allTags('lang="en"');

describe('loading the kit', () => {
  it('the ES module loaded twice (same URL, and another URL of the same file)', async () => {
    const r = await check(`${ESM}${ESM}<script type="module" src="/dist/export-widgets.js?again"></script>`, tags);
    assert.deepEqual(r.warnings, []);
  });

  it('the classic script loaded twice', async () => {
    await check(`${IIFE}${IIFE}`, tags);
  });

  it('two builds on one page: the classic script and the ES module', async () => {
    await check(`${IIFE}${ESM}`, tags);
  });

  it('two releases on one page: the first keeps its elements and one console line says so', async () => {
    const r = await check(`<script src="/other/export-widgets.iife.js"></script>${ESM}`, tags);
    assert.equal(r.warnings.filter((w) => w.includes('9.9.9-other')).length, 1, JSON.stringify(r.warnings));
  });

  it('the script after the tags, as a module and as a classic script', async () => {
    await check('', `${tags}${ESM}`);
    await check('', `${tags}${IIFE}`);
  });

  it('the script with async, and the host page running its own Lit', async () => {
    await check(
      '<script type="module" src="/host-lit.js"></script><script async src="/dist/export-widgets.iife.js"></script>',
      `<host-card></host-card>${tags}`,
    );
  });

  it('the kit injected by the host after its tags are on the page', async () => {
    await check('', tags, (p) =>
      p.evaluate(() => {
        const script = document.createElement('script');
        script.src = '/dist/export-widgets.iife.js';
        document.head.append(script);
      }),
    );
  });
});

describe('tags added by the host later', () => {
  const add = (p: Page, how: string) =>
    p.evaluate(
      async (tagList: string[], how: string) => {
        if (how !== 'before') await customElements.whenDefined(tagList[0]!);
        const box = document.createElement('div');
        document.body.append(box);
        if (how === 'createElement' || how === 'before')
          for (const tag of tagList) box.append(Object.assign(document.createElement(tag), { lang: 'en' }));
        if (how === 'innerHTML') box.innerHTML = tagList.map((tag) => `<${tag} lang="en"></${tag}>`).join('');
        if (how === 'template') {
          const template = document.createElement('template');
          template.innerHTML = tagList.map((tag) => `<${tag} lang="en"></${tag}>`).join('');
          box.append(template.content.cloneNode(true));
        }
        if (how === 'shadow') {
          const host = box.attachShadow({ mode: 'open' });
          host.innerHTML = `<div lang="en">${tagList.map((tag) => `<${tag}></${tag}>`).join('')}</div>`;
        }
      },
      [...TAGS],
      how,
    );

  for (const how of ['createElement', 'innerHTML', 'template']) {
    it(`with ${how} after the kit loaded`, async () => {
      await check(ESM, '', (p) => add(p, how));
    });
  }

  it("inside the host's own shadow root", async () => {
    await check(ESM, '', (p) => add(p, 'shadow'));
  });

  it('created and given attributes before the kit loads, then upgraded', async () => {
    await check('', '', async (p) => {
      await add(p, 'before');
      await p.addScriptTag({ url: '/dist/export-widgets.js', type: 'module' });
    });
  });

  it('given properties (theme, heading) by a host framework before the kit loads: the properties are honoured', async () => {
    const read = (p: Page) =>
      p.evaluate(
        (tagList: string[]) =>
          tagList.map((tag) => {
            const root = document.querySelector(tag)!.shadowRoot!;
            const theme = root.querySelector('.base')?.classList.contains('dark') ? 'dark' : 'light';
            return `${tag}: ${theme}, ${root.querySelector('h2, h3')?.textContent?.trim()}`;
          }),
        [...TAGS],
      );
    const r = await check(
      '',
      '',
      async (p) => {
        await p.evaluate(
          (tagList: string[]) => {
            for (const tag of tagList) {
              const el = document.createElement(tag) as any;
              el.lang = 'en';
              el.theme = 'dark';
              el.heading = 'Heading set as a property';
              document.body.append(el);
            }
          },
          [...TAGS],
        );
        await p.addScriptTag({ url: '/dist/export-widgets.js', type: 'module' });
      },
      TAGS.length,
      read,
    );
    assert.deepEqual(
      r.read,
      TAGS.map((tag) => `${tag}: dark, Heading set as a property`),
    );
  });

  it('moved by the host to another place: the charts are drawn again', async () => {
    await check(ESM, tags, async (p) => {
      await settled(p);
      await p.evaluate((sel: string) => {
        const box = document.createElement('aside');
        document.body.append(box);
        box.append(...document.querySelectorAll(sel));
      }, TAGS.join(','));
    });
  });

  it('cloned by the host with cloneNode', async () => {
    await check(
      ESM,
      tags,
      async (p) => {
        await settled(p);
        await p.evaluate(
          (tagList: string[]) => {
            for (const tag of tagList) document.body.append(document.querySelector(tag)!.cloneNode(true));
          },
          [...TAGS],
        );
      },
      TAGS.length * 2,
    );
  });
});
