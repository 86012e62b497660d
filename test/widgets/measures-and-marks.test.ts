// What a figure is, said where the eye lands: ≈ against «расчёт», the measure of every volume, the period a widget
// shows, counts and sources named. The frozen fixture dataset, and a synthetic one (test/fixtures/measures.json) with three measures for one year,
// figures of a quarter inside a half-year, «почти», an inferred period, a zone figure that changed and a group of countries.
import { expect, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { Chart } from 'chart.js';
import { labelBoxes } from '../../src/controllers/chart-plugins.js';
import { TAGS } from '../../src/widgets/registry.js';
import { csvLines, downloaded, mount, shadow, textOf } from '../helpers.js';

const FIXTURE = '/test/fixtures/measures.json';
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map(textOf);
const LANGS = { ru: ['расчёт', 'приблизительно'], en: ['computed', 'approximate'], uz: ['ҳисоб', 'тахминий'] } as const;

describe('≈ is what a source says, «расчёт» what the kit computed', () => {
  for (const [lang, [computed, approximate]] of Object.entries(LANGS)) {
    it(`<export-growth lang="${lang}">: bar labels, table cells, accessible names and the CSV tell them apart`, async () => {
      const el = await mount(html`<export-growth lang=${lang}></export-growth>`);
      let derived = 0;
      for (const canvas of shadow(el).querySelectorAll('canvas')) {
        const chart = Chart.getChart(canvas)!;
        const widths = chart.data.datasets[0]!.borderWidth as number[];
        labelBoxes(chart).forEach((box, i) => {
          const label = box.lines.join(' ');
          if (widths[i]) derived++;
          expect(label.includes(`(${computed})`), label).to.equal(widths[i]! > 0);
          if (widths[i]) expect(label, label).not.to.include('≈');
        });
        expect(canvas.getAttribute('aria-label')).not.to.match(/≈[^;]*\(/);
      }
      expect(derived).to.equal(4);
      const cells = [...shadow(el).querySelectorAll('tbody td.num')];
      for (const cell of cells) if (cell.querySelector('.tag')) expect(textOf(cell)).not.to.include('≈');
      expect(cells.map(textOf).filter((t) => t.startsWith('≈'))).to.have.length(1); // «порядка 1 миллиарда», H1 2025
      const rows = (await csvLines(await downloaded(el))).map((line) => line.split(lang === 'en' ? ',' : ';'));
      const precision = rows.filter((r) => r.length > 5).map((r) => r[4]!.replace(/"/g, ''));
      expect(precision.filter((p) => p.startsWith(computed))).to.have.length(4);
      expect(precision.filter((p) => p === approximate)).to.have.length(1);
    });
  }

  it('the same marks in cards, rankings and the structure: a computed value carries «расчёт», never ≈', async () => {
    const cards = await mount(html`<key-figures figures="export-2018 latest-export"></key-figures>`);
    expect(all(cards, '.value')).to.deep.equal(['247 млн ₽ расчёт', '≈ 1 млрд ₽2,3']);
    const top = await mount(html`<top-exporters></top-exporters>`);
    // No share of ≈ 1 млрд is computed: an approximate total leaves it open by half.
    expect(textOf(shadow(top).querySelector('ol.rows .value'))).to.equal('652 млн ₽1,2');
    const structure = await mount(html`<export-structure period="2019" lang="en"></export-structure>`);
    for (const value of all(structure, '.rows .value')) expect(value).to.match(/^[\d.]+% computed/);
  });
});

describe('every volume, total and share names its measure', () => {
  it('<export-growth>: one measure per panel, named in its title; each total names its own', async () => {
    const el = await mount(html`<export-growth></export-growth>`);
    expect(all(el, '.panel h3')).to.deep.equal([
      'По годам: экспорт высокотехнологичной продукции',
      'I квартал: экспорт',
      'I полугодие: экспортная выручка',
    ]);
    expect(all(el, '.cumulative dd')).to.deep.equal([
      'Это разные показатели, а не один ряд: один итог не продолжает другой.',
      'на 2019: > 615 млн ₽1 — экспорт высокотехнологичной продукции. За всё время существования ОЭЗ, по итогам 2019 года.',
      'на 2025: > 8,1 млрд ₽3,4 — экспортная выручка. Накоплено за всё время работы резидентов в ОЭЗ, на дату заявления (5 ноября 2025 года).',
    ]);
    const lines = await csvLines(await downloaded(el));
    expect(lines.filter((l) => l.startsWith('"Экспорт высокотехнологичной продукции";"2019"'))[0]).to.match(
      /;"экспорт высокотехнологичной продукции"$/,
    );
    expect(lines.filter((l) => l.startsWith('"Накопленный'))[1]).to.match(/;"экспортная выручка"$/);
  });

  it('<export-growth> never puts two measures of one year on one axis, and prints each growth with its own figure only', async () => {
    const el = await mount(html`<export-growth comparison="years" view="table" src=${FIXTURE} lang="en"></export-growth>`);
    expect(all(el, 'tbody th[colspan]')).to.have.members([
      'By year: exports',
      'By year: high-tech product exports',
      'By year: export revenue',
      'Cumulative totals, as the sources state them',
    ]);
    const rows = all(el, 'tbody tr').filter((r) => r.startsWith('2024 '));
    expect(rows).to.have.members(['2024 ₽150 million1 +50% on 20231', '2024 ₽120 million2 +20% on 20232', '2024 ≈ ₽200 million2']);
  });

  it('<key-figures>, <top-exporters> and <export-structure> name it beside the value', async () => {
    const cards = await mount(html`<key-figures lang="en"></key-figures>`);
    expect(all(cards, '.measure')).to.deep.equal(['export revenue', 'export revenue']);
    const top = await mount(html`<top-exporters by="sector" period="2019"></top-exporters>`);
    expect(textOf(shadow(top).querySelector('ol.rows')!.previousElementSibling)).to.equal(
      'Суммы и доли, названные в источниках (экспорт высокотехнологичной продукции)',
    );
    expect(textOf(shadow(top).querySelector('.total'))).to.match(/\(экспорт высокотехнологичной продукции\)$/);
    const structure = await mount(html`<export-structure></export-structure>`);
    expect(textOf(shadow(structure).querySelector('.total'))).to.equal('Всего, I кв. 2021: 248 млн ₽1 (экспорт)');
  });
});

describe('a widget showing a period shows that period’s figures', () => {
  it('<top-exporters period="2024-H1" by="sector"> never ranks the first quarter’s figures, nor an amount and a share on one scale', async () => {
    const el = await mount(html`<top-exporters by="sector" period="2024-H1" src=${FIXTURE} lang="en"></top-exporters>`);
    const text = textOf(shadow(el));
    expect(text).not.to.include('30 million');
    expect(text).not.to.include('almost');
    expect(all(el, 'ol.rows .line')).to.deep.equal([
      'Robotics ₽70 million1',
      'Sensors > 20% of exports (date not stated, taken as H1 2024)1',
    ]);
    expect(shadow(el).querySelector('.bar')).to.equal(null);
  });

  it('reads «почти» as almost, in the figure and in the CSV', async () => {
    const el = await mount(html`<top-exporters by="sector" period="2024-Q1" src=${FIXTURE} lang="en"></top-exporters>`);
    expect(all(el, 'ol.rows .line')).to.deep.equal(['Robotics ₽30 million1, almost 50% of exports1']);
    expect((await csvLines(await downloaded(el))).some((l) => l.includes('"almost (just under)"'))).to.equal(true);
  });

  it('<key-figures>: the growth of one measure never lands on another’s card; an asked zone figure is the one shown', async () => {
    const el = await mount(html`<key-figures figures="latest-export ht-2024 area-2023" src=${FIXTURE} lang="en"></key-figures>`);
    expect(all(el, '.growth')).to.deep.equal(['+50% on 20231', '+20% on 20232']);
    expect(all(el, '.value')[2]).to.equal('100 ha2');
  });
});

describe('one period rule: the period the source states, or «date not stated»', () => {
  it('<top-exporters> and <destination-list> write undated deliveries as such, and dated ones with their period', async () => {
    const top = await mount(html`<top-exporters></top-exporters>`);
    const meta = all(top, 'ul.rows:not(.context) .meta').filter((t) => t.startsWith('Куда:'));
    expect(meta[0]).to.equal('Куда: ОАЭ (дата не указана, отнесено к 2025)1,2');
    expect(meta[1]).to.include('Армения, Беларусь, Казахстан, Киргизия и Узбекистан (I пол. 2025)');
    for (const line of meta) expect(line).not.to.match(/\(2025\)/);
    const list = await mount(html`<destination-list lang="en"></destination-list>`);
    expect(textOf(shadow(list))).to.include('date not stated, taken as 2025: sterilisers');
  });
});

describe('counts say what they count', () => {
  it('<destination-list> splits the named countries into delivered, undated and under way; Kazakhstan is not «under way»', async () => {
    const el = await mount(html`<destination-list lang="en"></destination-list>`);
    expect(textOf(shadow(el).querySelector('.summary'))).to.equal(
      "Exports by the zone's residents in 2025: the sources name deliveries to 7 countries in 2 regions. Listed apart, not counted for the period: 4 undated, 1 under way.",
    );
    const kz = [...shadow(el).querySelectorAll('details.country')].find((d) => textOf(d.querySelector('.name')) === 'Kazakhstan')!;
    expect(kz.querySelectorAll('summary .marker')).to.have.length(0);
    expect(textOf(shadow(el).querySelector('.named-groups'))).to.match(/^Groups of countries: CIS countries \(/);
  });
});

describe('sources named by outlet, title, date and language; file names stay internal', () => {
  for (const tag of TAGS) {
    it(`<${tag}> shows and downloads no file name`, async () => {
      const el = await mount(staticHtml`${unsafeStatic(`<${tag} lang="en"></${tag}>`)}`);
      expect(textOf(shadow(el))).not.to.match(/\.txt|_[0-9a-f]{16}/);
      const csv = (await csvLines(await downloaded(el))).join('\n');
      expect(csv).not.to.match(/\.txt|_[0-9a-f]{16}/);
      expect(csv).to.match(/^"Sources","[^"]+, in (Russian|Uzbek)"$/m);
      // British dates (5 November 2025), never the American order.
      expect(csv).not.to.match(/[A-Z][a-z]+ \d{1,2}, \d{4}/);
    });
  }

  it('names the title and language, and what a text says of itself where it names no outlet', async () => {
    const el = await mount(html`<key-figures figures="latest-export technoparks-sites"></key-figures>`);
    const notes = all(el, 'details.sources li');
    expect(notes[0]).to.match(/^РИА Новости, 5 ноября 2025 г\. .*на русском/);
    expect(notes[1]).to.match(/^издание не указано, 12 ноября 2025 г\. — “Технополис Москва” МИЗ компаниялари .*на узбекском/);
    expect(notes[2]).to.match(/^пересказ поста Сергея Собянина в его Telegram-канале, 28 октября 2025 г\./);
  });
});
