/**
 * Number, money, period and date formatting for ru, en and uz through Intl,
 * with the qualifier a source gives (≈, >). Intl objects are cached: a page
 * with fifty widgets builds each formatter once.
 */
import type { Qualifier } from '../lib/qualifiers.js';
import { parsePeriod } from '../lib/periods.js';
import { LOCALE, type Lang } from './lang.js';
import { shared, type Forms } from './messages.js';
import { uzDate } from './uz.js';

const NUMBER_STYLES = {
  plain: { maximumFractionDigits: 3 },
  growth: { style: 'percent', signDisplay: 'always', maximumFractionDigits: 2 },
  percent: { style: 'percent', maximumFractionDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;
const numbers = new Map<string, Intl.NumberFormat>();
/** Fifty widgets format the same figures and axis ticks: each string is made once (a bounded cache). */
const numberTexts = new Map<string, string>();
const dates = new Map<string, Intl.DateTimeFormat>();
const lists = new Map<string, Intl.ListFormat>();
const plurals = new Map<string, Intl.PluralRules>();

/** What a non-finite number (`NaN`, `Infinity`) shows instead of a figure; the validator keeps them out, this is the backstop. */
export const NO_FIGURE = '—';

function number(value: number, lang: Lang, style: keyof typeof NUMBER_STYLES): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  // -0 is 0: Intl would print «-0».
  value += 0;
  const key = `${lang} ${style} ${value}`;
  let text = numberTexts.get(key);
  if (text === undefined) {
    let format = numbers.get(lang + style);
    if (!format) numbers.set(lang + style, (format = new Intl.NumberFormat(LOCALE[lang], NUMBER_STYLES[style])));
    if (numberTexts.size > 2000) numberTexts.clear();
    numberTexts.set(key, (text = format.format(value)));
  }
  return text;
}

export const formatNumber = (value: number, lang: Lang) => number(value, lang, 'plain');

/** The marks of a stated qualifier: ≈ approximate («порядка»), > lower bound («более»); «почти» is written as a word. */
const QUALIFIER_SIGN: Record<Exclude<Qualifier, 'almost'>, string> = { exact: '', approximate: '≈\u00a0', 'lower-bound': '>\u00a0' };

/** A formatted value with its qualifier's mark: ≈ 1 млрд ₽, > 68 %, почти 50 %. */
export const qualify = (text: string, qualifier: Qualifier, lang: Lang) =>
  qualifier === 'almost' ? shared[lang].qualified.almost(text) : QUALIFIER_SIGN[qualifier] + text;

/** Money in roubles, scaled to thousands, millions or billions, keeping every digit the source gave (163,93 млн ₽). */
export function formatMoney(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  const term = shared[lang];
  const [scale, inUnit] =
    value >= 1e9 ? [1e9, term.billionRub] : value >= 1e6 ? [1e6, term.millionRub] : value >= 1e3 ? [1e3, term.thousandRub] : [1, term.rub];
  return inUnit(formatNumber(value / scale, lang));
}

/** Growth as stated: +32 % for a percentage, ×3,3 for a multiple. */
export function formatGrowth(value: number, unit: 'percent' | 'times', lang: Lang): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  return unit === 'percent' ? number(value / 100, lang, 'growth') : `×${formatNumber(value, lang)}`;
}

/** A stated growth as written beside its base: «×3,3», «+32 %»; for a multiple, its figure alone too («3.3 times»). */
export interface GrowthText {
  readonly text: string;
  readonly times?: string;
}

export const growthText = (value: number, unit: 'percent' | 'times', lang: Lang): GrowthText =>
  unit === 'times'
    ? { text: formatGrowth(value, unit, lang), times: formatNumber(value, lang) }
    : { text: formatGrowth(value, unit, lang) };

export const formatPercent = (value: number, lang: Lang) => number(value / 100, lang, 'percent');

/** A figure's value with its unit and its qualifier sign: ≈ 1 млрд ₽, > 68 %, 206,8 га. */
export function formatAmount(value: number, unit: string, qualifier: Qualifier, lang: Lang): string {
  if (!Number.isFinite(value)) return NO_FIGURE;
  const term = shared[lang];
  let body: string;
  switch (unit) {
    case 'RUB':
      body = formatMoney(value, lang);
      break;
    case 'percent':
      body = formatPercent(value, lang);
      break;
    case 'times':
      body = formatGrowth(value, 'times', lang);
      break;
    case 'one-in':
      body = term.oneIn(value, formatNumber(value, lang));
      break;
    case 'ha':
      body = term.hectares(formatNumber(value, lang));
      break;
    case 'm2':
      body = value >= 1e6 ? term.millionSquareMetres(formatNumber(value / 1e6, lang)) : term.squareMetres(formatNumber(value, lang));
      break;
    default:
      body = formatNumber(value, lang);
  }
  return qualify(body, qualifier, lang);
}

/** 2019 → «2019», 2021-Q1 → «I кв. 2021» / «Q1 2021», 2025-H1 → «I пол. 2025» / «H1 2025». */
export function formatPeriod(period: string, lang: Lang): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const term = shared[lang];
  if (parsed.kind === 'year') return term.year(parsed.year);
  return term[parsed.kind](term.roman[parsed.index - 1] ?? String(parsed.index), parsed.year);
}

/** The kit's English is British («recognised», «fibre»): so are its dates, «5 November 2025». */
const DATE_LOCALE: Record<Lang, string> = { ...LOCALE, en: 'en-GB' };

/** A full or partial ISO date: 2025-11-05 → «5 ноября 2025 г.», «2025 йил 5 ноябрь» (not CLDR's uz form), 2020 → «2020». */
export function formatDate(date: string, lang: Lang): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number?, number?];
  if (mo === undefined) return String(y);
  if (lang === 'uz') return uzDate(y, mo, d);
  const options: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  const key = `${lang}${d === undefined}`;
  let format = dates.get(key);
  if (!format) dates.set(key, (format = new Intl.DateTimeFormat(DATE_LOCALE[lang], { ...options, timeZone: 'UTC' })));
  return format.format(Date.UTC(y, mo - 1, d ?? 1));
}

/** «A, B и C». Chromium has no list patterns for uz-Cyrl, so Uzbek joins with «ва» itself. */
export function formatList(items: readonly string[], lang: Lang): string {
  if (lang === 'uz') return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${shared.uz.and} ${items.at(-1)}`;
  let format = lists.get(lang);
  if (!format) lists.set(lang, (format = new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' })));
  return format.format(items);
}

/** Chooses the plural form for a count: forms are keyed by Intl.PluralRules categories, with `other` required. */
export function plural(count: number, lang: Lang, forms: Forms): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
  const form = forms[rules.select(count)] ?? forms.other;
  return form(formatNumber(count, lang));
}

const warm = new Set<Lang>();

/** Whether the language's formatters are built (by `warmFormats`, or by the first text formatted in it). */
export const formatsReady = (lang: Lang) => warm.has(lang);

/**
 * Builds the language's formatters and formats once with each. Intl loads its locale data on first use: about 25 ms
 * of a page's first widget render on the bench machine, which `<ExportWidget>` spends in a turn of its own instead.
 */
export function warmFormats(lang: Lang): void {
  warm.add(lang);
  for (const style of Object.keys(NUMBER_STYLES) as (keyof typeof NUMBER_STYLES)[]) number(0.5, lang, style);
  plural(1, lang, { other: String });
  formatDate('2025-01-01', lang);
  formatDate('2025-01', lang);
  formatList(['', ''], lang);
}

/** The amount with its qualifier in words, for sentences: «около 1 млрд ₽», «more than ₽8.1 billion». */
export function formatAmountInWords(value: number, unit: string, qualifier: Qualifier, lang: Lang): string {
  return shared[lang].qualified[qualifier](formatAmount(value, unit, 'exact', lang));
}
