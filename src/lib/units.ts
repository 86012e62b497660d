/** The units a figure's value is in: roubles, a percentage, a factor («в 3,3 раза»), a count, «каждый n-й», hectares, square metres. */
export const UNITS = ['RUB', 'percent', 'times', 'count', 'one-in', 'ha', 'm2'] as const;
export type Unit = (typeof UNITS)[number];
