import type { Region } from '../../i18n/countries.js';
import type { Lang } from '../../i18n/lang.js';
import type { Forms } from '../../i18n/messages.js';
import type { Counted, Marker } from '../../data/selectors/destinations.js';
import { uzSuffix } from '../../i18n/uz.js';
import { ruIn } from '../../i18n/messages.js';

/** What the summary of one period names, every part already formatted. */
export interface PeriodSummary {
  who: string;
  named: string;
  period: string;
  regions: string;
}

/** What the summary of all periods names, every part already formatted. */
export interface AllSummary {
  from: string | number;
  to: string | number;
  who: string;
  named: string;
  steps: string;
}

export interface DestinationTerms {
  heading(zone: string, period: string): string;
  /** A period's countries: those delivered to in it. */
  summary(s: PeriodSummary): string;
  /** A period with no dated delivery. */
  summaryNone(who: string, period: string): string;
  summaryAll(s: AllSummary): string;
  step(n: number, period: string): string;
  stepMore(n: number, period: string): string;
  who: { all: string; unnamed(what: string): string; named(name: string): string };
  named: Forms;
  countries: Forms;
  regionsIn: Forms;
  stated(stated: string, period: string, named: number): string;
  of(n: number, total: number): string;
  more: Forms;
  showAll: string;
  regions: Record<Region, string>;
  markers: Record<Marker, string>;
  /** Countries listed apart from a period's own: undated or under way, counted each, under their heading. */
  counted: Record<Exclude<Counted, 'delivered'>, (n: number) => string>;
  apart(list: string): string;
  apartHeading: string;
  /** The source's words for the whole geography, beside how many countries it names. */
  extent(extent: string, named: number): string;
  /** Groups of countries the sources name, apart from the countries. */
  groupsNamed: string;
  first(period: string): string;
  residents: string;
  resident: string;
  topLine: string;
  marketLine: string;
  firstTime: string;
  allExporters: string;
  empty: string;
}

const ru: DestinationTerms = {
  heading: (zone, period) => `География экспорта: ${zone}, ${period}`,
  summary: (s) => `Направления экспорта ${s.who} за ${s.period}: источники называют поставки в ${s.named} в ${s.regions}.`,
  summaryNone: (who, period) => `Поставок ${who}, датированных ${period}, источники не называют.`,
  summaryAll: (s) => `С ${s.from} по ${s.to} источники называют ${s.named} — направления экспорта ${s.who}: ${s.steps}.`,
  step: (n, period) => `${n} ${ruIn(period)}`,
  stepMore: (n, period) => `ещё ${n} ${ruIn(period)}`,
  who: { all: 'резидентов ОЭЗ', unnamed: (what) => `резидента ОЭЗ (${what})`, named: (name) => `«${name}»` },
  // Accusative after «называют», nominative in counts.
  named: { one: (n) => `${n} страну`, few: (n) => `${n} страны`, many: (n) => `${n} стран`, other: (n) => `${n} страны` },
  countries: { one: (n) => `${n} страна`, few: (n) => `${n} страны`, many: (n) => `${n} стран`, other: (n) => `${n} страны` },
  regionsIn: { one: (n) => `${n} регионе`, other: (n) => `${n} регионах` },
  stated: (stated, period, named) => `${stated} ${ruIn(period)} — ${named} названы в источниках`,
  of: (n, total) => `${n} из ${total}`,
  more: {
    one: (n) => `…и ещё ${n} страна.`,
    few: (n) => `…и ещё ${n} страны.`,
    many: (n) => `…и ещё ${n} стран.`,
    other: (n) => `…и ещё ${n} страны.`,
  },
  showAll: 'Показать все',
  regions: {
    'eaeu-cis': 'ЕАЭС и СНГ',
    asia: 'Азия',
    europe: 'Европа',
    'middle-east': 'Ближний Восток',
    americas: 'Америка',
    africa: 'Африка',
    oceania: 'Океания',
    other: 'Другие страны',
  },
  markers: { top: 'крупнейший рынок', new: 'новый рынок', ongoing: 'поставки идут', undated: 'дата не указана' },
  counted: { undated: (n) => `без даты — ${n}`, ongoing: (n) => `поставки идут — ${n}` },
  apart: (list) => `Отдельно, не в счёт периода: ${list}.`,
  apartHeading: 'Без даты или поставки ещё идут',
  extent: (extent, named) => `Всего, по словам источника: ${extent}; поимённо названы ${named}.`,
  groupsNamed: 'Группы стран',
  first: (period) => `впервые в источниках: ${period}`,
  residents: 'резиденты ОЭЗ',
  resident: 'резидент ОЭЗ (не назван)',
  topLine: 'один из крупнейших рынков резидентов ОЭЗ',
  marketLine: 'здесь покупают продукцию резидентов ОЭЗ',
  firstTime: 'впервые',
  allExporters: 'все экспортёры',
  empty: 'Для этого выбора источники не называют ни одной страны.',
};

const en: DestinationTerms = {
  heading: (zone, period) => `Export destinations: ${zone}, ${period}`,
  summary: (s) => `Exports by ${s.who} in ${s.period}: the sources name deliveries to ${s.named} in ${s.regions}.`,
  summaryNone: (who, period) => `The sources name no deliveries by ${who} dated ${period}.`,
  summaryAll: (s) => `From ${s.from} to ${s.to}, the sources name ${s.named} ${s.who} export to: ${s.steps}.`,
  step: (n, period) => `${n} in ${period}`,
  stepMore: (n, period) => `${n} more in ${period}`,
  who: { all: "the zone's residents", unnamed: (what) => `a resident of the zone (${what})`, named: (name) => name },
  named: { one: (n) => `${n} country`, other: (n) => `${n} countries` },
  countries: { one: (n) => `${n} country`, other: (n) => `${n} countries` },
  regionsIn: { one: (n) => `${n} region`, other: (n) => `${n} regions` },
  stated: (stated, period, named) => `${stated} in ${period} — ${named} named in the sources`,
  of: (n, total) => `${n} of ${total}`,
  more: { one: (n) => `…and ${n} more country.`, other: (n) => `…and ${n} more countries.` },
  showAll: 'Show all',
  regions: {
    'eaeu-cis': 'EAEU and CIS',
    asia: 'Asia',
    europe: 'Europe',
    'middle-east': 'Middle East',
    americas: 'Americas',
    africa: 'Africa',
    oceania: 'Oceania',
    other: 'Other countries',
  },
  markers: { top: 'top market', new: 'new market', ongoing: 'delivery under way', undated: 'date not stated' },
  counted: { undated: (n) => `${n} undated`, ongoing: (n) => `${n} under way` },
  apart: (list) => `Listed apart, not counted for the period: ${list}.`,
  apartHeading: 'Undated or still under way',
  extent: (extent, named) => `In all, in the source's words: ${extent}; ${named} are named.`,
  groupsNamed: 'Groups of countries',
  first: (period) => `first named: ${period}`,
  residents: "the zone's residents",
  resident: 'a resident of the zone (not named)',
  topLine: "one of the largest markets of the zone's residents",
  marketLine: "buyers here purchase the zone's residents' products",
  firstTime: 'first time',
  allExporters: 'all exporters',
  empty: 'The sources name no country for this choice.',
};

const uz: DestinationTerms = {
  heading: (zone, period) => `Экспорт географияси: ${zone}, ${period}`,
  summary: (s) =>
    `${uzSuffix(s.period, 'да')} ${s.who} экспорти: манбаларда ${uzSuffix(s.regions, 'даги')} ${uzSuffix(s.named, 'га')} етказиб бериш тилга олинган.`,
  summaryNone: (who, period) => `Манбаларда ${who} учун ${uzSuffix(period, 'га')} оид санали етказиб бериш тилга олинмаган.`,
  summaryAll: (s) => `${s.from}–${s.to} йилларда манбаларда ${s.who} экспорт қилган ${s.named} тилга олинган: ${s.steps}.`,
  step: (n, period) => `${uzSuffix(period, 'да')} ${n} та`,
  stepMore: (n, period) => `${uzSuffix(period, 'да')} яна ${n} та`,
  who: { all: 'МИЗ резидентлари', unnamed: (what) => `МИЗ резиденти (${what})`, named: (name) => `«${name}»` },
  named: { other: (n) => `${n} мамлакат` },
  countries: { other: (n) => `${n} мамлакат` },
  regionsIn: { other: (n) => `${n} минтақа` },
  stated: (stated, period, named) => `${uzSuffix(period, 'да')} ${stated} — манбаларда ${named} таси номланган`,
  of: (n, total) => `${total} тадан ${n} та`,
  more: { other: (n) => `…ва яна ${n} мамлакат.` },
  showAll: 'Ҳаммасини кўрсатиш',
  regions: {
    'eaeu-cis': 'ЕОИИ ва МДҲ',
    asia: 'Осиё',
    europe: 'Европа',
    'middle-east': 'Яқин Шарқ',
    americas: 'Америка',
    africa: 'Африка',
    oceania: 'Океания',
    other: 'Бошқа мамлакатлар',
  },
  markers: { top: 'йирик бозор', new: 'янги бозор', ongoing: 'етказиб бериш амалга оширилмоқда', undated: 'сана кўрсатилмаган' },
  counted: { undated: (n) => `санасиз — ${n}`, ongoing: (n) => `амалга оширилмоқда — ${n}` },
  apart: (list) => `Алоҳида, давр ҳисобига кирмайди: ${list}.`,
  apartHeading: 'Санасиз ёки ҳали амалга оширилмоқда',
  extent: (extent, named) => `Манбага кўра жами: ${extent}; номма-ном ${named} таси айтилган.`,
  groupsNamed: 'Мамлакатлар гуруҳлари',
  first: (period) => `манбаларда илк бор: ${period}`,
  residents: 'МИЗ резидентлари',
  resident: 'МИЗ резиденти (номи айтилмаган)',
  topLine: 'МИЗ резидентларининг энг йирик бозорларидан бири',
  marketLine: 'бу ерда МИЗ резидентлари маҳсулотларини харид қилишади',
  firstTime: 'илк бор',
  allExporters: 'барча экспортчилар',
  empty: 'Бу танлов учун манбаларда бирорта мамлакат номланмаган.',
};

export const messages: Record<Lang, DestinationTerms> = { ru, en, uz };
