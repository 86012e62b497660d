import { expect, fixture, html } from '@open-wc/testing';
import type { TopExporters } from '../../src/widgets/top-exporters/top-exporters.js';
import { mount, shadow, textOf } from '../helpers.js';

const ranked = (el: Element) => [...shadow(el).querySelectorAll('ol.rows > li')];
const unranked = (el: Element) => [...shadow(el).querySelectorAll('ul.rows:not(.context):not(.listed) > li')];
const listed = (el: Element) => [...shadow(el).querySelectorAll('ul.rows.listed > li')];
const context = (el: Element) => [...shadow(el).querySelectorAll('ul.rows.context > li')];
const line = (li: Element) => textOf(li.querySelector('.line'));
const names = (items: Element[]) => items.map((li) => textOf(li.querySelector('.name')));

describe('<top-exporters>', () => {
  it('ranks H1 2025 by default: NCC at 652 million, no share of an approximate total; 137 million for 2025 apart', async () => {
    const el = await mount<TopExporters>(html`<top-exporters></top-exporters>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('ОЭЗ «Технополис Москва»: крупнейшие экспортёры за I пол. 2025');
    expect(textOf(shadow(el).querySelector('.summary'))).to.equal(
      'Крупнейший экспортёр за I пол. 2025 — «Нанотехнологический центр композитов»: 652 млн ₽.',
    );
    expect(textOf(shadow(el).querySelector('.total'))).to.equal(
      'Весь экспорт резидентов за I пол. 2025: ≈ 1 млрд ₽1,2 (экспортная выручка)',
    );
    expect(textOf(shadow(el).querySelector('ol.rows')?.previousElementSibling)).to.equal(
      'Суммы и доли, названные в источниках (экспортная выручка)',
    );
    // The 137 million are for 2025, not the half-year: never ranked with it; shown apart with its own period and measure.
    const rows = [...ranked(el), ...context(el)];
    expect(rows.map(line)).to.deep.equal([
      'Нанотехнологический центр композитов 652 млн ₽1,2',
      'Резидент ОЭЗ (не назван) 137 млн ₽ (2025; экспортная выручка)1,2',
    ]);
    expect(ranked(el)).to.have.length(1);
    expect(textOf(shadow(el).querySelector('ul.rows.context')?.previousElementSibling)).to.equal('Суммы за другой период, без сравнения');
    expect(rows[1]!.querySelector('.bar')).to.equal(null);
    expect(textOf(rows[0])).to.include('Композитные материалы — изделия из новых материалов');
    expect(textOf(rows[0])).to.include('Куда: Бангладеш, Беларусь, Казахстан и Узбекистан (2025)');
    expect(rows[0]!.querySelector('.tag')).to.equal(null);
    expect(textOf(rows[1])).to.include('За 2025 год на дату публикации, а не только за первое полугодие.');
    expect(textOf(rows[1])).to.include('Куда: Китай (2025)');
    expect(rows[1]!.querySelector('.tag')).to.equal(null);
    // A share of ≈ 1 млрд ₽ is not computed: the total could be half as large again.
    expect(shadow(el).querySelector('.notes')).to.equal(null);
  });

  it('draws bars a reader compares at a glance, as long as the shares are, on one scale', async () => {
    const el = await mount<TopExporters>(html`<top-exporters by="sector"></top-exporters>`);
    const bars = ranked(el).map((li) => li.querySelector('.bar')!);
    expect(bars.map((b) => b.className)).to.deep.equal(['bar w100 lb', 'bar w37 lb']);
    const widths = bars.map((b) => parseFloat(getComputedStyle(b, '::before').width));
    expect(widths[1]! / widths[0]!).to.be.within(0.3, 0.45);
  });

  it('keeps unnamed residents unnamed and lists exporters without figures after the ranked ones, with no number', async () => {
    const el = await mount<TopExporters>(html`<top-exporters></top-exporters>`);
    expect(textOf(shadow(el).querySelector('ul.rows:not(.context)')?.previousElementSibling)).to.equal('Экспортировали, сумма не названа');
    const rows = unranked(el);
    expect(names(rows)).to.deep.equal(['Резидент ОЭЗ (не назван)', 'Медплант', 'ТЗМОИ', 'Некс-Т']);
    expect(rows[0]!.querySelector('.name.unnamed')).to.exist;
    expect(context(el)[0]!.querySelector('.name.unnamed')).to.exist;
    expect(rows.map((li) => textOf(li).replace(/^.*?Куда:/, 'Куда:'))).to.deep.equal([
      'Куда: ОАЭ (дата не указана, отнесено к 2025)1,2',
      'Куда: страны СНГ (дата не указана, отнесено к 2025)1,2; Армения, Беларусь, Казахстан, Киргизия и Узбекистан (I пол. 2025)1,2',
      'Куда: Азербайджан, Беларусь, Казахстан и Киргизия (дата не указана, отнесено к 2025)1,2',
      'Куда: Киргизия, Таджикистан и Монголия (дата не указана, отнесено к 2025)1,2; Сербия и Казахстан (интерактивные панели, 2025, поставки идут)1,2',
    ]);
    expect(textOf(rows[0])).to.include('Досмотровое оборудование — высокотехнологичное досмотровое оборудование');
    for (const li of rows) {
      expect(textOf(li)).not.to.match(/₽|%/);
      expect(li.querySelector('.bar')).to.equal(null);
    }
  });

  it('ranks no other period the sources cannot rank: 2025 lists its own figure, unranked, beside a larger one of its first half', async () => {
    const el = await mount<TopExporters>(html`<top-exporters period="2025"></top-exporters>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('ОЭЗ «Технополис Москва»: экспортёры за 2025');
    expect(textOf(shadow(el).querySelector('.summary'))).to.match(
      /^Крупнейшего экспортёра за 2025 источники не называют: часть сумм дана только за I\sпол\. 2025/,
    );
    expect(ranked(el)).to.have.length(0);
    expect(listed(el).map(line)).to.deep.equal(['Резидент ОЭЗ (не назван) 137 млн ₽1,2']);
    expect(context(el).map(line)).to.deep.equal(['Нанотехнологический центр композитов 652 млн ₽ (I пол. 2025; экспортная выручка)1,2']);
    expect(shadow(el).querySelector('.total')).to.equal(null);
    expect(shadow(el).querySelector('.tag')).to.equal(null);
    expect(textOf(unranked(el)[1])).to.include('Армения, Беларусь, Казахстан, Киргизия и Узбекистан (I пол. 2025)');
  });

  it('ranks sectors with lower bounds as lower bounds, Q1 2021 by default', async () => {
    const el = await mount<TopExporters>(html`<top-exporters by="sector"></top-exporters>`);
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('ОЭЗ «Технополис Москва»: экспорт по отраслям за I кв. 2021');
    expect(textOf(shadow(el).querySelector('.summary'))).to.equal(
      'Ведущая отрасль экспорта за I кв. 2021 — микроэлектроника и волоконно-оптическое оборудование: более 164 млн ₽, более 68 % экспорта.',
    );
    expect(ranked(el).map(line)).to.deep.equal([
      'Микроэлектроника и волоконно-оптическое оборудование > 164 млн ₽1, > 68 % экспорта1',
      'Досмотровое оборудование и литий-ионные батареи > 25 % экспорта1',
    ]);
    expect(ranked(el).every((li) => li.querySelector('.bar.lb'))).to.equal(true);
    expect(shadow(el).querySelector('.tag')).to.equal(null);
    expect(textOf(shadow(el).querySelector('ul.rows')?.previousElementSibling)).to.equal('Тоже в экспорте, без разбивки по суммам');
    expect(names(unranked(el))).to.deep.equal([
      'Композитные материалы1',
      'Режущий инструмент1',
      'Дезинфекционное оборудование1',
      'Учебное оборудование1',
      'Фармацевтическая продукция1',
    ]);
  });

  it('ranks the 2019 sectors with computed shares marked, the educational kits with their note', async () => {
    const el = await mount<TopExporters>(html`<top-exporters by="sector" period="2019"></top-exporters>`);
    const rows = ranked(el);
    expect(rows.map(line)).to.deep.equal([
      'Микроэлектроника 163,93 млн ₽1, 50,3 % экспорта высокотехнологичной продукции расчёт',
      'Учебное оборудование 1,18 млн ₽1, 0,36 % экспорта высокотехнологичной продукции расчёт',
    ]);
    expect(rows.some((li) => li.querySelector('.bar.lb'))).to.equal(false);
    expect(textOf(rows[1])).to.include('Только образовательные наборы, впервые экспортированные в Азербайджан, Израиль и Казахстан.');
    expect(textOf(rows[1])).to.include('Куда: Азербайджан, Израиль и Казахстан (образовательные наборы, 2019, впервые)1');
    expect(names(unranked(el))).to.deep.equal(['Нанотехнологическая продукция1', 'Оптическая продукция1']);
    expect(textOf(shadow(el).querySelector('.notes'))).to.include('Микроэлектроника: 50,3 % = 163,93 млн ₽ ÷ 326 млн ₽');
  });

  it('shows at most `limit` ranked rows and says how many there are', async () => {
    const el = await mount<TopExporters>(html`<top-exporters by="sector" limit="1"></top-exporters>`);
    expect(names(ranked(el))).to.deep.equal(['Микроэлектроника и волоконно-оптическое оборудование']);
    expect(textOf(shadow(el).querySelector('ol.rows + .meta'))).to.equal('Показаны 1 из 2.');
    expect(unranked(el)).to.have.length(5);
  });

  it('speaks ru, en and uz, with company names in the widget’s language where the dataset has them', async () => {
    const expected = {
      en: [
        'Technopolis Moscow SEZ: top exporters, H1 2025',
        'The largest exporter in H1 2025: Nanotechnology Centre of Composites, ₽652 million.',
        ['Nanotechnology Centre of Composites'],
        ['A resident of the zone (unnamed)', 'Medplant', 'TZMOI', 'Nex-T'],
      ],
      uz: [
        '«Технополис Москва» МИЗ: 2025 й. I ярим йилдаги энг йирик экспортчилар',
        '2025 й. I ярим йилда энг йирик экспортчи — «Нанотехнологический центр композитов»: 652 млн рубль.',
        ['Нанотехнологический центр композитов'],
        ['МИЗ резиденти (номи айтилмаган)', 'Медплант', 'ТЗМОИ', 'Некс-Т'],
      ],
    } as const;
    for (const [lang, [heading, summary, top, rest]] of Object.entries(expected)) {
      const el = await mount<TopExporters>(html`<top-exporters lang=${lang}></top-exporters>`);
      expect(textOf(shadow(el).querySelector('h2'))).to.equal(heading);
      expect(textOf(shadow(el).querySelector('.summary'))).to.equal(summary);
      expect(names(ranked(el))).to.deep.equal(top);
      expect(names(unranked(el))).to.deep.equal(rest);
    }
    const uz = await mount<TopExporters>(html`<top-exporters lang="uz"></top-exporters>`);
    expect(textOf(unranked(uz)[3])).to.include('Қаерга: Қирғизистон, Тожикистон ва Мўғулистон (сана кўрсатилмаган, 2025 йил деб олинган)');
    const en = await mount<TopExporters>(html`<top-exporters lang="en" by="sector"></top-exporters>`);
    expect(ranked(en).map(line)[0]).to.equal('Microelectronics and fibre-optic equipment > ₽164 million1, > 68% of exports1');
  });

  it('traces every shown figure to its quote', async () => {
    const el = await mount<TopExporters>(html`<top-exporters></top-exporters>`);
    for (const li of [...ranked(el), ...context(el), ...unranked(el)]) expect(li.querySelector('a[data-note]'), textOf(li)).to.exist;
    const details = shadow(el).querySelector('details.sources') as HTMLDetailsElement;
    context(el)[0]!.querySelector<HTMLAnchorElement>('.value a[data-note="1"]')!.click();
    expect(details.open).to.equal(true);
    expect(textOf(details.querySelectorAll('ol > li')[0])).to.include(
      '«Другой резидент особой экономической зоны "Технополис Москва" отгрузил в 2025 году в КНР интегральные электронные схемы на сумму 137 миллионов рублей.»',
    );
    expect(textOf(details.querySelectorAll('ol > li')[0])).to.include('652 миллиона рублей');
  });

  it('names wrong attribute values and their allowed values, and still shows the default', async () => {
    const el = await mount<TopExporters>(html`<top-exporters by="country" limit="zero" period="2019"></top-exporters>`);
    expect([...shadow(el).querySelectorAll('.hint')].map(textOf)).to.deep.equal([
      'Атрибут by="country" не распознан; допустимо: company, sector. Показано по умолчанию: company.',
      'Атрибут limit="zero" не распознан; допустимо: целое число от 1. Показано по умолчанию: 5.',
      'Атрибут period="2019" не распознан; допустимо: 2025-H1, 2025. Показано по умолчанию: 2025-H1.',
    ]);
    expect(names(ranked(el))[0]).to.equal('Нанотехнологический центр композитов');
    const sector = await mount<TopExporters>(html`<top-exporters by="sector" period="2025-h1"></top-exporters>`);
    expect(textOf(sector.shadowRoot!.querySelector('.hint'))).to.include('допустимо: 2019, 2021-Q1. Показано по умолчанию: 2021-Q1.');
    const lower = await mount<TopExporters>(html`<top-exporters by="sector" period="2021-q1"></top-exporters>`);
    expect(lower.shadowRoot!.querySelector('.hint')).to.equal(null);
  });

  it('keeps its height while loading and on error', async () => {
    const el = await fixture<TopExporters>(html`<top-exporters src="/no-such-dataset.json"></top-exporters>`);
    expect(shadow(el).querySelector('.state.loading')!.getBoundingClientRect().height).to.be.at.least(28 * 16);
    await new Promise((resolve) => el.addEventListener('ew-error', resolve, { once: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('.state.error')!.getBoundingClientRect().height).to.be.at.least(28 * 16);
  });

  // Ranking by company, in both themes, is checked by the shared suite (every-widget.test.ts).
  for (const theme of ['light', 'dark']) {
    it(`is accessible ranking by sector, ${theme} theme`, async () => {
      const el = await mount<TopExporters>(html`<top-exporters theme=${theme} by="sector"></top-exporters>`);
      await expect(el).to.be.accessible();
    });
  }
});
