/**
 * Texts every widget shares, in ru, en and uz (Cyrillic). A widget's own
 * texts live beside it in `<widget>.messages.ts`. Every language implements
 * the same interface, so a missing or misspelled term is a type error.
 */
import type { LoadErrorKind } from '../lib/load-errors.js';
import type { Group, Measure } from '../lib/measures.js';
import type { Qualifier } from '../lib/qualifiers.js';
import type { Unit } from '../lib/units.js';
import type { Lang } from './lang.js';
import { uzSuffix } from './uz.js';

/** Plural forms keyed by Intl.PluralRules categories, `other` required; each gets the formatted count. */
export type Forms = Partial<Record<Intl.LDMLPluralRule, (n: string) => string>> & { other: (n: string) => string };

/** What a failed load's message may name. */
export interface LoadFacts {
  src: string;
  status: string | number;
  seconds: string;
  detail: string;
}

/** What a hint about an unknown attribute value says. */
export interface HintFacts {
  attr: string;
  value: string;
  allowed: string;
  fallback: string;
}

/** A derived value's formula, every part already formatted; `growth` in words («в 3,3 раза», «на 32 %»). */
export interface DerivationFacts {
  period: string;
  value: string;
  from: string;
  fromPeriod: string;
  factor: string;
  growth: string;
}

export interface SharedTerms {
  rub(n: string): string;
  thousandRub(n: string): string;
  millionRub(n: string): string;
  billionRub(n: string): string;
  /** «Каждый восьмой»: in words as the releases write it, in figures past the words the kit knows. */
  oneIn(n: number, figures: string): string;
  hectares(n: string): string;
  squareMetres(n: string): string;
  millionSquareMetres(n: string): string;
  year(y: number): string;
  quarter(i: string, y: number): string;
  half(i: string, y: number): string;
  roman: readonly string[];
  and: string;
  /** The value with its qualifier in words; «почти» (just under) is written so in figures too: there is no sign a reader knows. */
  qualified: Record<Qualifier, (x: string) => string>;
  loading: string;
  errorTitle: string;
  retry: string;
  download: string;
  /** The buttons that save a picture of what the widget shows, as PNG and as SVG. */
  picture: { png: string; svg: string };
  csvHeader: readonly string[];
  unitName: Record<Unit, string>;
  wholeNumber: string;
  noLimit: string;
  /** What `heading` takes, and what shows when it is not text. */
  anyText: string;
  generated: string;
  qualifierName: Record<Qualifier, string>;
  /** The tag beside a value the kit computed (never ≈, which marks a value the source gives as approximate). */
  derived: string;
  /** What a volume, total, share or growth measures, as its release names it. */
  measure: Record<Measure, string>;
  /** A share of a total of that measure: «50,3 % экспорта высокотехнологичной продукции»; `name` names an `other` measure. */
  shareOf(share: string, measure: Measure, name: string): string;
  /** The precision of a value that is at most what it shows («< 7 %»). */
  upperBound: string;
  /** A period the source does not state for this fact: the release's own, shown as such. */
  undated(period: string): string;
  /** The language a source is written in. */
  inLang: Record<Lang, string>;
  /** Groups of countries a source names as a destination. */
  groups: Record<Group, string>;
  derivedNote(f: DerivationFacts): string;
  /** A stated growth in words, as the formula names it: by a percentage, or a multiple. */
  rise: { percent(n: string): string; times: Forms };
  chart: string;
  table: string;
  showAs: string;
  sources: string;
  /** A source that states the same facts as another (a text in another language): it is not said to retell it. */
  retells(source: string): string;
  /** Who speaks in a text, and the mark of a quote that is the text's own words, not a speaker's. */
  speakers: string;
  ownWords: string;
  outletUnnamed: string;
  dateInferred: string;
  /** The dataset line: what the data is about and where it comes from (press releases, not the zone). */
  dataset(zone: string, version: string, date: string): string;
  /** The "Embed" dialog (attribute `embed-link`): its button, title, each code's name and use, copying, closing. */
  embed: EmbedTerms;
  hint(h: HintFacts): string;
  /** Where a dataset fails validation, by its JSON path: the reader's words; the checker's own text goes to `ew-error`. */
  issueAt(path: string): string;
  errors: Record<LoadErrorKind, (e: LoadFacts) => string>;
}

/** The texts of the "Embed" dialog; `forms` by the id of each embed code (src/shared/embed-codes.ts). */
export interface EmbedTerms {
  open: string;
  title: string;
  forms: Record<'script' | 'iframe-resize' | 'iframe', { label: string; hint: string }>;
  copy: string;
  copied: string;
  /** The clipboard refused: the code is selected for the reader to copy. */
  selected: string;
  close: string;
  /** The codes could not be loaded from the kit's folder (publish.json). */
  failed: string;
  /** Where the pre-rendered form is made (not in the browser: it needs the server renderer), and the link there. */
  prerendered: string;
  docs: string;
}

/** Ordinals in words for «каждый восьмой», «ҳар саккизинчи», from 2 to 10, as far as a release is likely to write them. */
const RU_ORDINALS = ',,второй,третий,четвёртый,пятый,шестой,седьмой,восьмой,девятый,десятый'.split(',');
const UZ_ORDINALS = ',,иккинчи,учинчи,тўртинчи,бешинчи,олтинчи,еттинчи,саккизинчи,тўққизинчи,ўнинчи'.split(',');

const ru: SharedTerms = {
  rub: (n) => `${n}\u00a0₽`,
  thousandRub: (n) => `${n}\u00a0тыс.\u00a0₽`,
  millionRub: (n) => `${n}\u00a0млн\u00a0₽`,
  billionRub: (n) => `${n}\u00a0млрд\u00a0₽`,
  oneIn: (n, figures) => `каждый ${RU_ORDINALS[n] || `${figures}-й`}`,
  hectares: (n) => `${n}\u00a0га`,
  squareMetres: (n) => `${n}\u00a0м²`,
  millionSquareMetres: (n) => `${n}\u00a0млн\u00a0м²`,
  year: (y) => `${y}`,
  quarter: (i, y) => `${i}\u00a0кв.\u00a0${y}`,
  half: (i, y) => `${i}\u00a0пол.\u00a0${y}`,
  roman: ['I', 'II', 'III', 'IV'],
  and: 'и',
  qualified: { exact: (x) => x, approximate: (x) => `около ${x}`, 'lower-bound': (x) => `более ${x}`, almost: (x) => `почти ${x}` },
  loading: 'Загрузка данных…',
  errorTitle: 'Данные не удалось показать',
  retry: 'Повторить',
  download: 'Скачать CSV',
  picture: { png: 'Скачать PNG', svg: 'Скачать SVG' },
  csvHeader: ['Что', 'Период', 'Значение', 'Единица', 'Точность', 'Цитата или расчёт', 'Источники', 'Показатель'],
  unitName: { RUB: 'руб.', percent: '%', times: 'раз', count: 'шт.', 'one-in': 'каждый n-й', ha: 'га', m2: 'кв. м' },
  wholeNumber: 'целое число от 1',
  noLimit: 'без ограничения',
  anyText: 'текст',
  generated: 'сгенерированный заголовок',
  qualifierName: {
    exact: 'точно',
    approximate: 'приблизительно',
    'lower-bound': 'не менее (нижняя граница)',
    almost: 'почти (чуть меньше)',
  },
  derived: 'расчёт',
  measure: {
    exports: 'экспорт',
    shipments: 'экспортные поставки',
    'export-revenue': 'экспортная выручка',
    'high-tech-products': 'экспорт высокотехнологичной продукции',
    other: 'другой показатель',
  },
  shareOf: (share, measure, name) =>
    measure === 'other'
      ? `${share} (${name})`
      : `${share} ${{ exports: 'экспорта', shipments: 'экспортных поставок', 'export-revenue': 'экспортной выручки', 'high-tech-products': 'экспорта высокотехнологичной продукции' }[measure]}`,
  upperBound: 'менее (верхняя граница)',
  undated: (p) => `дата не указана, отнесено к ${p}`,
  inLang: { ru: 'на русском', en: 'на английском', uz: 'на узбекском' },
  groups: {
    cis: 'страны СНГ',
    eaeu: 'страны ЕАЭС',
    asia: 'страны Азии',
    europe: 'страны Европы',
  },
  derivedNote: (f) =>
    `Расчёт для ${f.period}: ${f.from} за ${f.fromPeriod} ÷ ${f.factor} ≈ ${f.value} — исходя из роста ${f.growth} к ${f.period}, о котором сообщает источник.`,
  rise: {
    percent: (n) => `на ${n}`,
    times: { one: (n) => `в ${n} раз`, few: (n) => `в ${n} раза`, many: (n) => `в ${n} раз`, other: (n) => `в ${n} раза` },
  },
  chart: 'График',
  table: 'Таблица',
  showAs: 'Показать как',
  sources: 'Источники',
  retells: (source) => `те же сведения, что в «${source}»`,
  speakers: 'В тексте говорят',
  ownWords: 'слова самого текста, не цитата',
  outletUnnamed: 'издание не указано',
  dateInferred: 'дата выведена из текста',
  dataset: (zone, version, date) => `Данные собраны из пресс-релизов (тема: ${zone}), версия ${version} от ${date}`,
  embed: {
    open: 'Встроить',
    title: 'Код для вставки на сайт',
    forms: {
      script: { label: 'Скрипт и элемент', hint: 'Для страниц, где можно вставить <script>: виджет станет частью страницы.' },
      'iframe-resize': { label: 'Iframe со скриптом высоты', hint: 'Для страниц со скриптами: iframe примет высоту виджета.' },
      iframe: { label: 'Только iframe', hint: 'Для полей, из которых скрипты удаляются.' },
    },
    copy: 'Копировать',
    copied: 'Код скопирован.',
    selected: 'Код выделен: нажмите Ctrl+C (⌘C на Mac).',
    close: 'Закрыть',
    failed: 'Коды для вставки на этой странице недоступны.',
    prerendered: 'Готовый HTML-код, в котором цифры видны ещё до загрузки скриптов, есть в документации виджета.',
    docs: 'Открыть документацию',
  },
  issueAt: (path) => `ошибка в ${path}`,
  hint: (h) => `Атрибут ${h.attr}="${h.value}" не распознан; допустимо: ${h.allowed}. Показано по умолчанию: ${h.fallback}.`,
  errors: {
    url: (e) => `Адрес данных «${e.src}» не подходит: нужен адрес http(s).`,
    network: (e) => `Не удалось загрузить данные с ${e.src}: сеть недоступна или сервер запретил доступ.`,
    timeout: (e) => `Сервер ${e.src} не ответил за ${e.seconds} с.`,
    http: (e) => `Сервер ${e.src} ответил ошибкой ${e.status}.`,
    size: (e) => `Файл данных ${e.src} слишком большой.`,
    json: (e) => `Файл ${e.src} — не JSON: ${e.detail}`,
    invalid: (e) => `Файл ${e.src} не прошёл проверку: ${e.detail}`,
  },
};

const en: SharedTerms = {
  rub: (n) => `₽${n}`,
  thousandRub: (n) => `₽${n}\u00a0thousand`,
  millionRub: (n) => `₽${n}\u00a0million`,
  billionRub: (n) => `₽${n}\u00a0billion`,
  oneIn: (_, figures) => `1\u00a0in\u00a0${figures}`,
  hectares: (n) => `${n}\u00a0ha`,
  squareMetres: (n) => `${n}\u00a0m²`,
  millionSquareMetres: (n) => `${n}\u00a0million\u00a0m²`,
  year: (y) => `${y}`,
  quarter: (i, y) => `Q${i}\u00a0${y}`,
  half: (i, y) => `H${i}\u00a0${y}`,
  roman: ['1', '2', '3', '4'],
  and: 'and',
  qualified: { exact: (x) => x, approximate: (x) => `about ${x}`, 'lower-bound': (x) => `more than ${x}`, almost: (x) => `almost ${x}` },
  loading: 'Loading data…',
  errorTitle: 'The data could not be shown',
  retry: 'Try again',
  download: 'Download CSV',
  picture: { png: 'Download PNG', svg: 'Download SVG' },
  csvHeader: ['What', 'Period', 'Value', 'Unit', 'Precision', 'Quote or computation', 'Sources', 'Measure'],
  unitName: { RUB: 'RUB', percent: '%', times: 'times', count: 'count', 'one-in': 'one in n', ha: 'ha', m2: 'sq m' },
  wholeNumber: 'a whole number from 1',
  noLimit: 'no limit',
  anyText: 'text',
  generated: 'the generated heading',
  qualifierName: { exact: 'exact', approximate: 'approximate', 'lower-bound': 'at least (lower bound)', almost: 'almost (just under)' },
  derived: 'computed',
  measure: {
    exports: 'exports',
    shipments: 'export shipments',
    'export-revenue': 'export revenue',
    'high-tech-products': 'high-tech product exports',
    other: 'another measure',
  },
  shareOf: (share, measure, name) =>
    measure === 'other'
      ? `${share} (${name})`
      : `${share} of ${{ exports: 'exports', shipments: 'export shipments', 'export-revenue': 'export revenue', 'high-tech-products': 'high-tech product exports' }[measure]}`,
  upperBound: 'less than (upper bound)',
  undated: (p) => `date not stated, taken as ${p}`,
  inLang: { ru: 'in Russian', en: 'in English', uz: 'in Uzbek' },
  groups: {
    cis: 'CIS countries',
    eaeu: 'EAEU countries',
    asia: 'Asian countries',
    europe: 'European countries',
  },
  derivedNote: (f) =>
    `Computed for ${f.period}: ${f.from} in ${f.fromPeriod} ÷ ${f.factor} ≈ ${f.value}, based on the growth of ${f.growth} over ${f.period} that the source reports.`,
  rise: { percent: (n) => n, times: { one: (n) => `${n} time`, other: (n) => `${n} times` } },
  chart: 'Chart',
  table: 'Table',
  showAs: 'Show as',
  sources: 'Sources',
  retells: (source) => `the same facts as “${source}”`,
  speakers: 'Speaking in the text',
  ownWords: 'the text’s own words, not a quote',
  outletUnnamed: 'outlet not named',
  dateInferred: 'date inferred from the text',
  dataset: (zone, version, date) => `Data compiled from press releases (subject: ${zone}), version ${version} of ${date}`,
  embed: {
    open: 'Embed',
    title: 'Embed this on your site',
    forms: {
      script: { label: 'Script and element', hint: 'Pages that allow a <script>: the widget becomes part of the page.' },
      'iframe-resize': { label: 'Iframe with the resize script', hint: 'Pages with scripts: the iframe takes the height of the widget.' },
      iframe: { label: 'Iframe alone', hint: 'Text fields that strip scripts.' },
    },
    copy: 'Copy',
    copied: 'Code copied.',
    selected: 'The code is selected: press Ctrl+C (⌘C on a Mac).',
    close: 'Close',
    failed: 'The embed codes are not available on this page.',
    prerendered: 'Pre-rendered HTML, whose figures show before any script loads, is in the widget’s documentation.',
    docs: 'Open the documentation',
  },
  issueAt: (path) => `error in ${path}`,
  hint: (h) => `Attribute ${h.attr}="${h.value}" is not recognised; allowed: ${h.allowed}. Showing the default: ${h.fallback}.`,
  errors: {
    url: (e) => `The data address “${e.src}” cannot be used: it must be an http(s) address.`,
    network: (e) => `Could not load data from ${e.src}: the network failed or the server refused access.`,
    timeout: (e) => `The server ${e.src} did not answer within ${e.seconds} s.`,
    http: (e) => `The server ${e.src} answered with error ${e.status}.`,
    size: (e) => `The data file ${e.src} is too large.`,
    json: (e) => `The file ${e.src} is not JSON: ${e.detail}`,
    invalid: (e) => `The file ${e.src} failed validation: ${e.detail}`,
  },
};

const uz: SharedTerms = {
  rub: (n) => `${n}\u00a0рубль`,
  thousandRub: (n) => `${n}\u00a0минг\u00a0рубль`,
  millionRub: (n) => `${n}\u00a0млн\u00a0рубль`,
  billionRub: (n) => `${n}\u00a0млрд\u00a0рубль`,
  oneIn: (n, figures) => `ҳар ${UZ_ORDINALS[n] || `${figures}-чи`}`,
  hectares: (n) => `${n}\u00a0га`,
  squareMetres: (n) => `${n}\u00a0м²`,
  millionSquareMetres: (n) => `${n}\u00a0млн\u00a0м²`,
  // «2019 йил», as the releases write a year: a suffix then joins the word («2019 йилда»), never the bare figure.
  year: (y) => `${y}\u00a0йил`,
  quarter: (i, y) => `${y}\u00a0й.\u00a0${i}\u00a0чорак`,
  half: (i, y) => `${y}\u00a0й.\u00a0${i}\u00a0ярим\u00a0йил`,
  roman: ['I', 'II', 'III', 'IV'],
  and: 'ва',
  qualified: {
    exact: (x) => x,
    approximate: (x) => `қарийб ${x}`,
    'lower-bound': (x) => `${uzSuffix(x, 'дан')} ортиқ`,
    almost: (x) => `деярли ${x}`,
  },
  loading: 'Маълумотлар юкланмоқда…',
  errorTitle: 'Маълумотларни кўрсатиб бўлмади',
  retry: 'Қайта уриниш',
  download: 'CSV юклаб олиш',
  picture: { png: 'PNG юклаб олиш', svg: 'SVG юклаб олиш' },
  csvHeader: ['Нима', 'Давр', 'Қиймат', 'Бирлик', 'Аниқлик', 'Иқтибос ёки ҳисоб', 'Манбалар', 'Кўрсаткич'],
  unitName: { RUB: 'рубль', percent: '%', times: 'баробар', count: 'дона', 'one-in': 'ҳар n-чи', ha: 'га', m2: 'кв. м' },
  wholeNumber: '1дан бошлаб бутун сон',
  noLimit: 'чекловсиз',
  anyText: 'матн',
  generated: 'виджет сарлавҳаси',
  qualifierName: { exact: 'аниқ', approximate: 'тахминий', 'lower-bound': 'камида (қуйи чегара)', almost: 'деярли (сал кам)' },
  derived: 'ҳисоб',
  measure: {
    exports: 'экспорт',
    shipments: 'хорижга жўнатилган маҳсулот',
    'export-revenue': 'экспорт даромади',
    'high-tech-products': 'юқори технологияли маҳсулотлар экспорти',
    other: 'бошқа кўрсаткич',
  },
  shareOf: (share, measure, name) =>
    measure === 'other'
      ? `${share} (${name})`
      : `${{ exports: 'экспортнинг', shipments: 'хорижга жўнатилган маҳсулотнинг', 'export-revenue': 'экспорт даромадининг', 'high-tech-products': 'юқори технологияли маҳсулотлар экспортининг' }[measure]} ${share}`,
  upperBound: 'кам (юқори чегара)',
  undated: (p) => `сана кўрсатилмаган, ${p} деб олинган`,
  inLang: { ru: 'рус тилида', en: 'инглиз тилида', uz: 'ўзбек тилида' },
  groups: {
    cis: 'МДҲ мамлакатлари',
    eaeu: 'ЕОИИ мамлакатлари',
    asia: 'Осиё мамлакатлари',
    europe: 'Европа мамлакатлари',
  },
  derivedNote: (f) =>
    `${f.period} учун ҳисоб: ${uzSuffix(f.fromPeriod, 'даги')} ${f.from} ÷ ${f.factor} ≈ ${f.value} — манбада айтилган ${uzSuffix(f.period, 'га')} нисбатан ${f.growth} ўсиш асосида.`,
  rise: { percent: (n) => n, times: { other: (n) => `${n} баробар` } },
  chart: 'Диаграмма',
  table: 'Жадвал',
  showAs: 'Кўриниш',
  sources: 'Манбалар',
  retells: (source) => `«${source}» билан бир хил маълумотлар`,
  speakers: 'Матнда гапирганлар',
  ownWords: 'матннинг ўз сўзлари, иқтибос эмас',
  outletUnnamed: 'нашр кўрсатилмаган',
  dateInferred: 'сана матндан аниқланган',
  dataset: (zone, version, date) => `Маълумотлар матбуот хабарларидан тўпланган (мавзу: ${zone}), ${version} версия, ${date}`,
  embed: {
    open: 'Жойлаш',
    title: 'Сайтга жойлаш учун код',
    forms: {
      script: { label: 'Скрипт ва элемент', hint: '<script> қўйиш мумкин бўлган саҳифалар учун: виджет саҳифанинг бир қисмига айланади.' },
      'iframe-resize': { label: 'Iframe ва баландлик скрипти', hint: 'Скриптли саҳифалар учун: iframe виджет баландлигини олади.' },
      iframe: { label: 'Фақат iframe', hint: 'Скриптлар олиб ташланадиган матн майдонлари учун.' },
    },
    copy: 'Нусха олиш',
    copied: 'Коддан нусха олинди.',
    selected: 'Код белгиланди: Ctrl+C (Mac’да ⌘C) тугмасини босинг.',
    close: 'Ёпиш',
    failed: 'Бу саҳифада жойлаш кодлари мавжуд эмас.',
    prerendered: 'Рақамлари скриптлар юкланишидан олдин кўринадиган тайёр HTML код виджет ҳужжатларида бор.',
    docs: 'Ҳужжатларни очиш',
  },
  issueAt: (path) => `хато: ${path}`,
  hint: (h) => `${h.attr}="${h.value}" атрибути танилмади; мумкин: ${h.allowed}. Стандарт кўриниш: ${h.fallback}.`,
  errors: {
    url: (e) => `«${e.src}» маълумот манзили яроқсиз: http(s) манзил керак.`,
    network: (e) => `${e.src} манзилидан маълумот юклаб бўлмади: тармоқ ишламади ёки сервер рад этди.`,
    timeout: (e) => `${e.src} сервери ${e.seconds} сонияда жавоб бермади.`,
    http: (e) => `${e.src} сервери ${e.status} хато билан жавоб берди.`,
    size: (e) => `${e.src} маълумот файли жуда катта.`,
    json: (e) => `${e.src} файли JSON эмас: ${e.detail}`,
    invalid: (e) => `${e.src} файли текширувдан ўтмади: ${e.detail}`,
  },
};

export const shared: Record<Lang, SharedTerms> = { ru, en, uz };

/** A widget's own terms: none may reuse a shared term's name, so the set they join has one meaning per name. */
export type OwnTerms<T> = T & { [K in keyof T & keyof SharedTerms]: never };

/** A widget's terms joined with the shared ones, language by language: what its `LocaleController` gives. */
export function withShared<T extends object>(own: Readonly<Record<Lang, OwnTerms<T>>>): Record<Lang, SharedTerms & T> {
  return { ru: { ...shared.ru, ...own.ru }, en: { ...shared.en, ...own.en }, uz: { ...shared.uz, ...own.uz } };
}

/** «в 2019 году», «в I кв. 2021»: a Russian sentence's period after «в»; a year takes «году». */
export const ruIn = (period: string) => (/^\d{4}$/.test(period) ? `в ${period} году` : `в ${period}`);
