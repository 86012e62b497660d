import type { GrowthText } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { ruIn } from '../../i18n/messages.js';
import type { PeriodKind } from '../../lib/periods.js';
import { uzSuffix } from '../../i18n/uz.js';

/** What the summary sentence names, every part already formatted. */
export interface GrowthSummary {
  period: string;
  amount: string;
  /** What the amount measures, as its release names it; empty for plain exports, which «экспорт» says already. */
  measure: string;
  base: string;
  growth: string;
}

export interface GrowthTerms {
  heading(zone: string): string;
  summaryTimes(s: GrowthSummary): string;
  summaryPercent(s: GrowthSummary): string;
  summaryPlain(s: GrowthSummary): string;
  /** A panel's title; `i` is the half or quarter in the language's numerals. */
  panel: Record<PeriodKind, (i: string) => string>;
  period: string;
  volume: string;
  growth: string;
  growthVs(growth: GrowthText, base: string): string;
  /** The cumulative totals: each as its source states it, with its measure and what it covers. */
  cumulative: string;
  /** Said when the totals are of different measures: they are not one series. */
  cumulativeApart: string;
  /** The table's column heads over the cumulative totals, in place of period, amount and growth. */
  cumulativeColumns: readonly [at: string, amount: string, what: string];
  /** A cumulative total in the CSV's first column. */
  cumulativeRow: string;
  cumulativeAt(period: string): string;
  chartLabel(title: string, items: string): string;
  derivedLegend: string;
  /** What the hatched bars are: said only where bars are drawn (the chart on screen). */
  hatchLegend: string;
  empty: string;
  /** A gap in time: periods of the panel with no figure. */
  noData: string;
  hintYear(attr: string, value: string): string;
  /** A very long file: the widget shows its latest export figures; `shown` and `total` are formatted counts. */
  cut(shown: string, total: string): string;
  showAll: string;
}

/** «В 2019 году экспорт резидентов (экспортная выручка) составил»: the measure named when it is not plain exports. */
const ruSubject = (s: GrowthSummary) =>
  `${ruIn(s.period).replace(/^в/, 'В')} экспорт резидентов${s.measure ? ` (${s.measure})` : ''} составил`;
const uzMeasure = (s: GrowthSummary) => (s.measure ? ` (${s.measure})` : '');

const ru: GrowthTerms = {
  heading: (zone) => `Экспорт резидентов: ${zone}`,
  summaryTimes: (s) => `${ruSubject(s)} ${s.amount} — в ${s.growth} раза больше, чем ${ruIn(s.base)}.`,
  summaryPercent: (s) => `${ruSubject(s)} ${s.amount} — на ${s.growth} больше, чем ${ruIn(s.base)}.`,
  summaryPlain: (s) => `${ruSubject(s)} ${s.amount}.`,
  panel: { year: () => 'По годам', half: (i) => `${i} полугодие`, quarter: (i) => `${i} квартал` },
  period: 'Период',
  volume: 'Сумма',
  growth: 'Рост',
  growthVs: (growth, base) => `${growth.text} к ${base}`,
  cumulative: 'Накопленные итоги, как их называют источники',
  cumulativeApart: 'Это разные показатели, а не один ряд: один итог не продолжает другой.',
  cumulativeColumns: ['На дату', 'Сумма', 'Что считает'],
  cumulativeRow: 'Накопленный итог',
  cumulativeAt: (period) => `на ${period}`,
  chartLabel: (title, items) => `${title}. ${items}.`,
  derivedLegend: '«Расчёт» — значение рассчитано по росту из источника, в нём не названо; ≈ — значение в источнике приблизительное.',
  hatchLegend: 'Заштрихованный столбик — рассчитанное значение.',
  empty: 'В данных нет объёмов экспорта для выбранных периодов.',
  noData: 'нет данных',
  hintYear: (attr, value) => `Атрибут ${attr}="${value}" не распознан: нужен год, например 2019. Показаны все годы.`,
  cut: (shown, total) => `Данных очень много: показаны последние значения экспорта, ${shown} из ${total}. Все значения есть в файле CSV.`,
  showAll: 'Показать все',
};

const en: GrowthTerms = {
  heading: (zone) => `Exports by residents: ${zone}`,
  summaryTimes: (s) =>
    `In ${s.period}, residents' ${s.measure || 'exports'} came to ${s.amount}, ${s.growth} times as much as in ${s.base}.`,
  summaryPercent: (s) => `In ${s.period}, residents' ${s.measure || 'exports'} came to ${s.amount}, ${s.growth} more than in ${s.base}.`,
  summaryPlain: (s) => `In ${s.period}, residents' ${s.measure || 'exports'} came to ${s.amount}.`,
  panel: { year: () => 'By year', half: (i) => `H${i}`, quarter: (i) => `Q${i}` },
  period: 'Period',
  volume: 'Amount',
  growth: 'Growth',
  growthVs: (growth, base) => (growth.times ? `${growth.times} times ${base}` : `${growth.text} on ${base}`),
  cumulative: 'Cumulative totals, as the sources state them',
  cumulativeApart: 'These are different measures, not one series: one total does not continue another.',
  cumulativeColumns: ['As of', 'Amount', 'What it counts'],
  cumulativeRow: 'Cumulative total',
  cumulativeAt: (period) => `as of ${period}`,
  chartLabel: (title, items) => `${title}. ${items}.`,
  derivedLegend: '“Computed”: worked out from the growth a source states, not stated in it; ≈: approximate in the source.',
  hatchLegend: 'A hatched bar is a computed value.',
  empty: 'The data has no export volumes for the chosen periods.',
  noData: 'no data',
  hintYear: (attr, value) => `Attribute ${attr}="${value}" is not recognised: it takes a year such as 2019. Showing all years.`,
  cut: (shown, total) => `A very long file: showing the latest export figures, ${shown} of ${total}. The CSV file has all of them.`,
  showAll: 'Show all',
};

const uz: GrowthTerms = {
  heading: (zone) => `Резидентлар экспорти: ${zone}`,
  summaryTimes: (s) =>
    `${uzSuffix(s.period, 'да')} резидентлар ${uzSuffix(s.amount, 'лик')} маҳсулот экспорт қилди${uzMeasure(s)} — бу ${uzSuffix(s.base, 'га')} нисбатан ${s.growth} баробар кўп.`,
  summaryPercent: (s) =>
    `${uzSuffix(s.period, 'да')} резидентлар ${uzSuffix(s.amount, 'лик')} маҳсулот экспорт қилди${uzMeasure(s)} — бу ${uzSuffix(s.base, 'га')} нисбатан ${s.growth} кўп.`,
  summaryPlain: (s) => `${uzSuffix(s.period, 'да')} резидентлар ${uzSuffix(s.amount, 'лик')} маҳсулот экспорт қилди${uzMeasure(s)}.`,
  panel: { year: () => 'Йиллар бўйича', half: (i) => `${i} ярим йил`, quarter: (i) => `${i} чорак` },
  period: 'Давр',
  volume: 'Сумма',
  growth: 'Ўсиш',
  growthVs: (growth, base) => `${uzSuffix(base, 'га')} нисбатан ${growth.text}`,
  cumulative: 'Жамғарилган якунлар, манбаларда айтилганидек',
  cumulativeApart: 'Булар турли кўрсаткичлар, битта қатор эмас: бир якун бошқасини давом эттирмайди.',
  cumulativeColumns: ['Ҳолатига', 'Сумма', 'Нимани ҳисоблайди'],
  cumulativeRow: 'Жамғарилган якун',
  cumulativeAt: (period) => `${period} ҳолатига`,
  chartLabel: (title, items) => `${title}. ${items}.`,
  derivedLegend: '«Ҳисоб» — қиймат манбадаги ўсишдан ҳисобланган, манбада айтилмаган; ≈ — манбада тахминий.',
  hatchLegend: 'Штрихланган устун — ҳисобланган қиймат.',
  empty: 'Танланган даврлар учун экспорт ҳажмлари йўқ.',
  noData: 'маълумот йўқ',
  hintYear: (attr, value) => `${attr}="${value}" атрибути танилмади: йил керак, масалан 2019. Барча йиллар кўрсатилди.`,
  cut: (shown, total) =>
    `Маълумот жуда кўп: охирги экспорт қийматлари кўрсатилди, ${total} тадан ${shown} таси. Барча қийматлар CSV файлида бор.`,
  showAll: 'Барчасини кўрсатиш',
};

export const messages: Record<Lang, GrowthTerms> = { ru, en, uz };
