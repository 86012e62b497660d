/**
 * How a source states a number: as is, approximately («порядка», «около»), as a lower bound («более», «свыше») or
 * as just under it («почти»).
 */
export const QUALIFIERS = ['exact', 'approximate', 'lower-bound', 'almost'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
