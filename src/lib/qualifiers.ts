/** How a source states a number: as is, approximately («порядка», «около») or as a lower bound («более», «свыше»). */
export const QUALIFIERS = ['exact', 'approximate', 'lower-bound'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
