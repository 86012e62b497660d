/**
 * The desk's checks, run on every change: the validator, the cross-checks and the quotes on the composed dataset, plus
 * what only the desk can see (the text's language). Each message names the figure in words and the field it is about,
 * in plain Russian (or English), so that the form can point at it.
 */
import { crossCheck } from '../data/crosscheck.js';
import { checkQuotes } from '../data/quotes.js';
import type { DataIssue } from '../data/rules.js';
import * as v from 'valibot';
import { Dataset, type Figure } from '../data/schema.js';
import { validateDataset } from '../data/validate.js';
import { formatAmountInWords, formatPeriod } from '../i18n/format.js';
import { countryName } from '../i18n/countries.js';
import { shared } from '../i18n/messages.js';
import type { Measure } from '../lib/measures.js';
import { compose, fileOf, type Desk, type Lang } from './state.js';

export type UiLang = 'ru' | 'en';

export interface DeskMessage {
  /** An item's key, `release` for the description, or `dataset` for the rest of the file. */
  readonly target: string;
  /** The field of the form it is about: `period`, `basePeriod`, `value`, `quote`, `language`, … */
  readonly field: string;
  /** The figure or destination in words: «рост за I пол. 2026 к I пол. 2025, ×1,3». */
  readonly what: string;
  readonly text: string;
}

export interface DeskCheck {
  readonly dataset: Dataset;
  /** The composed dataset as the validator returned it, when it passes the format and the rules. */
  readonly valid?: Dataset;
  readonly messages: readonly DeskMessage[];
}

const KINDS: Record<UiLang, Record<Figure['kind'], string>> = {
  ru: {
    export: 'экспорт',
    growth: 'рост',
    'cumulative-export': 'экспорт за всё время',
    'sector-export': 'экспорт отрасли',
    'sector-share': 'доля отрасли',
    'exporter-export': 'экспорт компании',
    'country-count': 'число стран',
    zone: 'показатель зоны',
    city: 'показатель города',
  },
  en: {
    export: 'exports',
    growth: 'growth',
    'cumulative-export': 'exports to date',
    'sector-export': 'sector exports',
    'sector-share': 'sector share',
    'exporter-export': 'company exports',
    'country-count': 'number of countries',
    zone: 'zone figure',
    city: 'city figure',
  },
};

/** A figure in words: «рост за I пол. 2026 к I пол. 2025, ×1,3». */
export function figureWords(f: Figure, lang: UiLang): string {
  const period = f.period ? (lang === 'ru' ? ` за ${formatPeriod(f.period, lang)}` : ` for ${formatPeriod(f.period, lang)}`) : '';
  const base = f.basePeriod ? (lang === 'ru' ? ` к ${formatPeriod(f.basePeriod, lang)}` : ` over ${formatPeriod(f.basePeriod, lang)}`) : '';
  const label = f.label?.[lang] ?? f.label?.ru ?? '';
  const value = f.value === undefined ? '' : `, ${formatAmountInWords(f.value, f.unit, f.qualifier ?? 'exact', lang)}`;
  return `${KINDS[lang][f.kind]}${label ? ` «${label}»` : ''}${period}${base}${value}`;
}

const destinationWords = (d: Pick<Dataset['destinations'][number], 'countries' | 'groups' | 'period'>, lang: UiLang) =>
  `${lang === 'ru' ? 'направление' : 'destination'} ${[...d.countries.map((c) => countryName(c, lang)), ...(d.groups ?? [])].join(', ') || '—'}${
    d.period ? ` (${formatPeriod(d.period, lang)})` : ''
  }`;

/** The validator's sentences, said in plain Russian; any other is shown as it is, after «Проверка данных:». */
const RUSSIAN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/needs a period/, () => 'не указан период: выберите год и, если нужно, квартал или полугодие'],
  [/needs the period it is compared with/, () => 'не указан базовый период: с каким периодом сравнивает рост?'],
  [
    /(\S+) is not an earlier period of the same kind as (\S+)/,
    (m) => `базовый период ${m[1]} должен быть раньше ${m[2]} и того же вида (квартал с кварталом, полугодие с полугодием, год с годом)`,
  ],
  [/only a growth compares two periods/, () => 'базовый период бывает только у роста: доля или объём относятся к одному периоду'],
  [
    /has no volume of (\S+) measuring ([\w-]+)/,
    (m) =>
      `у роста нет объёма за ${m[1]} той же меры («${shared.ru.measure[m[2] as Measure] ?? m[2]}»): виджет нарисовал бы только базовый период. Проверьте период роста или примите объём за ${m[1]}`,
  ],
  [/is in (.+), not (\S+)/, (m) => `единица ${m[2]} не подходит к этому виду цифры (нужна ${m[1]})`],
  [/names its sectors/, () => 'выберите отрасль (сектор)'],
  [/names its exporter/, () => 'выберите компанию-экспортёра'],
  [/names its measure/, () => 'выберите, что считает цифра (меру): экспорт, экспортная выручка, высокотехнологичная продукция или другое'],
  [/says in measureNote/, () => 'для меры «другое» напишите, что именно считает цифра'],
  [/a share cannot exceed 100/, () => 'доля не может быть больше 100 %'],
  [/lies between (\S+) and (\S+)/, (m) => `значение вне разумных пределов (от ${m[1]} до ${m[2]})`],
  [/is a whole number/, () => 'здесь нужно целое число'],
  [/needs a value/, () => 'не указано значение'],
  [/needs at least one citation/, () => 'нужна цитата из текста'],
  [/needs at least one of ru, en, uz/, () => 'впишите текст хотя бы на одном языке'],
  [/both .* name the measure of each/, () => 'такая цифра за этот период уже есть в данных без названной меры: назовите меру каждой'],
  [
    /are both .*a widget would show two of them under one label/,
    () =>
      'такая же цифра за этот период уже есть в данных: виджет показал бы две под одной подписью. Оставьте одну или назовите разные меры',
  ],
  [/growth from .* disagree/, () => 'рост не сходится с двумя объёмами, которые он связывает: проверьте каждое число по цитате'],
  [/is more than the whole export of (\S+)/, (m) => `это больше всего экспорта за ${m[1]}`],
  [/the share is stated as/, () => 'доля не сходится с суммой отрасли и общим объёмом: проверьте числа по цитатам'],
  [/not found verbatim/, () => 'цитаты нет в тексте слово в слово'],
  [
    /no quote names the measure ([\w-]+) \(words such as (.+)\)/,
    (m) =>
      `цитата не называет меру («${shared.ru.measure[m[1] as Measure] ?? m[1]}»): продлите её до слов текста, которые говорят, что считается (${m[2]}), или выберите другую меру`,
  ],
  [/every quote speaks of revenue/, () => `каждая цитата говорит о выручке: мера — «${shared.ru.measure['export-revenue']}»`],
  [/duplicate id/, () => 'такой идентификатор уже есть в данных'],
  [/unknown sector/, () => 'такой отрасли нет в данных: выберите её из списка'],
  [/unknown exporter/, () => 'такого экспортёра нет в данных: выберите его из списка или добавьте нового'],
  [/a destination names at least one country/, () => 'выберите хотя бы одну страну или группу стран: нажмите на её название в тексте'],
  [/must be a date/, () => 'дата: ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ'],
  [/must be lowercase letters, digits and dashes/, () => 'только латинские строчные буквы, цифры и дефис'],
  [/Invalid key: Expected "(\w+)"/, (m) => `не заполнено поле ${m[1]}`],
  [/must not be blank|Invalid length|Invalid type/, () => 'поле не заполнено'],
];

export const inRussian = (message: string) => {
  for (const [re, say] of RUSSIAN) {
    const match = re.exec(message);
    if (match) return say(match);
  }
  return `проверка данных: ${message}`;
};

/** Which script a text is written in, as far as the desk can tell: Uzbek Cyrillic has ў, қ, ғ, ҳ; English is Latin. */
export function scriptOf(text: string): Lang {
  const uz = (text.match(/[ўқғҳ]/giu) ?? []).length;
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (uz > 3) return 'uz';
  return latin > cyrillic ? 'en' : 'ru';
}

const LANG_NAMES: Record<UiLang, Record<Lang, string>> = {
  ru: { ru: 'русский', en: 'английский', uz: 'узбекский' },
  en: { ru: 'Russian', en: 'English', uz: 'Uzbek' },
};

/** Everything the desk says about its state, in the interface's language. */
export function checkDesk(desk: Desk, lang: UiLang): DeskCheck {
  // A destination without a period or a quote fails the format itself, which would stop every other check: the desk
  // says what it lacks, and checks the rest without it.
  const messages: DeskMessage[] = [];
  const skip = new Set<string>();
  for (const item of desk.destinations) {
    if (item.status === 'rejected') continue;
    const destination = item.destination;
    const lacks = (field: string, ru: string, en: string) => {
      skip.add(item.key);
      messages.push({
        target: item.key,
        field,
        what: destinationWords({ ...destination, period: destination.period ?? '' }, lang),
        text: lang === 'ru' ? ru : en,
      });
    };
    if (!destination.period)
      lacks(
        'period',
        'не указан период: выберите год и, если нужно, квартал или полугодие',
        'no period: choose a year, and a quarter or half if needed',
      );
    if (!destination.citations.length)
      lacks(
        'quote',
        'нужна цитата: выделите её в тексте и нажмите «Взять выделенное»',
        'no quote: select it in the text and press “Take the selection”',
      );
    if (!destination.countries.length && !destination.groups?.length)
      lacks(
        'countries',
        'выберите хотя бы одну страну или группу стран: нажмите на её название в тексте',
        'choose a country or group: press its name in the text',
      );
  }
  const { dataset, paths, sourcePath } = compose(desk, desk.base, ['accepted', 'pending'], skip);
  const byPath = new Map([...paths].map(([key, path]) => [path, key]));
  const issues: DataIssue[] = [];
  const result = validateDataset(dataset);
  if (!result.ok) issues.push(...result.issues);
  // The cross-checks need only the format: a figure that still lacks its period must not hide a growth without volume.
  const shaped = result.ok ? result.dataset : v.safeParse(Dataset, dataset).output;
  if (result.ok || v.is(Dataset, dataset)) {
    issues.push(...crossCheck(shaped as Dataset));
    // The other sources' texts are not on the desk: they were checked when their release was added.
    const texts = new Map([[fileOf(desk.release), desk.release.text]]);
    issues.push(
      ...checkQuotes(shaped as Dataset, texts).filter((i) => !/^\$\.sources\[\d+\]\.file$/.test(i.path) || i.path.startsWith(sourcePath)),
    );
  }

  for (const issue of issues) {
    const path = /^(\$\.(?:figures|destinations|exporters|sources)\[\d+\])(?:\.(\w+))?(?:\[(\d+)\])?(?:\.(\w+))?/.exec(issue.path);
    const item = path ? byPath.get(path[1]!) : undefined;
    const field = path?.[2] === 'citations' ? 'quote' : (path?.[2] ?? '');
    const target = item ?? (path?.[1] === sourcePath ? 'release' : 'dataset');
    const figure = item?.startsWith('f') ? dataset.figures[Number(/\d+/.exec(path![1]!)![0])] : undefined;
    const destination = item?.startsWith('d') ? dataset.destinations[Number(/\d+/.exec(path![1]!)![0])] : undefined;
    const exporter = item?.startsWith('x') ? dataset.exporters[Number(/\d+/.exec(path![1]!)![0])] : undefined;
    const what = figure
      ? figureWords(figure, lang)
      : destination
        ? destinationWords(destination, lang)
        : exporter
          ? `${lang === 'ru' ? 'экспортёр' : 'exporter'} «${exporter.name?.ru || exporter.name?.en || exporter.name?.uz || exporter.id}»`
          : target === 'release'
            ? lang === 'ru'
              ? 'описание релиза'
              : 'the release’s description'
            : lang === 'ru'
              ? 'данные'
              : 'the dataset';
    // A new company's sector starts empty, which the format reads as a malformed id: say what to do instead.
    const unchosen = exporter && field === 'sector' && !exporter.sector;
    messages.push({
      target,
      field: field === 'derived' ? 'value' : field,
      what,
      text: unchosen
        ? lang === 'ru'
          ? 'выберите отрасль компании'
          : 'choose the company’s sector'
        : lang === 'ru'
          ? inRussian(issue.message)
          : issue.message,
    });
  }

  const { release } = desk;
  const written = scriptOf(release.text);
  if (release.text.trim() && written !== release.language)
    messages.push({
      target: 'release',
      field: 'language',
      what: lang === 'ru' ? 'язык релиза' : 'the release’s language',
      text:
        lang === 'ru'
          ? `текст написан на языке «${LANG_NAMES.ru[written]}», а указан «${LANG_NAMES.ru[release.language]}»: цитаты из перевода были бы показаны читателям как ${LANG_NAMES.ru[release.language].replace(/ий$/, 'ие')}`
          : `the text is in ${LANG_NAMES.en[written]} but marked ${LANG_NAMES.en[release.language]}: its quotes would be shown to readers as ${LANG_NAMES.en[release.language]} words`,
    });
  if (!release.dated && !release.dateNote.trim())
    messages.push({
      target: 'release',
      field: 'dateNote',
      what: lang === 'ru' ? 'дата релиза' : 'the release’s date',
      text:
        lang === 'ru'
          ? 'в тексте нет даты: напишите, что он говорит о времени и как выведена дата'
          : 'the text prints no date: say what it says of the time, and how the date was worked out',
    });
  return { dataset, ...(result.ok && { valid: result.dataset }), messages };
}
