// Issue 16, layout, language, keyboard and screen reader: what a careful reader meets on any page, at any width.
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { sendKeys } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import { labelBoxes } from '../../src/controllers/chart-plugins.js';
import { labelProblems } from '../../src/controllers/label-check.js';
import { TAGS, type WidgetTag } from '../../src/widgets/registry.js';
import { LIST_LIMIT } from '../../src/widgets/export-growth/export-growth.js';
import { csvLines, downloaded, fold, mount, shadow } from '../helpers.js';

/** A widget of `tag` inside a wrapper `<div>` with the given attributes; returns the widget. */
async function mountIn(tag: WidgetTag, attributes: string, wrapper: string): Promise<HTMLElement> {
  const outer = await mount<HTMLElement>(staticHtml`${unsafeStatic(`<div ${wrapper}><${tag} ${attributes}></${tag}></div>`)}`);
  return outer.firstElementChild as HTMLElement;
}

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

/** Presses Tab from a button before the widget until focus leaves it; returns each element focused inside. */
async function tabStops(el: HTMLElement): Promise<HTMLElement[]> {
  const before = document.createElement('button');
  const after = document.createElement('button');
  before.textContent = 'before';
  after.textContent = 'after';
  el.before(before);
  el.after(after);
  before.focus();
  const stops: HTMLElement[] = [];
  try {
    for (let i = 0; i < 80; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement === after) return stops;
      stops.push(shadow(el).activeElement as HTMLElement);
    }
    throw new Error('Tab never left the widget');
  } finally {
    before.remove();
    after.remove();
  }
}

describe('the keyboard and the screen reader', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: Tab stops only on controls, each visible, at least 24 × 24 px, and no jump on the way`, async () => {
      const el = await mountIn(tag, 'lang="en"', 'style="width: 768px"');
      const height = el.getBoundingClientRect().height;
      const stops = await tabStops(el);
      expect(stops.length, 'stops').to.be.greaterThan(0);
      expect(stops.filter((s) => !s.matches('button, summary')).map((s) => s.outerHTML)).to.deep.equal([]);
      for (const stop of stops) {
        const box = stop.getBoundingClientRect();
        expect(stop.closest('.sr-only'), stop.outerHTML).to.equal(null);
        expect(box.width, stop.outerHTML).to.be.at.least(24);
        expect(box.height, stop.outerHTML).to.be.at.least(24);
      }
      expect(el.getBoundingClientRect().height).to.equal(height);
      // Note numbers are a pointer's shortcut: neither Tab stops nor read out one by one.
      for (const mark of shadow(el).querySelectorAll('a[data-note]')) expect(mark.closest('[aria-hidden="true"]')).not.to.equal(null);
    });
  }

  it('<export-growth> never reveals the table behind the chart when focus moves through it', async () => {
    const el = await mountIn('export-growth', '', 'style="width: 768px"');
    const table = shadow(el).querySelector<HTMLElement>('.table')!;
    expect(table.matches('.sr-only')).to.equal(true);
    expect(shadow(el).querySelector('table')!.textContent).to.include('326'); // still there for screen readers
    for (const stop of await tabStops(el)) expect(table.contains(stop)).to.equal(false);
    expect(table.getBoundingClientRect().height).to.be.at.most(1);
  });

  it('<export-growth>: a keyboard selects a period with the same ew-select as a click on its bar', async () => {
    const el = await mountIn('export-growth', 'comparison="years" view="table"', '');
    const stops = await tabStops(el);
    const button = stops.find((s) => s.textContent?.trim() === '2019');
    expect(button, stops.map((s) => s.outerHTML).join('\n')).to.exist;
    button!.focus();
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('ew-select', resolve as EventListener, { once: true }));
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ kind: 'period', id: '2019' });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
  });
});

describe('numbers and periods in a table', () => {
  for (const tag of ['export-growth', 'export-structure'] as const) {
    for (const lang of ['ru', 'en', 'uz']) {
      for (const width of [280, 320, 768]) {
        it(`never break inside a word, number or period: <${tag} view="table" lang="${lang}"> at ${width} px`, async () => {
          const el = await mountIn(tag, `view="table" lang="${lang}"`, `style="width: ${width}px"`);
          const table = shadow(el).querySelector('table')!;
          const lines = (rects: DOMRect[]) => new Set(rects.map((r) => Math.round(r.top))).size;
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

describe('Uzbek as the Uzbek release writes it', () => {
  it('joins suffixes by the spelling rules and writes dates «2025 йил 12 ноябрь»', async () => {
    const el = await mountIn('export-growth', 'lang="uz" view="table"', '');
    const text = shadow(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('2020 й. I чоракка нисбатан');
    expect(text).not.to.include('чоракга');
    expect(text).to.include('1 млрд рубллик маҳсулот');
    expect(text).to.match(/2025 йил 5 ноябрь/);
    expect(text).not.to.match(/ноябр,/);
  });
});

/** Checks a chart's value labels with the check `npm run preview-data` runs: none missing, off the canvas, tiny or overlapping. */
const expectLabelsClear = (canvas: HTMLCanvasElement) =>
  expect(labelProblems(Chart.getChart(canvas)!), canvas.dataset.chart).to.deep.equal([]);

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

// Issue 21, item 4: ten years, ten first halves and ten first quarters, with years missing in each (a synthetic file).
describe('<export-growth> with ten periods a panel and gaps in time', () => {
  const TEN = '/test/fixtures/ten-periods.json';
  const NO_DATA = { ru: 'нет данных', en: 'no data', uz: 'маълумот йўқ' };
  for (const lang of ['ru', 'en', 'uz'] as const) {
    for (const width of [280, 360, 768, 1200]) {
      it(`labels every bar and every gap, none overlapping: lang="${lang}" at ${width} px`, async () => {
        const el = await mountIn('export-growth', `lang="${lang}" src=${TEN}`, `style="width: ${width}px"`);
        const canvases = [...shadow(el).querySelectorAll('canvas')];
        expect(canvases.map((c) => c.dataset.chart)).to.deep.equal(['half-1', 'year', 'quarter-1']);
        for (const canvas of canvases) {
          expectLabelsClear(canvas);
          const chart = Chart.getChart(canvas)!;
          const gaps = chart.data.datasets[0]!.data.flatMap((v, i) => (Number.isFinite(v) ? [] : [i]));
          expect(chart.data.labels!.length - gaps.length, canvas.dataset.chart).to.equal(10);
          expect(gaps.length, canvas.dataset.chart).to.be.at.least(2);
          for (const i of gaps) expect(labelBoxes(chart)[i]!.lines.join(' ')).to.equal(NO_DATA[lang]);
        }
        expect(fold(canvases[1]!.getAttribute('aria-label'))).to.include(`2022–2023: ${NO_DATA[lang]}`);
      });
    }
  }

  it('names the missing years on the axis and in the table, and the period each growth belongs to', async () => {
    const el = await mountIn('export-growth', `src=${TEN}`, '');
    const [half, year] = [...shadow(el).querySelectorAll('canvas')].map((c) => Chart.getChart(c)!.data.labels);
    expect(year).to.deep.equal(['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022–2023', '2024']);
    expect(half).to.include('2018').and.to.include('2022–2023');
    const rows = [...shadow(el).querySelectorAll('tr.gap')].map((tr) => fold(tr.textContent));
    expect(rows).to.deep.equal([
      'I пол. 2018 нет данных',
      'I пол. 2022 – I пол. 2023 нет данных',
      '2017 нет данных',
      '2022–2023 нет данных',
      'I кв. 2013 нет данных',
      'I кв. 2016 нет данных',
    ]);
    expect([...shadow(el).querySelectorAll('.panel p')].map((p) => fold(p.textContent))).to.deep.equal([
      'I пол. 2025: ×3,3 к I пол. 2024; I пол. 2021: ×3,1 к I пол. 2020, ×3,3 к I пол. 2019',
      '2024: ×2,2 к 2021; 2021: +35 % к 2020',
      'I кв. 2021: ×2,7 к I кв. 2020, ×4,1 к I кв. 2019; I кв. 2011: +25 % к I кв. 2010',
    ]);
  });
});

// Issue 20: a very long file is cut to its latest periods, and the widget says so, with the ways to see all of it.
describe('<export-growth> on a file with more periods than it shows at once', () => {
  const LONG = '/test/fixtures/twenty-five-years.json';
  const NOTE = {
    ru: 'показаны последние значения экспорта, 20 из 25. Все значения есть в файле CSV.',
    en: 'showing the latest export figures, 20 of 25. The CSV file has all of them.',
    uz: 'охирги экспорт қийматлари кўрсатилди, 25 тадан 20 таси. Барча қийматлар CSV файлида бор.',
  };
  const BUTTON = { ru: 'Показать все', en: 'Show all', uz: 'Барчасини кўрсатиш' };
  const years = (el: HTMLElement) => Chart.getChart(shadow(el).querySelector('canvas')!)!.data.labels;

  for (const lang of ['ru', 'en', 'uz'] as const)
    it(`shows the latest ${LIST_LIMIT} years and says so plainly: lang="${lang}"`, async () => {
      const el = await mountIn('export-growth', `lang="${lang}" src=${LONG}`, '');
      const note = shadow(el).querySelector('.cut')!;
      expect(fold(note.textContent)).to.include(NOTE[lang]).and.to.include(BUTTON[lang]);
      expect(years(el)).to.have.length(LIST_LIMIT).and.to.include('2024').and.not.to.include('2004');
      expect(shadow(el).querySelectorAll('.table tbody tr:not(:first-child)')).to.have.length(LIST_LIMIT);
    });

  it('has every year in its CSV, and shows them all when asked, keeping the focus in the widget', async () => {
    const el = await mountIn('export-growth', `src=${LONG}`, '');
    const lines = await csvLines(await downloaded(el));
    for (const year of ['2000', '2004', '2024'])
      expect(
        lines.some((l) => l.includes(`;"${year}";`)),
        year,
      ).to.equal(true);
    shadow(el).querySelector<HTMLButtonElement>('.cut button')!.click();
    // The charts are updated in place in the same update.
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(shadow(el).querySelector('.cut')).to.equal(null);
    expect(years(el)).to.have.length(25).and.to.include('2000');
    // The button is gone with its note: the keyboard's focus is on the pressed view button above it, not lost.
    expect(shadow(el).activeElement?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('is not cut on a file of ordinary length', async () => {
    const el = await mountIn('export-growth', '', '');
    expect(shadow(el).querySelector('.cut')).to.equal(null);
  });
});
