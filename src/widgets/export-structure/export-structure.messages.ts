import type { Lang } from '../../i18n/lang.js';

/** What the summary sentence names, every part already formatted; `amount` and `total` are empty when not stated. */
export interface StructureSummary {
  period: string;
  sectors: string;
  share: string;
  amount: string;
  total: string;
}

export interface StructureTerms {
  /** The heading, without the period when the data has none to show. */
  heading(zone: string, period?: string): string;
  summary(s: StructureSummary): string;
  summaryNone(period: string): string;
  sectors: string;
  share: string;
  amount: string;
  total: string;
  rest: string;
  also(list: string): string;
  named: string;
  restHow: string;
  restLegend: string;
  open: string;
  computed: string;
  empty: string;
}

const ru: StructureTerms = {
  heading: (zone, period) => (period ? `Экспорт по отраслям: ${zone}, ${period}` : `Экспорт по отраслям: ${zone}`),
  summary: (s) => `${s.period}: ${s.sectors} — ${s.share}${!s.amount ? '' : s.total ? ` (${s.amount} из ${s.total})` : ` (${s.amount})`}.`,
  summaryNone: (period) => `${period}: источники называют отрасли, но не их доли в экспорте.`,
  sectors: 'Отрасли',
  share: 'Доля',
  amount: 'Сумма',
  total: 'Всего',
  rest: 'Не разбито по отраслям',
  also: (list) => `Также названы, без цифр: ${list}.`,
  named: 'названы без цифр',
  restHow: 'рассчитано: 100 % минус доли, названные в источнике',
  restLegend: 'Точки — часть экспорта, не разбитая по отраслям: 100 % минус доли, названные в источниках. Это не отрасль.',
  open: 'Пунктир — доля названа как нижняя граница («более»): она может быть больше, но не более чем на неразбитый остаток.',
  computed: 'Штриховка — доля рассчитана по суммам из источников, в них не названа.',
  empty: 'В данных нет разбивки экспорта по отраслям.',
};

const en: StructureTerms = {
  heading: (zone, period) => (period ? `Exports by sector: ${zone}, ${period}` : `Exports by sector: ${zone}`),
  summary: (s) =>
    `${s.period}: ${s.sectors} made up ${s.share}${!s.amount ? '' : s.total ? ` (${s.amount} of ${s.total})` : ` (${s.amount})`}.`,
  summaryNone: (period) => `${period}: the sources name the sectors, not their shares of exports.`,
  sectors: 'Sectors',
  share: 'Share',
  amount: 'Amount',
  total: 'Total',
  rest: 'Not broken down by sector',
  also: (list) => `Also named, without figures: ${list}.`,
  named: 'named without figures',
  restHow: 'computed: 100 % minus the shares the source states',
  restLegend: 'Dotted: the part of exports not broken down by sector, 100% minus the shares the sources state. It is not a sector.',
  open: 'Dashed: the share is stated as a lower bound (“more than”); it may be larger, by at most the part not broken down.',
  computed: 'Hatched: the share is computed from amounts the sources give, not stated in them.',
  empty: 'The data has no breakdown of exports by sector.',
};

const uz: StructureTerms = {
  heading: (zone, period) => (period ? `Тармоқлар бўйича экспорт: ${zone}, ${period}` : `Тармоқлар бўйича экспорт: ${zone}`),
  summary: (s) =>
    `${s.period}: ${s.sectors} — ${s.share}${!s.amount ? '' : s.total ? ` (${s.amount}, жами ${s.total})` : ` (${s.amount})`}.`,
  summaryNone: (period) => `${period}: манбалар тармоқларни айтади, уларнинг экспортдаги улушини эмас.`,
  sectors: 'Тармоқлар',
  share: 'Улуш',
  amount: 'Сумма',
  total: 'Жами',
  rest: 'Тармоқларга ажратилмаган',
  also: (list) => `Рақамларсиз тилга олинган: ${list}.`,
  named: 'рақамларсиз тилга олинган',
  restHow: 'ҳисобланган: 100\u00a0%дан манбада айтилган улушлар айирмаси',
  restLegend: 'Нуқталар — экспортнинг тармоқларга ажратилмаган қисми: 100\u00a0%дан манбаларда айтилган улушлар айирмаси. Бу тармоқ эмас.',
  open: 'Пунктир — улуш қуйи чегара сифатида айтилган («дан ортиқ»): у каттароқ бўлиши мумкин, лекин фарқ ажратилмаган қолдиқдан ошмайди.',
  computed: 'Штрих — улуш манбалардаги суммалардан ҳисобланган, уларда айтилмаган.',
  empty: 'Маълумотларда экспортнинг тармоқлар бўйича тақсимоти йўқ.',
};

export const messages: Record<Lang, StructureTerms> = { ru, en, uz };
