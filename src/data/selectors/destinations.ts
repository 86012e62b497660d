/** What `<destination-list>` shows: the countries the sources name as export destinations, by period and region. */
import { REGIONS, regionOf, type Region } from '../../i18n/countries.js';
import { isDated, type Dated, type Model } from '../model.js';
import { comparePeriods, latestPeriod, within } from '../../lib/periods.js';
import type { Destination } from '../schema.js';

export const GROUPINGS = ['region', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export type Marker = 'top' | 'new' | 'ongoing' | 'undated';
/** What a count of countries counts: deliveries in the period, deliveries without a date, deliveries under way. */
export type Counted = 'delivered' | 'undated' | 'ongoing';

export interface CountryRow {
  readonly code: string;
  readonly region: Region;
  /** The earliest period the selection names this country in. */
  readonly first: string;
  /** The entries naming it, earliest period first. */
  readonly entries: readonly Destination[];
  /**
   * Top market, new market (not when it is a top market that same period), delivery under way or undated (only when
   * every entry of that period is so: a country three exporters delivered to is not «under way»); each once per period.
   */
  readonly markers: readonly { readonly marker: Marker; readonly period: string }[];
  /** The most a source says of deliveries there: delivered in the period, else undated, else under way. */
  readonly counted: Counted;
}

export interface CountryGroup {
  /** `none` when the list is not grouped. */
  readonly region: Region | 'none';
  /** The rows shown (within `limit`), ranked; a group with none shown is left out. */
  readonly rows: readonly CountryRow[];
  /** Every row of the group, shown or not. */
  readonly total: number;
}

export interface DestinationView {
  /** The period shown, or `all`. */
  readonly period: string;
  /** Every country named, ranked: top markets first, then by how often the sources name them, then by first mention. */
  readonly rows: readonly CountryRow[];
  /** The rows shown, by region: in one period's view only the countries delivered to in that period. */
  readonly groups: readonly CountryGroup[];
  /**
   * In one period's view, the rows shown whose deliveries the sources leave undated or under way: listed apart, with
   * their status, and not counted among the period's countries.
   */
  readonly apart: readonly CountryRow[];
  /** The sources' own words for the whole geography of an entry shown, when they give no number («несколько десятков стран»). */
  readonly extents: readonly Destination[];
  /** Rows left out by `limit`. */
  readonly hidden: number;
  /** How many countries are named for the first time in each period, oldest first (the widening of the geography). */
  readonly firstNamed: readonly { readonly period: string; readonly count: number }[];
  /** Stated numbers of countries (`country-count`) with how many countries the sources name for that period; never summed. */
  readonly stated: readonly { readonly figure: Dated; readonly named: number }[];
  /** How many of the rows each kind of statement counts, in that order. */
  readonly counts: Readonly<Record<Counted, number>>;
  /** Entries that name groups of countries («страны СНГ»): listed apart, never counted as countries. */
  readonly groupEntries: readonly Destination[];
}

export interface DestinationOptions {
  /** A destination period or `all`; the latest of the selection's periods when not given. */
  readonly period?: string;
  readonly exporter?: string;
  readonly groupBy?: Grouping;
  readonly limit?: number;
}

/** The distinct periods of the destination entries, oldest first. */
export const destinationPeriods = (model: Model): string[] =>
  [...new Set(model.dataset.destinations.map((d) => d.period))].sort(comparePeriods);

const byExporter = (model: Model, exporter?: string) =>
  model.dataset.destinations.filter((d) => exporter === undefined || d.exporter === exporter);

/** The latest period with destinations (of one exporter, when given). */
export const latestDestinationPeriod = (model: Model, exporter?: string): string | undefined =>
  latestPeriod(byExporter(model, exporter).map((d) => d.period));

export { within };

/** How many of the rows each kind of statement counts. */
function counts(rows: readonly CountryRow[]): Record<Counted, number> {
  const counted = { delivered: 0, undated: 0, ongoing: 0 };
  for (const row of rows) counted[row.counted]++;
  return counted;
}

/** Distinct countries of the entries. */
const countries = (entries: readonly Destination[]) => new Set(entries.flatMap((d) => d.countries));

export function destinationList(model: Model, options: DestinationOptions = {}): DestinationView {
  const all = options.period === 'all';
  const period = all ? 'all' : (options.period ?? latestDestinationPeriod(model, options.exporter) ?? 'all');
  const entries = byExporter(model, options.exporter)
    .filter((d) => period === 'all' || within(d.period, period))
    .map((d, index) => ({ d, index }))
    .sort((a, b) => comparePeriods(a.d.period, b.d.period) || a.index - b.index)
    .map(({ d }) => d);

  const found = new Map<
    string,
    { row: CountryRow & { entries: Destination[]; markers: CountryRow['markers'][number][]; counted: Counted }; order: number }
  >();
  entries.forEach((d, order) => {
    for (const code of d.countries) {
      let item = found.get(code);
      if (!item)
        found.set(
          code,
          (item = { row: { code, region: regionOf(code), first: d.period, entries: [], markers: [], counted: 'ongoing' }, order }),
        );
      item.row.entries.push(d);
    }
  });
  const rows = [...found.values()]
    .map(({ row, order }) => {
      const has = (period: string, test: (d: Destination) => boolean) => row.entries.some((d) => d.period === period && test(d));
      for (const period of new Set(row.entries.map((d) => d.period))) {
        const top = has(period, (d) => d.role === 'top');
        if (top) row.markers.push({ marker: 'top', period });
        if (!top && has(period, (d) => d.role === 'new')) row.markers.push({ marker: 'new', period });
      }
      const done = row.entries.filter((d) => d.status !== 'ongoing');
      row.counted = done.some((d) => !d.periodInferred) ? 'delivered' : done.length ? 'undated' : 'ongoing';
      // A country is marked «under way» or «date not stated» only when that is all the sources say of it.
      if (row.counted !== 'delivered') row.markers.push({ marker: row.counted, period: row.entries.at(-1)!.period });
      const top = row.markers.some((m) => m.marker === 'top');
      return { row, key: [top ? 0 : 1, top ? 0 : -row.entries.length, order] };
    })
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!)
    .map(({ row }) => row as CountryRow);

  const limit = options.limit && options.limit > 0 ? options.limit : rows.length;
  const shown = rows.slice(0, limit);
  // A period's countries are those delivered to in it; the others are listed apart.
  const grouped = all ? shown : shown.filter((r) => r.counted === 'delivered');
  const apart = all ? [] : shown.filter((r) => r.counted !== 'delivered');
  const groups: CountryGroup[] =
    options.groupBy === 'none'
      ? [{ region: 'none', rows: grouped, total: all ? rows.length : counts(rows).delivered }]
      : REGIONS.map((region) => ({
          region,
          rows: grouped.filter((r) => r.region === region),
          total: rows.filter((r) => r.region === region && (all || r.counted === 'delivered')).length,
        })).filter((g) => g.rows.length);

  const firstPeriods = [...new Set(rows.map((r) => r.first))].sort(comparePeriods);
  const stated = options.exporter
    ? []
    : [...model.figures.values()]
        .filter((f): f is Dated => f.figure.kind === 'country-count' && isDated(f) && (all || f.figure.period === period))
        .map((figure) => ({
          figure,
          named: countries(model.dataset.destinations.filter((d) => within(d.period, figure.figure.period))).size,
        }));

  return {
    period,
    rows,
    counts: counts(rows),
    groupEntries: entries.filter((d) => d.groups),
    groups: grouped.length ? groups : [],
    apart,
    extents: entries.filter((d) => d.extent),
    hidden: rows.length - shown.length,
    firstNamed: firstPeriods.map((p) => ({ period: p, count: rows.filter((r) => r.first === p).length })),
    stated,
  };
}
