// What a careful reader takes each widget to claim, against a synthetic file (test/fixtures/claims.json) with a
// part-year figure beside a whole-year one, shipments beside revenue, undated and ongoing deliveries, a geography
// stated in words, city figures beside the zone's, the text's own words beside a speaker's, and totals of two measures.
import { expect, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { countryName } from '../../src/i18n/countries.js';
import { csvLines, downloaded, mount, shadow, textOf } from '../helpers.js';

const FIXTURE = '/test/fixtures/claims.json';
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)].map(textOf);
const text = (el: Element, selector: string) => textOf(shadow(el).querySelector(selector));

/** The cells of a CSV line: quoted text (doubled quotes inside, isolate marks dropped) or bare numbers. */
function cells(line: string, separator: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const k = line.indexOf('"', j);
        value += line.slice(j, k);
        if (line[k + 1] !== '"') {
          i = k + 1;
          break;
        }
        value += '"';
        j = k + 2;
      }
      out.push(value.replace(/[\u2066-\u2069]/g, ''));
    } else {
      const k = line.indexOf(separator, i);
      const end = k < 0 ? line.length : k;
      out.push(line.slice(i, end));
      i = end;
    }
    if (line[i] !== separator) return out;
    i++;
  }
}
const rowsOf = async (el: Element, separator = ',') => (await csvLines(await downloaded(el))).map((line) => cells(line, separator));

describe('a ranking names no largest exporter the sources do not support', () => {
  it('withholds the ranking of a year when a part of that year has an amount of its own', async () => {
    const el = await mount(html`<top-exporters src=${FIXTURE} period="2024" lang="en"></top-exporters>`);
    const summary = text(el, '.summary');
    expect(summary).to.match(/^The sources name no largest exporter for 2024: some amounts cover only H1\s2024/);
    expect(text(el, 'h2'), 'the heading claims no «top»').to.equal('Example SEZ: exporters, 2024');
    expect(shadow(el).querySelector('ol.rows'), 'an ordered list reads as a ranking').to.equal(null);
    expect(shadow(el).querySelectorAll('.bar')).to.have.length(0);
    expect(all(el, '.rows .value').join(' | ')).to.include('₽652 million (H1 2024; export revenue)');
  });

  it('still ranks a period whose amounts are all of it and of one measure', async () => {
    const el = await mount(html`<top-exporters src=${FIXTURE} period="2024-H1" lang="en"></top-exporters>`);
    expect(text(el, '.summary')).to.match(/^The largest exporter in H1\s2024: Alpha, ₽652 million/);
    expect(shadow(el).querySelector('ol.rows')).to.exist;
  });
});

describe('every amount is named by the measure its own sentence gives', () => {
  it('calls shipments shipments, apart from revenue, and computes no share of one from the other', async () => {
    const el = await mount(html`<top-exporters src=${FIXTURE} period="2024-H1" lang="en"></top-exporters>`);
    const values = all(el, '.rows .value');
    expect(values.find((v) => v.includes('137 million'))).to.include('export shipments');
    expect(values.find((v) => v.includes('137 million'))).not.to.match(/%/);
  });

  it('a computed share says what it is a share of, and reads the same in every widget', async () => {
    const structure = await mount(html`<export-structure src=${FIXTURE} period="2022" lang="en"></export-structure>`);
    const ranking = await mount(html`<top-exporters src=${FIXTURE} by="sector" period="2022" lang="en"></top-exporters>`);
    expect(text(structure, '.summary')).to.include('50.3% of high-tech product exports');
    expect(text(ranking, '.summary')).to.include('50.3% of high-tech product exports');
    const inStructure = all(structure, '.rows .value').find((v) => v.startsWith('50.3%'));
    const inRanking = all(ranking, 'ol.rows .value').find((v) => v.includes('163.93'));
    expect(inStructure).to.be.a('string');
    expect(inRanking).to.include('50.3% of high-tech product exports');
  });
});

describe("a period's count of countries counts that period's deliveries", () => {
  it('lists the undated and those under way apart, with their status', async () => {
    const el = await mount(html`<destination-list src=${FIXTURE} period="2024" lang="en"></destination-list>`);
    expect(text(el, '.summary')).to.equal(
      "Exports by the zone's residents in 2024: the sources name deliveries to 1 country in 1 region. Listed apart, not counted for the period: 2 undated, 1 under way.",
    );
    const apart = shadow(el).querySelector('.group.apart')!;
    expect(textOf(apart.querySelector('h3'))).to.equal('Undated or still under way (3)');
    // Country names as the engine's Intl names them (Türkiye or Turkey).
    const name = (code: string) => countryName(code, 'en');
    expect([...apart.querySelectorAll('summary')].map(textOf)).to.deep.equal([
      `${name('IN')} date not stated`,
      `${name('MN')} date not stated`,
      `${name('RS')} delivery under way`,
    ]);
    const counted = [...shadow(el).querySelectorAll('.group:not(.apart) summary .name')].map(textOf);
    expect(counted).to.deep.equal([name('TR')]);
  });

  it('says so when an exporter has no dated delivery in the period', async () => {
    const el = await mount(html`<destination-list src=${FIXTURE} period="2024" exporter="gamma" lang="en"></destination-list>`);
    expect(text(el, '.summary')).to.equal(
      'The sources name no deliveries by Gamma dated 2024. Listed apart, not counted for the period: 2 undated, 1 under way.',
    );
    expect(shadow(el).querySelectorAll('.group:not(.apart)')).to.have.length(0);
  });

  it('shows the words a source gives for the whole geography beside the countries it names, and no period it does not give', async () => {
    const el = await mount(html`<destination-list src=${FIXTURE} period="2021" lang="en"></destination-list>`);
    expect(all(el, '.stated')).to.deep.equal(["In all, in the source's words: several dozen countries; 3 are named.1"]);
    expect(text(el, '.summary')).to.match(/^The sources name no deliveries by the zone's residents dated 2021\./);
    for (const entry of all(el, '.entries li')) expect(entry).to.match(/^date not stated, taken as 2021:/);
  });
});

describe("the city's figures and the text's own words are credited to no one else", () => {
  it('puts city figures under a heading of their own, never under the zone', async () => {
    const mixed = await mount(html`<key-figures src=${FIXTURE} figures="residents parks contracts" lang="en"></key-figures>`);
    expect(text(mixed, 'h2')).to.equal('Example SEZ in figures');
    const [zone, city] = [...shadow(mixed).querySelectorAll('dl.cards')];
    expect([...zone!.querySelectorAll('dt')].map(textOf)).to.deep.equal(['Residents']);
    expect(textOf(city!.previousElementSibling)).to.equal('City figures, not Example SEZ’s');
    expect([...city!.querySelectorAll('dt')].map(textOf)).to.deep.equal(['City technoparks', 'Programme contracts']);
    const only = await mount(html`<key-figures src=${FIXTURE} figures="parks" lang="en"></key-figures>`);
    expect(text(only, 'h2')).to.equal('City figures, not Example SEZ’s');
  });

  it("marks a quote of the text's own words as such, and names the speakers apart", async () => {
    const el = await mount(html`<key-figures src=${FIXTURE} figures="parks" lang="ru"></key-figures>`);
    const note = text(el, '.sources li');
    expect(note).to.include('В тексте говорят: Иван Петров, заместитель мэра');
    expect(note).to.include('«the city has 49 technoparks» (слова самого текста, не цитата)');
    expect(note).not.to.include('г..');
  });

  it('shows a text of the same facts as such, not as a retelling, and the data as compiled from press releases', async () => {
    const el = await mount(html`<export-growth src=${FIXTURE} lang="en"></export-growth>`);
    const notes = all(el, '.sources li').join(' | ');
    expect(notes).to.include('(the same facts as “Test Wire”)');
    expect(notes).not.to.include('retell');
    expect(text(el, 'footer p')).to.match(/^Data compiled from press releases \(subject: Example SEZ\), version 0\.3\.0-test/);
  });
});

describe('charts compare only what one measure counts', () => {
  it('shares a scale between panels of one measure only, in time order, with level baselines under titles that wrap', async () => {
    const el = await mount(html`<export-growth src=${FIXTURE} lang="ru" style="display:block;width:760px"></export-growth>`);
    expect(all(el, '.panel h3')).to.deep.equal([
      'По годам: экспорт высокотехнологичной продукции',
      'I квартал: экспорт высокотехнологичной продукции',
      'I полугодие: экспортная выручка',
    ]);
    const canvases = [...shadow(el).querySelectorAll('canvas')];
    const charts = canvases.map((c) => Chart.getChart(c)!);
    const [years, quarters, halves] = charts.map((c) => c.scales.y!.max);
    expect(years).to.equal(quarters);
    expect(halves).not.to.equal(years);
    const titles = [...shadow(el).querySelectorAll('.panel h3')].map((h) => h.getBoundingClientRect().height);
    expect(new Set(titles).size, 'the titles wrap to different heights').to.be.above(1);
    const tops = canvases.map((c) => c.getBoundingClientRect().top);
    const baselines = charts.map((chart, i) => tops[i]! + chart.scales.y!.getPixelForValue(0));
    for (const b of baselines) expect(Math.abs(b - baselines[0]!), `baselines ${baselines.join(', ')}`).to.be.below(1);
  });

  it('keeps cumulative totals of different measures apart, each with what it covers, in chart and table view', async () => {
    const el = await mount(html`<export-growth src=${FIXTURE} lang="en"></export-growth>`);
    expect(all(el, '.cumulative dt, .cumulative dd')).to.deep.equal([
      'Cumulative totals, as the sources state them',
      'These are different measures, not one series: one total does not continue another.',
      "as of 2022: > ₽615 million1 — high-tech product exports. Over the zone's whole existence.",
      "as of 2024: > ₽8.1 billion2 — export revenue. Over the residents' time in the zone.",
    ]);
    const table = await mount(html`<export-growth src=${FIXTURE} lang="en" view="table"></export-growth>`);
    const body = [...shadow(table).querySelectorAll('tbody')].at(-1)!;
    expect([...body.querySelectorAll('th[scope="col"]')].map(textOf)).to.deep.equal(['As of', 'Amount', 'What it counts']);
    expect(textOf(body.querySelector('tr:last-child td:last-child'))).to.equal("export revenue. Over the residents' time in the zone.");
  });
});

describe('the CSV says what the widget says', () => {
  it('keeps the period a key figure is shown with, and that its date is inferred', async () => {
    const rows = await rowsOf(await mount(html`<key-figures src=${FIXTURE} figures="residents parks" lang="en"></key-figures>`));
    expect(rows.find((r) => r[0] === 'Residents')?.[1]).to.equal('as of 2024 (date inferred from the text)');
    expect(rows.find((r) => r[0] === 'City technoparks')?.[1]).to.match(/^as of .*2024 \(date inferred from the text\)$/);
  });

  it('calls a remainder that is at most a value an upper bound, not approximate', async () => {
    const rows = await rowsOf(await mount(html`<export-structure src=${FIXTURE} period="2024-Q1" lang="en"></export-structure>`));
    const rest = rows.find((r) => r[0] === 'Not broken down by sector')!;
    expect(rest.slice(2, 5)).to.deep.equal(['< 7', '%', 'computed, less than (upper bound)']);
  });

  it('names each row by what it measures, never a bare «Экспорт»', async () => {
    const rows = await rowsOf(await mount(html`<export-growth src=${FIXTURE} lang="ru"></export-growth>`), ';');
    const measured = rows.filter((r) => r.length === 8 && r[7] && r[0] !== 'Что');
    expect(measured).to.have.length(8);
    for (const r of measured) expect(r[0]!.toLowerCase(), r.join(' | ')).to.include(r[7]!);
  });

  it('lists at its end only the sources its rows cite', async () => {
    const lines = await csvLines(
      await downloaded(await mount(html`<top-exporters src=${FIXTURE} period="2024-H1" lang="en"></top-exporters>`)),
    );
    const end = lines.slice(lines.lastIndexOf('', -2) + 1).filter(Boolean);
    const listed = end.slice(1).map((line) => cells(line, ',')[1]);
    expect(listed).to.have.length(2);
    expect(listed[0]).to.match(/^Test Wire, .*2024 \(date inferred from the text\), in Russian$/);
    expect(listed[1]).to.match(/^outlet not named, .*2024, in Uzbek$/);
  });
});
