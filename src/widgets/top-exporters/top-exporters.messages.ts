import type { Lang } from '../../i18n/lang.js';

const ru = {
  heading: { company: '{zone}: крупнейшие экспортёры за {period}', sector: '{zone}: экспорт по отраслям за {period}' },
  summary: {
    company: 'Крупнейший экспортёр за {period} — {name}: {values}.',
    sector: 'Ведущая отрасль экспорта за {period} — {name}: {values}.',
  },
  noFigures: 'Источники не называют сумм за {period}; ниже — что и куда экспортировалось.',
  quoted: '«{name}»',
  unnamed: 'Резидент ОЭЗ (не назван)',
  total: 'Весь экспорт резидентов за {period}: ',
  shareOf: '{share} всего экспорта',
  ranked: 'Суммы и доли, названные в источниках',
  unranked: { company: 'Экспортировали, сумма не названа', sector: 'Тоже в экспорте, без разбивки по суммам' },
  to: 'Куда: ',
  ongoing: 'поставки идут',
  new: 'впервые',
  more: 'Показаны {shown} из {total}.',
  computedNote: '{name}: {share} = {amount} ÷ {total}; рассчитано, в источнике не названо.',
  empty: 'В данных нет экспортёров с суммами или странами поставок.',
};

type Messages = typeof ru;

const en: Messages = {
  heading: { company: '{zone}: top exporters, {period}', sector: '{zone}: exports by sector, {period}' },
  summary: {
    company: 'The largest exporter in {period}: {name}, {values}.',
    sector: 'The leading export sector in {period}: {name}, {values}.',
  },
  noFigures: 'The sources state no amounts for {period}; below is what was exported and where.',
  quoted: '{name}',
  unnamed: 'A resident of the zone (unnamed)',
  total: 'All residents’ exports in {period}: ',
  shareOf: '{share} of all exports',
  ranked: 'Amounts and shares the sources state',
  unranked: { company: 'Also exported, no amount stated', sector: 'Also exported, not broken down' },
  to: 'To: ',
  ongoing: 'under way',
  new: 'first time',
  more: 'Showing {shown} of {total}.',
  computedNote: '{name}: {share} = {amount} ÷ {total}; computed, not stated in the source.',
  empty: 'The data names no exporters with amounts or destinations.',
};

const uz: Messages = {
  heading: { company: '{zone}: {period}даги энг йирик экспортчилар', sector: '{zone}: {period}даги тармоқлар бўйича экспорт' },
  summary: {
    company: '{period}да энг йирик экспортчи — {name}: {values}.',
    sector: '{period}да етакчи экспорт тармоғи — {name}: {values}.',
  },
  noFigures: '{period} учун манбаларда суммалар айтилмаган; қуйида — нима ва қаерга экспорт қилингани.',
  quoted: '«{name}»',
  unnamed: 'МИЗ резиденти (номи айтилмаган)',
  total: '{period}да резидентларнинг жами экспорти: ',
  shareOf: 'умумий экспортнинг {share}',
  ranked: 'Манбаларда айтилган суммалар ва улушлар',
  unranked: { company: 'Экспорт қилган, сумма айтилмаган', sector: 'Экспортда бор, суммалар бўйича тақсимланмаган' },
  to: 'Қаерга: ',
  ongoing: 'амалга оширилмоқда',
  new: 'илк бор',
  more: '{total} тадан {shown} таси кўрсатилган.',
  computedNote: '{name}: {share} = {amount} ÷ {total}; ҳисобланган, манбада айтилмаган.',
  empty: 'Маълумотларда суммаси ёки етказиб бериш мамлакатлари бўлган экспортчилар йўқ.',
};

export const messages: Record<Lang, Messages> = { ru, en, uz };
