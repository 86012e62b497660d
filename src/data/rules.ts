/**
 * Rules of the dataset format that JSON Schema cannot express: unique ids,
 * references between lists, derived values whose inputs exist, comparable
 * growth periods, real country codes. Pure and DOM-free; used by the browser
 * loader and by `npm run validate-data`.
 */
import { VALUE_RANGE, type Dataset, type Figure } from './schema.js';
import { comparable, comparePeriods } from '../lib/periods.js';

export interface DataIssue {
  /** JSON path of the offending value, e.g. `$.figures[3].citations[0].source`. */
  readonly path: string;
  readonly message: string;
}

const UNITS: Partial<Record<Figure['kind'], readonly Figure['unit'][]>> = {
  export: ['RUB'],
  'cumulative-export': ['RUB'],
  'sector-export': ['RUB'],
  'exporter-export': ['RUB'],
  growth: ['percent', 'times'],
  'sector-share': ['percent'],
  'country-count': ['count'],
};

/** Kinds that say how much of something: each names its measure (a derived figure takes its input's). */
export const MEASURED = new Set<Figure['kind']>([
  'export',
  'growth',
  'cumulative-export',
  'sector-export',
  'sector-share',
  'exporter-export',
]);

const NEEDS_PERIOD = new Set<Figure['kind']>([...MEASURED, 'country-count']);

/** Codes outside ISO 3166-1 proper: user-assigned ranges and the groupings Intl also names. */
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;
let regionNames: Intl.DisplayNames | undefined;
/** A large file names the same few hundred codes thousands of times: each is looked up once. */
const countryCodes = new Map<string, boolean>();

export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.test(code)) return false;
  let known = countryCodes.get(code);
  if (known === undefined) {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const name = regionNames.of(code);
    countryCodes.set(code, (known = name !== undefined && name !== code));
  }
  return known;
}

export function checkRules(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });

  const index = <T extends { id: string }>(list: readonly T[], name: string) => {
    const byId = new Map<string, T>();
    list.forEach((item, i) => {
      if (byId.has(item.id)) fail(`$.${name}[${i}].id`, `duplicate id "${item.id}"`);
      else byId.set(item.id, item);
    });
    return byId;
  };
  const sources = index(data.sources, 'sources');
  const sectors = index(data.sectors, 'sectors');
  const exporters = index(data.exporters, 'exporters');
  const figures = index(data.figures, 'figures');

  const known = (ids: ReadonlyMap<string, unknown>, id: string | undefined, path: string, what: string) => {
    if (id !== undefined && !ids.has(id)) fail(path, `unknown ${what} "${id}"`);
  };
  const checkCitations = (citations: readonly { source: string }[] | undefined, path: string) =>
    citations?.forEach((c, i) => known(sources, c.source, `${path}.citations[${i}].source`, 'source'));

  data.sources.forEach((s, i) => {
    known(sources, s.retells, `$.sources[${i}].retells`, 'source');
    if (s.retells === s.id) fail(`$.sources[${i}].retells`, 'a source cannot retell itself');
  });
  data.exporters.forEach((e, i) => known(sectors, e.sector, `$.exporters[${i}].sector`, 'sector'));

  data.figures.forEach((f, i) => {
    const at = `$.figures[${i}]`;
    checkCitations(f.citations, at);
    f.sectors?.forEach((s, j) => known(sectors, s, `${at}.sectors[${j}]`, 'sector'));
    known(exporters, f.exporter, `${at}.exporter`, 'exporter');
    if (NEEDS_PERIOD.has(f.kind) && !f.period) fail(`${at}.period`, `a "${f.kind}" figure needs a period`);
    const units = UNITS[f.kind];
    if (units && !units.includes(f.unit)) fail(`${at}.unit`, `a "${f.kind}" figure is in ${units.join(' or ')}, not ${f.unit}`);
    if ((f.kind === 'sector-export' || f.kind === 'sector-share') && !f.sectors)
      fail(`${at}.sectors`, `a "${f.kind}" figure names its sectors`);
    if (f.kind === 'exporter-export' && !f.exporter) fail(`${at}.exporter`, 'an "exporter-export" figure names its exporter');
    if (f.unit === 'percent' && f.kind !== 'growth' && (f.value ?? 0) > 100) fail(`${at}.value`, 'a share cannot exceed 100 %');
    const range = VALUE_RANGE[f.unit];
    if (f.value !== undefined && (f.value < range.min || f.value > range.max))
      fail(`${at}.value`, `a value in ${f.unit} lies between ${range.min} and ${range.max}`);
    else if (range.whole && f.value !== undefined && !Number.isInteger(f.value))
      fail(`${at}.value`, `a value in ${f.unit} is a whole number`);
    if (MEASURED.has(f.kind) && !f.measure && !f.derived)
      fail(
        `${at}.measure`,
        `a "${f.kind}" figure names its measure as the sentence stating it does: exports, shipments, export-revenue, high-tech-products or other`,
      );
    if (f.measure === 'other' && !f.measureNote)
      fail(`${at}.measureNote`, 'a figure of measure "other" says in measureNote what it measures');
    if (f.basePeriod && f.kind !== 'growth')
      fail(`${at}.basePeriod`, `only a growth compares two periods: a "${f.kind}" figure of ${f.period ?? 'no period'} has no base period`);
    if (f.kind === 'growth') {
      if (!f.basePeriod) fail(`${at}.basePeriod`, 'a growth figure needs the period it is compared with');
      else if (f.period && (!comparable(f.period, f.basePeriod) || comparePeriods(f.basePeriod, f.period) >= 0))
        fail(`${at}.basePeriod`, `${f.basePeriod} is not an earlier period of the same kind as ${f.period}`);
    }

    if (!f.derived) {
      if (f.value === undefined) fail(`${at}.value`, 'a reported figure needs a value');
      if (!f.qualifier) fail(`${at}.qualifier`, 'a reported figure needs a qualifier (exact, approximate or lower-bound)');
      if (!f.citations) fail(`${at}.citations`, 'a reported figure needs at least one citation with its quote');
      return;
    }
    if (f.value !== undefined) fail(`${at}.value`, 'a derived figure is computed; it must not state a value');
    if (f.citations) fail(`${at}.citations`, 'a derived figure cites through its inputs, not on its own');
    const value = figures.get(f.derived.value);
    const growth = figures.get(f.derived.growth);
    if (!value) fail(`${at}.derived.value`, `unknown figure "${f.derived.value}"`);
    else if (value.derived) fail(`${at}.derived.value`, `"${value.id}" is itself derived; derive from reported figures`);
    else if (value.kind !== f.kind || value.unit !== f.unit)
      fail(`${at}.derived.value`, `"${value.id}" is not a ${f.kind} figure in ${f.unit}`);
    else if (f.measure && f.measure !== value.measure)
      fail(`${at}.measure`, `a derived figure measures what "${value.id}" does (${value.measure ?? 'not named'}), not ${f.measure}`);
    if (!growth) fail(`${at}.derived.growth`, `unknown figure "${f.derived.growth}"`);
    else if (growth.kind !== 'growth') fail(`${at}.derived.growth`, `"${growth.id}" is not a growth figure`);
    else if (value && (growth.period !== value.period || growth.basePeriod !== f.period))
      fail(
        `${at}.derived.growth`,
        `"${growth.id}" compares ${growth.period} with ${growth.basePeriod}, not ${value.period} with ${f.period}`,
      );
  });

  data.portfolio.forEach((p, i) => {
    checkCitations(p.citations, `$.portfolio[${i}]`);
    p.sectors.forEach((s, j) => known(sectors, s, `$.portfolio[${i}].sectors[${j}]`, 'sector'));
  });
  data.destinations.forEach((d, i) => {
    const at = `$.destinations[${i}]`;
    checkCitations(d.citations, at);
    known(exporters, d.exporter, `${at}.exporter`, 'exporter');
    known(sectors, d.sector, `${at}.sector`, 'sector');
    if (!d.countries.length && !d.groups) fail(`${at}.countries`, 'a destination names at least one country or group of countries');
    d.countries.forEach((c, j) => {
      if (!isCountryCode(c)) fail(`${at}.countries[${j}]`, `"${c}" is not an ISO 3166-1 alpha-2 country code`);
    });
  });
  return issues;
}
