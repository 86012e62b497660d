import { expect, html } from '@open-wc/testing';
import type { ExportStructure } from '../../src/widgets/export-structure/export-structure.js';
import json from '../fixtures/frozen/dataset.json';
import { buildModel } from '../../src/data/model.js';
import type { Dataset } from '../../src/data/schema.js';
import { exportStructure, structurePeriods } from '../../src/data/selectors/structure.js';
import { mount, shadow, textOf } from '../helpers.js';

const rows = (el: Element, selector = '.rows > li') => [...shadow(el).querySelectorAll(selector)];
/** The drawn rectangles of a row's bar, as [class, x, width]. */
const rects = (row: Element) =>
  [...row.querySelectorAll('svg.bar rect:not(.track)')].map((r) => [
    r.getAttribute('class'),
    r.getAttribute('x') ?? '0%',
    r.getAttribute('width'),
  ]);

describe('<export-structure>', () => {
  it('shows the latest period with a breakdown, lower bounds kept and the rest not broken down', async () => {
    const el = await mount<ExportStructure>(html`<export-structure lang="ru"></export-structure>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Экспорт по отраслям: ОЭЗ «Технополис Москва», I кв. 2021');
    const list = rows(el);
    expect(list.map((li) => textOf(li))).to.deep.equal([
      'Микроэлектроника и волоконно-оптическое оборудование > 68 % · > 164 млн ₽1',
      'Досмотровое оборудование и литий-ионные батареи > 25 %1',
      'Не разбито по отраслям < 7 % расчёт1',
    ]);
    // Solid up to the bound, dashed up to what the other bounds leave; the rest is at most 7 %, drawn open.
    expect(rects(list[0]!)).to.deep.equal([
      ['fill', '0%', '68%'],
      ['open', '68%', '7%'],
    ]);
    expect(rects(list[1]!)).to.deep.equal([
      ['fill', '0%', '25%'],
      ['open', '25%', '7%'],
    ]);
    expect(rects(list[2]!)).to.deep.equal([['remainder', '0%', '7%']]);
    expect(textOf(shadow(el).querySelector('.total'))).to.equal('Весь экспорт, I кв. 2021: 248 млн ₽1 (экспорт)');
    expect(textOf(shadow(el).querySelector('.legend'))).to.include('Пунктир — доля названа как нижняя граница («более»)');
    expect(textOf(shadow(el).querySelector('.also'))).to.equal(
      'Также названы, без цифр: Композитные материалы, режущий инструмент, дезинфекционное оборудование, учебное оборудование и фармацевтическая продукция.1',
    );
  });

  it('offers a table view with every figure and its qualifier; the chart view, already text, has no hidden copy', async () => {
    const chart = await mount<ExportStructure>(html`<export-structure></export-structure>`);
    expect(shadow(chart).querySelector('table')).to.equal(null);
    const el = await mount<ExportStructure>(html`<export-structure view="table"></export-structure>`);
    const table = shadow(el).querySelector('.table')!;
    expect(table.classList.contains('sr-only')).to.equal(false);
    expect(rows(el, 'tbody tr').map((tr) => textOf(tr))).to.deep.equal([
      'Микроэлектроника и волоконно-оптическое оборудование > 68 %1 > 164 млн ₽1',
      'Досмотровое оборудование и литий-ионные батареи > 25 %1 —',
      'Не разбито по отраслям < 7 % расчёт1 —',
      'Весь экспорт 100 % 248 млн ₽1 (экспорт)',
    ]);
    expect([...table.querySelectorAll('th[scope="col"]')].map(textOf)).to.deep.equal(['Отрасли', 'Доля экспорта', 'Сумма']);
  });

  it('computes 2019 shares from the stated amounts and marks them as computed', async () => {
    const el = await mount<ExportStructure>(html`<export-structure period="2019"></export-structure>`);
    const list = rows(el);
    expect(list.map((li) => textOf(li))).to.deep.equal([
      'Микроэлектроника 50,3 % расчёт · 163,93 млн ₽1',
      'Учебное оборудование Только образовательные наборы, впервые экспортированные в Азербайджан, Израиль и Казахстан. 0,36 % расчёт · 1,18 млн ₽1',
      'Не разбито по отраслям 49,4 % расчёт1',
    ]);
    expect(rects(list[0]!)).to.deep.equal([['computed', '0%', '50.3%']]);
    expect(list[0]!.querySelector('rect.computed')!.getAttribute('fill')).to.equal('url(#hatch)');
    expect(shadow(el).getElementById('hatch')).to.exist;
    expect(rects(list[2]!)).to.deep.equal([['remainder', '0%', '49.4%']]);
    expect([...shadow(el).querySelectorAll('.legend li')].map(textOf)).to.deep.equal([
      'Штриховка — доля рассчитана по суммам из источников, в них не названа.',
      'Точки — часть экспорта, не разбитая по отраслям: 100 % минус доли, названные в источниках. Это не отрасль.',
    ]);
    expect(textOf(shadow(el).querySelector('.also'))).to.equal(
      'Также названы, без цифр: Нанотехнологическая продукция и оптическая продукция.1',
    );
  });

  it('draws the part not broken down with one look in every period, unlike any sector, and says what it is', async () => {
    for (const period of ['2019', '2021-Q1']) {
      const el = await mount<ExportStructure>(html`<export-structure period=${period}></export-structure>`);
      const [rest, ...sectors] = [...rows(el)].reverse();
      const [kind, x, width] = rects(rest!)[0]!;
      expect([kind, x, rects(rest!).length], period).to.deep.equal(['remainder', '0%', 1]);
      expect(width, period).to.equal(period === '2019' ? '49.4%' : '7%');
      expect(rest!.querySelector('rect.remainder')!.getAttribute('fill')).to.equal('url(#remainder)');
      expect(shadow(el).getElementById('remainder')!.querySelector('circle')).to.exist; // dotted, not solid grey
      for (const row of sectors) expect(rects(row).map(([k]) => k)).not.to.include('remainder');
      const legend = [...shadow(el).querySelectorAll('.legend li')].find((li) => li.querySelector('rect.remainder'));
      expect(textOf(legend), period).to.equal(
        'Точки — часть экспорта, не разбитая по отраслям: 100 % минус доли, названные в источниках. Это не отрасль.',
      );
    }
  });

  it('sums up the largest share in each language', async () => {
    const summaries: Record<string, string> = {
      ru: 'I кв. 2021: микроэлектроника и волоконно-оптическое оборудование — более 68 % экспорта (более 164 млн ₽ из 248 млн ₽).',
      en: 'Q1 2021: microelectronics and fibre-optic equipment made up more than 68% of exports (more than ₽164 million of ₽248 million).',
      uz: '2021 й. I чорак: микроэлектроника ва толали-оптик ускуналар — экспортнинг 68%дан ортиқ (164 млн рублдан ортиқ, жами 248 млн рубль).',
    };
    for (const [lang, summary] of Object.entries(summaries)) {
      const el = await mount<ExportStructure>(html`<export-structure lang=${lang}></export-structure>`);
      expect(textOf(shadow(el).querySelector('.summary'))).to.equal(summary);
      expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal(lang === 'uz' ? 'uz-Cyrl' : lang);
    }
  });

  it('shows the seeds’ figures with their qualifiers in English and Uzbek', async () => {
    const en = await mount<ExportStructure>(html`<export-structure lang="en" period="2019"></export-structure>`);
    expect(rows(en).map((li) => textOf(li))[0]).to.equal('Microelectronics 50.3% computed · ₽163.93 million1');
    expect(textOf(rows(en)[2])).to.equal('Not broken down by sector 49.4% computed1');
    const uz = await mount<ExportStructure>(html`<export-structure lang="uz"></export-structure>`);
    expect(rows(uz).map((li) => textOf(li))).to.deep.equal([
      'Микроэлектроника ва толали-оптик ускуналар > 68% · > 164 млн рубль1',
      'Текширув ускуналари ва литий-ион батареялар > 25%1',
      'Тармоқларга ажратилмаган < 7% ҳисоб1',
    ]);
  });

  it('starts as a table with view="table" and switches with the toggle', async () => {
    const el = await mount<ExportStructure>(html`<export-structure view="table"></export-structure>`);
    expect(shadow(el).querySelector('.chart')).to.equal(null);
    expect(shadow(el).querySelector('.table')!.classList.contains('sr-only')).to.equal(false);
    const [chartButton] = shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button');
    chartButton!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(3);
    expect(chartButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('.table')).to.equal(null);
  });

  it('names a wrong attribute value and its allowed values, and still shows the default', async () => {
    const el = await mount<ExportStructure>(html`<export-structure period="2020" view="pie"></export-structure>`);
    expect([...shadow(el).querySelectorAll('.hint')].map(textOf)).to.deep.equal([
      'Атрибут period="2020" не распознан; допустимо: 2019, 2021-Q1. Показано по умолчанию: 2021-Q1.',
      'Атрибут view="pie" не распознан; допустимо: chart, table. Показано по умолчанию: chart.',
    ]);
    expect(textOf(shadow(el).querySelector('h2'))).to.include('I кв. 2021');
    expect(rows(el)).to.have.length(3);
  });

  it('accepts a period in any case and uses the heading attribute', async () => {
    const el = await mount<ExportStructure>(
      html`<export-structure period="2021-q1" view="table" heading="Что экспортирует технополис"></export-structure>`,
    );
    expect(shadow(el).querySelectorAll('.hint')).to.have.length(0);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Что экспортирует технополис');
    expect(textOf(shadow(el).querySelector('caption'))).to.equal('Что экспортирует технополис');
  });

  it('works with another zone’s dataset', async () => {
    const el = await mount<ExportStructure>(html`<export-structure lang="en" src="/test/fixtures/other-zone.json"></export-structure>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Exports by sector: Example SEZ (synthetic test data), 2024');
    expect(rows(el).map((li) => textOf(li))).to.deep.equal(['Robotics ≈ 60%1', 'Not broken down by sector 40% computed1']);
    expect(rects(rows(el)[1]!)).to.deep.equal([['remainder', '0%', '40%']]);
    expect(textOf(shadow(el).querySelector('.summary'))).to.equal('2024: robotics made up about 60% of exports.');
  });

  it('opens the sources with the exact quote behind a share', async () => {
    const el = await mount<ExportStructure>(html`<export-structure></export-structure>`);
    const details = shadow(el).querySelector('details.sources') as HTMLDetailsElement;
    rows(el)[1]!.querySelector<HTMLAnchorElement>('a[data-note="1"]')!.click();
    expect(details.open).to.equal(true);
    expect(textOf(details)).to.include('«Более четверти поставок пришлось на досмотровое оборудование и литий-ионные батареи.»');
  });

  it('keeps its height while loading and when the data fails', async () => {
    const loading = document.createElement('export-structure');
    loading.setAttribute('src', '/test/fixtures/other-zone.json');
    const ready = new Promise((resolve) => loading.addEventListener('ew-ready', resolve, { once: true }));
    document.body.append(loading);
    await loading.updateComplete;
    const pending = shadow(loading).querySelector<HTMLElement>('.state.loading')!;
    expect(pending.getAttribute('role')).to.equal('status');
    expect(pending.offsetHeight).to.be.at.least(24 * 16);
    await ready;
    loading.remove();
    const el = await mount<ExportStructure>(html`<export-structure src="/test/fixtures/missing.json"></export-structure>`);
    const state = shadow(el).querySelector<HTMLElement>('.state.error')!;
    expect(state.getAttribute('role')).to.equal('alert');
    expect(state.offsetHeight).to.be.at.least(190);
  });

  for (const theme of ['light', 'dark']) {
    for (const view of ['chart', 'table']) {
      it(`is accessible in the ${view} view, ${theme} theme`, async () => {
        const el = await mount<ExportStructure>(html`<export-structure theme=${theme} view=${view} period="2019"></export-structure>`);
        await expect(el).to.be.accessible();
        const q1 = await mount<ExportStructure>(html`<export-structure theme=${theme} view=${view}></export-structure>`);
        await expect(q1).to.be.accessible();
      });
    }
  }

  describe('the structure selector', () => {
    const model = (change: (d: Dataset) => void = () => {}) => {
      const dataset = structuredClone(json) as Dataset;
      change(dataset);
      return buildModel(dataset);
    };

    it('finds the periods with a breakdown', () => {
      expect(structurePeriods(model())).to.deep.equal(['2019', '2021-Q1']);
    });

    it('lists a portfolio without figures and invents no shares for it', () => {
      const m = model((d) => d.portfolio.push({ period: '2025', sectors: ['medical'], citations: d.portfolio[0]!.citations }));
      expect(structurePeriods(m).at(-1)).to.equal('2025');
      const structure = exportStructure(m, '2025');
      expect(structure.parts).to.deep.equal([]);
      expect(structure.rest).to.equal(undefined);
      expect(structure.portfolio.map((p) => p.sectors)).to.deep.equal([['medical']]);
    });

    it('never lets lower bounds leave a negative remainder', () => {
      const m = model((d) => {
        d.figures.find((f) => f.id === 'share-inspection-batteries-2021-q1')!.value = 40;
      });
      expect(exportStructure(m, '2021-Q1').rest).to.include({ value: 0, bound: 'upper' });
    });
  });
});
