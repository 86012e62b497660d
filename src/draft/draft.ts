/**
 * A first draft of a release's figures for the data maintainer (issue 21, item 8): every number the text states, as a
 * figure entry in the dataset's format, with the sentence it stands in as its verbatim quote, the qualifier read from
 * the words just before it, its unit and scale, the period where the sentence states it, and the countries it names.
 *
 * It reads the way a careful person would, with a few tables of Russian and Uzbek words, and guesses nothing it cannot
 * show: what it cannot tell (the kind when the wording is unusual, an exporter's id, a period the text leaves to its
 * date) is listed in `check` for the maintainer. It never writes into the dataset.
 */
import type { Figure, Measure, Qualifier, Unit } from '../data/schema.js';
import { isCountryCode, MEASURED } from '../data/rules.js';
import { countryName, regionOf } from '../i18n/countries.js';

/** A stretch of the release's text: UTF-16 offsets into the string given to `draftRelease`, `end` exclusive. */
export interface DraftSpan {
  readonly start: number;
  readonly end: number;
}

/** Where a figure is stated: the number with its scale and unit (`at`), and the sentence quoted for it. */
export interface DraftMention {
  readonly at: DraftSpan;
  readonly sentence: DraftSpan;
}

export interface DraftFigure {
  readonly figure: Figure & { value: number; qualifier: Qualifier };
  /** What the maintainer must check or complete before the entry goes into the dataset. */
  readonly check: string[];
  /** The first place the figure is stated (its first citation). */
  readonly at: DraftSpan;
  readonly sentence: DraftSpan;
  /** Every place it is stated, one per citation, in the text's order. */
  readonly mentions: DraftMention[];
}

export interface DraftDestination {
  readonly destination: { period?: string; countries: string[]; role: 'market'; citations: { source: string; quote: string }[] };
  readonly check: string[];
  /** The sentence quoted for it. */
  readonly sentence: DraftSpan;
}

export interface Draft {
  readonly figures: DraftFigure[];
  readonly destinations: DraftDestination[];
  /** The text's own date when it states one (`date 2025-10-28`, `28.10.2025`), or the one given. */
  readonly date?: string;
}

// ------------------------------------------------------------------------------------------------------ sentences
/** Sentences and lines, each with its exact text (a substring of the release, so that it is a verbatim quote). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…])\s+(?=[«"“„(]?[A-ZА-ЯЁЎҚҒҲ0-9])/u)
    .map((s) => s.trim())
    .filter((s) => /\d|[а-яёўқғҳ]/iu.test(s));
}

// ---------------------------------------------------------------------------------------------------------- numbers
/** Scale words: «тыс.», «млн», «миллиарда», Uzbek «миллиард рубллик». */
const SCALES: [RegExp, number][] = [
  [/^(?:тыс\.|тысяч\p{L}*)/u, 1e3],
  [/^(?:млн\.?|миллион\p{L}*)/u, 1e6],
  [/^(?:млрд\.?|миллиард\p{L}*)/u, 1e9],
];
const UNITS: [RegExp, Unit][] = [
  [/^(?:руб\.|рубл\p{L}*|рубь\p{L}*)/u, 'RUB'],
  [/^(?:%|процент\p{L}*|фоиз\p{L}*)/u, 'percent'],
  [/^(?:раза?(?!\p{L})|баробар\p{L}*)/u, 'times'],
  [/^га(?!\p{L})/u, 'ha'],
  [/^кв\.\s?м(?!\p{L})/u, 'm2'],
];
/** Words that make a number a count of something, not a date: the noun right after it. */
const NOT_COUNTS =
  /^(?:год|лет(?!\p{L})|йил|январ|феврал|март|апрел|ма[яй](?!\p{L})|июн|июл|август|сентябр|октябр|ноябр|декабр|ноя(?!\p{L})|окт(?!\p{L})|дек(?!\p{L})|сен(?!\p{L}))/iu;

/** Number words the releases use: «каждый восьмой» (one in 8), «пять площадок», «более четверти» (25 %). */
const ORDINALS: Record<string, number> = {
  второй: 2,
  третий: 3,
  четвертый: 4,
  четвёртый: 4,
  пятый: 5,
  шестой: 6,
  седьмой: 7,
  восьмой: 8,
  девятый: 9,
  десятый: 10,
};
const CARDINALS: Record<string, number> = {
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
};
const FRACTIONS: [RegExp, number][] = [
  [/^(?:половин\p{L}*)/u, 50],
  [/^(?:трет[иья]\p{L}*)/u, 100 / 3],
  [/^(?:четверт[иья]\p{L}*)/u, 25],
];

// ------------------------------------------------------------------------------------------------------- qualifiers
/** Words right before a number, or Uzbek suffixes right after it, that say how exact it is. */
const BEFORE: [RegExp, Qualifier, string?][] = [
  [/(?:^|[^\p{L}])(?:порядка|около|примерно|приблизительно|қарийб|тахминан)\s+$/iu, 'approximate'],
  [/(?:^|[^\p{L}])(?:почти|деярли)\s+$/iu, 'almost'],
  [/(?:^|[^\p{L}])(?:(?:более|не\s+менее)(?:\s+чем)?(?:\s+[вн]а?)?|свыше|больше|превысил\p{L}*|превышает)\s+$/iu, 'lower-bound'],
];
// --------------------------------------------------------------------------------------------------------- measures
/** The measure a sentence names: «высокотехнологичной продукции», «выручка», else plain exports, for the maintainer to check. */
function measureOf(sentence: string): { measure: Measure; check: string } {
  const named = /высокотехнологичн\p{L}*\s+продукц\p{L}*/iu.exec(sentence) ?? /выручк\p{L}*|даромад\p{L}*/iu.exec(sentence);
  if (!named) return { measure: 'exports', check: 'measure: the sentence names no narrower one than exports; check the release' };
  return { measure: /выручк|даромад/iu.test(named[0]) ? 'export-revenue' : 'high-tech-products', check: `measure from «${named[0]}»` };
}

/** Uzbek puts «more than» after the number, on its unit: «8,1 миллиард рублдан ошди», «150 тадан ортиқ». */
const AFTER_LOWER = /дан\s+(?:ошди|ошган|ортиқ|зиёд|кўп)/iu;

// ---------------------------------------------------------------------------------------------------------- periods
const Q1 = /перв\p{L}* тр\p{L}* месяц\p{L}*|перв\p{L}* квартал\p{L}*|I квартал\p{L}*|январ\p{L}*[-–]март\p{L}*|биринчи чорак\p{L}*/iu;
const H1 =
  /перв\p{L}* шест\p{L}* месяц\p{L}*|перв\p{L}* полугоди\p{L}*|январ\p{L}*[-–]июн\p{L}*|январидан июнигача|биринчи ярм\p{L}*|дастлабки олти ой\p{L}*/iu;
const THIS_YEAR = /(?:этого|текущего|этом|текущем)\s+год\p{L}*|(?:жорий|бу)\s+йил\p{L}*/iu;
const LAST_YEAR = /прошл\p{L}*\s+год\p{L}*|ўтган\s+йил\p{L}*/iu;
const NEXT_YEAR = /следующ\p{L}*\s+год\p{L}*|келгуси\s+йил\p{L}*/iu;
/** The base a growth names: «по сравнению с аналогичным периодом 2024 года», «чем в 2018 году», «ўтган йилнинг шу даврига». */
const BASE =
  /(?:по сравнению с|чем в|чем за|аналогичн\p{L}* период\p{L}*|показатель аналогичного периода|с январ\p{L}*[-–]март\p{L}*)\s*(?:[\p{L}-]+\s+){0,3}?(\d{4}\s+год\p{L}*|прошл\p{L}*\s+год\p{L}*)|ўтган йилнинг шу даври\p{L}*/iu;

interface Period {
  period?: string;
  how?: string;
  /** `-Q1`, `-H1` or '' for a year, when the sentence names the part of the year. */
  part?: string;
}

/** A year from the words at `index`: «2021 года», «этого года» (the text's year), «прошлого года» (the year before). */
function yearAt(sentence: string, year: number | undefined, from = 0): { year?: number; how?: string } {
  const rest = sentence.slice(from);
  // «С 2017 года», «начиная с 2006 года»: since a year, not in it
  const explicit = /(?<!(?:^|\s)[сС]\s+)(\d{4})\s+(?:год\p{L}*|йил\p{L}*)/u.exec(rest);
  if (explicit) return { year: Number(explicit[1]) };
  const relative: [RegExp, number, string][] = [
    [THIS_YEAR, 0, 'this year'],
    [LAST_YEAR, -1, 'last year'],
    [NEXT_YEAR, 1, 'next year'],
  ];
  for (const [re, offset, name] of relative) {
    const m = re.exec(rest);
    if (m)
      return year === undefined
        ? { how: `«${m[0]}» (${name}): the text gives no date to count from` }
        : { year: year + offset, how: `«${m[0]}» read from the text's date` };
  }
  return {};
}

/** The period a sentence states for its figures (with the base period cut out first), and the base a growth names. */
function periodsOf(sentence: string, year: number | undefined): { period: Period; base: Period } {
  let rest = sentence;
  const base: Period = {};
  const named = BASE.exec(sentence);
  if (named) {
    rest = sentence.slice(0, named.index) + ' '.repeat(named[0].length) + sentence.slice(named.index + named[0].length);
    const y = named[1]
      ? yearAt(named[1], year)
      : year === undefined
        ? { how: 'the same period a year earlier: the text gives no date' }
        : { year: year - 1 };
    if (y.year !== undefined) base.period = String(y.year);
    base.how = y.how;
  }
  const part = Q1.exec(rest) ? '-Q1' : H1.exec(rest) ? '-H1' : '';
  const partMatch = Q1.exec(rest) ?? H1.exec(rest);
  // the year after the part («первые три месяца 2021 года»), else anywhere in the sentence («2025 йилнинг январидан июнигача»)
  const after = partMatch ? yearAt(rest, year, partMatch.index) : {};
  const y = after.year !== undefined ? after : yearAt(rest, year);
  const period: Period = { how: y.how, part };
  if (y.year !== undefined) period.period = `${y.year}${part}`;
  else if (part)
    period.how = `${part === '-Q1' ? 'first quarter' : 'first half'} of a year the text does not name here${y.how ? `; ${y.how}` : ''}`;
  const basePart = named ? (Q1.test(named[0]) ? '-Q1' : H1.test(named[0]) ? '-H1' : part) : part;
  if (base.period) base.period += basePart;
  // «аналогичный период прошлого года», «ўтган йилнинг шу даври»: the same part of the year before the period's own
  if (named && !base.period && period.period && /аналогичн|прошл|ўтган/iu.test(named[0])) {
    base.period = `${Number(period.period.slice(0, 4)) - 1}${part}`;
    base.how = undefined;
  }
  return { period, base };
}

// ------------------------------------------------------------------------------------------------------- countries
/** Russian and Uzbek names of every country, as stems that take case endings («Германию», «Хитойга»). */
let countryPatterns: [RegExp, string][] | undefined;
const ALIASES: Record<string, string[]> = {
  BY: ['Белоруссия'],
  KG: ['Киргизия', 'Кыргызстан'],
  CN: ['КНР'],
  AE: ['ОАЭ', 'БАА'],
  US: ['США'],
  KR: ['Южная Корея'],
  GB: ['Великобритания'],
};
function countries(sentence: string): string[] {
  if (!countryPatterns) {
    countryPatterns = [];
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        // today's countries only (no DD, SU, YU): those the kit places in a region
        if (code === 'RU' || !isCountryCode(code) || regionOf(code) === 'other') continue;
        const names = new Set([countryName(code, 'ru'), countryName(code, 'uz'), ...(ALIASES[code] ?? [])]);
        for (const name of names) {
          if (/^[A-Z]{2}$/.test(name)) continue;
          const words = name.split(' ');
          // an abbreviation stands as written; a word loses its ending (ия, а, ь, й) and takes any other
          const stem = (w: string) => {
            const bare = w.replace(/[аяьйиыоеуюё]+$/u, '');
            return w !== w.toUpperCase() && bare.length >= 3 ? bare : w;
          };
          // an abbreviation takes only a lowercase suffix («БААда»), a word any ending
          const body = words.map((w) => `${stem(w)}${w === w.toUpperCase() ? '\\p{Ll}*' : '\\p{L}*'}`).join('\\s+');
          countryPatterns.push([new RegExp(`(?<!\\p{L})${body}(?!\\p{L})`, 'u'), code]);
        }
      }
  }
  const found: { code: string; at: number }[] = [];
  for (const [re, code] of countryPatterns) {
    const m = re.exec(sentence);
    if (m && !found.some((f) => f.code === code)) found.push({ code, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.code);
}

// ------------------------------------------------------------------------------------------------------------ kinds
function kindOf(sentence: string, unit: Unit, hasBase: boolean, after: string): { kind: Figure['kind']; check?: string } {
  if (unit === 'times' || (unit === 'percent' && /^\s*(?:процент\p{L}*|%)?\s*(?:больше|выше|меньше|ниже)/iu.test(after) && hasBase))
    return hasBase ? { kind: 'growth' } : { kind: 'zone', check: 'a factor with no base period: a plan or a key figure? give it a label' };
  if (unit === 'percent')
    return /общего объема|поставок пришлось|доля|от объема/iu.test(sentence)
      ? { kind: 'sector-share', check: 'name its sectors' }
      : { kind: 'city', check: 'a percentage that is not a share of exports: zone or city key figure? give it a label' };
  if (unit === 'RUB') {
    if (/за вс[её] время|накопленн\p{L}* итог\p{L}*|фаолияти давомида/iu.test(sentence) && !/инвестиц/iu.test(sentence))
      return { kind: 'cumulative-export' };
    if (/инвестиц/iu.test(sentence)) return { kind: 'zone', check: 'investment, not exports: zone or city? give it a label' };
    if (/производител|кластер|сектор/iu.test(sentence)) return { kind: 'sector-export', check: 'name its sectors' };
    if (/компани|предприяти|резидент\p{L}* .*отгрузил|корхона|резиденти/iu.test(sentence) && !/резиденты (?:особой|ОЭЗ)/u.test(sentence))
      return { kind: 'exporter-export', check: 'name its exporter (an id in `exporters`)' };
    return { kind: 'export' };
  }
  if (unit === 'count' && /^\s*стран/iu.test(after)) return { kind: 'country-count' };
  return { kind: 'zone', check: 'a key figure: zone or city? give it a label' };
}

// -------------------------------------------------------------------------------------------------------- the draft
const NUMBER = /(?<![\d\p{L}.,-])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(\d+))?(?![\d-])/gu;
const WORD = /(?<!\p{L})(\p{L}+)(?!\p{L})/gu;

interface Hit {
  value: number;
  unit: Unit;
  at: number;
  end: number;
  check: string[];
}

function numbersIn(sentence: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const whole = m[1]!.replace(/[ \u00a0]/g, '');
    let value = Number(`${whole}.${m[2] ?? '0'}`);
    let end = m.index + m[0].length;
    const before = sentence.slice(0, m.index);
    // dates and years: 2025-10-28, 28.10.2025, «в 2019 году», «5 ноя», a year standing alone
    if (/\d[-.]$/.test(before) || /^[-.]\d/.test(sentence.slice(end))) continue;
    let after = sentence.slice(end).replace(/^\s+/, '');
    if (NOT_COUNTS.test(after)) continue;
    if (!m[2] && whole.length === 4 && value >= 1900 && value <= 2100) continue;
    let unit: Unit = 'count';
    let scaled = false;
    for (const [re, factor] of SCALES) {
      const s = re.exec(after);
      if (s) {
        value *= factor;
        scaled = true;
        after = after.slice(s[0].length).replace(/^\s+/, '');
        end = sentence.length - after.length;
      }
    }
    for (const [re, u] of UNITS) {
      const s = re.exec(after);
      if (s) {
        unit = u;
        end = sentence.length - after.length + s[0].length;
        break;
      }
    }
    hits.push({
      value: Number(value.toPrecision(12)),
      unit,
      at: m.index,
      end,
      check: scaled || unit !== 'count' ? [] : ['a bare number: a count of what?'],
    });
  }
  for (const m of sentence.matchAll(WORD)) {
    const word = m[1]!.toLowerCase();
    const after = sentence.slice(m.index + m[0].length).replace(/^\s+/, '');
    const end = m.index + m[0].length;
    if (ORDINALS[word] && /каждый\s+$/iu.test(sentence.slice(0, m.index)))
      hits.push({
        value: ORDINALS[word]!,
        unit: 'one-in',
        at: m.index - 'каждый '.length,
        end,
        check: [`«каждый ${word}»: one in ${ORDINALS[word]}`],
      });
    else if (CARDINALS[word] && /^\p{L}/u.test(after) && !NOT_COUNTS.test(after) && !/^(?:месяц|раз|процент)/iu.test(after))
      hits.push({ value: CARDINALS[word]!, unit: 'count', at: m.index, end, check: [`«${word}» written as a word`] });
    else
      for (const [re, share] of FRACTIONS)
        if (re.test(word) && !/^\s*(?:год|час)/iu.test(after))
          hits.push({
            value: Number(share.toPrecision(4)),
            unit: 'percent',
            at: m.index,
            end,
            check: [`«${m[1]}» written as a word: ${Number(share.toPrecision(4))} %`],
          });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/**
 * The part of a sentence to quote: without an opening quotation mark whose closing one is not in it, and without the
 * attribution after a direct quote («…», – сказал заместитель мэра). Always a substring of the sentence.
 */
export function quoteOf(sentence: string): string {
  let quote = sentence;
  const attribution = /[»”"]\s*,?\s*[–—-]\s+\p{Ll}/u.exec(quote);
  if (attribution) quote = quote.slice(0, attribution.index);
  quote = quote.replace(/^[«“„"]\s*/u, '');
  if (/[»”]$/u.test(quote) && !/[«“„]/u.test(quote.slice(0, -1))) quote = quote.slice(0, -1);
  return quote.trim();
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The text's own date: a `date 2025-10-28` line or an ISO or dd.mm.yyyy date in its first lines. */
export function dateOf(text: string): string | undefined {
  const head = text.slice(0, 400);
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(head);
  if (iso) return iso[0];
  const ru = /(?<!\d)(\d{2})\.(\d{2})\.(\d{4})(?!\d)/.exec(head);
  return ru ? `${ru[3]}-${ru[2]}-${ru[1]}` : undefined;
}

export function draftRelease(text: string, options: { source: string; date?: string }): Draft {
  const date = options.date ?? dateOf(text);
  const year = date ? Number(date.slice(0, 4)) : undefined;
  const merged = new Map<string, DraftFigure>();
  const destinations: DraftDestination[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split(/\n/)) {
    const all = sentences(paragraph);
    let cursor = 0;
    for (const [at, whole] of all.entries()) {
      const wholeAt = paragraph.indexOf(whole, cursor);
      cursor = wholeAt + whole.length;
      const sentence = quoteOf(whole);
      const offset = paragraphStart + wholeAt + whole.indexOf(sentence);
      const { period, base } = periodsOf(sentence, year);
      // «При этом … увеличились в 4,5 раза»: a sentence without a period of its own speaks of the one before it
      const inherited: Period = !period.period && !period.how && at > 0 ? periodsOf(quoteOf(all[at - 1]!), year).period : {};
      if (inherited.period || inherited.how) {
        if (base.period && /^\d{4}$/.test(base.period)) base.period += inherited.part ?? '';
        draftSentence(sentence, offset, { ...inherited, how: `the sentence before${inherited.how ? `, ${inherited.how}` : ''}` }, base);
      } else draftSentence(sentence, offset, period, base);
    }
    paragraphStart += paragraph.length + 1;
  }
  return { figures: [...merged.values()], destinations, ...(date ? { date } : {}) };

  function draftSentence(sentence: string, offset: number, period: Period, base: Period) {
    const span = { start: offset, end: offset + sentence.length };
    const hits = numbersIn(sentence);
    for (const hit of hits) {
      const before = sentence.slice(0, hit.at);
      const after = sentence.slice(hit.end);
      let qualifier: Qualifier = 'exact';
      const check = [...hit.check];
      for (const [re, q, note] of BEFORE)
        if (re.test(before)) {
          qualifier = q;
          if (note) check.push(note);
        }
      if (AFTER_LOWER.test(sentence.slice(hit.at, hit.end + 10))) qualifier = 'lower-bound';
      if (/не\s+менее(?:\s+чем)?(?:\s+[вн]а?)?\s+$/iu.test(before)) check.push('«не менее» means at least (≥): shown as >');
      const guess = kindOf(sentence, hit.unit, Boolean(base.period ?? base.how), after);
      if (guess.check) check.push(guess.check);
      if (guess.kind === 'country-count') check.splice(check.indexOf('a bare number: a count of what?'), 1);
      const measure = MEASURED.has(guess.kind) ? measureOf(sentence) : undefined;
      if (measure) check.push(measure.check);
      const figure: DraftFigure['figure'] = {
        id: '',
        kind: guess.kind,
        ...(period.period ? { period: period.period } : {}),
        ...(guess.kind === 'growth' && base.period ? { basePeriod: base.period } : {}),
        value: hit.value,
        unit: hit.unit,
        qualifier,
        ...(measure ? { measure: measure.measure } : {}),
        citations: [{ source: options.source, quote: sentence }],
      };
      if (!figure.period && guess.kind !== 'zone' && guess.kind !== 'city')
        check.push(`give its period${period.how ? `: ${period.how}` : ': the sentence states none'}`);
      else if (period.how && figure.period) check.push(`period ${figure.period} from ${period.how}`);
      if (guess.kind === 'growth' && !figure.basePeriod) check.push(`give its base period${base.how ? `: ${base.how}` : ''}`);
      // the same figure said again («248 млн рублей» in the lead and in the quote): one entry with both quotes, under
      // the period of the sentence that states it
      const same = [...merged.values()].find(
        ({ figure: f }) =>
          f.kind === figure.kind &&
          f.value === figure.value &&
          f.unit === figure.unit &&
          f.qualifier === figure.qualifier &&
          (!f.period || !figure.period || f.period === figure.period) &&
          (!f.basePeriod || !figure.basePeriod || f.basePeriod === figure.basePeriod),
      );
      if (same) {
        if (!same.figure.period && figure.period) Object.assign(same.figure, { period: figure.period });
        if (!same.figure.basePeriod && figure.basePeriod) Object.assign(same.figure, { basePeriod: figure.basePeriod });
        if (!same.figure.citations!.some((c) => c.quote === sentence)) {
          same.figure.citations!.push({ source: options.source, quote: sentence });
          same.mentions.push({ at: { start: offset + hit.at, end: offset + hit.end }, sentence: span });
        }
        continue;
      }
      figure.id = slug(`${figure.kind}-${figure.period ?? 'period'}-${merged.size + 1}`);
      const at = { start: offset + hit.at, end: offset + hit.end };
      merged.set(figure.id, { figure, check, at, sentence: span, mentions: [{ at, sentence: span }] });
    }
    const named = countries(sentence);
    if (named.length)
      destinations.push({
        destination: {
          ...(period.period ? { period: period.period } : {}),
          countries: named,
          role: 'market',
          citations: [{ source: options.source, quote: sentence }],
        },
        check: [
          'role: top, new or market?',
          ...(period.period ? [] : ['give its period']),
          'exporter, sector or products, if the sentence names them',
        ],
        sentence: span,
      });
  }
}
