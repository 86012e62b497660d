// Issue 17, finding 5: a bidi override in dataset text reversed the kit's own figures. An exporter named
// "NCC" + U+202E made the summary read «256₽ noillim» for ₽652 million. Dataset text is now isolated (FSI … PDI)
// from the kit's sentences: in the DOM, in the CSV. The order a reader sees is measured from the glyphs' boxes.
import { expect, html } from '@open-wc/testing';
import json from '../fixtures/frozen/dataset.json';
import { isolate } from '../../src/lib/bidi.js';
import type { TopExporters } from '../../src/widgets/top-exporters/top-exporters.js';
import { downloaded, mount, shadow } from '../helpers.js';

const RLO = '\u202e';
const RLE = '\u202b';
const SRC = 'https://bidi.test/data.json';

/** The dataset with the exporter NCC named `NCC` + RLO and the zone named with an unclosed RLE, in every language. */
function hostile() {
  const data = structuredClone(json) as typeof json;
  const all = (text: string) => ({ ru: text, en: text, uz: text });
  data.exporters.find((e) => e.id === 'ncc')!.name = all(`NCC${RLO}`);
  data.zone.name = all(`Zone${RLE}`);
  return JSON.stringify(data);
}

const realFetch = window.fetch;
before(() => {
  const body = hostile();
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input) === SRC
      ? Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }))
      : realFetch(input, init);
});
after(() => (window.fetch = realFetch));

/** Where each occurrence of `needle`'s characters is drawn, left edges in reading order of the text. */
function lefts(root: Node, needle: string): number[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    return [...needle].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect().left;
    });
  }
  throw new Error(`«${needle}» not found`);
}
const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('dataset text with bidi controls (issue 17, finding 5)', () => {
  it('isolates text that could reorder its neighbours, closing what it leaves open; leaves other text as it is', () => {
    expect(isolate('Медплант')).to.equal('Медплант');
    expect(isolate(`NCC${RLO}`)).to.equal(`\u2068NCC${RLO}\u2069`);
    // A stray PDI would close the wrapper early: dropped. An isolate left open is closed before the wrapper's end.
    expect(isolate('a\u2069b\u2067c')).to.equal('\u2068ab\u2067c\u2069\u2069');
    expect(isolate('שלום')).to.equal('\u2068שלום\u2069');
  });

  it('the summary reads «NCC, ₽652 million», the figure in its order, and the heading keeps its words in order', async () => {
    const el = await mount<TopExporters>(html`<top-exporters lang="en" src=${SRC}></top-exporters>`);
    const summary = shadow(el).querySelector('.summary')!;
    expect(summary.textContent).to.include(`\u2068NCC${RLO}\u2069`);
    expect(summary.textContent).to.match(/NCC\u202e\u2069, ₽652 million/);
    // As drawn: 6 left of 5 left of 2, and the currency sign before the digits.
    expect(increasing(lefts(summary, '₽652')), 'the figure reads ₽652').to.equal(true);
    expect(increasing(lefts(summary, 'million')), 'million reads left to right').to.equal(true);
    const heading = shadow(el).querySelector('h2')!;
    const [zone] = lefts(heading, 'Zone');
    const [year] = lefts(heading, '2025');
    expect(year!, 'the period stays after the zone name').to.be.greaterThan(zone!);
  });

  it('in Russian too: «652 млн ₽» stays in its order after the name', async () => {
    const el = await mount<TopExporters>(html`<top-exporters lang="ru" src=${SRC}></top-exporters>`);
    const summary = shadow(el).querySelector('.summary')!;
    expect(increasing(lefts(summary, '652 млн ₽')), 'the figure reads 652 млн ₽').to.equal(true);
    const row = shadow(el).querySelector('ol.rows > li .line')!;
    const [name] = lefts(row, 'NCC');
    const [value] = lefts(row, '652');
    expect(value!, 'the value stays right of the name').to.be.greaterThan(name!);
  });

  it('in the CSV, every cell with a bidi control is isolated, so nothing it opens reaches the next cells', async () => {
    const el = await mount<TopExporters>(html`<top-exporters lang="en" src=${SRC}></top-exporters>`);
    const file = await (await downloaded(el)).text();
    const cells = file.match(/"(?:[^"]|"")*"/g) ?? [];
    const withControls = cells.filter((c) => /[\u202a-\u202e\u2066-\u2069]/.test(c));
    expect(withControls.some((c) => c.includes(`NCC${RLO}`))).to.equal(true);
    expect(withControls.some((c) => c.includes(`Zone${RLE}`))).to.equal(true);
    for (const cell of withControls) expect(cell, cell).to.match(/^"\u2068[^]*\u2069"$/);
  });
});
