import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import dataset from '../fixtures/frozen/dataset.json';
import type { DestinationList } from '../../src/widgets/destination-list/destination-list.js';
import { countryName } from '../../src/i18n/countries.js';
import { LANGS } from '../../src/i18n/lang.js';
import { mount, shadow, textOf } from '../helpers.js';

const root = (el: Element) => shadow(el);
const all = (el: Element, selector: string) => [...root(el).querySelectorAll(selector)].map(textOf);
/** Region heading → country names in it, as a reader meets them. */
const groups = (el: Element) =>
  Object.fromEntries(
    [...root(el).querySelectorAll('.group')].map((g) => [textOf(g.querySelector('h3')), [...g.querySelectorAll('.name')].map(textOf)]),
  );
/** The country row whose name is `name`. */
const country = (el: Element, name: string) =>
  [...root(el).querySelectorAll<HTMLDetailsElement>('details.country')].find((d) => textOf(d.querySelector('.name')) === name)!;
const markers = (el: Element, name: string) => [...country(el, name).querySelectorAll('summary .marker')].map(textOf);

describe('<destination-list>', () => {
  it('lists the latest period by default, grouped by region, the first half of the year included', async () => {
    const el = await mount<DestinationList>(html`<destination-list></destination-list>`);
    expect(textOf(root(el).querySelector('h2'))).to.equal('География экспорта: ОЭЗ «Технополис Москва», 2025');
    expect(textOf(root(el).querySelector('.summary'))).to.equal(
      'Направления экспорта резидентов ОЭЗ за 2025: источники называют 12 стран в 4 регионах. Из них: поставки за период — 7, без даты — 4, поставки идут — 1.',
    );
    expect(groups(el)).to.deep.equal({
      'ЕАЭС и СНГ (7)': ['Казахстан', 'Беларусь', 'Киргизия', 'Узбекистан', 'Армения', 'Азербайджан', 'Таджикистан'],
      'Азия (3)': ['Бангладеш', 'Китай', 'Монголия'],
      'Европа (1)': ['Сербия'],
      'Ближний Восток (1)': ['ОАЭ'],
    });
    expect(textOf(country(el, 'Армения'))).to.include('I пол. 2025: укладки врача скорой помощи («оранжевые чемоданчики») — Медплант');
    expect(root(el).querySelector('.stated')).to.equal(null);
  });

  it('shows each period with its own countries and groups', async () => {
    const expected: Record<string, Record<string, string[]>> = {
      '2019': {
        'EAEU and CIS (3)': ['Kazakhstan', 'Belarus', 'Azerbaijan'],
        'Asia (3)': ['China', 'Mongolia', 'Japan'],
        'Europe (3)': ['Germany', 'Switzerland', 'Bulgaria'],
        'Middle East (1)': ['Israel'],
        'Africa (1)': ['Mauritius'],
      },
      '2021-Q1': {
        'Asia (3)': ['China', 'South Korea', 'Japan'],
        'Europe (5)': ['Switzerland', 'Germany', 'France', 'Lithuania', 'Netherlands'],
        'Americas (2)': ['United States', 'Canada'],
      },
      // Only what the sources date to the first half: a whole year's entry may fall after June.
      '2025-H1': { 'EAEU and CIS (5)': ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan'] },
      '2025': {
        'EAEU and CIS (7)': ['Kazakhstan', 'Belarus', 'Kyrgyzstan', 'Uzbekistan', 'Armenia', 'Azerbaijan', 'Tajikistan'],
        'Asia (3)': ['Bangladesh', 'China', 'Mongolia'],
        'Europe (1)': ['Serbia'],
        'Middle East (1)': ['United Arab Emirates'],
      },
    };
    for (const [period, byRegion] of Object.entries(expected)) {
      const el = await mount<DestinationList>(html`<destination-list lang="en" period=${period}></destination-list>`);
      expect(groups(el), period).to.deep.equal(byRegion);
      expect(root(el).querySelector('.hint'), period).to.equal(null);
    }
  });

  it('marks the top and new markets of 2019, and a new product in a top market as a first, not a new market', async () => {
    const el = await mount<DestinationList>(html`<destination-list lang="en" period="2019"></destination-list>`);
    const top = ['China', 'Kazakhstan', 'Germany', 'Belarus', 'Switzerland'];
    const fresh = ['Bulgaria', 'Mongolia', 'Japan', 'Mauritius', 'Azerbaijan', 'Israel'];
    for (const name of top) expect(markers(el, name), name).to.deep.equal(['top market']);
    for (const name of fresh) expect(markers(el, name), name).to.deep.equal(['new market']);
    expect(all(el, '.name')).to.have.members([...top, ...fresh]);
    expect(all(el, '.marker.top')).to.have.length(5);
    const kazakhstan = [...country(el, 'Kazakhstan').querySelectorAll('.entries li')].map(textOf);
    expect(kazakhstan).to.deep.equal([
      "2019: one of the largest markets of the zone's residents1",
      "2019: first time educational kits — the zone's residents1",
    ]);
    expect(textOf(country(el, 'Mauritius'))).to.include("2019: first time optical elements — the zone's residents");
  });

  it('marks a country «under way» or «date not stated» only when that is all the sources say of it', async () => {
    const el = await mount<DestinationList>(html`<destination-list lang="en"></destination-list>`);
    expect(markers(el, 'Serbia')).to.deep.equal(['delivery under way']);
    // Three exporters delivered to Kazakhstan; only Nex-T's panels are under way, and its line says so.
    expect(markers(el, 'Kazakhstan')).to.deep.equal([]);
    expect(textOf(country(el, 'Kazakhstan'))).to.include('interactive panels — Nex-T delivery under way');
    expect(markers(el, 'Belarus')).to.deep.equal([]);
    expect(markers(el, 'Tajikistan')).to.deep.equal(['date not stated']);
    expect(markers(el, 'Kyrgyzstan')).to.deep.equal([]); // Medplant delivered there in H1 2025
    expect(textOf(country(el, 'Serbia'))).to.include('2025: interactive panels — Nex-T delivery under way');
    expect(textOf(country(el, 'Tajikistan'))).to.include(
      'date not stated, taken as 2025: interactive equipment for schools and libraries — Nex-T',
    );
    // An unnamed exporter stays unnamed.
    expect(textOf(country(el, 'China'))).to.include('2025: integrated circuits — a resident of the zone (not named)');
  });

  it('puts the stated number of countries beside the named ones, never summed, only for its period', async () => {
    const el = await mount<DestinationList>(html`<destination-list lang="en" period="2019"></destination-list>`);
    const stated = root(el).querySelector('.stated')!;
    expect(textOf(stated)).to.equal('26 countries in 2019 — 11 named in the sources1');
    expect(stated.querySelector('a[data-note="1"]')).to.exist;
    expect(root(el).querySelectorAll('details.country')).to.have.length(11);
    expect(textOf(root(el))).not.to.include('37');
    const ru = await mount<DestinationList>(html`<destination-list period="2019"></destination-list>`);
    expect(textOf(root(ru).querySelector('.stated'))).to.equal('26 стран в 2019 — 11 названы в источниках1');
    const uz = await mount<DestinationList>(html`<destination-list lang="uz" period="2019"></destination-list>`);
    expect(textOf(root(uz).querySelector('.stated'))).to.equal('2019да 26 мамлакат — манбаларда 11 таси номланган1');
    for (const period of ['2021-Q1', '2025']) {
      const other = await mount<DestinationList>(html`<destination-list period=${period}></destination-list>`);
      expect(root(other).querySelector('.stated'), period).to.equal(null);
    }
  });

  it('shows every period with each country once, the period it is first named in and its markers by period', async () => {
    const el = await mount<DestinationList>(html`<destination-list lang="en" period="all"></destination-list>`);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Export destinations: Technopolis Moscow SEZ, 2019–2025');
    expect(textOf(root(el).querySelector('.summary'))).to.equal(
      "From 2019 to 2025, the sources name 24 countries the zone's residents export to: 11 in 2019, 6 more in Q1 2021, 3 more in H1 2025, and 4 more in 2025.",
    );
    const names = all(el, '.name');
    expect(names).to.have.length(24);
    expect(new Set(names).size).to.equal(24);
    expect(markers(el, 'Kazakhstan')).to.deep.equal(['top market, 2019']);
    expect(markers(el, 'Serbia')).to.deep.equal(['delivery under way, 2025']);
    expect(markers(el, 'Mongolia')).to.deep.equal(['new market, 2019']);
    expect(textOf(country(el, 'France').querySelector('.first'))).to.equal('first named: Q1 2021');
    expect(textOf(country(el, 'Armenia').querySelector('.first'))).to.equal('first named: H1 2025');
    expect(textOf(root(el).querySelector('.stated'))).to.equal('26 countries in 2019 — 11 named in the sources1');
    const ru = await mount<DestinationList>(html`<destination-list period="all"></destination-list>`);
    expect(textOf(root(ru).querySelector('.summary'))).to.equal(
      'С 2019 по 2025 источники называют 24 страны — направления экспорта резидентов ОЭЗ: 11 в 2019, ещё 6 в I кв. 2021, ещё 3 в I пол. 2025 и ещё 4 в 2025.',
    );
  });

  it('names every country of the dataset in ru, en and uz, never as a code', async () => {
    const codes = [...new Set(dataset.destinations.flatMap((d) => d.countries))];
    expect(codes).to.have.length(24);
    const script = { ru: /^[\u0400-\u04ff -]+$/, uz: /^[\u0400-\u04ff -]+$/, en: /^[A-Za-z .'-]+$/ };
    for (const lang of LANGS) {
      const el = await mount<DestinationList>(html`<destination-list lang=${lang} period="all"></destination-list>`);
      const names = all(el, '.name');
      expect(names.sort(), lang).to.deep.equal(codes.map((c) => countryName(c, lang)).sort());
      for (const name of names) {
        expect(name, `${lang}: ${name}`).to.match(script[lang]);
        expect(name, lang).not.to.match(/^[A-Z]{2}$/);
      }
    }
    const names = (code: string) => LANGS.map((lang) => countryName(code, lang));
    expect(names('KZ')).to.deep.equal(['Казахстан', 'Kazakhstan', 'Қозоғистон']);
    expect(names('MU')).to.deep.equal(['Маврикий', 'Mauritius', 'Маврикий']);
    expect(names('AE')).to.deep.equal(['ОАЭ', 'United Arab Emirates', 'Бирлашган Араб Амирликлари']);
    expect(names('KR')).to.deep.equal(['Южная Корея', 'South Korea', 'Жанубий Корея']);
  });

  it('sums up in each language', async () => {
    const summaries: Record<string, string> = {
      ru: 'Направления экспорта резидентов ОЭЗ за 2019: источники называют 11 стран в 5 регионах.',
      en: "Exports by the zone's residents in 2019: the sources name 11 countries in 5 regions.",
      uz: '2019да МИЗ резидентлари экспорти: манбаларда 5 минтақадаги 11 мамлакат тилга олинган.',
    };
    for (const [lang, summary] of Object.entries(summaries)) {
      const el = await mount<DestinationList>(html`<destination-list lang=${lang} period="2019"></destination-list>`);
      expect(textOf(root(el).querySelector('.summary'))).to.equal(summary);
    }
    const uz = await mount<DestinationList>(html`<destination-list lang="uz" period="2019"></destination-list>`);
    expect(Object.keys(groups(uz))).to.deep.equal(['ЕОИИ ва МДҲ (3)', 'Осиё (3)', 'Европа (3)', 'Яқин Шарқ (1)', 'Африка (1)']);
    expect(markers(uz, 'Хитой')).to.deep.equal(['йирик бозор']);
    expect(markers(uz, 'Исроил')).to.deep.equal(['янги бозор']);
  });

  it("shows one exporter's destinations with exporter, and keeps an unnamed one unnamed", async () => {
    const el = await mount<DestinationList>(html`<destination-list lang="en" exporter="medplant"></destination-list>`);
    expect(all(el, '.name')).to.deep.equal(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']);
    expect(textOf(root(el).querySelector('.summary'))).to.equal('Exports by Medplant in 2025: the sources name 5 countries in 1 region.');
    const ic = await mount<DestinationList>(html`<destination-list lang="en" exporter="ic-resident" period="all"></destination-list>`);
    expect(all(ic, '.name')).to.deep.equal(['China']);
    expect(textOf(root(ic).querySelector('.summary'))).to.include('a resident of the zone (integrated circuits)');
    const early = await mount<DestinationList>(html`<destination-list lang="en" exporter="nex-t" period="2019"></destination-list>`);
    expect(textOf(root(early).querySelector('.summary'))).to.equal('The sources name no country for this choice.');
    expect(root(early).querySelector('.stated')).to.equal(null);
  });

  it('gives one list with group-by="none"', async () => {
    const el = await mount<DestinationList>(html`<destination-list group-by="none"></destination-list>`);
    expect(root(el).querySelectorAll('h3')).to.have.length(0);
    expect(root(el).querySelectorAll('.groups > ul > li')).to.have.length(12);
  });

  it('caps the list with limit, top markets first, says how many are left and shows them on request', async () => {
    const el = await mount<DestinationList>(html`<destination-list lang="en" period="2019" limit="6"></destination-list>`);
    expect(all(el, '.name')).to.deep.equal(['Kazakhstan', 'Belarus', 'China', 'Germany', 'Switzerland', 'Bulgaria']);
    expect(Object.keys(groups(el))).to.deep.equal(['EAEU and CIS (2 of 3)', 'Asia (1 of 3)', 'Europe (3)']);
    const more = root(el).querySelector('.more')!;
    expect(textOf(more)).to.equal('…and 5 more countries. Show all');
    more.querySelector('button')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.name')).to.have.length(11);
    expect(root(el).querySelector('.more')).to.equal(null);
  });

  it('names wrong attribute values and their allowed values, and still shows the default', async () => {
    const el = await mount<DestinationList>(
      html`<destination-list period="2030" group-by="map" exporter="acme" limit="0"></destination-list>`,
    );
    expect(all(el, '.hint')).to.deep.equal([
      'Атрибут exporter="acme" не распознан; допустимо: ncc, ic-resident, inspection-resident, medplant, tzmoi, nex-t. Показано по умолчанию: все экспортёры.',
      'Атрибут period="2030" не распознан; допустимо: 2019, 2021-Q1, 2025-H1, 2025, all. Показано по умолчанию: 2025.',
      'Атрибут limit="0" не распознан; допустимо: целое число от 1. Показано по умолчанию: без ограничения.',
      'Атрибут group-by="map" не распознан; допустимо: region, none. Показано по умолчанию: region.',
    ]);
    expect(root(el).querySelectorAll('.name')).to.have.length(12);
    expect(root(el).querySelectorAll('h3')).to.have.length(4);
    const cased = await mount<DestinationList>(html`<destination-list period="2021-q1"></destination-list>`);
    expect(root(cased).querySelector('.hint')).to.equal(null);
    expect(root(cased).querySelectorAll('.name')).to.have.length(10);
  });

  it('opens a country from the keyboard and tells the page which one', async () => {
    const el = await mount<DestinationList>(html`<destination-list></destination-list>`);
    const details = country(el, 'Сербия');
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('ew-select', resolve as EventListener, { once: true }));
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect((await selected).detail).to.deep.equal({ kind: 'country', id: 'RS' });
  });

  it('opens the sources with the exact quote behind a country', async () => {
    const el = await mount<DestinationList>(html`<destination-list period="2021-Q1"></destination-list>`);
    const sources = root(el).querySelector('details.sources') as HTMLDetailsElement;
    country(el, 'Литва').open = true;
    country(el, 'Литва').querySelector<HTMLAnchorElement>('a[data-note="1"]')!.click();
    expect(sources.open).to.equal(true);
    expect(textOf(sources.querySelector('ol > li'))).to.include(
      '«Продукцию резидентов столичной ОЭЗ приобретают в Европе – Швейцарии, Германии, Франция, Литве, Нидерландах, в Азии – Китае, Южной Корее, Японии, также идут поставки в США и Канаду.»',
    );
  });

  it('keeps its height when the data fails to load', async () => {
    const el = await mount<DestinationList>(html`<destination-list src="https://127.0.0.1:1/none.json"></destination-list>`);
    const state = root(el).querySelector('.state.error')!;
    expect(state).to.exist;
    expect(state.getBoundingClientRect().height).to.be.at.least(300);
  });

  for (const theme of ['light', 'dark']) {
    for (const period of ['2019', 'all']) {
      it(`is accessible, ${period}, ${theme} theme, with its countries open`, async () => {
        const el = await mount<DestinationList>(html`<destination-list theme=${theme} period=${period}></destination-list>`);
        root(el)
          .querySelectorAll<HTMLDetailsElement>('details')
          .forEach((d) => (d.open = true));
        await expect(el).to.be.accessible();
      });
    }
  }
});
