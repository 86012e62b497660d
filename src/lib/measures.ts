/**
 * What a volume, total, share or growth measures, as the sentence stating it names it: `exports` (exports of the
 * zone's products, no narrower measure named), `shipments` («объем экспортных поставок», «отгрузили за рубеж … на
 * сумму»: the value of goods shipped abroad), `export-revenue` («экспортная выручка», «выручка от экспорта»),
 * `high-tech-products` («экспорт высокотехнологичной продукции»), or `other` (then the figure's `measureNote` says what).
 */
export const MEASURES = ['exports', 'shipments', 'export-revenue', 'high-tech-products', 'other'] as const;
export type Measure = (typeof MEASURES)[number];

/** Groups of countries a release names as a destination («страны СНГ», «страны ЕАЭС, Азии и Европы»). */
export const GROUPS = ['cis', 'eaeu', 'asia', 'europe'] as const;
export type Group = (typeof GROUPS)[number];
