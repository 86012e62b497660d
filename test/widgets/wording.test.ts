// The words a reader reads: Russian and Uzbek periods with «году» and «йилда», ordinals in words as releases write
// them, plain exports named once, English multiples and British dates, and a number that never parts from its unit.
// Against the frozen synthetic dataset test/fixtures/grown.json.
import { expect, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { labelBoxes } from '../../src/controllers/chart-plugins.js';
import { mount, shadow, textOf } from '../helpers.js';

const GROWN = '/test/fixtures/grown.json';
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map(textOf);
const summary = (el: Element) => textOf(shadow(el).querySelector('.summary'));

describe('periods in sentences', () => {
  it('Russian years take «году» after «в»; plain exports are not named twice', async () => {
    const el = await mount(html`<export-growth src=${GROWN} comparison="years" lang="ru"></export-growth>`);
    expect(summary(el)).to.equal('В 2020 году экспорт резидентов составил 1,2 млрд ₽ — на 50 % больше, чем в 2019 году.');
  });

  it('Uzbek years are «2020 йилда», «2019 йилга», never a bare figure with a suffix', async () => {
    const el = await mount(html`<export-growth src=${GROWN} comparison="years" lang="uz"></export-growth>`);
    expect(summary(el)).to.match(/^2020 йилда резидентлар 1,2 млрд рубллик маҳсулот экспорт қилди — бу 2019 йилга нисбатан/);
    expect(textOf(shadow(el))).not.to.match(/\d(да|га|дан|даги)\b/);
  });

  it('English says a multiple in words: «2.48 times Q1 2018»', async () => {
    const el = await mount(html`<export-growth src=${GROWN} comparison="quarters" view="table" lang="en"></export-growth>`);
    expect(all(el, 'tbody td').filter((cell) => /^2\.48 times Q1 2018\d$/.test(cell))).to.have.length(1);
    expect(textOf(shadow(el))).not.to.include('×2.48 on');
  });

  it('English dates are British, as its spelling is', async () => {
    const el = await mount(html`<key-figures src=${GROWN} lang="en"></key-figures>`);
    expect(textOf(shadow(el).querySelector('footer'))).to.include('25 July 2021');
    expect(textOf(shadow(el).querySelector('details.sources'))).to.include('20 January 2021');
  });
});

describe('one resident in eight', () => {
  it('is «каждый восьмой» and «ҳар саккизинчи», as the releases write it', async () => {
    const ids = 'exporting-residents-2021-h1 exporting-residents-2020';
    const ru = await mount(html`<key-figures src=${GROWN} figures=${ids} lang="ru"></key-figures>`);
    expect(all(ru, '.value')).to.deep.equal(['каждый восьмой1', 'каждый девятый2']);
    const uz = await mount(html`<key-figures src=${GROWN} figures=${ids} lang="uz"></key-figures>`);
    expect(all(uz, '.value')).to.deep.equal(['ҳар саккизинчи1', 'ҳар тўққизинчи2']);
  });
});

describe('a number and its unit', () => {
  it('Uzbek joins a suffix to the per cent sign: «100 %дан»', async () => {
    const el = await mount(html`<export-structure src=${GROWN} period="2021-H1" lang="uz"></export-structure>`);
    const legend = textOf(shadow(el).querySelector('.legend'));
    expect(legend).to.include('100 %дан');
    expect(legend).not.to.include('% дан');
  });

  it('are held together by no-break spaces in text', async () => {
    for (const lang of ['ru', 'en', 'uz']) {
      const el = await mount(html`<export-growth src=${GROWN} view="table" lang=${lang}></export-growth>`);
      const cells = [...shadow(el).querySelectorAll('td.num')].map((td) => td.textContent!.trim());
      expect(cells.length).to.be.greaterThan(10);
      // Between a figure, its scale and its currency only no-break spaces: «1,1 млрд ₽», «₽1.1 billion».
      for (const cell of cells) expect(cell, `${lang}: ${cell}`).not.to.match(/[\d.,]+ (млн|млрд|тыс|₽|рубль|million|billion)/);
    }
  });

  for (const [lang, width] of [
    ['uz', 320],
    ['uz', 1280],
    ['ru', 320],
  ] as const)
    it(`are never split across the lines of a bar's label (${lang}, ${width} px)`, async () => {
      const box = await mount<HTMLElement>(
        html`<div style="width: ${width}px"><export-growth src=${GROWN} lang=${lang}></export-growth></div>`,
      );
      const el = box.querySelector('export-growth')!;
      const lines = [...shadow(el).querySelectorAll('canvas')].flatMap((canvas) => labelBoxes(Chart.getChart(canvas)!).map((b) => b.lines));
      expect(lines.length).to.be.greaterThan(10);
      for (const label of lines) {
        const text = label.join(' / ');
        expect(label[0], text).not.to.match(/[\d≈>]$/);
        for (const line of label.slice(1)) expect(line, text).not.to.match(/^(млн|млрд|₽|рубль)/);
      }
    });
});
