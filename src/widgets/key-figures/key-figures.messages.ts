import type { Figure } from '../../data/schema.js';
import type { GrowthText } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { uzSuffix } from '../../i18n/uz.js';

export interface KeyFiguresTerms {
  heading(zone: string): string;
  /** The heading of the city's figures (technoparks, Made in Moscow): not the zone's. */
  cityHeading(zone: string): string;
  summary(years: string): string;
  years(span: string): string;
  /** A year as a sentence names it: «2019 г.». */
  yearLabel(y: string): string;
  asOf(date: string): string;
  growthVs(growth: GrowthText, base: string): string;
  resident: string;
  /** A card's label by figure kind; `what` names the sectors or the exporter. A kind missing here shows as written. */
  kinds: Partial<Record<Figure['kind'], (what: string) => string>>;
  unknown(ids: string, allowed: string): string;
  fallback: string;
}

const ru: KeyFiguresTerms = {
  heading: (zone) => `${zone} в цифрах`,
  cityHeading: (zone) => `Показатели города, не ${zone}`,
  summary: (years) => `Показатели из источников ${years}; у каждого — своя дата.`,
  years: (span) => `${span} гг.`,
  yearLabel: (y) => `${y} г.`,
  asOf: (date) => `по данным на ${date}`,
  growthVs: (growth, base) => `${growth.text} к ${base}`,
  resident: 'резидент ОЭЗ',
  kinds: {
    export: () => 'Экспорт резидентов',
    growth: () => 'Рост экспорта',
    'cumulative-export': () => 'Накопленный экспорт',
    'sector-export': (what) => `Экспорт: ${what}`,
    'sector-share': (what) => `Доля в экспорте: ${what}`,
    'exporter-export': (what) => `Экспорт: ${what}`,
    'country-count': () => 'Страны экспорта',
  },
  unknown: (ids, allowed) => `Атрибут figures: нет показателей с id ${ids}. Допустимо: ${allowed} и любой id показателя из данных.`,
  fallback: 'Показано по умолчанию.',
};

const en: KeyFiguresTerms = {
  heading: (zone) => `${zone} in figures`,
  cityHeading: (zone) => `City figures, not ${zone}’s`,
  summary: (years) => `Figures from sources published in ${years}; each has its own date.`,
  years: (span) => span,
  yearLabel: (y) => y,
  asOf: (date) => `as of ${date}`,
  growthVs: (growth, base) => (growth.times ? `${growth.times} times ${base}` : `${growth.text} on ${base}`),
  resident: 'a resident of the zone',
  kinds: {
    export: () => "Residents' exports",
    growth: () => 'Export growth',
    'cumulative-export': () => 'Cumulative exports',
    'sector-export': (what) => `Exports: ${what}`,
    'sector-share': (what) => `Share of exports: ${what}`,
    'exporter-export': (what) => `Exports: ${what}`,
    'country-count': () => 'Countries exported to',
  },
  unknown: (ids, allowed) => `Attribute figures: no figure with id ${ids}. Allowed: ${allowed}, and any figure id in the data.`,
  fallback: 'Showing the default.',
};

const uz: KeyFiguresTerms = {
  heading: (zone) => `${zone} рақамларда`,
  cityHeading: (zone) => `Шаҳар кўрсаткичлари, ${zone} эмас`,
  summary: (years) => `Кўрсаткичлар ${years} манбаларидан олинган; ҳар бирининг ўз санаси бор.`,
  years: (span) => `${span} йиллар`,
  yearLabel: (y) => `${y} йил`,
  asOf: (date) => `${date} ҳолатига`,
  growthVs: (growth, base) => `${uzSuffix(base, 'га')} нисбатан ${growth.text}`,
  resident: 'МИЗ резиденти',
  kinds: {
    export: () => 'Резидентлар экспорти',
    growth: () => 'Экспорт ўсиши',
    'cumulative-export': () => 'Жамғарилган экспорт',
    'sector-export': (what) => `Экспорт: ${what}`,
    'sector-share': (what) => `Экспортдаги улуш: ${what}`,
    'exporter-export': (what) => `Экспорт: ${what}`,
    'country-count': () => 'Экспорт мамлакатлари',
  },
  unknown: (ids, allowed) =>
    `figures атрибути: ${ids} id ли кўрсаткич йўқ. Мумкин: ${allowed} ва маълумотлардаги ҳар қандай кўрсаткич id си.`,
  fallback: 'Стандарт кўриниш кўрсатилди.',
};

export const messages: Record<Lang, KeyFiguresTerms> = { ru, en, uz };
