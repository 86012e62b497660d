import { expect, html } from '@open-wc/testing';
import type { KeyFigures } from '../../src/widgets/key-figures/key-figures.js';
import json from '../fixtures/frozen/dataset.json';
import { buildModel } from '../../src/data/model.js';
import type { Dataset } from '../../src/data/schema.js';
import { keyFigures } from '../../src/data/selectors/key-figures.js';
import { mount, shadow, textOf } from '../helpers.js';

const cards = (el: Element) => [...shadow(el).querySelectorAll('.card')];
/** Each card as [label, value, further lines…]. */
const cardTexts = (el: Element) => cards(el).map((card) => [...card.children].map(textOf));

describe('<key-figures>', () => {
  it('shows four headline cards by default, each with its qualifier, label, date and sources', async () => {
    const el = await mount<KeyFigures>(html`<key-figures lang="ru"></key-figures>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('ОЭЗ «Технополис Москва» в цифрах');
    expect(textOf(shadow(el).querySelector('.summary'))).to.equal('Показатели из источников 2020–2025 гг.; у каждого — своя дата.');
    expect(cardTexts(el)).to.deep.equal([
      ['Экспорт резидентов', '≈ 1 млрд ₽1,2', 'экспортная выручка', '×3,3 к I пол. 20241,2', 'I пол. 2025'],
      [
        'Накопленный экспорт',
        '> 8,1 млрд ₽1,2',
        'экспортная выручка',
        'по данным на 2025 г.',
        'Накоплено за всё время работы резидентов в ОЭЗ, на дату заявления (5 ноября 2025 года).',
      ],
      ['Компании — резиденты и арендаторы', '> 1503', 'по данным на 2020 г.'],
      ['Общая площадь', '206,8 га3', 'по данным на 2020 г.', 'Площадки ОЭЗ: 5 — Печатники, Алабушево, Микрон, Ангстрем, МИЭТ3'],
    ]);
    expect(shadow(el).querySelector('dl.cards')!.classList.contains('row')).to.equal(true);
    expect(cards(el)[0]!.querySelector('dt')).to.exist;
  });

  it('shows the asked figures in the asked order: zone plans, city figures, countries', async () => {
    const el = await mount<KeyFigures>(
      html`<key-figures
        figures="investment countries plan-2030-floor-space plan-2030-jobs technoparks-sites made-in-moscow-contracts"
      ></key-figures>`,
    );
    expect(cardTexts(el)).to.deep.equal([
      ['Инвестиции резидентов с 2006 года', '28,6 млрд ₽1', 'по данным на 2020 г.'],
      ['Страны экспорта', '261', '2019'],
      ['Рост площадей объектов к 2030 году (план)', '×3,52', '2030'],
      ['Новые рабочие места к 2030 году (план)', '> 90 0002', '2030'],
      ['Технопарки Москвы', '492', 'по данным на 28 октября 2025 г.'],
      ['Контракты Made in Moscow с 2017 года', '> 3 9002', 'по данным на 28 октября 2025 г.'],
    ]);
  });

  it('shows any figure of the dataset, a computed one tagged with how it was computed', async () => {
    const el = await mount<KeyFigures>(
      html`<key-figures figures="export-2018 exporter-ic-resident-2025 growth-2019-vs-2018"></key-figures>`,
    );
    const [derived, exporter, growth] = cardTexts(el);
    expect(derived!.slice(0, 4)).to.deep.equal(['Экспорт резидентов', '247 млн ₽ расчёт', 'экспорт высокотехнологичной продукции', '2018']);
    expect(derived![4]).to.equal(
      'Расчёт для 2018: 326 млн ₽ за 2019 ÷ 1,32 ≈ 247 млн ₽ — исходя из роста на 32 % к 2018, о котором сообщает источник.1',
    );
    expect(exporter!.slice(0, 2)).to.deep.equal(['Экспорт: резидент ОЭЗ (интегральные электронные схемы)', '137 млн ₽2,3']);
    expect(growth).to.deep.equal(['Рост экспорта', '+32 %1', 'экспорт высокотехнологичной продукции', '2019 к 2018']);
  });

  it('speaks Russian, English and Uzbek', async () => {
    const expected: Record<string, string[][]> = {
      en: [
        ["Residents' exports", '≈ ₽1 billion1,2', 'export revenue', '×3.3 on H1 20241,2', 'H1 2025'],
        ['Resident and tenant companies', '> 1503', 'as of 2020'],
        ['Moscow technoparks', '494', 'as of October 28, 2025'],
      ],
      uz: [
        ['Резидентлар экспорти', '≈ 1 млрд рубль1,2', 'экспорт даромади', '2024 й. I ярим йилга нисбатан ×3,31,2', '2025 й. I ярим йил'],
        ['Резидент ва ижарачи компаниялар', '> 1503', '2020 й. ҳолатига'],
        ['Москва технопарклари', '494', '2025 йил 28 октябрь ҳолатига'],
      ],
    };
    for (const [lang, texts] of Object.entries(expected)) {
      const el = await mount<KeyFigures>(
        html`<key-figures lang=${lang} figures="latest-export residents technoparks-sites"></key-figures>`,
      );
      expect(cardTexts(el)).to.deep.equal(texts);
      expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal(lang === 'uz' ? 'uz-Cyrl' : lang);
    }
  });

  it('lists the valid ids for an unknown one and shows the known ones', async () => {
    const el = await mount<KeyFigures>(html`<key-figures figures="residents exports-2030" layout="columns"></key-figures>`);
    const hints = [...shadow(el).querySelectorAll('.hint')].map(textOf);
    expect(hints[0]).to.equal('Атрибут layout="columns" не распознан; допустимо: row, grid. Показано по умолчанию: row.');
    expect(hints[1]).to.match(
      /^Атрибут figures: нет показателей с id exports-2030\. Допустимо: latest-export, cumulative-export, countries, /,
    );
    expect(hints[1]).to.include('residents, investment, plan-2030-floor-space');
    expect(cards(el).map((c) => textOf(c.querySelector('dt')))).to.deep.equal(['Компании — резиденты и арендаторы']);
  });

  it('falls back to the default cards when no asked id is known', async () => {
    const el = await mount<KeyFigures>(html`<key-figures figures="nothing" lang="en"></key-figures>`);
    expect(textOf(shadow(el).querySelector('.hint'))).to.match(/^Attribute figures: no figure with id nothing\. .* Showing the default\.$/);
    expect(cards(el)).to.have.length(4);
  });

  it('lays the cards out as a grid with layout="grid"', async () => {
    const el = await mount<KeyFigures>(html`<key-figures layout="grid" heading="Технополис в цифрах"></key-figures>`);
    expect(shadow(el).querySelector('dl.cards')!.classList.contains('grid')).to.equal(true);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Технополис в цифрах');
    el.style.width = '900px';
    await el.updateComplete;
    const tops = cards(el).map((c) => c.getBoundingClientRect().top);
    expect(tops[0]).to.equal(tops[2]);
    expect(tops[3]).to.be.greaterThan(tops[0]!);
    el.setAttribute('layout', 'row');
    await el.updateComplete;
    const row = cards(el).map((c) => c.getBoundingClientRect().top);
    expect(new Set(row).size).to.equal(1);
  });

  it('works with another zone’s dataset, computed cards included', async () => {
    const el = await mount<KeyFigures>(
      html`<key-figures
        lang="en"
        src="/test/fixtures/other-zone.json"
        figures="latest-export cumulative-export countries residents"
      ></key-figures>`,
    );
    expect(cardTexts(el)).to.deep.equal([
      ["Residents' exports", '₽150 million1', 'exports', '+50% on 20231', '2024'],
      ['Cumulative exports', '> ₽400 million1', 'exports', 'as of 2024'],
      ['Countries exported to', '71', '2024'],
      ['Residents', '401', 'as of December 31, 2024'],
    ]);
    const byDefault = await mount<KeyFigures>(html`<key-figures lang="en" src="/test/fixtures/other-zone.json"></key-figures>`);
    expect(cards(byDefault).map((c) => textOf(c.querySelector('dt')))).to.deep.equal([
      "Residents' exports",
      'Cumulative exports',
      'Residents',
    ]);
  });

  it('opens the sources with the exact quote behind a card', async () => {
    const el = await mount<KeyFigures>(html`<key-figures></key-figures>`);
    const details = shadow(el).querySelector('details.sources') as HTMLDetailsElement;
    cards(el)[2]!.querySelector<HTMLAnchorElement>('a[data-note="3"]')!.click();
    expect(details.open).to.equal(true);
    expect(textOf(details.querySelectorAll('ol > li')[2])).to.include(
      '«На сегодняшний день на территории московской ОЭЗ локализованы более 150 высокотехнологичных компаний – резидентов и арендаторов.»',
    );
  });

  it('keeps its height when the data fails', async () => {
    const el = await mount<KeyFigures>(html`<key-figures src="/test/fixtures/missing.json"></key-figures>`);
    const state = shadow(el).querySelector<HTMLElement>('.state.error')!;
    expect(state.getAttribute('role')).to.equal('alert');
    expect(state.offsetHeight).to.be.at.least(15 * 16);
  });

  for (const theme of ['light', 'dark']) {
    for (const layout of ['row', 'grid']) {
      it(`is accessible in the ${layout} layout, ${theme} theme`, async () => {
        const el = await mount<KeyFigures>(
          html`<key-figures
            theme=${theme}
            layout=${layout}
            figures="latest-export cumulative-export residents area export-2018 technoparks-sites"
          ></key-figures>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  }

  it('picks the latest reported figure for a computed card, so a newer dataset needs no new ids', () => {
    const dataset = structuredClone(json) as Dataset;
    const newer = { ...dataset.figures.find((f) => f.id === 'export-2025-h1')!, id: 'export-2025', period: '2025', value: 2e9 };
    dataset.figures.push(newer);
    const { cards, unknown } = keyFigures(buildModel(dataset), ['latest-export', 'countries']);
    expect(unknown).to.deep.equal([]);
    expect(cards.map((c) => c.figure.figure.id)).to.deep.equal(['export-2025', 'countries-2019']);
    expect(cards[0]!.growth).to.equal(undefined); // no growth is stated for 2025 as a whole
  });
});
