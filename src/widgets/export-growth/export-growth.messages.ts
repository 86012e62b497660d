import type { Lang } from '../../i18n/lang.js';

const ru = {
  heading: 'Экспорт резидентов: {zone}',
  summaryTimes: 'В {period} экспорт резидентов составил {amount} — в {growth} раза больше, чем в {base}.',
  summaryPercent: 'В {period} экспорт резидентов составил {amount} — на {growth} больше, чем в {base}.',
  summaryPlain: 'В {period} экспорт резидентов составил {amount}.',
  panel: { year: 'По годам', half: '{i} полугодие', quarter: '{i} квартал' },
  period: 'Период',
  volume: 'Экспорт',
  growth: 'Рост',
  growthVs: '{growth} к {base}',
  cumulative: 'Накопленный экспорт за всё время',
  cumulativeAt: 'на {period}',
  chartLabel: '{title}. {items}.',
  derivedLegend: 'Штриховка и знак ≈ — значение рассчитано по приведённому в источнике росту, а не названо в нём.',
  empty: 'В данных нет объёмов экспорта для выбранных периодов.',
  hintYear: 'Атрибут {attr}="{value}" не распознан: нужен год, например 2019. Показаны все годы.',
};

type Messages = typeof ru;

const en: Messages = {
  heading: 'Exports by residents: {zone}',
  summaryTimes: 'In {period}, residents exported goods worth {amount}, {growth} times as much as in {base}.',
  summaryPercent: 'In {period}, residents exported goods worth {amount}, {growth} more than in {base}.',
  summaryPlain: 'In {period}, residents exported goods worth {amount}.',
  panel: { year: 'By year', half: 'H{i}', quarter: 'Q{i}' },
  period: 'Period',
  volume: 'Exports',
  growth: 'Growth',
  growthVs: '{growth} on {base}',
  cumulative: 'Cumulative exports since the zone opened',
  cumulativeAt: 'as of {period}',
  chartLabel: '{title}. {items}.',
  derivedLegend: 'Hatching and ≈ mark a value computed from the growth a source states, not stated in it.',
  empty: 'The data has no export volumes for the chosen periods.',
  hintYear: 'Attribute {attr}="{value}" is not recognised: it takes a year such as 2019. Showing all years.',
};

const uz: Messages = {
  heading: 'Резидентлар экспорти: {zone}',
  summaryTimes: '{period}да резидентлар {amount}лик маҳсулот экспорт қилди — бу {base}га нисбатан {growth} баробар кўп.',
  summaryPercent: '{period}да резидентлар {amount}лик маҳсулот экспорт қилди — бу {base}га нисбатан {growth} кўп.',
  summaryPlain: '{period}да резидентлар {amount}лик маҳсулот экспорт қилди.',
  panel: { year: 'Йиллар бўйича', half: '{i} ярим йил', quarter: '{i} чорак' },
  period: 'Давр',
  volume: 'Экспорт',
  growth: 'Ўсиш',
  growthVs: '{base}га нисбатан {growth}',
  cumulative: 'Бутун давр учун жамғарилган экспорт',
  cumulativeAt: '{period} ҳолатига',
  chartLabel: '{title}. {items}.',
  derivedLegend: 'Штрих ва ≈ белгиси — қиймат манбада келтирилган ўсишдан ҳисобланган, манбада айтилмаган.',
  empty: 'Танланган даврлар учун экспорт ҳажмлари йўқ.',
  hintYear: '{attr}="{value}" атрибути танилмади: йил керак, масалан 2019. Барча йиллар кўрсатилди.',
};

export const messages: Record<Lang, Messages> = { ru, en, uz };
