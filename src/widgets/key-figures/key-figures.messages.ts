import type { Lang } from '../../i18n/lang.js';

const ru = {
  heading: '{zone} в цифрах',
  summary: 'Показатели из источников {years}; у каждого — своя дата.',
  years: '{y} гг.',
  year: '{y} г.',
  asOf: 'по данным на {date}',
  growthVs: '{growth} к {base}',
  resident: 'резидент ОЭЗ',
  kinds: {
    export: 'Экспорт резидентов',
    growth: 'Рост экспорта',
    'cumulative-export': 'Накопленный экспорт',
    'sector-export': 'Экспорт: {what}',
    'sector-share': 'Доля в экспорте: {what}',
    'exporter-export': 'Экспорт: {what}',
    'country-count': 'Страны экспорта',
  } as Record<string, string>,
  unknown: 'Атрибут figures: нет показателей с id {ids}. Допустимо: {allowed} и любой id показателя из данных.',
  fallback: 'Показано по умолчанию.',
};

type Messages = typeof ru;

const en: Messages = {
  heading: '{zone} in figures',
  summary: 'Figures from sources published in {years}; each has its own date.',
  years: '{y}',
  year: '{y}',
  asOf: 'as of {date}',
  growthVs: '{growth} on {base}',
  resident: 'a resident of the zone',
  kinds: {
    export: "Residents' exports",
    growth: 'Export growth',
    'cumulative-export': 'Cumulative exports',
    'sector-export': 'Exports: {what}',
    'sector-share': 'Share of exports: {what}',
    'exporter-export': 'Exports: {what}',
    'country-count': 'Countries exported to',
  },
  unknown: 'Attribute figures: no figure with id {ids}. Allowed: {allowed}, and any figure id in the data.',
  fallback: 'Showing the default.',
};

const uz: Messages = {
  heading: '{zone} рақамларда',
  summary: 'Кўрсаткичлар {years} манбалардан олинган; ҳар бирининг ўз санаси бор.',
  years: '{y} йй.',
  year: '{y} й.',
  asOf: '{date} ҳолатига',
  growthVs: '{base}га нисбатан {growth}',
  resident: 'МИЗ резиденти',
  kinds: {
    export: 'Резидентлар экспорти',
    growth: 'Экспорт ўсиши',
    'cumulative-export': 'Жамғарилган экспорт',
    'sector-export': 'Экспорт: {what}',
    'sector-share': 'Экспортдаги улуш: {what}',
    'exporter-export': 'Экспорт: {what}',
    'country-count': 'Экспорт мамлакатлари',
  },
  unknown: 'figures атрибути: {ids} id ли кўрсаткич йўқ. Мумкин: {allowed} ва маълумотлардаги ҳар қандай кўрсаткич id си.',
  fallback: 'Стандарт кўриниш кўрсатилди.',
};

export const messages: Record<Lang, Messages> = { ru, en, uz };
