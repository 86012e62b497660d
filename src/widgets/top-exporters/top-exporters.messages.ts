import type { By } from '../../data/selectors/exporters.js';
import type { Lang } from '../../i18n/lang.js';
import { uzSuffix } from '../../i18n/uz.js';

/** How a share computed from an amount and the total is worked out, every part already formatted. */
export interface ComputedShare {
  name: string;
  share: string;
  amount: string;
  total: string;
}

export interface ExportersTerms {
  heading: Record<By, (zone: string, period: string) => string>;
  /** The top row in a sentence: its name and its stated figures. */
  summary: Record<By, (period: string, name: string, values: string) => string>;
  noFigures(period: string): string;
  quoted(name: string): string;
  unnamed: string;
  /** Ends with the space before the amount. */
  total(period: string): string;
  shareOf(share: string): string;
  ranked: string;
  unranked: Record<By, string>;
  /** Rows with an amount of another period only: shown with it, not ranked. */
  context: string;
  to: string;
  ongoing: string;
  new: string;
  more(shown: number, total: number): string;
  computedNote(c: ComputedShare): string;
  empty: string;
}

const ru: ExportersTerms = {
  heading: {
    company: (zone, period) => `${zone}: крупнейшие экспортёры за ${period}`,
    sector: (zone, period) => `${zone}: экспорт по отраслям за ${period}`,
  },
  summary: {
    company: (period, name, values) => `Крупнейший экспортёр за ${period} — ${name}: ${values}.`,
    sector: (period, name, values) => `Ведущая отрасль экспорта за ${period} — ${name}: ${values}.`,
  },
  noFigures: (period) => `Источники не называют сумм за ${period}; ниже — что и куда экспортировалось.`,
  quoted: (name) => `«${name}»`,
  unnamed: 'Резидент ОЭЗ (не назван)',
  total: (period) => `Весь экспорт резидентов за ${period}: `,
  shareOf: (share) => `${share} всего экспорта`,
  ranked: 'Суммы и доли, названные в источниках',
  unranked: { company: 'Экспортировали, сумма не названа', sector: 'Тоже в экспорте, без разбивки по суммам' },
  context: 'Суммы за другой период, без сравнения',
  to: 'Куда: ',
  ongoing: 'поставки идут',
  new: 'впервые',
  more: (shown, total) => `Показаны ${shown} из ${total}.`,
  computedNote: (c) => `${c.name}: ${c.share} = ${c.amount} ÷ ${c.total}; рассчитано, в источнике не названо.`,
  empty: 'В данных нет экспортёров с суммами или странами поставок.',
};

const en: ExportersTerms = {
  heading: {
    company: (zone, period) => `${zone}: top exporters, ${period}`,
    sector: (zone, period) => `${zone}: exports by sector, ${period}`,
  },
  summary: {
    company: (period, name, values) => `The largest exporter in ${period}: ${name}, ${values}.`,
    sector: (period, name, values) => `The leading export sector in ${period}: ${name}, ${values}.`,
  },
  noFigures: (period) => `The sources state no amounts for ${period}; below is what was exported and where.`,
  quoted: (name) => name,
  unnamed: 'A resident of the zone (unnamed)',
  total: (period) => `All residents’ exports in ${period}: `,
  shareOf: (share) => `${share} of all exports`,
  ranked: 'Amounts and shares the sources state',
  unranked: { company: 'Also exported, no amount stated', sector: 'Also exported, not broken down' },
  context: 'Amounts for another period, not compared',
  to: 'To: ',
  ongoing: 'under way',
  new: 'first time',
  more: (shown, total) => `Showing ${shown} of ${total}.`,
  computedNote: (c) => `${c.name}: ${c.share} = ${c.amount} ÷ ${c.total}; computed, not stated in the source.`,
  empty: 'The data names no exporters with amounts or destinations.',
};

const uz: ExportersTerms = {
  heading: {
    company: (zone, period) => `${zone}: ${uzSuffix(period, 'даги')} энг йирик экспортчилар`,
    sector: (zone, period) => `${zone}: ${uzSuffix(period, 'даги')} тармоқлар бўйича экспорт`,
  },
  summary: {
    company: (period, name, values) => `${uzSuffix(period, 'да')} энг йирик экспортчи — ${name}: ${values}.`,
    sector: (period, name, values) => `${uzSuffix(period, 'да')} етакчи экспорт тармоғи — ${name}: ${values}.`,
  },
  noFigures: (period) => `${period} учун манбаларда суммалар айтилмаган; қуйида — нима ва қаерга экспорт қилингани.`,
  quoted: (name) => `«${name}»`,
  unnamed: 'МИЗ резиденти (номи айтилмаган)',
  total: (period) => `${uzSuffix(period, 'да')} резидентларнинг жами экспорти: `,
  shareOf: (share) => `умумий экспортнинг ${share}`,
  ranked: 'Манбаларда айтилган суммалар ва улушлар',
  unranked: { company: 'Экспорт қилган, сумма айтилмаган', sector: 'Экспортда бор, суммалар бўйича тақсимланмаган' },
  context: 'Бошқа давр суммалари, таққосланмаган',
  to: 'Қаерга: ',
  ongoing: 'амалга оширилмоқда',
  new: 'илк бор',
  more: (shown, total) => `${total} тадан ${shown} таси кўрсатилган.`,
  computedNote: (c) => `${c.name}: ${c.share} = ${c.amount} ÷ ${c.total}; ҳисобланган, манбада айтилмаган.`,
  empty: 'Маълумотларда суммаси ёки етказиб бериш мамлакатлари бўлган экспортчилар йўқ.',
};

export const messages: Record<Lang, ExportersTerms> = { ru, en, uz };
