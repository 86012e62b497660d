// Malformed datasets through `src`. Every case is served to one widget of every tag; each must end in a visible
// message (or, for a file the format accepts, the data drawn), with 0 uncaught exceptions, Object.prototype unchanged
// and no long freeze of the tab.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import {
  addWidgets,
  dataset,
  ESM,
  inspect,
  launch,
  page,
  probe,
  settled,
  site,
  STRICT_CSP,
  tab,
  TAGS,
  type Reply,
  type Site,
  type Tab,
} from './harness.js';

/** The longest the tab may freeze for one dataset (a heartbeat of 20 ms runs in the page). */
const MAX_FREEZE_MS = 1000;
const MILLION = 1_000_000;

type Outcome = 'ready' | 'json' | 'invalid' | 'size';
interface Case {
  name: string;
  expect: Outcome;
  reply: () => Reply;
}

const json = (text: string | Buffer, type = 'application/json; charset=utf-8'): Reply => ({
  headers: { 'content-type': type },
  body: text,
});
/** The real dataset changed by `change`, as JSON. */
const changed = (change: (d: any) => unknown): string => {
  const d = dataset();
  change(d);
  return JSON.stringify(d);
};
const valid = JSON.stringify(dataset());
/** Inserts raw JSON text right after the first `{` that follows `after` (a key in the file). */
const insert = (raw: string, after = '') => valid.replace(after ? `"${after}":{` : '{', `${after ? `"${after}":` : ''}{${raw},`);
const nested = (depth: number, open: string, close: string, inner = '0') => open.repeat(depth) + inner + close.repeat(depth);

const CASES: Case[] = [
  // Not JSON at all, or broken JSON.
  { name: 'an empty body', expect: 'json', reply: () => json('') },
  { name: 'whitespace only', expect: 'json', reply: () => json(' \n\t ') },
  { name: 'truncated in the middle', expect: 'json', reply: () => json(valid.slice(0, valid.length / 2)) },
  { name: 'truncated after one byte', expect: 'json', reply: () => json('{') },
  { name: 'truncated inside a string', expect: 'json', reply: () => json(valid.slice(0, valid.indexOf('Технополис') + 3)) },
  {
    name: 'an HTML error page with status 200',
    expect: 'json',
    reply: () => json('<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>', 'text/html'),
  },
  { name: 'an HTML page labelled as JSON', expect: 'json', reply: () => json('<html><body>Service unavailable</body></html>') },
  {
    name: 'a login page with a script',
    expect: 'json',
    reply: () => json('<script>top.xss(5000)</script><form>Sign in</form>', 'text/html'),
  },
  { name: 'NaN as a value', expect: 'json', reply: () => json(valid.replace('"value":326000000', '"value":NaN')) },
  { name: 'Infinity as a value', expect: 'json', reply: () => json(valid.replace('"value":326000000', '"value":Infinity')) },
  { name: 'a trailing comma', expect: 'json', reply: () => json(valid.replace(/}$/, ',}')) },
  { name: 'comments', expect: 'json', reply: () => json(`// dataset\n${valid}`) },
  { name: 'single quotes', expect: 'json', reply: () => json("{'format': 1}") },
  { name: 'JSONP', expect: 'json', reply: () => json(`callback(${valid})`) },
  { name: 'UTF-16 encoded', expect: 'json', reply: () => json(Buffer.from(`\ufeff${valid}`, 'utf16le')) },
  { name: 'binary noise', expect: 'json', reply: () => json(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))) },
  // Valid JSON of the wrong shape.
  { name: 'null', expect: 'invalid', reply: () => json('null') },
  { name: 'an array', expect: 'invalid', reply: () => json('[]') },
  { name: 'a string', expect: 'invalid', reply: () => json('"dataset"') },
  { name: 'a number', expect: 'invalid', reply: () => json('42') },
  { name: 'true', expect: 'invalid', reply: () => json('true') },
  { name: 'an empty object', expect: 'invalid', reply: () => json('{}') },
  { name: 'format 2', expect: 'invalid', reply: () => json(changed((d) => (d.format = 2))) },
  { name: 'format as a string', expect: 'invalid', reply: () => json(changed((d) => (d.format = '1'))) },
  { name: 'no version', expect: 'invalid', reply: () => json(changed((d) => delete d.version)) },
  { name: 'version as a number', expect: 'invalid', reply: () => json(changed((d) => (d.version = 1))) },
  { name: 'no zone', expect: 'invalid', reply: () => json(changed((d) => delete d.zone)) },
  { name: 'zone name as a string', expect: 'invalid', reply: () => json(changed((d) => (d.zone.name = 'Technopolis'))) },
  { name: 'zone name with no language', expect: 'invalid', reply: () => json(changed((d) => (d.zone.name = {}))) },
  { name: 'no figures', expect: 'invalid', reply: () => json(changed((d) => delete d.figures)) },
  { name: 'figures empty', expect: 'invalid', reply: () => json(changed((d) => (d.figures = []))) },
  { name: 'figures as an object', expect: 'invalid', reply: () => json(changed((d) => (d.figures = { 0: d.figures[0] }))) },
  { name: 'sources null', expect: 'invalid', reply: () => json(changed((d) => (d.sources = null))) },
  { name: 'a number as a string', expect: 'invalid', reply: () => json(changed((d) => (d.figures[0].value = '326000000'))) },
  { name: 'a negative value', expect: 'invalid', reply: () => json(changed((d) => (d.figures[0].value = -326))) },
  { name: '1e999 (Infinity after parsing)', expect: 'invalid', reply: () => json(valid.replace('"value":326000000', '"value":1e999')) },
  { name: 'a value of null', expect: 'invalid', reply: () => json(changed((d) => (d.figures[0].value = null))) },
  { name: 'an unknown unit', expect: 'invalid', reply: () => json(changed((d) => (d.figures[0].unit = 'USD'))) },
  { name: 'an unknown qualifier', expect: 'invalid', reply: () => json(changed((d) => (d.figures[0].qualifier = 'roughly'))) },
  { name: 'a year as a number', expect: 'invalid', reply: () => json(changed((d) => (d.figures[0].period = 2019))) },
  { name: 'month 13', expect: 'invalid', reply: () => json(changed((d) => (d.asOf = '2025-13-01'))) },
  { name: 'a figure without citations', expect: 'invalid', reply: () => json(changed((d) => delete d.figures[0].citations)) },
  {
    name: 'a citation of an unknown source',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.figures[0].citations[0].source = 'nowhere'))),
  },
  { name: 'a duplicate id', expect: 'invalid', reply: () => json(changed((d) => (d.figures[1].id = d.figures[0].id))) },
  {
    name: 'a derived figure deriving from itself',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.figures.find((f: any) => f.derived).derived.value = d.figures.find((f: any) => f.derived).id))),
  },
  { name: 'a lowercase country code', expect: 'invalid', reply: () => json(changed((d) => (d.destinations[0].countries[0] = 'kz'))) },
  { name: 'a made-up country code', expect: 'invalid', reply: () => json(changed((d) => (d.destinations[0].countries[0] = 'XX'))) },
  { name: 'an id of 81 characters', expect: 'invalid', reply: () => json(changed((d) => (d.sectors[0].id = 'a'.repeat(81)))) },
  // Prototype pollution attempts: the data is read, nothing leaks into Object.prototype.
  {
    name: '__proto__ at the top (otherwise valid)',
    expect: 'ready',
    reply: () => json(insert('"__proto__":{"polluted":"yes","toString":1}')),
  },
  { name: '__proto__ inside the zone', expect: 'ready', reply: () => json(insert('"__proto__":{"polluted":"yes"}', 'zone')) },
  {
    name: '__proto__ as a language of a text',
    expect: 'ready',
    reply: () => json(insert('"__proto__":{"ru":"<b>x</b>","polluted":"yes"}', 'name')),
  },
  {
    name: 'constructor.prototype at the top',
    expect: 'ready',
    reply: () => json(insert('"constructor":{"prototype":{"polluted":"yes"}}')),
  },
  {
    name: 'ids named constructor (valid ids)',
    expect: 'ready',
    reply: () =>
      json(
        valid
          .replaceAll(`"${dataset().sectors[0].id}"`, '"constructor"')
          .replaceAll(`"${dataset().exporters[0].id}"`, '"constructor"')
          .replaceAll(`"${dataset().figures[0].id}"`, '"constructor"'),
      ),
  },
  {
    name: '__proto__ as a figure (an object of the wrong shape)',
    expect: 'invalid',
    reply: () => json(valid.replace('"figures":[', '"figures":[{"__proto__":{"id":"x"}},')),
  },
  // Files the format accepts: they are drawn.
  { name: 'a byte-order mark', expect: 'ready', reply: () => json(`\ufeff${valid}`) },
  { name: 'served as text/plain', expect: 'ready', reply: () => json(valid, 'text/plain') },
  {
    name: 'unknown keys everywhere',
    expect: 'ready',
    reply: () => json(changed((d) => ((d.extra = { a: [1, 2] }), (d.figures[0].extra = 'x')))),
  },
  {
    name: 'NUL and lone surrogates in texts',
    expect: 'ready',
    reply: () => json(changed((d) => (d.zone.name.en = 'Zone\u0000\ud800\udfff\ud800'))),
  },
  // Huge.
  {
    name: 'a huge string where 40 characters are allowed',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.version = 'x'.repeat(5 * MILLION)))),
  },
  {
    name: 'a huge string in a quote',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.figures[0].citations[0].quote = 'x'.repeat(9 * MILLION)))),
  },
  {
    name: 'a huge string where a unit is expected',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.figures[0].unit = 'x'.repeat(5 * MILLION)))),
  },
  { name: 'a huge string in an unknown key', expect: 'ready', reply: () => json(changed((d) => (d.notes = 'x'.repeat(9 * MILLION)))) },
  { name: 'a file over 10 MB with its length', expect: 'size', reply: () => json(changed((d) => (d.notes = 'x'.repeat(11 * MILLION)))) },
  {
    name: 'a file over 10 MB without its length (chunked)',
    expect: 'size',
    reply: () => ({
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: changed((d) => (d.notes = 'x'.repeat(11 * MILLION))),
    }),
  },
  { name: '10⁶ figures', expect: 'invalid', reply: () => json(changed((d) => (d.figures = Array(MILLION).fill(0)))) },
  {
    name: '10⁶ speakers of a source',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.sources[0].speakers = Array.from({ length: MILLION }, () => ({}))))),
  },
  {
    name: '10⁶ citations of a figure',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.figures[0].citations = Array.from({ length: MILLION }, () => ({}))))),
  },
  {
    name: '10⁶ numbers as country codes',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.destinations[0].countries = Array(MILLION).fill(1)))),
  },
  {
    name: '10⁶ valid country codes',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.destinations[0].countries = Array(MILLION).fill('KZ')))),
  },
  {
    name: '5000 figures (the most the format allows)',
    expect: 'ready',
    reply: () =>
      json(
        changed((d) => {
          const cite = d.figures[0].citations;
          d.figures.push(
            ...Array.from({ length: 5000 - d.figures.length }, (_, i) => ({
              id: `x${i}`,
              kind: 'zone',
              value: i,
              unit: 'count',
              qualifier: 'exact',
              citations: cite,
            })),
          );
        }),
      ),
  },
  // Deep.
  { name: 'arrays nested 10⁵ deep', expect: 'invalid', reply: () => json(nested(100_000, '[', ']')) },
  {
    name: 'objects nested 10⁵ deep in the zone',
    expect: 'invalid',
    reply: () => json(valid.replace('"zone":{', `"zone":${nested(100_000, '{"a":', '}', '{}')},"zone0":{`)),
  },
  {
    name: 'arrays nested 10⁵ deep in a text',
    expect: 'invalid',
    reply: () => json(changed((d) => (d.zone.name.en = '@')).replace('"@"', nested(100_000, '[', ']'))),
  },
];

let browser: Browser;
let server: Site;
let t: Tab;
before(async () => {
  [browser, server] = await Promise.all([launch(), site(STRICT_CSP)]);
  server.route('/index.html', page({ head: ESM }));
  CASES.forEach((c, i) => server.route(`/case-${i}.json`, c.reply));
  t = await tab(browser);
  await t.page.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
});
after(async () => {
  await t?.close();
  await browser?.close();
  await server?.close();
});

describe(`${CASES.length} malformed datasets through src, each to every widget`, () => {
  let prototypeBefore: string[];
  before(async () => {
    prototypeBefore = await t.page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort());
  });

  CASES.forEach((c, i) => {
    it(`${c.name}: ${c.expect === 'ready' ? 'drawn' : `a visible message (${c.expect})`}, no freeze`, async () => {
      const src = `/case-${i}.json`;
      await t.page.evaluate(() => ((window as any).__ew.maxGap = 0));
      await addWidgets(t.page, src);
      await settled(t.page, undefined, 30_000);
      const list = await inspect(t.page);
      const freeze = await t.page.evaluate(() => (window as any).__ew.maxGap as number);
      await t.page.evaluate((sel: string) => document.querySelectorAll(sel).forEach((el) => el.remove()), TAGS.join(','));
      assert.equal(list.length, TAGS.length);
      for (const w of list) {
        if (c.expect === 'ready') {
          assert.equal(w.state, 'ready', `${w.tag}: ${w.error}`);
          assert.ok(w.text > 40 && w.height > 60, `${w.tag} draws the data`);
        } else {
          assert.equal(w.state, `error:${c.expect}`, `${w.tag}: ${w.error}`);
          assert.match(w.error, /could not be shown/, w.tag);
          assert.ok(w.error.includes(src), `${w.tag} names the file: ${w.error.slice(0, 300)}`);
          assert.ok(w.error.length < 1000, `${w.tag}'s message is readable, not ${w.error.length} characters`);
          assert.ok(w.height > 20, `${w.tag} shows its message`);
        }
      }
      assert.ok(freeze < MAX_FREEZE_MS, `the tab froze for ${Math.round(freeze)} ms`);
      const seen = await probe(t.page);
      assert.deepEqual([...seen.errors, ...seen.violations, ...t.errors, ...seen.xss.map(String)], []);
    });
  });

  it('left Object.prototype and Array.prototype unchanged, and ran no script from a file', async () => {
    const after = await t.page.evaluate(() => ({
      names: Object.getOwnPropertyNames(Object.prototype).sort(),
      polluted: ['polluted' in {}, 'polluted' in [], 'polluted' in Object, Object.prototype.toString.name],
      xss: (window as any).__ew.xss,
    }));
    assert.deepEqual(after.names, prototypeBefore);
    assert.deepEqual(after.polluted, [false, false, false, 'toString']);
    assert.deepEqual(after.xss, []);
  });
});
