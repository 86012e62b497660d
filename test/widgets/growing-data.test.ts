// What a reader sees once the data has grown: many periods of one measure, a half-year beside the quarter inside it,
// zone figures of several periods, shares stated with «почти» and «около», a group named with its countries. A frozen
// synthetic dataset (test/fixtures/grown.json, with its made-up texts in test/fixtures/sources), never today's figures.
import { expect, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { labelBoxes } from '../../src/controllers/chart-plugins.js';
import { mount, shadow, textOf } from '../helpers.js';

const GROWN = '/test/fixtures/grown.json';
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map(textOf);

/** Every bar of every chart of a widget: its panel, the amount and the height drawn, in pixels. */
function bars(el: Element) {
  return [...shadow(el).querySelectorAll('canvas')].flatMap((canvas) => {
    const chart = Chart.getChart(canvas)!;
    const values = chart.data.datasets[0]!.data as number[];
    return chart.getDatasetMeta(0).data.flatMap((bar, i) => {
      const { y, base } = bar.getProps(['y', 'base'], true) as { y: number; base: number };
      return values[i]! > 0 ? [{ panel: canvas.dataset.chart, value: values[i]!, height: base - y }] : [];
    });
  });
}

describe('bar heights when many panels share a scale', () => {
  for (const [lang, width] of [
    ['uz', 1280],
    ['ru', 1280],
    ['uz', 320],
  ] as const)
    it(`mean one amount in every panel, labels upright or across (${lang}, ${width} px)`, async () => {
      const box = await mount<HTMLElement>(
        html`<div style="width: ${width}px"><export-growth src=${GROWN} lang=${lang} theme="light"></export-growth></div>`,
      );
      const el = box.querySelector('export-growth')!;
      const charts = [...shadow(el).querySelectorAll('canvas')].map((canvas) => Chart.getChart(canvas)!);
      expect(charts).to.have.length(5);
      // The case that matters: panels that write their labels upwards, which keep more room above their plots.
      const upright = charts.map((chart) => labelBoxes(chart).some((b) => b.bottom - b.top > b.right - b.left));
      if (lang === 'uz' && width === 1280) expect(upright).to.include(true);
      // One baseline: a panel whose years turn keeps its plot level with the others.
      const zeros = charts.map((chart) => chart.scales['y']!.getPixelForValue(0));
      expect(Math.max(...zeros) - Math.min(...zeros)).to.be.below(1);
      // One amount, one height: every bar as tall as the tallest bar's pixels per rouble make it, to a pixel.
      const drawn = bars(el);
      const tallest = drawn.reduce((a, b) => (b.value > a.value ? b : a));
      for (const { panel, value, height } of drawn)
        expect(height, `${panel}: ${value / 1e6} млн drawn ${height.toFixed(1)} px tall`).to.be.closeTo(
          (value * tallest.height) / tallest.value,
          1,
        );
    });
});

describe('the part of exports not broken down carries the qualifiers of the shares', () => {
  it('«почти 50 %» leaves more than 50 %; «около 70 %» leaves about 30 %, in chart and table', async () => {
    const almost = await mount(html`<export-structure src=${GROWN} period="2021-Q1" lang="ru"></export-structure>`);
    expect(textOf(shadow(almost).querySelector('.rest .value'))).to.equal('> 50 % расчёт1');
    const about = await mount(html`<export-structure src=${GROWN} period="2021-H1" view="table" lang="ru"></export-structure>`);
    const rest = [...shadow(about).querySelectorAll('tbody tr')].find((tr) => textOf(tr).startsWith('Не разбито'));
    expect(textOf(rest?.querySelector('td'))).to.equal('≈ 30 % расчёт1');
  });

  it('says the same in English and Uzbek', async () => {
    const en = await mount(html`<export-structure src=${GROWN} period="2021-Q1" lang="en"></export-structure>`);
    expect(textOf(shadow(en).querySelector('.rest .value'))).to.equal('> 50% computed1');
    const uz = await mount(html`<export-structure src=${GROWN} period="2021-H1" lang="uz"></export-structure>`);
    expect(textOf(shadow(uz).querySelector('.rest .value'))).to.match(/^≈ 30 ?% ҳисоб1$/);
  });
});

describe('groups of countries are listed as groups', () => {
  it('a sentence naming countries and a group lists the group only among the groups; its countries stay in the list', async () => {
    const el = await mount(html`<destination-list src=${GROWN} period="2021-Q1" lang="ru"></destination-list>`);
    const groups = textOf(shadow(el).querySelector('.named-groups'));
    expect(groups).to.match(/^Группы стран: страны СНГ \(/);
    expect(groups).not.to.include('Казахстан');
    expect(groups).not.to.include('Беларусь');
    expect(all(el, 'summary .name')).to.have.members(['Казахстан', 'Беларусь']);
  });
});

describe('a key figure of several periods', () => {
  it('shows the period asked for, not the latest of the same label', async () => {
    const el = await mount(html`<key-figures src=${GROWN} figures="exporting-residents-2020" lang="ru"></key-figures>`);
    const card = all(el, '.card dd');
    expect(card).to.include('2020');
    expect(card.join(' ')).not.to.include('I пол. 2021');
    const latest = await mount(html`<key-figures src=${GROWN} figures="exporting-residents-2021-h1" lang="ru"></key-figures>`);
    expect(all(latest, '.card dd')).to.include('I пол. 2021');
  });
});

describe('the sector ranking of a grown file', () => {
  it('defaults to the latest period that has ended, the half-year over the quarter inside it', async () => {
    const el = await mount(html`<top-exporters src=${GROWN} by="sector" lang="ru"></top-exporters>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.include('I пол. 2021');
    // Listed, not ranked: robotics is known only for the first quarter inside the half-year.
    expect(all(el, 'ul.rows.listed .name')).to.deep.equal(['Датчики']);
    // Named without a figure in the half-year's release: listed under the half-year, citing that release.
    expect(all(el, 'ul.rows:not(.context):not(.listed) .name')).to.deep.equal(['Оптическая продукция1']);
  });

  it('never lists under a quarter what a release names for the half-year around it', async () => {
    const el = await mount(html`<top-exporters src=${GROWN} by="sector" period="2021-Q1" lang="ru"></top-exporters>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.include('I кв. 2021');
    expect(textOf(shadow(el))).not.to.include('Оптическая продукция');
  });
});
