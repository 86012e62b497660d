/**
 * A first draft of a release's figures for the data maintainer: every number the text states, as a figure entry in the
 * dataset's format, with the sentence it stands in as its verbatim quote and its place in the text, the qualifier read
 * from the words around it, its unit and scale, its kind, period and base period, measure, sectors or exporter, and
 * the countries each sentence names. Shared by `npm run draft-release` and the desk; DOM-free, no Node APIs.
 *
 * It reads the way a careful person would, with a few tables of Russian and Uzbek words, and guesses nothing it cannot
 * show: what it cannot tell is listed in `check` for the maintainer. It never writes into the dataset.
 *
 * Every step looks at a sentence once and at a bounded window around each number, so the time grows with the length
 * of the text; sentences are cut at `MAX_SENTENCE` characters and the text is refused past `MAX_TEXT_LENGTH`.
 */
import type { Figure, Measure, Qualifier, Unit } from '../data/schema.js';
import { isCountryCode, MEASURED } from '../data/rules.js';
import type { Group } from '../lib/measures.js';
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
  /** Every place it is stated, one per citation, in the text's order (a headline repeated in the body is one figure). */
  readonly mentions: DraftMention[];
}

export interface DraftDestination {
  readonly destination: {
    period?: string;
    countries: string[];
    groups?: Group[];
    role: 'market';
    citations: { source: string; quote: string }[];
  };
  readonly check: string[];
  /** The sentence quoted for it. */
  readonly sentence: DraftSpan;
  /** Where each country or group is named, in the order of `countries` then `groups`. */
  readonly names: DraftSpan[];
}

/** A sector the draft names in `figure.sectors`, with the name a new `sectors` entry would take. */
export interface DraftSector {
  readonly id: string;
  readonly name: { ru: string; en: string };
}

export interface Draft {
  readonly figures: DraftFigure[];
  readonly destinations: DraftDestination[];
  /** The text's own date when it states one (`date 2025-10-28`, `28.10.2025`), or the one given. */
  readonly date?: string;
  /** Every sector id the figures use, with a name for a dataset that does not have it yet. */
  readonly sectors: DraftSector[];
  /** Companies the text names that the dataset does not have yet, with the id their figures take. */
  readonly exporters: DraftExporter[];
}

/** A company the text names and the dataset does not have: its id as the figures cite it, its name as written. */
export interface DraftExporter {
  readonly id: string;
  readonly name: string;
}

export interface DraftOptions {
  /** The id the citations name. */
  readonly source: string;
  /** The release's date, YYYY-MM-DD: resolves «этого года», «прошлого года». */
  readonly date?: string;
  /** Exporters the dataset already has: a company named in the text takes its id. */
  readonly exporters?: readonly { id: string; name?: { ru?: string; uz?: string; en?: string } | null }[];
}

/** A release is a few thousand characters; a megabyte is no release, and would hold the page up. */
export const MAX_TEXT_LENGTH = 1_000_000;
/** Longer runs without a sentence end are cut here: a quote stays readable, and each sentence is read in bounded time. */
export const MAX_SENTENCE = 1_000;

/** The text is too long to be one release. */
export class DraftInputError extends RangeError {
  override name = 'DraftInputError';
}

// ------------------------------------------------------------------------------------------------ control characters
/**
 * Terminal escape sequences (CSI, OSC, two-character ones), then any other control or format character (C0 but the line
 * feed, DEL, C1, bidi embeddings, overrides and isolates, zero-width characters). They are read as line breaks, so no
 * number, quote or country is taken from them or across them.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- finding control characters is its purpose
  /(?:\x1b\[|\x9b)[\x30-\x3f]{0,32}[\x20-\x2f]{0,8}[\x40-\x7e]?|(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]{0,512}(?:\x07|\x1b\\|\x9c)?|\x1b[\x20-\x7e]?|(?!\n)[\p{Cc}\p{Cf}]/gu;

/** The text with every control and format character (and escape sequence) as line feeds: same length, same offsets. */
export function withoutControls(text: string): string {
  return text.replace(CONTROL, (m) => '\n'.repeat(m.length));
}

// --------------------------------------------------------------------------------------------------------- sentences
interface Sentence {
  /** Offsets into the text of the quoted part (see `quoteOf`). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly line: number;
  readonly headline: boolean;
}

/** Words after which a full stop ends no sentence: «г. Москва», «ул. Ленинская», «д. 42», initials. */
const ABBREVIATIONS = new Set([
  'г',
  'гг',
  'ул',
  'д',
  'стр',
  'корп',
  'пр',
  'просп',
  'им',
  'пос',
  'обл',
  'тел',
  'т',
  'руб',
  'млн',
  'млрд',
  'тыс',
  'кв',
  'м',
]);
const SENTENCE_PUNCTUATION = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['»', '"', '”', ')']);
const OPENING = /[«"“„(–—-]/u;
const CAPITAL = /[A-ZА-ЯЁЎҚҒҲ0-9]/u;

/** Where sentences end in a line: after a run of «.!?…» (and closing quotes), a space, then a capital or a digit. */
function* sentenceEnds(line: string): Generator<{ at: number; next: number }> {
  for (let i = 0; i < line.length; i++) {
    if (!SENTENCE_PUNCTUATION.has(line[i]!) || SENTENCE_PUNCTUATION.has(line[i + 1] ?? '')) continue;
    let j = i + 1;
    while (j < line.length && CLOSING.has(line[j]!)) j++;
    const close = j;
    if (!/\s/u.test(line[j] ?? '')) continue;
    while (j < line.length && /\s/u.test(line[j]!)) j++;
    let k = j;
    if (OPENING.test(line[k] ?? '')) k++;
    if (line[k] === ' ') k++;
    if (CAPITAL.test(line[k] ?? '')) yield { at: i, next: j };
    i = close - 1;
  }
}

/** Sentences of one line, as [start, end) within it, trimmed, each at most `MAX_SENTENCE` long. */
function splitLine(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(line[start]!)) start++;
    while (end > start && /\s/u.test(line[end - 1]!)) end--;
    while (end - start > MAX_SENTENCE) {
      // cut at the last comma or space before the limit (a bounded look back)
      let cut = start + MAX_SENTENCE;
      for (let i = cut; i > start + MAX_SENTENCE / 2; i--)
        if (line[i] === ' ') {
          cut = i;
          break;
        }
      spans.push([start, cut]);
      start = cut;
      while (start < end && /\s/u.test(line[start]!)) start++;
    }
    if (end > start) spans.push([start, end]);
  };
  for (const { at, next } of sentenceEnds(line)) {
    if (line[at] === '.' && (at === 0 || line[at - 1] !== '.')) {
      let w = at;
      while (w > 0 && at - w < 8 && /\p{L}/u.test(line[w - 1]!)) w--;
      const word = line.slice(w, at);
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    push(from, next);
    from = next;
  }
  push(from, line.length);
  return spans;
}

function sentencesOf(work: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let lineNo = 0;
  let seenText = false;
  while (lineStart <= work.length) {
    let lineEnd = work.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = work.length;
    const line = work.slice(lineStart, lineEnd);
    if (/[\p{L}\d]/u.test(line)) {
      // a first line without a closing full stop is the headline
      const headline = !seenText && !/[.!?…][»"”)]*\s*$/u.test(line) && line.length < 300;
      seenText = true;
      for (const [s, e] of splitLine(line)) {
        const whole = line.slice(s, e);
        const quote = quoteOf(whole);
        if (!/[\p{L}\d]/u.test(quote)) continue;
        const start = lineStart + s + whole.indexOf(quote);
        out.push({ start, end: start + quote.length, text: quote, line: lineNo, headline });
      }
    }
    lineNo++;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Sentences and lines, each with its exact text (a substring of the release, so that it is a verbatim quote). */
export function sentences(text: string): string[] {
  return sentencesOf(withoutControls(text)).map((s) => s.text);
}

/**
 * The part of a sentence to quote: without an opening quotation mark whose closing one is not in it, and without the
 * attribution after a direct quote («…», – сказал заместитель мэра). Always a substring of the sentence.
 */
export function quoteOf(sentence: string): string {
  let quote = sentence;
  // «…», – сказал он; not «…» – на 95 млн рублей, a dash inside the sentence
  const attribution = /[»”"]\s*,?\s*[–—-]\s+(?:\p{Ll}+л[аи]?|говорит|считает|уверен\p{L}{0,16}|деди|дейди|таъкидлади|айтди)(?!\p{L})/u.exec(
    quote,
  );
  if (attribution) quote = quote.slice(0, attribution.index);
  quote = quote.replace(/^[«“„"]\s*/u, '');
  if (/[»”"]$/u.test(quote) && !/[«“„"]/u.test(quote.slice(0, -1))) quote = quote.slice(0, -1);
  return quote.trim();
}

/** The text's own date: a `date 2025-10-28` line or an ISO or dd.mm.yyyy date in its first lines. */
export function dateOf(text: string): string | undefined {
  const head = text.slice(0, 400);
  const iso = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(head);
  if (iso) return iso[0];
  const ru = /(?<!\d)(\d{2})\.(\d{2})\.(\d{4})(?!\d)/.exec(head);
  return ru ? `${ru[3]}-${ru[2]}-${ru[1]}` : undefined;
}

// ---------------------------------------------------------------------------------------------------------- periods
type Part = '' | '-Q1' | '-Q2' | '-Q3' | '-Q4' | '-H1' | '-H2';
interface Period {
  readonly year: number;
  readonly part: Part;
}
const show = (p: Period) => `${p.year}${p.part}`;
const PART_END: Record<Part, number> = { '': 12, '-Q1': 3, '-Q2': 6, '-Q3': 9, '-Q4': 12, '-H1': 6, '-H2': 12 };

const PARTS: [Part, string][] = [
  [
    '-H1',
    'перв\\p{L}{0,16}\\s+шест\\p{L}{0,16}\\s+месяц\\p{L}{0,16}|шест\\p{L}{0,16}\\s+месяц\\p{L}{0,16}|перв\\p{L}{0,16}\\s+(?:полугоди|половин)\\p{L}{0,16}|январ\\p{L}{0,16}\\s*[-–—]\\s*июн\\p{L}{0,16}|январидан\\s+июнигача|биринчи\\s+ярм\\p{L}{0,16}|дастлабки\\s+олти\\s+ой\\p{L}{0,16}',
  ],
  ['-H2', 'втор\\p{L}{0,16}\\s+(?:полугоди|половин)\\p{L}{0,16}|июл\\p{L}{0,16}\\s*[-–—]\\s*декабр\\p{L}{0,16}|иккинчи\\s+ярм\\p{L}{0,16}'],
  [
    '-Q1',
    'перв\\p{L}{0,16}\\s+тр\\p{L}{0,16}\\s+месяц\\p{L}{0,16}|перв\\p{L}{0,16}\\s+квартал\\p{L}{0,16}|I\\s+квартал\\p{L}{0,16}|январ\\p{L}{0,16}\\s*[-–—]\\s*март\\p{L}{0,16}|биринчи\\s+чора[кг]\\p{L}{0,16}',
  ],
  [
    '-Q2',
    'втор\\p{L}{0,16}\\s+квартал\\p{L}{0,16}|II\\s+квартал\\p{L}{0,16}|апрел\\p{L}{0,16}\\s*[-–—]\\s*июн\\p{L}{0,16}|иккинчи\\s+чора[кг]\\p{L}{0,16}',
  ],
  [
    '-Q3',
    'трет\\p{L}{0,16}\\s+квартал\\p{L}{0,16}|III\\s+квартал\\p{L}{0,16}|июл\\p{L}{0,16}\\s*[-–—]\\s*сентябр\\p{L}{0,16}|учинчи\\s+чора[кг]\\p{L}{0,16}',
  ],
  [
    '-Q4',
    'четв[её]рт\\p{L}{0,16}\\s+квартал\\p{L}{0,16}|IV\\s+квартал\\p{L}{0,16}|октябр\\p{L}{0,16}\\s*[-–—]\\s*декабр\\p{L}{0,16}|тўртинчи\\s+чора[кг]\\p{L}{0,16}',
  ],
];
/** «в 3 квартале», «1-е полугодие». */
const numbered = (part: Part) =>
  part.startsWith('-Q') ? `${part[2]}-?(?:й|м|го)?\\s+квартал\\p{L}{0,16}` : `${part[2]}-?(?:е|м|го)?\\s+полугоди\\p{L}{0,16}`;
const RELATIVE: [string, number][] = [
  ['(?:этого|этом|текущего|текущем|нынешнего|жорий|бу)', 0],
  ['(?:прошлого|прошлом|прошлый|минувшего|минувшем|предыдущего|предыдущем|ўтган)', -1],
  ['(?:следующего|следующем|будущего|келгуси)', 1],
];
/** Every way of naming a period, one alternative per group: all are found in one pass over a sentence. */
const PERIOD_ATOM = new RegExp(
  [
    '(?<year>\\d{4})\\s*(?:год\\p{L}{0,16}|г\\.|гг\\.|йил\\p{L}{0,16})',
    ...RELATIVE.map(([words], i) => `(?<rel${i}>${words}\\s+(?:год\\p{L}{0,16}|йил\\p{L}{0,16}))`),
    '(?<earlier>годом\\s+(?:ранее|раньше)|год\\s+назад)',
    // nine months, January to August, the year to date: no period the dataset can hold
    '(?<other>(?:девят\\p{L}{0,16}|восем\\p{L}{0,16}|сем\\p{L}{0,16}|дв\\p{L}{0,3}|\\d{1,2})\\s+месяц\\p{L}{0,16}|январ\\p{L}{0,16}\\s*[-–—]\\s*(?:феврал|ма[яйе]|июл|август|сентябр|октябр|ноябр)\\p{L}{0,16}|с\\s+начала\\s+(?:года|текущего\\s+года|этого\\s+года))',
    '(?<same>аналогичн\\p{L}{0,16}\\s+период\\p{L}{0,16}|шу\\s+давр\\p{L}{0,16})',
    ...PARTS.map(([part, re], i) => `(?<part${i}>${re}|${numbered(part)})`),
  ].join('|'),
  'giu',
);
/** «С 2017 года», «начиная с 2006 года»: since a year, not in it. */
const SINCE = /(?:^|[^\p{L}])(?:с|со|начиная\s+с)\s+$/iu;

interface Atom {
  start: number;
  end: number;
  year?: number;
  rel?: number;
  earlier?: boolean;
  same?: boolean;
  /** Nine months, the year to date: a period the dataset cannot hold. */
  other?: boolean;
  part?: Part;
}

/** A period as a sentence names it: a year, a part of a year, or both, possibly relative to another period. */
interface Expression extends Atom {
  text: string;
}

function expressionsOf(sentence: string): Expression[] {
  const atoms: Atom[] = [];
  for (const m of sentence.matchAll(PERIOD_ATOM)) {
    const g = m.groups!;
    const atom: Atom = { start: m.index, end: m.index + m[0].length };
    if (g.year !== undefined) {
      if (SINCE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      atom.year = Number(g.year);
    } else if (g.earlier !== undefined) atom.earlier = true;
    else if (g.same !== undefined) atom.same = true;
    else if (g.other !== undefined) atom.other = true;
    else {
      const rel = RELATIVE.findIndex((_, i) => g[`rel${i}`] !== undefined);
      if (rel >= 0) atom.rel = RELATIVE[rel]![1];
      else atom.part = PARTS[PARTS.findIndex((_, i) => g[`part${i}`] !== undefined)]![0];
    }
    atoms.push(atom);
  }
  // «первого полугодия 2019 года», «2023 йилнинг биринчи чорагида», «аналогичного периода прошлого года»: one period
  const out: Expression[] = [];
  for (const atom of atoms) {
    const last = out[out.length - 1];
    const joinable =
      last &&
      atom.start - last.end <= 3 &&
      !(last.part && atom.part) &&
      !((last.year !== undefined || last.rel !== undefined) && (atom.year !== undefined || atom.rel !== undefined));
    if (joinable) {
      Object.assign(last, { ...atom, ...Object.fromEntries(Object.entries(last).filter(([, v]) => v !== undefined)) });
      last.end = atom.end;
      last.text = sentence.slice(last.start, last.end);
    } else out.push({ ...atom, text: sentence.slice(atom.start, atom.end) });
  }
  return out;
}

interface Context {
  /** The release's year and month, from its date. */
  readonly year?: number;
  readonly month?: number;
}

/** The period an expression names, given the period it may be relative to (the sentence's, or the release's). */
function resolve(e: Expression, ctx: Context, relativeTo: Period | undefined): { period?: Period; how?: string; other?: boolean } {
  if (e.other) return { how: `«${e.text}» — такого периода в наборе нет (только год, полугодие или квартал)`, other: true };
  let year = e.year;
  let how: string | undefined;
  if (e.same || e.earlier) {
    // «аналогичный период прошлого года», «годом ранее»: the same part of the year, a year before unless a year is named
    if (!relativeTo) return { how: `«${e.text}»: не сказано, с каким периодом сравнивают` };
    if (year === undefined) year = e.rel !== undefined && ctx.year !== undefined ? ctx.year + e.rel : relativeTo.year - 1;
    return { period: { year, part: e.part ?? relativeTo.part } };
  }
  if (year === undefined && e.rel !== undefined) {
    if (ctx.year === undefined)
      return {
        how: `«${e.text}» (${['этот', 'прошлый', 'следующий'][e.rel === 0 ? 0 : e.rel < 0 ? 1 : 2]} год): в тексте нет даты, от которой считать`,
      };
    year = ctx.year + e.rel;
  }
  const part = e.part ?? '';
  if (year === undefined) {
    if (!part) return {};
    if (relativeTo) year = relativeTo.year;
    else if (ctx.year !== undefined) {
      // «в первом полугодии» in a release of August: this year's; in one of February, last year's
      year = ctx.month !== undefined && ctx.month <= PART_END[part] ? ctx.year - 1 : ctx.year;
      how = `«${e.text}» — год взят по дате релиза`;
    } else return { how: `«${e.text}»: в тексте не сказано, какого года` };
  }
  return { period: { year, part }, how };
}

// --------------------------------------------------------------------------------------------------------- compares
/**
 * Words that introduce the period a figure is compared with: «по сравнению с», «чем за», «превышает показатель»,
 * «против … годом ранее», Uzbek «… нисбатан» (after its period).
 */
const MARKER =
  /(?<ru>по\s+сравнению\s+со?|в\s+сравнении\s+со?|чем\s+(?:в|за|на)?|относительно|по\s+отношению\s+к|к\s+уровню|к(?=\s+аналогичн)|(?:превыша\p{L}{0,16}|превысил\p{L}{0,16}|больше|выше|меньше|ниже)\s+(?:показател\p{L}{0,16}|результат\p{L}{0,16}|уровн\p{L}{0,16}|объ[её]м\p{L}{0,16}))|(?<against>против)|(?<uz>нисбатан)/giu;

interface BaseRegion {
  start: number;
  end: number;
  expression?: Expression;
}

/** Where a sentence speaks of the period it compares with: the marker, its period, and a «(…)» or «, когда …» after. */
function baseRegionsOf(sentence: string, expressions: Expression[]): BaseRegion[] {
  const regions: BaseRegion[] = [];
  const clauseEnd = (from: number) => {
    const i = sentence.indexOf(', ', from);
    return i < 0 ? sentence.length : i;
  };
  for (const m of sentence.matchAll(MARKER)) {
    const start = m.index;
    const markerEnd = m.index + m[0].length;
    if (m.groups!.uz !== undefined) {
      const e = [...expressions].reverse().find((x) => x.end <= start && start - x.end <= 40);
      if (e) regions.push({ start: e.start, end: markerEnd, expression: e });
      continue;
    }
    if (m.groups!.against !== undefined) {
      const end = clauseEnd(markerEnd);
      regions.push({ start, end, expression: expressions.find((x) => x.start >= markerEnd && x.end <= end) });
      continue;
    }
    const e = expressions.find((x) => x.start >= markerEnd && x.start - markerEnd <= 50);
    if (!e) continue;
    let end = e.end;
    const after = sentence.slice(end, end + 12);
    if (/^\s*\(/u.test(after)) {
      const close = sentence.indexOf(')', end);
      if (close > 0 && close - end < 200) end = close + 1;
    } else if (/^\s*,\s*когда/u.test(after)) end = clauseEnd(end + after.indexOf('когда'));
    regions.push({ start, end, expression: e });
  }
  // «экспорт — 4,1 млрд ₽ (в 2024 году — 3,47 млрд ₽)»: a period in brackets is the bracket's own
  for (const e of expressions) {
    if (regions.some((r) => r.expression === e)) continue;
    const open = sentence.lastIndexOf('(', e.start);
    if (open < 0 || e.start - open > 8) continue;
    const close = sentence.indexOf(')', e.end);
    if (close > 0 && close - e.end < 200) regions.push({ start: open, end: close + 1, expression: e });
  }
  return regions;
}

// --------------------------------------------------------------------------------------------------------- numbers
/** Scale words: «тыс.», «млн», «миллиарда». */
const SCALE = /^\s*(?:(тыс\.?|тысяч\p{L}{0,16})|(млн\.?|миллион\p{L}{0,16})|(млрд\.?|миллиард\p{L}{0,16}))/u;
const UNIT: [RegExp, Unit][] = [
  [/^\s*(?:₽|руб(?:\.|(?!\p{L}))|рубл\p{L}{0,16}|рубь\p{L}{0,16})/u, 'RUB'],
  [/^\s*(?:%|процент\p{L}{0,16}|фоиз\p{L}{0,16})/u, 'percent'],
  [/^\s*(?:раза?(?!\p{L})|баробар\p{L}{0,16})/u, 'times'],
  [/^\s*(?:га(?!\p{L})|гектар\p{L}{0,16})/u, 'ha'],
  [/^\s*(?:кв\.\s?м\.?(?!\p{L})|квадратн\p{L}{0,16}\s+метр\p{L}{0,16})/u, 'm2'],
];
/** Nouns after which a number is a date, a duration or an age, not a figure. */
const NOT_A_COUNT =
  /^\s*(?:год|лет(?!\p{L})|йил|месяц|ой(?!\p{L})|недел|дн[яей]|день|час|минут|секунд|январ|феврал|март|апрел|ма[яй](?!\p{L})|июн|июл|август|сентябр|октябр|ноябр|декабр|(?:янв|фев|мар|апр|авг|сен|окт|ноя|дек)(?!\p{L}))/iu;
/** Just before a bare number: an address, a telephone, an id. */
const ADDRESS =
  /(?:ул\.|улиц\p{L}{0,16}|просп\p{L}{0,16}|пр-т|шоссе|переул\p{L}{0,16}|пер\.|проезд\p{L}{0,16}|бульвар\p{L}{0,16}|наб\.|набережн\p{L}{0,16}|(?<!\p{L})д\.|(?<!\p{L})дом|корп\.?|корпус|стр\.|строени\p{L}{0,16}|офис|адрес\p{L}{0,16}|тел\.|телефон\p{L}{0,16}|ИНН|ОГРН|КПП|№)[^.!?]{0,24}$/iu;
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?:,\d+)?|\d+(?:[,.]\d+)?/g;

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
const TIMES_WORDS: Record<string, number> = { вдвое: 2, втрое: 3, вчетверо: 4, впятеро: 5 };
const ORDINAL_STEMS: [RegExp, number][] = [
  [/^втор/u, 2],
  [/^трет/u, 3],
  [/^четв[её]рт/u, 4],
  [/^пят/u, 5],
  [/^шест/u, 6],
  [/^седьм/u, 7],
  [/^восьм/u, 8],
  [/^девят/u, 9],
  [/^десят/u, 10],
];
/** «половина», «треть», «четверть», Uzbek «ярми»: a share written as a word. */
const FRACTIONS: Record<string, number> = {
  половина: 50,
  половины: 50,
  половину: 50,
  половиной: 50,
  треть: 100 / 3,
  трети: 100 / 3,
  третью: 100 / 3,
  четверть: 25,
  четверти: 25,
  четвертью: 25,
  ярми: 50,
  ярмини: 50,
  ярмидан: 50,
};
const WORD = /\p{L}+/gu;
/** «полмиллиарда рублей», «полмиллиона». */
const HALF_AMOUNTS: Record<string, number> = { полмиллиарда: 5e8, полмиллиона: 5e5, полмиллиард: 5e8, полмиллион: 5e5 };

interface Hit {
  value: number;
  unit: Unit;
  at: number;
  end: number;
  check: string[];
  /** «с 26 до 31»: the first of the pair speaks of the earlier period. */
  from?: boolean;
}

function numbersIn(sentence: string, periods: Expression[]): Hit[] {
  const hits: Hit[] = [];
  const inPeriod = (i: number) => periods.some((p) => p.start <= i && i < p.end);
  for (const m of sentence.matchAll(NUMBER)) {
    const at = m.index;
    let end = at + m[0].length;
    // «в 3 квартале»: part of a period
    if (inPeriod(at)) continue;
    const prev = sentence[at - 1] ?? ' ';
    const next = sentence.slice(end, end + 3);
    // part of a date, a time, a telephone, an id or a word: 28.10.2025, 11:20, 123-45-67, +7, A320, mos.ru/97654073
    if (/[\p{L}\d.,:/+№_-]/u.test(prev) && !(prev === '-' && !/\d/u.test(sentence[at - 2] ?? ''))) continue;
    if (/^(?:[.:/]\d|[-–]\d|\p{L}|-[\p{L}])/u.test(next) && !/^-[йяе](?!\p{L})/u.test(next)) continue;
    if (prev === '(' && next[0] === ')') continue;
    const digits = m[0].replace(/[ \u00a0\u202f]/g, '');
    if (digits.length > 16) continue;
    const whole = digits.split(',')[0]!;
    let value = Number(digits.replace(',', '.'));
    let rest = sentence.slice(end, end + 48);
    // «1.2 млн»: a full stop as the decimal mark only before a scale or a unit (not «версия 2.0», not a date)
    if (digits.includes('.') && !SCALE.test(rest) && !UNIT.some(([re]) => re.test(rest))) continue;
    // «каждый 10-й»
    if (/^-[йяе]/u.test(next)) {
      if (/кажд\p{L}{0,16}\s+$/iu.test(sentence.slice(Math.max(0, at - 12), at)))
        hits.push({ value, unit: 'one-in', at: sentence.lastIndexOf('кажд', at), end: end + 2, check: [] });
      continue;
    }
    if (NOT_A_COUNT.test(rest)) continue;
    if (/^\d{4}$/.test(digits) && value >= 1900 && value <= 2100 && !SCALE.test(rest) && !UNIT.some(([re]) => re.test(rest))) continue;
    let scaled = false;
    const scale = SCALE.exec(rest);
    if (scale) {
      value *= scale[1] ? 1e3 : scale[2] ? 1e6 : 1e9;
      scaled = true;
      end += scale[0].length;
      rest = rest.slice(scale[0].length);
    }
    // dollars, euros, yuan: no unit the dataset holds
    if (/^\s*(?:доллар|евро|юан|USD|EUR|CNY|\$|€)/iu.test(rest)) continue;
    let unit: Unit = 'count';
    for (const [re, u] of UNIT) {
      const s = re.exec(rest);
      if (s) {
        unit = u;
        end += s[0].length;
        break;
      }
    }
    if (unit === 'count' && !scaled) {
      // a bare number: not an address, a postcode or an id
      if (ADDRESS.test(sentence.slice(Math.max(0, at - 40), at))) continue;
      if (whole.length >= 5 && !/[ \u00a0\u202f]/.test(m[0])) continue;
      if (value === 0) continue;
    }
    hits.push({
      value: Number(value.toPrecision(12)),
      unit,
      at,
      end,
      check: scaled || unit !== 'count' ? [] : ['число без единицы: количество чего?'],
    });
  }
  for (const m of sentence.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const at = m.index;
    const end = at + m[0].length;
    if (inPeriod(at)) continue;
    if (/^кажд/u.test(word)) {
      const next = /^\s+(\p{L}+)/u.exec(sentence.slice(end, end + 16));
      const ordinal = next && ORDINAL_STEMS.find(([re]) => re.test(next[1]!.toLowerCase()));
      if (next && ordinal)
        hits.push({
          value: ordinal[1],
          unit: 'one-in',
          at,
          end: end + next[0].length,
          check: [`«${m[0]}${next[0]}»: один из ${ordinal[1]}`],
        });
      continue;
    }
    const rest = sentence.slice(end, end + 24);
    const half = HALF_AMOUNTS[word];
    if (half) {
      const unit = UNIT.map(([re, u]) => [re.exec(rest), u] as const).find(([hit]) => hit);
      hits.push({
        value: half,
        unit: unit?.[1] ?? 'count',
        at,
        end: end + (unit?.[0]?.[0].length ?? 0),
        check: [`«${m[0]}» написано словом`],
      });
    } else if (/^полтор[аы]$/u.test(word) && SCALE.test(rest)) {
      const scale = SCALE.exec(rest)!;
      const after = rest.slice(scale[0].length);
      const unit = UNIT.map(([re, u]) => [re.exec(after), u] as const).find(([hit]) => hit);
      hits.push({
        value: 1.5 * (scale[1] ? 1e3 : scale[2] ? 1e6 : 1e9),
        unit: unit?.[1] ?? 'count',
        at,
        end: end + scale[0].length + (unit?.[0]?.[0].length ?? 0),
        check: [`«${m[0]}${scale[0]}» написано словами`],
      });
    } else if (TIMES_WORDS[word]) hits.push({ value: TIMES_WORDS[word], unit: 'times', at, end, check: [`«${m[0]}» написано словом`] });
    else if (CARDINALS[word] && /^\s+\p{L}/u.test(rest) && !NOT_A_COUNT.test(rest)) {
      const times = /^\s+раза?(?!\p{L})/u.exec(rest);
      if (times) hits.push({ value: CARDINALS[word], unit: 'times', at, end: end + times[0].length, check: [`«${m[0]}» написано словом`] });
      else if (!/^\s+(?:процент|из\s)/iu.test(rest))
        hits.push({ value: CARDINALS[word], unit: 'count', at, end, check: [`«${m[0]}» написано словом`] });
    } else if (FRACTIONS[word] !== undefined) {
      const share = Number(FRACTIONS[word].toPrecision(4));
      hits.push({ value: share, unit: 'percent', at, end, check: [`«${m[0]}» написано словом: ${share} %`] });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  // «выросло с 26 до 31»
  for (let i = 0; i + 1 < hits.length; i++) {
    const between = sentence.slice(hits[i]!.end, hits[i + 1]!.at);
    if (/^\s+до\s+$/u.test(between) && /(?:^|\s)с\s+$/u.test(sentence.slice(Math.max(0, hits[i]!.at - 3), hits[i]!.at)))
      hits[i]!.from = true;
  }
  return hits;
}

// ------------------------------------------------------------------------------------------------------- qualifiers
const APPROXIMATE = /(?:^|[^\p{L}])(?:порядка|около|примерно|приблизительно|ориентировочно|қарийб|тахминан)\s+(?:(?:в|на|из)\s+)?$/iu;
const ALMOST = /(?:^|[^\p{L}])(?:почти|деярли|приблизил\p{L}{0,4}\s+к|приближа\p{L}{0,6}\s+к)\s+(?:(?:в|на|из)\s+)?$/iu;
const LOWER =
  /(?:^|[^\p{L}])(?:(?:более|больше|не\s+менее)(?:\s+чем)?|свыше|превысил\p{L}{0,16}|превышает|превысит|превышающ\p{L}{0,16})\s+(?:(?:в|на|из)\s+)?$/iu;
/** Uzbek puts «more than» after the number, on its unit: «8,1 миллиард рублдан ошди», «150 тадан ортиқ». */
const AFTER_LOWER = /^[^.!?]{0,24}?дан\s+(?:ошди|ошган|ортиқ|ортиғи|зиёд|кўп)/iu;

function qualifierOf(sentence: string, hit: Hit): { qualifier: Qualifier; check?: string } {
  const before = sentence.slice(Math.max(0, hit.at - 40), hit.at);
  if (APPROXIMATE.test(before)) return { qualifier: 'approximate' };
  if (ALMOST.test(before)) return { qualifier: 'almost' };
  if (LOWER.test(before))
    return /не\s+менее[^\p{L}]*(?:чем\s+)?(?:(?:в|на|из)\s+)?$/iu.test(before)
      ? { qualifier: 'lower-bound', check: '«не менее» значит «не меньше» (≥): показывается как >' }
      : { qualifier: 'lower-bound' };
  if (AFTER_LOWER.test(sentence.slice(hit.at, hit.end + 24))) return { qualifier: 'lower-bound' };
  return { qualifier: 'exact' };
}

// --------------------------------------------------------------------------------------------------------- measures
/** The release's measure: the first narrower one it names («экспорт высокотехнологичной продукции», «выручка»), else exports. */
function measureOf(text: string): { measure: Measure; check: string } {
  const named =
    /высокотехнологичн\p{L}{0,16}\s+продукц\p{L}{0,16}|юқори\s+технологияли\s+маҳсулот\p{L}{0,16}|выручк\p{L}{0,16}|даромад\p{L}{0,16}/iu.exec(
      text,
    );
  if (!named) return { measure: 'exports', check: 'мера: в релизе нет более узкой, чем «экспорт»; проверьте' };
  return {
    measure: /выручк|даромад/iu.test(named[0]) ? 'export-revenue' : 'high-tech-products',
    check: `мера по слову «${named[0]}», первой мере, которую называет релиз`,
  };
}

// ---------------------------------------------------------------------------------------------------------- sectors
/** Word stems that name a sector, with the id and names a dataset would give it. */
const SECTORS: [RegExp, string, string, string][] = [
  [/^микроэлектрон/u, 'microelectronics', 'Микроэлектроника', 'Microelectronics'],
  [/^волоконно-оптич/u, 'fibre-optics', 'Волоконно-оптическое оборудование', 'Fibre-optic equipment'],
  [/^фотон(?:ик|н)/u, 'photonics', 'Фотоника', 'Photonics'],
  [/^оптич|^оптик/u, 'optics', 'Оптическая продукция', 'Optical products'],
  [/^нанотехнолог/u, 'nanotech', 'Нанотехнологическая продукция', 'Nanotechnology products'],
  [/^композит/u, 'composites', 'Композитные материалы', 'Composite materials'],
  [/^(?:учебн|образовательн|таълим)/u, 'education', 'Учебное оборудование', 'Educational equipment'],
  [/^досмотров/u, 'inspection', 'Досмотровое оборудование', 'Inspection equipment'],
  [/^(?:литий-ионн|аккумулятор|батаре)/u, 'batteries', 'Литий-ионные батареи', 'Lithium-ion batteries'],
  [/^электромобил/u, 'electric-vehicles', 'Электромобили', 'Electric vehicles'],
  [/^режущ/u, 'cutting-tools', 'Режущий инструмент', 'Cutting tools'],
  [/^дезинфекц/u, 'disinfection', 'Дезинфекционное оборудование', 'Disinfection equipment'],
  [/^(?:медицинск|медизделия|тиббий)/u, 'medical', 'Медицинские изделия', 'Medical devices'],
  [/^(?:фармацевт|лекарств)/u, 'pharma', 'Фармацевтическая продукция', 'Pharmaceuticals'],
  [/^(?:лифт|вертикальн)/u, 'lifts', 'Лифтостроение', 'Lifts'],
  [/^робот/u, 'robotics', 'Робототехника', 'Robotics'],
  [/^станк/u, 'machine-tools', 'Станки', 'Machine tools'],
];
const SECTOR_NAMES = new Map(SECTORS.map(([, id, ru, en]) => [id, { ru, en }]));

function sectorsIn(sentence: string, from = 0, to = sentence.length): string[] {
  const found: string[] = [];
  for (const m of sentence.slice(from, to).matchAll(/[\p{L}-]+/gu)) {
    const word = m[0].toLowerCase();
    // «медицинской помощи» is care, not a product
    if (/^медицинск/u.test(word) && /^\s+помощ/u.test(sentence.slice(from + m.index + m[0].length, from + m.index + m[0].length + 10)))
      continue;
    const sector = SECTORS.find(([re]) => re.test(word));
    if (sector && !found.includes(sector[1])) found.push(sector[1]);
  }
  return found;
}

// -------------------------------------------------------------------------------------------------------- exporters
const NAMED =
  /(?:компани\p{L}{0,16}|предприяти\p{L}{0,16}|резидент\p{L}{0,16}|производител\p{L}{0,16}|фирм\p{L}{0,16})(?:\s+(?!зон|особ|экономическ|технопарк|площадк)[\p{Ll}-]{1,20}){0,3}?\s+[«"“„]([^«»"“”„]{2,80})[»"”“]|[«"“„]([^«»"“”„]{2,80})[»"”“]\s+(?:компания\p{L}{0,16}|корхона\p{L}{0,16})/giu;
const UNNAMED =
  /друг\p{L}{0,16}\s+(?:резидент|компани|предприяти)|ещ[её]\s+(?:одн\p{L}{0,16}|один)\s+(?:резидент|компани|предприяти)|одн\p{L}{0,16}\s+из\s+(?:компаний|резидентов|предприятий)|бошқа\s+бир\s+(?:корхона|компания)|яна\s+бир\s+резидент/giu;

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'o',
  қ: 'q',
  ғ: 'g',
  ҳ: 'h',
};
/** An id from a name: «Медтехника-М» → `medtekhnika-m`. */
export const slugOf = (name: string) =>
  [...name.toLowerCase()]
    .map((c) => TRANSLIT[c] ?? c)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Company {
  at: number;
  end: number;
  name?: string;
}

function companiesIn(sentence: string): Company[] {
  const out: Company[] = [];
  for (const m of sentence.matchAll(NAMED)) {
    const name = (m[1] ?? m[2])!.trim();
    // «компании «Технополиса Москва»»: the zone, not a company
    if (!ZONE.test(name)) out.push({ at: m.index, end: m.index + m[0].length, name });
  }
  for (const m of sentence.matchAll(UNNAMED)) out.push({ at: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.at - b.at);
}

// ------------------------------------------------------------------------------------------------------- countries
/** Russian and Uzbek names the kit's tables lack, and short forms releases use. */
const ALIASES: Record<string, string[]> = {
  BY: ['Белоруссия'],
  KG: ['Киргизия', 'Кыргызстан'],
  CN: ['КНР'],
  AE: ['ОАЭ', 'БАА'],
  US: ['США'],
  KR: ['Южная Корея'],
  GB: ['Великобритания'],
  IN: ['Ҳиндистон'],
  TR: ['Туркия'],
  IT: ['Италия'],
  EG: ['Миср'],
  VN: ['Вьетнам'],
  IR: ['Эрон'],
  TM: ['Туркманистон'],
};
const GROUP_NAMES: [RegExp, Group][] = [
  [/^(?:СНГ|МДҲ)$/u, 'cis'],
  [/^(?:ЕАЭС|ЕОИИ)$/u, 'eaeu'],
  [/^(?:Ази[ияю]|Осиё\p{L}{0,16})$/u, 'asia'],
  [/^(?:Европ\p{L}{0,16}|Евросоюз\p{L}{0,16}|Оврупо\p{L}{0,16})$/u, 'europe'],
];
/** Country names by the stem of their first word: «Германию», «Хитойга», «БААда» are found by a prefix look-up per word. */
let countryStems: Map<string, { code: string; rest: string[] }[]> | undefined;
const stem = (w: string) => {
  if (w === w.toUpperCase()) return w;
  const bare = w.replace(/[аяьйиыоеуюё]+$/u, '');
  return bare.length >= 3 ? bare : w;
};
function stems() {
  if (countryStems) return countryStems;
  countryStems = new Map();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // today's countries only (no DD, SU, YU): those the kit places in a region
      if (code === 'RU' || !isCountryCode(code) || regionOf(code) === 'other') continue;
      for (const name of new Set([countryName(code, 'ru'), countryName(code, 'uz'), ...(ALIASES[code] ?? [])])) {
        if (/^[A-Z]{2}$/.test(name)) continue;
        const [first, ...rest] = name.split(' ').map(stem);
        const list = countryStems.get(first!) ?? [];
        list.push({ code, rest: rest.map((r) => r) });
        countryStems.set(first!, list);
      }
    }
  return countryStems;
}

function placesIn(sentence: string): {
  countries: { code: string; at: number; end: number }[];
  groups: { group: Group; at: number; end: number }[];
} {
  const countries: { code: string; at: number; end: number }[] = [];
  const groups: { group: Group; at: number; end: number }[] = [];
  const words = [...sentence.matchAll(/\p{Lu}[\p{L}-]*/gu)];
  for (const [i, m] of words.entries()) {
    const word = m[0];
    const group = GROUP_NAMES.find(([re]) => re.test(word));
    if (group) {
      if (!groups.some((g) => g.group === group[1])) groups.push({ group: group[1], at: m.index, end: m.index + word.length });
      continue;
    }
    // the longest stem that the word starts with, leaving at most an ending («-ию», «-даги»)
    for (let n = Math.min(word.length, 16); n >= Math.max(3, word.length - 5); n--) {
      const candidates = stems().get(word.slice(0, n));
      if (!candidates) continue;
      const upper = word.slice(0, n) === word.slice(0, n).toUpperCase();
      if (upper && /\p{Lu}/u.test(word.slice(n))) continue;
      const match = candidates.find(({ rest }) =>
        rest.every((r, k) => {
          const next = words[i + 1 + k];
          return next !== undefined && next[0].startsWith(r);
        }),
      );
      if (match) {
        if (!countries.some((c) => c.code === match.code)) countries.push({ code: match.code, at: m.index, end: m.index + word.length });
        break;
      }
    }
  }
  return { countries, groups };
}

// -------------------------------------------------------------------------------------------------------- the draft
const CUMULATIVE =
  /за\s+вс[её]\s+время|за\s+время\s+(?:работы|существования|деятельности)|с\s+начала\s+работы|с\s+момента\s+(?:создания|основания)|накопленн\p{L}{0,16}\s+итог|фаолияти\s+давомида/iu;
const INVESTMENT = /инвестиц(?!\p{L}{0,16}\s+и\s+промышленн)|вложил|вложени|поддержк/iu;
const CITY = /технопарк|(?:^|[^\p{L}])город\p{L}{0,16}|Made in Moscow|Моспром|экспортн\p{L}{0,16}\s+центр/iu;
const ZONE = /ОЭЗ|МИЗ|технополис|особ\p{L}{0,16}\s+экономическ|махсус\s+иқтисодий/iu;
const CONTRACTS = /контракт|Made in Moscow/iu;
const NOW = /(?:^|[^\p{L}])(?:сейчас|сегодня|на\s+сегодняшний\s+день|в\s+настоящее\s+время|ҳозирда|справка)/iu;
const ACTIVITY = /экспорт|поставля|поставк|отгруз|продал|жўнат/iu;
const SHARE = /экспорт|поставок|выручк|доля|доли|пришл|приходи|обеспечил|тўғри\s+кел/iu;
const SECTOR_SUBJECT = /производител|кластер|выпускающ|ишлаб\s+чиқарувчи/iu;
const BACK_REFERENCE =
  /такой\s+тип|таких\s+товаров|эт\p{L}{0,16}\s+(?:продукц|товар|кластер|сегмент|направлени)|на\s+не[её](?!\p{L})|на\s+них(?!\p{L})|(?:^|[^\p{L}])(?:их|они)(?!\p{L})/iu;
const GROWTH_AFTER = /^\s*(?:больше|выше|меньше|ниже|превыша\p{L}{0,16}|превосход\p{L}{0,16}|кўп|ошди|оширди|ошган|рост|прирост)/iu;
const GROWTH_BEFORE =
  /(?:вырос\p{L}{0,16}|вырастет|увеличи\p{L}{0,16}|возрос\p{L}{0,16}|нарастил\p{L}{0,16}|рост\p{L}{0,16}|прирост\p{L}{0,16}|подня\p{L}{0,16}|прибавил\p{L}{0,16})(?:\s+\p{L}+){0,4}\s+(?:на\s+)?$/iu;
const COUNTRIES_AFTER = /^(?:\s*дан\s+(?:ортиқ|зиёд))?\s*(?:стран|мамлакат|давлат|государств)/iu;

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function draftRelease(text: string, options: DraftOptions): Draft {
  if (text.length > MAX_TEXT_LENGTH)
    throw new DraftInputError(
      `В тексте ${text.length.toLocaleString('ru')} знаков, а черновик составляется из текста до ${MAX_TEXT_LENGTH.toLocaleString('ru')} знаков. Вставляйте по одному релизу.`,
    );
  const work = withoutControls(text);
  const date = options.date ?? dateOf(work);
  const ctx: Context = date ? { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) || undefined } : {};
  const measure = measureOf(work);
  const known = new Map<string, string>();
  for (const e of options.exporters ?? []) for (const name of Object.values(e.name ?? {})) if (name) known.set(name.toLowerCase(), e.id);

  const figures: DraftFigure[] = [];
  /** Each figure by what makes it the same figure; a headline and its body state one figure twice. */
  const byValue = new Map<string, DraftFigure[]>();
  const destinations: DraftDestination[] = [];
  const usedSectors = new Set<string>();
  const newExporters = new Map<string, string>();
  const fromHeadline = new Set<DraftFigure>();
  /** The release's period: the first it states for its figures (not a plan, not a comparison). */
  let discourse: Period | undefined;
  /** Why the release's period cannot be written («за девять месяцев»), when it cannot. */
  let unwritable: string | undefined;
  let previous: { line: number; period?: Period; sectors: string[]; city: boolean } | undefined;
  let background = false;

  for (const sentence of sentencesOf(work)) {
    const s = sentence.text;
    if (/^справка/iu.test(s)) {
      background = true;
      discourse = undefined;
    }
    const expressions = expressionsOf(s);
    const regions = baseRegionsOf(s, expressions);
    const inBase = (i: number) => regions.find((r) => r.start <= i && i < r.end);
    const mainExpression = expressions.find((e) => !regions.some((r) => r.expression === e || (r.start <= e.start && e.end <= r.end)));
    const inherited = previous && previous.line === sentence.line && previous.period ? previous.period : discourse;
    const main = mainExpression ? resolve(mainExpression, ctx, inherited) : {};
    const stated = main.period;
    // a sentence that names a period the dataset cannot hold inherits none
    const period = stated ?? (main.other ? undefined : inherited);
    const periodHow = stated
      ? main.how
      : main.other
        ? main.how
        : previous?.period && previous.line === sentence.line
          ? 'из предыдущего предложения'
          : discourse
            ? 'из периода релиза'
            : (unwritable ?? main.how);
    const planned = stated && ctx.year !== undefined && stated.year > ctx.year;
    if (!discourse && !unwritable && !background) {
      if (stated && !planned) discourse = stated;
      else if (main.other) unwritable = `период релиза: ${main.how}`;
    }
    const bases = regions.map((r) => (r.expression ? resolve(r.expression, ctx, period) : {}));
    const sectorsHere = sectorsIn(s);
    const companies = companiesIn(s);
    const hits = numbersIn(s, expressions);
    // «Технопарки — …. Это 49 площадок…»: a sentence that names neither the city nor the zone speaks of the one before
    const cityish = CITY.test(s) ? !ZONE.test(s) : !ZONE.test(s) && previous?.line === sentence.line && previous.city;
    const flags = {
      city: CITY.test(s),
      investment: INVESTMENT.test(s),
      cumulative: CUMULATIVE.test(s),
      share: SHARE.test(s),
      backReference: BACK_REFERENCE.test(s),
      contracts: CONTRACTS.test(s),
      countries: /стран|мамлакат/iu.test(s),
      plan: planned || /(?:^|\s)к\s+\d{4}/u.test(s),
      stock: !ACTIVITY.test(s) || NOW.test(s) || background,
    };
    const clauses = [...s.matchAll(/,\s|:\s|;\s|\s[–—]\s|[()]/gu)].map((m) => m.index);
    const clauseOf = (at: number, end: number): [number, number] => {
      let from = 0;
      let to = s.length;
      for (const c of clauses)
        if (c < at) from = c;
        else if (c >= end) {
          to = c;
          break;
        }
      return [from, to];
    };

    for (const hit of hits) {
      const { qualifier, check: qualifierCheck } = qualifierOf(s, hit);
      const check = [...hit.check, ...(qualifierCheck ? [qualifierCheck] : [])];
      const [cFrom, cTo] = clauseOf(hit.at, hit.end);
      const clause = s.slice(cFrom, cTo);
      const after = s.slice(hit.end, hit.end + 40);
      const before = s.slice(Math.max(0, hit.at - 40), hit.at);
      const region = inBase(hit.at);
      const regionIndex = region ? regions.indexOf(region) : -1;
      let kind: Figure['kind'];
      let sectors: string[] = [];
      let exporter: Company | undefined;
      let figurePeriod: Period | undefined = period;
      let basePeriod: Period | undefined;

      const sectorsFor = () => {
        const own = sectorsIn(s, cFrom, cTo);
        if (own.length) return own;
        if (sectorsHere.length) return sectorsHere;
        return previous?.sectors ?? [];
      };
      const growthBase = () => {
        // the comparison nearest after the figure, else before it
        const i = regions.findIndex((r) => r.start >= hit.end);
        const b = bases[i >= 0 ? i : regions.length - 1];
        return b;
      };

      if (hit.unit === 'one-in') kind = cityish ? 'city' : 'zone';
      else if (hit.unit === 'times') kind = flags.plan ? 'zone' : 'growth';
      else if (hit.unit === 'percent') {
        if (GROWTH_AFTER.test(after) || GROWTH_BEFORE.test(before)) kind = 'growth';
        else if (flags.share && !cityish) kind = 'sector-share';
        else kind = cityish ? 'city' : 'zone';
      } else if (hit.unit === 'RUB') {
        const company = companies.find((c) => c.at >= cFrom && c.end <= cTo) ?? (SECTOR_SUBJECT.test(clause) ? undefined : companies[0]);
        if (flags.investment) kind = cityish || flags.city ? 'city' : 'zone';
        else if (region) kind = 'export';
        else if (flags.cumulative) kind = 'cumulative-export';
        else if (cityish) kind = 'city';
        else if (company) {
          kind = 'exporter-export';
          exporter = company;
        } else if ((sectors = sectorsFor()).length && (sectorsHere.length || flags.backReference)) kind = 'sector-export';
        else kind = 'export';
      } else if (
        COUNTRIES_AFTER.test(after) ||
        /число\s+стран[\p{L}-]{0,16}\s*[—–:-]\s*$/iu.test(before) ||
        (hit.from !== undefined && flags.countries) ||
        (/(?:^|\s)до\s+$/u.test(before) && flags.countries)
      ) {
        kind = flags.contracts ? 'city' : 'country-count';
        const bare = check.indexOf('число без единицы: количество чего?');
        if (bare >= 0) check.splice(bare, 1);
      } else kind = cityish ? 'city' : 'zone';
      if (hit.from && kind === 'country-count') {
        figurePeriod = period && { year: period.year - 1, part: period.part };
        check.push('«с … до …»: первое число взято как значение за год до того');
      }
      if (kind === 'sector-share' || kind === 'sector-export') {
        if (!sectors.length) sectors = sectorsFor();
        if (!sectors.length) check.push('укажите отрасли: текст не называет ни одной известной черновику');
      }

      // periods
      if (kind === 'growth') {
        const b = growthBase();
        basePeriod = b?.period;
        if (!basePeriod && figurePeriod && !b?.how) {
          basePeriod = { year: figurePeriod.year - 1, part: figurePeriod.part };
          check.push(`период сравнения: здесь он не назван; принят ${show(basePeriod)}, тот же период годом ранее`);
        } else if (!basePeriod) check.push(`укажите период сравнения${b?.how ? `: ${b.how}` : ''}`);
      } else if (region && (kind === 'export' || kind === 'sector-export' || kind === 'exporter-export')) {
        figurePeriod = bases[regionIndex]?.period;
        if (!figurePeriod)
          check.push(`укажите период: тот, с которым сравнивают${bases[regionIndex]?.how ? `, ${bases[regionIndex].how}` : ''}`);
      } else if (kind === 'zone' || kind === 'city') {
        // a stock (an area, the residents today) has no period unless stated; an activity (exporters) has the release's
        // «из 230 резидентов … 38 компаний»: the whole is a stock
        const activity =
          (hit.unit === 'count' || hit.unit === 'one-in') &&
          (ACTIVITY.test(clause) || ACTIVITY.test(before)) &&
          !/(?:^|\s)из\s+$/iu.test(before);
        if (!stated && (flags.stock || !activity)) figurePeriod = undefined;
      }
      if (kind === 'cumulative-export' && figurePeriod) figurePeriod = { year: figurePeriod.year, part: '' };

      const guessMeasure = MEASURED.has(kind) ? measure : undefined;
      if (guessMeasure) check.push(guessMeasure.check);
      let exporterId: string | undefined;
      if (kind === 'exporter-export') {
        if (exporter?.name) {
          exporterId = known.get(exporter.name.toLowerCase()) ?? slugOf(exporter.name);
          if (!known.has(exporter.name.toLowerCase())) {
            newExporters.set(exporterId, exporter.name);
            check.push(`новый экспортёр «${exporter.name}» (id \`${exporterId}\`): укажите его отрасль и продукцию`);
          }
        } else check.push('укажите экспортёра: текст не называет компанию; выберите её или добавьте новую');
      }
      if (kind === 'zone' || kind === 'city')
        check.push(`ключевой показатель${cityish ? ' города' : ''}: зоны или города? дайте ему подпись`);
      if (!figurePeriod && MEASURED.has(kind)) check.push(`укажите период${periodHow ? `: ${periodHow}` : ': в предложении его нет'}`);
      else if (figurePeriod && !region && !stated && kind !== 'growth')
        check.push(`период ${show(figurePeriod)}: ${periodHow ?? 'из релиза'}`);
      else if (figurePeriod && stated && main.how) check.push(`период ${show(figurePeriod)}: ${main.how}`);

      for (const id of sectors) usedSectors.add(id);
      const figure: DraftFigure['figure'] = {
        id: '',
        kind,
        ...(figurePeriod ? { period: show(figurePeriod) } : {}),
        ...(basePeriod ? { basePeriod: show(basePeriod) } : {}),
        value: hit.value,
        unit: hit.unit,
        qualifier,
        ...(guessMeasure ? { measure: guessMeasure.measure } : {}),
        ...(sectors.length && (kind === 'sector-share' || kind === 'sector-export') ? { sectors } : {}),
        ...(exporterId ? { exporter: exporterId } : {}),
        citations: [{ source: options.source, quote: s }],
      };
      add(figure, check, { start: sentence.start + hit.at, end: sentence.start + hit.end }, sentence);
    }

    const places = placesIn(s);
    if (places.countries.length || (places.groups.length && flags.countries))
      destinations.push({
        destination: {
          ...(period ? { period: show(period) } : {}),
          countries: places.countries.map((c) => c.code),
          ...(places.groups.length ? { groups: places.groups.map((g) => g.group) } : {}),
          role: 'market',
          citations: [{ source: options.source, quote: s }],
        },
        check: [
          'роль: среди крупнейших рынков, новое направление или просто рынок?',
          ...(period
            ? stated
              ? []
              : [`период ${show(period)}: ${periodHow}; отметьте periodInferred, если текст его не называет`]
            : ['укажите период']),
          'экспортёр, отрасль или продукция, если предложение их называет',
        ],
        sentence: { start: sentence.start, end: sentence.end },
        names: [...places.countries, ...places.groups].map((p) => ({ start: sentence.start + p.at, end: sentence.start + p.end })),
      });
    previous = { line: sentence.line, period: stated, sectors: sectorsHere.length ? sectorsHere : [], city: cityish };
  }
  const sectors = [...usedSectors].map((id) => ({ id, name: SECTOR_NAMES.get(id)! }));
  const exporters = [...newExporters].map(([id, name]) => ({ id, name }));
  return { figures, destinations, ...(date ? { date } : {}), sectors, exporters };

  function add(figure: DraftFigure['figure'], check: string[], at: DraftSpan, sentence: Sentence) {
    const span = { start: sentence.start, end: sentence.end };
    // the same figure said again (the headline, then the lead): one entry with both quotes
    const key = `${figure.kind}|${figure.value}|${figure.unit}|${figure.qualifier}|${figure.sectors?.join(',') ?? ''}|${figure.exporter ?? ''}`;
    const list = byValue.get(key) ?? [];
    const same = list
      .slice(0, 8)
      .find(
        ({ figure: f }) =>
          (!f.period || !figure.period || f.period === figure.period) &&
          (!f.basePeriod || !figure.basePeriod || f.basePeriod === figure.basePeriod),
      );
    if (same) {
      if (!same.figure.period && figure.period) Object.assign(same.figure, { period: figure.period });
      if (!same.figure.basePeriod && figure.basePeriod) Object.assign(same.figure, { basePeriod: figure.basePeriod });
      if (same.mentions[same.mentions.length - 1]!.sentence.start !== span.start) {
        same.figure.citations!.push({ source: options.source, quote: sentence.text });
        same.mentions.push({ at, sentence: span });
        // the body says what the headline leaves out: its points to check are the body's
        if (fromHeadline.delete(same))
          same.check.splice(0, same.check.length, ...check, 'сказано и в заголовке: один показатель, обе цитаты');
      }
      return;
    }
    figure.id = slug(`${figure.kind}-${figure.period ?? 'period'}-${figures.length + 1}`);
    const entry: DraftFigure = { figure, check, at, sentence: span, mentions: [{ at, sentence: span }] };
    figures.push(entry);
    if (sentence.headline) fromHeadline.add(entry);
    list.push(entry);
    byValue.set(key, list);
  }
}
