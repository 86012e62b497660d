import { expect, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import type { ExportGrowth } from '../../src/widgets/export-growth/export-growth.js';
import { sendMouse } from '@web/test-runner-commands';
import { fold, mount, paintedPixels, shadow, textOf } from '../helpers.js';

const canvases = (el: Element) => [...shadow(el).querySelectorAll('canvas')];

describe('<export-growth>', () => {
  it('draws one chart per group of comparable periods, with pixels on the canvas', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth lang="ru"></export-growth>`);
    const list = canvases(el);
    expect(list.map((c) => c.dataset.chart)).to.deep.equal(['year', 'quarter-1', 'half-1']);
    for (const canvas of list) {
      const chart = Chart.getChart(canvas)!;
      expect(chart, canvas.dataset.chart).to.exist;
      expect(paintedPixels(canvas), canvas.dataset.chart).to.be.greaterThan(2000);
      expect(canvas.getAttribute('role')).to.equal('img');
    }
    expect(Chart.getChart(list[0]!)!.data.datasets[0]!.data).to.deep.equal([247e6, 326e6]);
    expect(fold(list[1]!.getAttribute('aria-label'))).to.equal(
      'I квартал: экспорт. I кв. 2019: 55 млн ₽ (расчёт); I кв. 2020: 92 млн ₽ (расчёт); I кв. 2021: 248 млн ₽.',
    );
  });

  it('draws panels of different measures on scales of their own: 2019 high-tech exports are not set against the billion of H1 2025', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth lang="ru" style="width: 1200px"></export-growth>`);
    const tops = canvases(el).map((c) => Chart.getChart(c)!.scales.y!.max);
    expect(tops).to.have.length(3);
    expect(new Set(tops).size, String(tops)).to.equal(3);
    expect(tops[0]).to.be.below(1e9);
    expect(tops[2]).to.be.at.least(1e9); // the largest volume, ≈ 1 млрд ₽ in H1 2025
  });

  it('holds every figure in its table, with qualifiers and derived values marked', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth lang="ru"></export-growth>`);
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => textOf(tr));
    expect(rows).to.deep.equal([
      'По годам: экспорт высокотехнологичной продукции',
      '2018 247 млн ₽ расчёт',
      '2019 326 млн ₽1 +32 % к 20181',
      'I квартал: экспорт',
      'I кв. 2019 55 млн ₽ расчёт',
      'I кв. 2020 92 млн ₽ расчёт',
      'I кв. 2021 248 млн ₽2 ×2,7 к I кв. 20202; ×4,5 к I кв. 20192',
      'I полугодие: экспортная выручка',
      'I пол. 2024 300 млн ₽ расчёт',
      'I пол. 2025 ≈ 1 млрд ₽3,4 ×3,3 к I пол. 20243,4',
      'Накопленные итоги, как их называют источники Это разные показатели, а не один ряд: один итог не продолжает другой.',
      'На дату Сумма Что считает',
      'на 2019 > 615 млн ₽1 экспорт высокотехнологичной продукции. За всё время существования ОЭЗ, по итогам 2019 года.',
      'на 2025 > 8,1 млрд ₽3,4 экспортная выручка. Накоплено за всё время работы резидентов в ОЭЗ, на дату заявления (5 ноября 2025 года).',
    ]);
  });

  it('writes each computed value’s formula as an editor would, in each language', async () => {
    const sentences: Record<string, string[]> = {
      ru: [
        'Расчёт для I пол. 2024: около 1 млрд ₽ за I пол. 2025 ÷ 3,3 ≈ 300 млн ₽ — исходя из роста в 3,3 раза к I пол. 2024, о котором сообщает источник.',
        'Расчёт для I кв. 2019: 248 млн ₽ за I кв. 2021 ÷ 4,5 ≈ 55 млн ₽ — исходя из роста в 4,5 раза к I кв. 2019, о котором сообщает источник.',
        'Расчёт для 2018: 326 млн ₽ за 2019 ÷ 1,32 ≈ 247 млн ₽ — исходя из роста на 32 % к 2018, о котором сообщает источник.',
      ],
      en: [
        'Computed for H1 2024: about ₽1 billion in H1 2025 ÷ 3.3 ≈ ₽300 million, based on the growth of 3.3 times over H1 2024 that the source reports.',
        'Computed for 2018: ₽326 million in 2019 ÷ 1.32 ≈ ₽247 million, based on the growth of 32% over 2018 that the source reports.',
      ],
      uz: [
        '2024 й. I ярим йил учун ҳисоб: 2025 й. I ярим йилдаги қарийб 1 млрд рубль ÷ 3,3 ≈ 300 млн рубль — манбада айтилган 2024 й. I ярим йилга нисбатан 3,3 баробар ўсиш асосида.',
        '2018 йил учун ҳисоб: 2019 йилдаги 326 млн рубль ÷ 1,32 ≈ 247 млн рубль — манбада айтилган 2018 йилга нисбатан 32% ўсиш асосида.',
      ],
    };
    for (const [lang, expected] of Object.entries(sentences)) {
      const el = await mount<ExportGrowth>(html`<export-growth lang=${lang}></export-growth>`);
      // Each line of the notes, without the note numbers after it.
      const lines = [...shadow(el).querySelectorAll('.notes li')].map((li) => textOf(li).replace(/(?<=\.)[\d,]+$/, ''));
      for (const sentence of expected) expect(lines, lang).to.include(sentence);
    }
  });

  it('sums up the latest period in each language', async () => {
    const summaries: Record<string, string> = {
      ru: 'В I пол. 2025 экспорт резидентов (экспортная выручка) составил около 1 млрд ₽ — в 3,3 раза больше, чем в I пол. 2024.',
      en: "In H1 2025, residents' export revenue came to about ₽1 billion, 3.3 times as much as in H1 2024.",
      uz: '2025 й. I ярим йилда резидентлар қарийб 1 млрд рубллик маҳсулот экспорт қилди (экспорт даромади) — бу 2024 й. I ярим йилга нисбатан 3,3 баробар кўп.',
    };
    for (const [lang, summary] of Object.entries(summaries)) {
      const el = await mount<ExportGrowth>(html`<export-growth lang=${lang}></export-growth>`);
      expect(textOf(shadow(el).querySelector('.summary'))).to.equal(summary);
      expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal(lang === 'uz' ? 'uz-Cyrl' : lang);
    }
  });

  it('shows only the chosen comparison and year range', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth comparison="quarters" from="2020"></export-growth>`);
    expect(canvases(el).map((c) => c.dataset.chart)).to.deep.equal(['quarter-1']);
    expect(Chart.getChart(canvases(el)[0]!)!.data.labels).to.deep.equal(['2020', '2021']);
    const table = textOf(shadow(el).querySelector('table'));
    expect(table).not.to.include('2019 326');
    expect(table).not.to.include('×4,5'); // its base period, Q1 2019, is outside the range
  });

  it('starts as a table with view="table" and switches with the toggle', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth view="table"></export-growth>`);
    expect(shadow(el).querySelector<HTMLElement>('.panels')!.hidden).to.equal(true);
    expect(canvases(el).map((c) => Chart.getChart(c))).to.deep.equal([undefined, undefined, undefined]);
    expect(shadow(el).querySelector('.table')!.classList.contains('sr-only')).to.equal(false);
    const [chartButton] = shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button');
    chartButton!.click();
    await el.updateComplete;
    expect(canvases(el)).to.have.length(3);
    expect(chartButton!.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('.table')!.classList.contains('sr-only')).to.equal(true);
  });

  it('names a wrong attribute value and its allowed values, and still shows the default', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth comparison="decades" view="pie" lang="de"></export-growth>`);
    const hints = [...shadow(el).querySelectorAll('.hint')].map(textOf);
    expect(hints).to.deep.equal([
      'Атрибут lang="de" не распознан; допустимо: ru, en, uz. Показано по умолчанию: ru.',
      'Атрибут comparison="decades" не распознан; допустимо: all, years, half-years, quarters. Показано по умолчанию: all.',
      'Атрибут view="pie" не распознан; допустимо: chart, table. Показано по умолчанию: chart.',
    ]);
    expect(canvases(el)).to.have.length(3);
  });

  it('names a year attribute that is not a year', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth from="last year"></export-growth>`);
    expect(textOf(shadow(el).querySelector('.hint'))).to.equal(
      'Атрибут from="last year" не распознан: нужен год, например 2019. Показаны все годы.',
    );
    expect(canvases(el)).to.have.length(3);
  });

  it('tells the page which period a reader clicked', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth comparison="years"></export-growth>`);
    const canvas = canvases(el)[0]!;
    const bar = Chart.getChart(canvas)!.getDatasetMeta(0).data[1]!;
    const box = canvas.getBoundingClientRect();
    const selected = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('ew-select', resolve as EventListener, { once: true }),
    );
    await sendMouse({ type: 'click', position: [Math.round(box.left + bar.x), Math.round(box.top + bar.y + 10)] });
    expect((await selected).detail).to.deep.equal({ kind: 'period', id: '2019' });
  });

  it('fits its charts to the plot again when the page narrows or widens it, and draws them when shown', async () => {
    const wrapper = await mount<HTMLElement>(html`<div style="width: 700px"><export-growth comparison="years"></export-growth></div>`);
    const el = wrapper.querySelector('export-growth')!;
    const canvas = canvases(el)[0]!;
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const fits = () => {
      const plot = canvas.parentElement!;
      const chart = Chart.getChart(canvas)!;
      expect(canvas.getBoundingClientRect().width, 'canvas width').to.equal(plot.clientWidth);
      expect(chart.width, 'chart width').to.equal(plot.clientWidth);
      expect(chart.height, 'chart height').to.equal(plot.clientHeight);
      expect(paintedPixels(canvas)).to.be.greaterThan(2000);
    };
    fits();
    const wide = canvas.getBoundingClientRect().width;
    wrapper.style.width = '300px';
    await frames();
    fits();
    expect(canvas.getBoundingClientRect().width).to.be.lessThan(wide);
    wrapper.style.display = 'none';
    await frames();
    wrapper.style.width = '500px';
    wrapper.style.display = '';
    await frames();
    fits();
  });

  it('draws a chart that was hidden when the widget loaded once it is shown', async () => {
    const wrapper = await mount<HTMLElement>(html`<div hidden><export-growth comparison="years"></export-growth></div>`);
    const canvas = canvases(wrapper.querySelector('export-growth')!)[0]!;
    wrapper.hidden = false;
    // The chart follows its box when the browser reports the resize: in WebKit a frame later than in Chromium.
    const fitted = () => Chart.getChart(canvas)?.width === canvas.parentElement!.clientWidth && paintedPixels(canvas) > 2000;
    for (let frame = 0; frame < 30 && !fitted(); frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(canvas.parentElement!.clientWidth).to.be.greaterThan(0);
    expect(Chart.getChart(canvas)!.width).to.equal(canvas.parentElement!.clientWidth);
    expect(paintedPixels(canvas)).to.be.greaterThan(2000);
  });

  it('destroys its charts when removed from the page', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth></export-growth>`);
    const list = canvases(el);
    el.remove();
    for (const canvas of list) expect(Chart.getChart(canvas)).to.equal(undefined);
  });

  it('opens the sources with the exact quote behind a figure', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth></export-growth>`);
    const details = shadow(el).querySelector('details.sources') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    shadow(el).querySelector<HTMLAnchorElement>('a[data-note="1"]')!.click();
    expect(details.open).to.equal(true);
    const note = details.querySelectorAll('ol > li')[0]!;
    expect(shadow(el).activeElement).to.equal(note);
    expect(textOf(note)).to.include(
      '«Объём экспорта высокотехнологичной продукции резидентов особой экономической зоны «Технополис «Москва» в 2019 году составил 326 млн рублей, что на 32 процента больше, чем в 2018 году»',
    );
  });

  // The chart view, in both themes, is checked by the shared suite (every-widget.test.ts).
  for (const theme of ['light', 'dark']) {
    it(`is accessible in the table view, ${theme} theme`, async () => {
      const el = await mount<ExportGrowth>(html`<export-growth theme=${theme} view="table"></export-growth>`);
      await expect(el).to.be.accessible();
    });
  }
});
