// <export-growth> on files longer than today's: ten periods a panel with gaps in time (every bar and gap labelled, the
// missing years named), and more years than it shows at once (cut to the latest, said plainly, all in the CSV).
import { expect } from '@open-wc/testing';
import { Chart } from 'chart.js';
import type { ChartController } from '../../src/controllers/chart-controller.js';
import { labelBoxes } from '../../src/controllers/chart-plugins.js';
import { LIST_LIMIT } from '../../src/widgets/export-growth/export-growth.js';
import { csvLines, downloaded, expectLabelsClear, fold, mountIn, shadow } from '../helpers.js';

describe('<export-growth> with ten periods a panel and gaps in time', () => {
  const TEN = '/test/fixtures/ten-periods.json';
  const NO_DATA = { ru: 'нет данных', en: 'no data', uz: 'маълумот йўқ' };
  for (const lang of ['ru', 'en', 'uz'] as const) {
    for (const width of [280, 360, 768, 1200]) {
      it(`labels every bar and every gap, none overlapping: lang="${lang}" at ${width} px`, async () => {
        const el = await mountIn('export-growth', `lang="${lang}" src=${TEN}`, `style="width: ${width}px"`);
        const canvases = [...shadow(el).querySelectorAll('canvas')];
        expect(canvases.map((c) => c.dataset.chart)).to.deep.equal(['quarter-1', 'year', 'half-1']);
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
    const [, year, half] = [...shadow(el).querySelectorAll('canvas')].map((c) => Chart.getChart(c)!.data.labels);
    expect(year).to.deep.equal(['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022–2023', '2024']);
    expect(half).to.include('2018').and.to.include('2022–2023');
    const rows = [...shadow(el).querySelectorAll('tr.gap')].map((tr) => fold(tr.textContent));
    expect(rows).to.deep.equal([
      'I кв. 2013 нет данных',
      'I кв. 2016 нет данных',
      '2017 нет данных',
      '2022–2023 нет данных',
      'I пол. 2018 нет данных',
      'I пол. 2022 – I пол. 2023 нет данных',
    ]);
    expect([...shadow(el).querySelectorAll('.panel p')].map((p) => fold(p.textContent))).to.deep.equal([
      'I кв. 2021: ×2,7 к I кв. 2020, ×4,1 к I кв. 2019; I кв. 2011: +25 % к I кв. 2010',
      '2024: ×2,2 к 2021; 2021: +35 % к 2020',
      'I пол. 2025: ×3,3 к I пол. 2024; I пол. 2021: ×3,1 к I пол. 2020, ×3,3 к I пол. 2019',
    ]);
  });
});

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
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(shadow(el).querySelector('.cut')).to.equal(null);
    // The charts are updated in place in the page's next chart batch.
    await (el as unknown as { charts: ChartController }).charts.drawn;
    expect(years(el)).to.have.length(25).and.to.include('2000');
    // The button is gone with its note: the keyboard's focus is on the pressed view button above it, not lost.
    expect(shadow(el).activeElement?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('is not cut on a file of ordinary length', async () => {
    const el = await mountIn('export-growth', '', '');
    expect(shadow(el).querySelector('.cut')).to.equal(null);
  });
});
