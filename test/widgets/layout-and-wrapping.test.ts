// What a careful reader meets on any page, at any width: a right-to-left page, a page that styles every element,
// numbers and periods that never break across lines, value labels that never overlap.
import { expect } from '@open-wc/testing';
import { TAGS } from '../../src/widgets/registry.js';
import { expectLabelsClear, mountIn, shadow } from '../helpers.js';

/** The rendered text nodes of a widget (the screen-reader-only table left out). */
function textNodes(root: Node, skip = '.sr-only'): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent!.trim() && !node.parentElement!.closest(skip)) nodes.push(node as Text);
  return nodes;
}

function rangeRects(node: Text, start = 0, end = node.length): DOMRect[] {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

/** Lines, as boxes whose tops differ by more than a pixel: rounding each top split one line at a .5 in Firefox. */
const lines = (rects: DOMRect[]) => rects.filter((r, i) => rects.slice(0, i).every((o) => Math.abs(o.top - r.top) > 1)).length;

/** Where every piece of text of the widget lies, relative to the widget: equal layouts give equal lists. */
function layout(el: HTMLElement): string[] {
  const origin = el.getBoundingClientRect();
  const at = (r: DOMRect) => `${Math.round(r.left - origin.left)},${Math.round(r.top - origin.top)},${Math.round(r.width)}`;
  const texts = textNodes(shadow(el)).map((node) => `${node.textContent!.trim().slice(0, 20)}@${rangeRects(node).map(at).join(' ')}`);
  return [...texts, `height ${Math.round(origin.height)}`];
}

describe('a page written right to left', () => {
  for (const tag of TAGS) {
    it(`does not reorder <${tag} lang="ru">: it lays out as on a left-to-right page`, async () => {
      const ltr = await mountIn(tag, 'lang="ru"', 'style="width: 600px"');
      const expected = layout(ltr);
      const rtl = await mountIn(tag, 'lang="ru"', 'dir="rtl" lang="ar" style="width: 600px"');
      expect(getComputedStyle(shadow(rtl).querySelector('.base')!).direction).to.equal('ltr');
      for (const canvas of shadow(rtl).querySelectorAll('canvas')) expect(getComputedStyle(canvas).direction).to.equal('ltr');
      expect(layout(rtl)).to.deep.equal(expected);
    });
  }
});

describe('a legacy page styling every element', () => {
  const hostile = document.createElement('style');
  hostile.textContent = '* { line-height: 1; font-size: 20px; letter-spacing: 0.1em; }';
  afterEach(() => hostile.remove());

  for (const tag of TAGS) {
    it(`keeps the line height and text size of <${tag}> against *{line-height:1} and *{font-size:20px}`, async () => {
      const calm = await mountIn(tag, '', 'style="width: 600px"');
      const expected = layout(calm);
      const summary = getComputedStyle(shadow(calm).querySelector('h2')!);
      document.head.append(hostile);
      const el = await mountIn(tag, '', 'style="width: 600px"');
      const h2 = getComputedStyle(shadow(el).querySelector('h2')!);
      expect(getComputedStyle(el).fontSize).to.equal('20px'); // the page's rule did reach the host
      expect([h2.fontSize, h2.lineHeight]).to.deep.equal([summary.fontSize, summary.lineHeight]);
      const base = getComputedStyle(shadow(el).querySelector('.base')!);
      expect(parseFloat(base.lineHeight) / parseFloat(base.fontSize)).to.be.closeTo(1.45, 0.01);
      expect(layout(el)).to.deep.equal(expected);
    });
  }
});

describe('numbers and periods in a table', () => {
  for (const tag of ['export-growth', 'export-structure'] as const) {
    for (const lang of ['ru', 'en', 'uz']) {
      for (const width of [280, 320, 768]) {
        it(`never break inside a word, number or period: <${tag} view="table" lang="${lang}"> at ${width} px`, async () => {
          const el = await mountIn(tag, `view="table" lang="${lang}"`, `style="width: ${width}px"`);
          const table = shadow(el).querySelector('table')!;
          const broken: string[] = [];
          for (const node of textNodes(table)) {
            // A growth beside its base (.nowrap) may wrap between words in a stacked table; its figure and period may not.
            const whole = node.parentElement!.closest('td.num, .period');
            if (whole && !node.parentElement!.closest('sup') && lines(rangeRects(node)) > 1) broken.push(node.textContent!);
            for (const word of node.textContent!.matchAll(/[^\s\u00a0\u202f-]+/g))
              // a hyphen may end a line
              if (lines(rangeRects(node, word.index, word.index + word[0].length)) > 1) broken.push(word[0]);
          }
          expect(broken).to.deep.equal([]);
          const box = shadow(el).querySelector('.table')!;
          expect(box.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right); // it scrolls, inside
        });
      }
    }
  }
});

describe('<key-figures> values', () => {
  for (const layout of ['row', 'grid']) {
    for (const lang of ['ru', 'en', 'uz']) {
      // 704 px is the narrowest widget that lays cards out in one row.
      for (const width of [320, 704, 768, 1280]) {
        it(`keep a number and its unit on one line, inside the card: layout="${layout}" lang="${lang}" at ${width} px`, async () => {
          const el = await mountIn('key-figures', `layout="${layout}" lang="${lang}"`, `style="width: ${width}px"`);
          const values = [...shadow(el).querySelectorAll('.value')];
          expect(values).to.have.length.above(1);
          const broken: string[] = [];
          for (const value of values) {
            for (const node of textNodes(value, 'sup, .tag')) if (lines(rangeRects(node)) > 1) broken.push(node.textContent!.trim());
            const card = value.closest('.card')!.getBoundingClientRect();
            for (const node of textNodes(value))
              for (const rect of rangeRects(node)) expect(rect.right).to.be.at.most(card.right + 0.5, node.textContent!);
          }
          expect(broken).to.deep.equal([]);
        });
      }
    }
  }
});

describe('<top-exporters> at any width', () => {
  it('shows the same list marks (none) at 320 px as at 1200 px', async () => {
    const marks = async (width: number) => {
      const el = await mountIn('top-exporters', '', `style="width: ${width}px"`);
      return [...shadow(el).querySelectorAll('li.row')].map((li) => {
        const style = getComputedStyle(li);
        return style.display === 'list-item' && style.listStyleType !== 'none' ? style.listStyleType : 'none';
      });
    };
    const wide = await marks(1200);
    expect(wide.length).to.be.greaterThan(0);
    expect(await marks(320)).to.deep.equal(wide);
    expect(new Set(wide)).to.deep.equal(new Set(['none']));
  });

  it('takes every period the README names for it, without a hint', async () => {
    const readme = await (await fetch('/README.md')).text();
    const row = readme.split('\n').find((line) => line.startsWith('| `<top-exporters>`') && line.includes('`period`'))!;
    const named = [...row.matchAll(/((?:`[^`]+`,? )+)by (company|sector)/g)].flatMap(([, list, by]) =>
      [...list!.matchAll(/`([^`]+)`/g)].map(([, period]) => ({ period: period!, by: by! })),
    );
    expect(named.length, row).to.be.greaterThan(1);
    for (const { period, by } of named) {
      const el = await mountIn('top-exporters', `by="${by}" period="${period}"`, '');
      expect(shadow(el).querySelector('.hint'), `by="${by}" period="${period}"`).to.equal(null);
      expect(shadow(el).querySelector('li.row'), `by="${by}" period="${period}"`).not.to.equal(null);
    }
  });
});

describe('<export-growth> value labels', () => {
  for (const lang of ['ru', 'en', 'uz']) {
    for (const width of [280, 320, 768, 1200]) {
      it(`never overlap each other or a bar: lang="${lang}" at ${width} px`, async () => {
        const el = await mountIn('export-growth', `lang="${lang}"`, `style="width: ${width}px"`);
        const canvases = [...shadow(el).querySelectorAll('canvas')];
        expect(canvases).to.have.length.above(0);
        for (const canvas of canvases) expectLabelsClear(canvas);
      });
    }
  }
});
