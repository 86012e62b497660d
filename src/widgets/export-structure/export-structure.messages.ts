import type { Lang } from '../../i18n/lang.js';

const ru = {
  heading: 'Экспорт по отраслям: {zone}, {period}',
  summary: '{period}: {sectors} — {share} экспорта{amount}.',
  summaryAmount: ' ({amount} из {total})',
  summaryNone: '{period}: источники называют отрасли, но не их доли в экспорте.',
  sectors: 'Отрасли',
  share: 'Доля экспорта',
  amount: 'Сумма',
  total: 'Весь экспорт',
  rest: 'Не разбито по отраслям',
  also: 'Также названы, без цифр: {list}.',
  named: 'названы без цифр',
  restHow: 'рассчитано: 100 % минус доли, названные в источнике',
  open: 'Пунктир — доля названа как нижняя граница («более»): она может быть больше, но не более чем на неразбитый остаток.',
  computed: 'Штриховка — доля рассчитана по суммам из источников, в них не названа.',
  empty: 'В данных нет разбивки экспорта по отраслям.',
};

type Messages = typeof ru;

const en: Messages = {
  heading: 'Exports by sector: {zone}, {period}',
  summary: '{period}: {sectors} made up {share} of exports{amount}.',
  summaryAmount: ' ({amount} of {total})',
  summaryNone: '{period}: the sources name the sectors, not their shares of exports.',
  sectors: 'Sectors',
  share: 'Share of exports',
  amount: 'Amount',
  total: 'All exports',
  rest: 'Not broken down by sector',
  also: 'Also named, without figures: {list}.',
  named: 'named without figures',
  restHow: 'computed: 100 % minus the shares the source states',
  open: 'Dashed: the share is stated as a lower bound (“more than”); it may be larger, by at most the part not broken down.',
  computed: 'Hatched: the share is computed from amounts the sources give, not stated in them.',
  empty: 'The data has no breakdown of exports by sector.',
};

const uz: Messages = {
  heading: 'Тармоқлар бўйича экспорт: {zone}, {period}',
  summary: '{period}: {sectors} — экспортнинг {share}{amount}.',
  summaryAmount: ' ({amount}, жами {total})',
  summaryNone: '{period}: манбалар тармоқларни айтади, уларнинг экспортдаги улушини эмас.',
  sectors: 'Тармоқлар',
  share: 'Экспортдаги улуш',
  amount: 'Сумма',
  total: 'Жами экспорт',
  rest: 'Тармоқларга ажратилмаган',
  also: 'Рақамларсиз тилга олинган: {list}.',
  named: 'рақамларсиз тилга олинган',
  restHow: 'ҳисобланган: 100 % дан манбада айтилган улушлар айирмаси',
  open: 'Пунктир — улуш қуйи чегара сифатида айтилган («дан ортиқ»): у каттароқ бўлиши мумкин, лекин фарқ ажратилмаган қолдиқдан ошмайди.',
  computed: 'Штрих — улуш манбалардаги суммалардан ҳисобланган, уларда айтилмаган.',
  empty: 'Маълумотларда экспортнинг тармоқлар бўйича тақсимоти йўқ.',
};

export const messages: Record<Lang, Messages> = { ru, en, uz };
