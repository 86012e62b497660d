/** The desk's own words, in Russian and English: a missing term is a type error. */
import type { Figure } from '../data/schema.js';
import type { Qualifier } from '../lib/qualifiers.js';
import type { Unit } from '../lib/units.js';
import type { UiLang } from './checks.js';
import type { Lang } from './state.js';

export interface DeskTerms {
  title: string;
  intro: string;
  other: string;
  step1: string;
  openPublished: string;
  openFile: string;
  opened(name: string, version: string, figures: number): string;
  openFailed(why: string): string;
  step2: string;
  text: string;
  textFile: string;
  outlet: string;
  outletNone: string;
  releaseTitle: string;
  undated: string;
  date: string;
  dateGuess: string;
  dateNote: string;
  language: string;
  langs: Record<Lang, string>;
  retells: string;
  original: string;
  sourceId: string;
  draft: string;
  step3: string;
  textView: string;
  proposals(figures: number, destinations: number): string;
  figure(n: number): string;
  destination(n: number): string;
  accept: string;
  reject: string;
  status: Record<'pending' | 'accepted' | 'rejected', string>;
  kind: string;
  kinds: Record<Figure['kind'], string>;
  value: string;
  unit: string;
  units: Record<Unit, string>;
  qualifier: string;
  qualifiers: Record<Qualifier, string>;
  measure: string;
  measureNote: string;
  period: string;
  basePeriod: string;
  year: string;
  part: string;
  wholeYear: string;
  periodInferred: string;
  sectors: string;
  exporter: string;
  none: string;
  label: string;
  quote: string;
  quoteHelp: string;
  quoteRefused: string;
  takeSelection: string;
  noSelection: string;
  check: string;
  role: string;
  roles: Record<'top' | 'new' | 'market', string>;
  deliveryStatus: string;
  statuses: Record<'' | 'delivered' | 'ongoing', string>;
  countries: string;
  countriesHelp: string;
  remove(name: string): string;
  addDestination: string;
  newExporter: string;
  exporterCard(name: string): string;
  exporterHelp: string;
  exporterId: string;
  exporterName: string;
  exporterUnnamed: string;
  exporterSector: string;
  exporterProducts: string;
  speakers: string;
  speakerName: string;
  speakerRole: string;
  addSpeaker: string;
  activeDestination(n: number): string;
  step4: string;
  allClear: string;
  problems(n: number): string;
  step5: string;
  previewLang: string;
  previewWidth: string;
  previewStale: string;
  warnings: string;
  noWarnings: string;
  derivedOnly(period: string, ids: string): string;
  step6: string;
  notReady(n: number): string;
  pending(n: number): string;
  downloadData: string;
  downloadText(file: string): string;
  changes: string;
  versionChange(from: string, to: string): string;
  asOfChange(from: string, to: string): string;
  newSource(text: string): string;
  newItem(text: string): string;
  next: string;
  nextSteps(file: string, text: string): string[];
}

const ru: DeskTerms = {
  title: 'Стол данных: релиз становится данными',
  intro:
    'Всё происходит в этом браузере: страница ничего никуда не отправляет. Откройте данные, вставьте релиз, проверьте черновик — и скачайте новый файл данных и текст релиза.',
  other: 'English',
  step1: '1. Данные',
  openPublished: 'Открыть опубликованные данные',
  openFile: 'или файл данных (.json)',
  opened: (name, version, figures) => `Открыто: ${name}, версия ${version}, цифр: ${figures}.`,
  openFailed: (why) => `Не удалось открыть: ${why}`,
  step2: '2. Релиз',
  text: 'Текст релиза — целиком, как опубликован, ничего не исправляя',
  textFile: 'или файл с текстом (.txt)',
  outlet: 'Издание',
  outletNone: 'Издание в тексте не названо',
  releaseTitle: 'Заголовок (если есть)',
  undated: 'В тексте нет даты',
  date: 'Дата публикации (ГГГГ-ММ-ДД)',
  dateGuess: 'Дата, как её можно вывести: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
  dateNote: 'Что текст говорит о времени и как выведена дата',
  language: 'Язык текста',
  langs: { ru: 'русский', en: 'английский', uz: 'узбекский (кириллица)' },
  retells: 'Перевод или пересказ другого источника',
  original: 'нет, это оригинал',
  sourceId: 'Идентификатор источника (латиница, цифры, дефис)',
  draft: 'Составить черновик',
  step3: '3. Черновик в тексте',
  textView: 'Текст релиза с отмеченными цифрами и странами',
  proposals: (f, d) => `Предложено цифр: ${f}, направлений: ${d}. Примите, исправьте или отклоните каждое.`,
  figure: (n) => `Цифра ${n}`,
  destination: (n) => `Направление ${n}`,
  accept: 'Принять',
  reject: 'Отклонить',
  status: { pending: 'не решено', accepted: 'принято', rejected: 'отклонено' },
  kind: 'Вид',
  kinds: {
    export: 'объём экспорта за период',
    growth: 'рост (к базовому периоду)',
    'cumulative-export': 'экспорт за всё время',
    'sector-export': 'экспорт отрасли',
    'sector-share': 'доля отрасли в экспорте',
    'exporter-export': 'экспорт компании',
    'country-count': 'число стран',
    zone: 'показатель зоны',
    city: 'показатель города',
  },
  value: 'Значение, как в тексте',
  unit: 'Единица',
  units: { RUB: 'рубли', percent: 'проценты', times: 'раз', count: 'штук', 'one-in': 'каждый n-й', ha: 'гектары', m2: 'кв. метры' },
  qualifier: 'Как сказано',
  qualifiers: { exact: 'точно', approximate: '≈ «порядка», «около»', 'lower-bound': '> «более», «свыше»', almost: '«почти»' },
  measure: 'Что считает',
  measureNote: 'Что именно считает (словами релиза)',
  period: 'Период',
  basePeriod: 'Базовый период (с чем сравнивают)',
  year: 'год',
  part: 'часть года',
  wholeYear: 'весь год',
  periodInferred: 'Текст не называет период: выведен',
  sectors: 'Отрасли',
  exporter: 'Экспортёр',
  none: '—',
  label: 'Подпись',
  quote: 'Цитата',
  quoteHelp: 'Только сокращать: удаляйте слова с начала или с конца. Или выделите место в тексте и нажмите «Взять выделенное».',
  quoteRefused: 'Цитату можно только сокращать: её слова должны стоять в тексте подряд, как в релизе.',
  takeSelection: 'Взять выделенное в тексте',
  noSelection: 'Сначала выделите цитату в тексте релиза слева.',
  check: 'Черновик просит проверить',
  role: 'Роль',
  roles: { top: 'среди крупнейших рынков', new: 'новое направление', market: 'рынок' },
  deliveryStatus: 'Поставка',
  statuses: { '': 'не сказано', delivered: 'состоялась', ongoing: 'идёт' },
  countries: 'Страны и группы',
  countriesHelp: 'Нажмите на название страны или группы в тексте, чтобы добавить её сюда.',
  remove: (name) => `Убрать: ${name}`,
  addDestination: 'Новое направление',
  newExporter: '+ новый экспортёр',
  exporterCard: (name) => `Новый экспортёр: ${name}`,
  exporterHelp: 'Этой компании ещё нет в данных: она попадёт в них вместе с принятой цифрой, которая её называет.',
  exporterId: 'Идентификатор (латиница, цифры, дефис)',
  exporterName: 'Название',
  exporterUnnamed: 'Текст не называет компанию',
  exporterSector: 'Отрасль',
  exporterProducts: 'Продукция',
  speakers: 'Кто говорит в тексте',
  speakerName: 'Имя',
  speakerRole: 'Должность',
  addSpeaker: 'Добавить говорящего',
  activeDestination: (n) => `Страны из текста добавляются в направление ${n}.`,
  step4: '4. Проверка',
  allClear: 'Ошибок нет.',
  problems: (n) => `Ошибок: ${n}. Каждая ведёт к своему полю.`,
  step5: '5. Предпросмотр',
  previewLang: 'Язык виджетов',
  previewWidth: 'Ширина',
  previewStale: 'Пока есть ошибки формата, предпросмотр показывает последнюю проверенную версию.',
  warnings: 'На что посмотреть',
  noWarnings: 'Замечаний нет.',
  derivedOnly: (period, ids) => `За ${period} есть только расчётные цифры экспорта (${ids}): ни один источник их не называет.`,
  step6: '6. Результат',
  notReady: (n) => `Сначала исправьте ошибки (${n}).`,
  pending: (n) => `Не решено предложений: ${n}. Они не войдут в данные.`,
  downloadData: 'Скачать данные (technopolis-moscow.json)',
  downloadText: (file) => `Скачать текст релиза (${file})`,
  changes: 'Что изменилось',
  versionChange: (a, b) => `Версия данных: ${a} → ${b}`,
  asOfChange: (a, b) => `Данные актуальны на: ${a} → ${b}`,
  newSource: (t) => `Новый источник: ${t}`,
  newItem: (t) => `Добавлено: ${t}`,
  next: 'Что дальше',
  nextSteps: (file, text) => [
    `Без пересборки: загрузите ${file} на сервер, откуда страницы могут его прочитать, и укажите его адрес в атрибуте src виджетов: <export-growth src="https://…/${file}">. Страницы покажут новые цифры сразу.`,
    `С пересборкой: передайте оба файла тому, кто собирает сайт. Он кладёт ${file} в data/, текст релиза — в data/sources/${text}, и запускает npm run format-data, npm run validate-data -- data/${file} и npm run build.`,
  ],
};

const en: DeskTerms = {
  title: 'Data desk: a release becomes data',
  intro:
    'Everything happens in this browser: the page sends nothing anywhere. Open the dataset, paste a release, review the draft, then download the new dataset and the release text.',
  other: 'Русский',
  step1: '1. Dataset',
  openPublished: 'Open the published dataset',
  openFile: 'or a dataset file (.json)',
  opened: (name, version, figures) => `Opened: ${name}, version ${version}, ${figures} figures.`,
  openFailed: (why) => `Could not open it: ${why}`,
  step2: '2. Release',
  text: 'The release’s text, whole, as published, uncorrected',
  textFile: 'or a text file (.txt)',
  outlet: 'Outlet',
  outletNone: 'The text names no outlet',
  releaseTitle: 'Title (if any)',
  undated: 'The text prints no date',
  date: 'Date of publication (YYYY-MM-DD)',
  dateGuess: 'The date as it can be worked out: YYYY, YYYY-MM or YYYY-MM-DD',
  dateNote: 'What the text says of the time, and how the date was worked out',
  language: 'Language of the text',
  langs: { ru: 'Russian', en: 'English', uz: 'Uzbek (Cyrillic)' },
  retells: 'Translation or retelling of another source',
  original: 'no, an original',
  sourceId: 'Source id (Latin letters, digits, dashes)',
  draft: 'Draft its figures',
  step3: '3. The draft in the text',
  textView: 'The release with its figures and countries marked',
  proposals: (f, d) => `${f} figures and ${d} destinations proposed. Accept, correct or reject each.`,
  figure: (n) => `Figure ${n}`,
  destination: (n) => `Destination ${n}`,
  accept: 'Accept',
  reject: 'Reject',
  status: { pending: 'undecided', accepted: 'accepted', rejected: 'rejected' },
  kind: 'Kind',
  kinds: {
    export: 'exports for a period',
    growth: 'growth (over a base period)',
    'cumulative-export': 'exports to date',
    'sector-export': 'sector exports',
    'sector-share': 'sector share of exports',
    'exporter-export': 'company exports',
    'country-count': 'number of countries',
    zone: 'zone figure',
    city: 'city figure',
  },
  value: 'Value, as the text states it',
  unit: 'Unit',
  units: { RUB: 'roubles', percent: 'percent', times: 'times', count: 'count', 'one-in': 'one in n', ha: 'hectares', m2: 'square metres' },
  qualifier: 'As stated',
  qualifiers: { exact: 'exactly', approximate: '≈ «порядка», «около»', 'lower-bound': '> «более», «свыше»', almost: '«почти» (almost)' },
  measure: 'Measures',
  measureNote: 'What it measures (in the release’s words)',
  period: 'Period',
  basePeriod: 'Base period (compared with)',
  year: 'year',
  part: 'part of the year',
  wholeYear: 'whole year',
  periodInferred: 'The text names no period: worked out',
  sectors: 'Sectors',
  exporter: 'Exporter',
  none: '—',
  label: 'Label',
  quote: 'Quote',
  quoteHelp: 'Shorten only: delete words at its start or end. Or select a passage in the text and press “Take the selection”.',
  quoteRefused: 'A quote can only be shortened: its words must stand in the text in a row, as in the release.',
  takeSelection: 'Take the selection',
  noSelection: 'First select the quote in the release’s text.',
  check: 'The draft asks to check',
  role: 'Role',
  roles: { top: 'among the largest markets', new: 'new destination', market: 'market' },
  deliveryStatus: 'Delivery',
  statuses: { '': 'not said', delivered: 'delivered', ongoing: 'under way' },
  countries: 'Countries and groups',
  countriesHelp: 'Press a country’s or group’s name in the text to add it here.',
  remove: (name) => `Remove ${name}`,
  addDestination: 'New destination',
  newExporter: '+ new exporter',
  exporterCard: (name) => `New exporter: ${name}`,
  exporterHelp: 'The dataset has no such company yet: it goes in with the kept figure that names it.',
  exporterId: 'Id (Latin letters, digits, dashes)',
  exporterName: 'Name',
  exporterUnnamed: 'The text does not name the company',
  exporterSector: 'Sector',
  exporterProducts: 'Products',
  speakers: 'Who speaks in the text',
  speakerName: 'Name',
  speakerRole: 'Role',
  addSpeaker: 'Add a speaker',
  activeDestination: (n) => `Countries pressed in the text go to destination ${n}.`,
  step4: '4. Checks',
  allClear: 'No errors.',
  problems: (n) => `${n} errors. Each leads to its field.`,
  step5: '5. Preview',
  previewLang: 'Widgets’ language',
  previewWidth: 'Width',
  previewStale: 'While the format has errors, the preview shows the last version that passed.',
  warnings: 'Worth a look',
  noWarnings: 'Nothing to note.',
  derivedOnly: (period, ids) => `${period} has only computed export figures (${ids}): no source states them.`,
  step6: '6. Result',
  notReady: (n) => `Fix the errors first (${n}).`,
  pending: (n) => `${n} proposals undecided: they are left out.`,
  downloadData: 'Download the dataset (technopolis-moscow.json)',
  downloadText: (file) => `Download the release text (${file})`,
  changes: 'What changed',
  versionChange: (a, b) => `Dataset version: ${a} → ${b}`,
  asOfChange: (a, b) => `Current to: ${a} → ${b}`,
  newSource: (t) => `New source: ${t}`,
  newItem: (t) => `Added: ${t}`,
  next: 'Next step',
  nextSteps: (file, text) => [
    `No rebuild: upload ${file} to a server the pages can read it from, and name its address in the widgets’ src attribute: <export-growth src="https://…/${file}">. Pages show the new figures at once.`,
    `Rebuild: hand both files to whoever builds the site. They put ${file} in data/ and the release text in data/sources/${text}, then run npm run format-data, npm run validate-data -- data/${file} and npm run build.`,
  ],
};

export const TERMS: Record<UiLang, DeskTerms> = { ru, en };
