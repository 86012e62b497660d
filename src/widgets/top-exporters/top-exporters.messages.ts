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
  /** The company heading when no ranking can be given: it claims no «largest». */
  headingListed(zone: string, period: string): string;
  /** The top row in a sentence: its name and its stated figures. */
  summary: Record<By, (period: string, name: string, values: string) => string>;
  noFigures(period: string): string;
  /** Why no row is called the largest (`Ranking.withheld`): `parts` the part periods, `names` the measures. */
  withheld: Record<'part' | 'measures', (by: By, period: string, parts: string, names: string) => string>;
  /** The heading of rows listed but not ranked. */
  listed: string;
  quoted(name: string): string;
  unnamed: string;
  /** Ends with the space before the amount. */
  total(period: string): string;
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
  headingListed: (zone, period) => `${zone}: экспортёры за ${period}`,
  summary: {
    company: (period, name, values) => `Крупнейший экспортёр за ${period} — ${name}: ${values}.`,
    sector: (period, name, values) => `Ведущая отрасль экспорта за ${period} — ${name}: ${values}.`,
  },
  noFigures: (period) => `Источники не называют сумм за ${period}; ниже — что и куда экспортировалось.`,
  withheld: {
    part: (by, period, parts) =>
      `${by === 'company' ? 'Крупнейшего экспортёра' : 'Ведущую отрасль экспорта'} за ${period} источники не называют: часть сумм дана только за ${parts}, а за весь период она может быть больше названных.`,
    measures: (by, period, _parts, names) =>
      `${by === 'company' ? 'Крупнейшего экспортёра' : 'Ведущую отрасль экспорта'} за ${period} по этим суммам не определить: они измеряют разное (${names}).`,
  },
  listed: 'Суммы, названные в источниках, без рейтинга',
  quoted: (name) => `«${name}»`,
  unnamed: 'Резидент ОЭЗ (не назван)',
  total: (period) => `Весь экспорт резидентов за ${period}: `,
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
  headingListed: (zone, period) => `${zone}: exporters, ${period}`,
  summary: {
    company: (period, name, values) => `The largest exporter in ${period}: ${name}, ${values}.`,
    sector: (period, name, values) => `The leading export sector in ${period}: ${name}, ${values}.`,
  },
  noFigures: (period) => `The sources state no amounts for ${period}; below is what was exported and where.`,
  withheld: {
    part: (by, period, parts) =>
      `The sources name no ${by === 'company' ? 'largest exporter' : 'leading export sector'} for ${period}: some amounts cover only ${parts}, and over the whole period may exceed those named.`,
    measures: (by, period, _parts, names) =>
      `No ${by === 'company' ? 'largest exporter' : 'leading export sector'} for ${period} can be told from these amounts: they measure different things (${names}).`,
  },
  listed: 'Amounts the sources state, not ranked',
  quoted: (name) => name,
  unnamed: 'A resident of the zone (unnamed)',
  total: (period) => `All residents’ exports in ${period}: `,
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
  headingListed: (zone, period) => `${zone}: ${uzSuffix(period, 'даги')} экспортчилар`,
  summary: {
    company: (period, name, values) => `${uzSuffix(period, 'да')} энг йирик экспортчи — ${name}: ${values}.`,
    sector: (period, name, values) => `${uzSuffix(period, 'да')} етакчи экспорт тармоғи — ${name}: ${values}.`,
  },
  noFigures: (period) => `${period} учун манбаларда суммалар айтилмаган; қуйида — нима ва қаерга экспорт қилингани.`,
  withheld: {
    part: (by, period, parts) =>
      `Манбаларда ${uzSuffix(period, 'даги')} ${by === 'company' ? 'энг йирик экспортчи' : 'етакчи экспорт тармоғи'} айтилмаган: баъзи суммалар фақат ${parts} учун, бутун давр учун эса улар айтилганлардан ошиши мумкин.`,
    measures: (by, period, _parts, names) =>
      `Бу суммалардан ${uzSuffix(period, 'даги')} ${by === 'company' ? 'энг йирик экспортчини' : 'етакчи экспорт тармоғини'} аниқлаб бўлмайди: улар турли кўрсаткичлар (${names}).`,
  },
  listed: 'Манбаларда айтилган суммалар, рейтингсиз',
  quoted: (name) => `«${name}»`,
  unnamed: 'МИЗ резиденти (номи айтилмаган)',
  total: (period) => `${uzSuffix(period, 'да')} резидентларнинг жами экспорти: `,
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
