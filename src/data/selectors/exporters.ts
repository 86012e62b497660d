/**
 * What `<top-exporters>` shows: exporters (or sectors) of a period ranked by the amounts and shares the sources state,
 * then those the sources name without a figure. Pure and DOM-free.
 */
import { computeShare, type ComputedShare, type Model, type ResolvedFigure } from '../model.js';
import { comparePeriods, must, overlaps, within } from '../../lib/periods.js';
import type { Citation, Destination, Exporter } from '../schema.js';

export const BY = ['company', 'sector'] as const;
export type By = (typeof BY)[number];

export interface RankingRow {
  /** The exporter's id, or the row's sector ids joined with `+`. */
  readonly id: string;
  /** Set in `company` rankings; its `name` is null for a resident the sources do not name. */
  readonly exporter?: Exporter;
  readonly sectors: readonly string[];
  /** The stated amount (RUB): of the ranking's period in `ranked`, of another overlapping one in `context`. */
  readonly amount?: ResolvedFigure;
  /** The stated share of all exports (percent). */
  readonly share?: ResolvedFigure;
  /** A share computed from `amount` and the period's total (`computeShare`): only when both are of the same period and measure. */
  readonly computedShare?: ComputedShare;
  /** Bar length, 0–100, relative to the first row on the ranking's one scale; 0 when there is no bar. */
  readonly bar: number;
  /** Where it went in an overlapping period, with what and the status the sources give. */
  readonly destinations: readonly Destination[];
  /** Citations that name the row without a figure (a portfolio entry). */
  readonly citations: readonly Citation[];
}

export interface Ranking {
  readonly by: By;
  /** The chosen period, or undefined when the dataset has none for `by`. */
  readonly period?: string;
  /** The zone's reported export total for exactly that period. */
  readonly total?: ResolvedFigure;
  /** Rows with a stated figure of exactly the period, largest first, cut to the limit. */
  readonly ranked: readonly RankingRow[];
  /**
   * What the bars measure: stated or computed shares when every ranked row has one, else amounts when every row has
   * one; `none` (no bars) when the rows mix amounts and shares (an amount and a share never share a scale), or when
   * the ranking is withheld.
   */
  readonly scale: 'share' | 'amount' | 'none';
  /**
   * Why the rows of the period are listed but not ranked: `part`, a row has a figure only for a part of the period
   * (652 млн ₽ in H1 2025 against 137 млн ₽ for 2025: its whole year is at least that, so no one can be called the
   * largest); `measures`, the amounts measure different things. The rows then keep the dataset's order.
   */
  readonly withheld?: 'part' | 'measures';
  /** The periods of those part-period figures, oldest first. */
  readonly parts: readonly string[];
  /** Ranked rows left out by the limit. */
  readonly hidden: number;
  /** Rows with a figure of another period that overlaps the chosen one (137 млн ₽ for 2025 beside the first half): shown with that period, never ranked. */
  readonly context: readonly RankingRow[];
  /** Rows the sources name for the period without a figure, in dataset order. */
  readonly unranked: readonly RankingRow[];
}

const SECTOR_KINDS = new Set(['sector-export', 'sector-share']);

/** The periods that have data for `by`, oldest first: these are the values `period` accepts. */
export function rankingPeriods(model: Model, by: By): string[] {
  const { figures, portfolio, destinations } = model.dataset;
  const periods =
    by === 'company'
      ? [...figures.filter((f) => f.kind === 'exporter-export'), ...destinations.filter((d) => d.exporter)]
      : [...figures.filter((f) => SECTOR_KINDS.has(f.kind)), ...portfolio, ...destinations.filter((d) => d.sector)];
  return [...new Set(periods.flatMap((p) => p.period ?? []))].sort(comparePeriods);
}

/**
 * The latest period: of those over by the dataset's date `asOf`, the one that ends last (2021-H1 before 2021-Q1);
 * of two ending together, the shorter. A period still running on that date (2025 in a file of November 2025) comes
 * only after them: its figures are a part of it, so the last period that has ended is the fuller record.
 */
export function defaultPeriod(periods: readonly string[], asOf = ''): string | undefined {
  const [year = 0, month = 12] = asOf.split('-').map(Number);
  const over = (id: string) => {
    const parsed = must(id);
    return !asOf || parsed.year * 12 + parsed.endMonth <= year * 12 + month;
  };
  return [...periods].sort((a, b) => Number(over(b)) - Number(over(a)) || comparePeriods(b, a))[0];
}

export function ranking(model: Model, options: { by: By; period?: string; limit: number }): Ranking {
  const { by, period, limit } = options;
  if (!period) return { by, ranked: [], scale: 'none', parts: [], hidden: 0, context: [], unranked: [] };
  const resolved = [...model.figures.values()];
  const inPeriod = (p?: string) => !!p && overlaps(p, period);
  const total = resolved.find((f) => f.figure.kind === 'export' && f.figure.period === period && !f.derived);
  const destinations = model.dataset.destinations.filter((d) => inPeriod(d.period));

  // Rows with figures, keyed by exporter or by sector set: figures of exactly the chosen period are ranked; those of
  // another period that overlaps it are context, shown with their own period.
  type Row = { exporter?: Exporter; sectors: string[]; amount?: ResolvedFigure; share?: ResolvedFigure };
  const rows = new Map<string, Row>();
  const others = new Map<string, Row>();
  for (const f of resolved) {
    const { kind, exporter: exporterId, sectors = [] } = f.figure;
    if (!inPeriod(f.figure.period) || f.derived) continue;
    const exporter = exporterId ? model.exporters.get(exporterId) : undefined;
    let key: string;
    if (by === 'company' && kind === 'exporter-export' && exporter) key = exporter.id;
    else if (by === 'sector' && SECTOR_KINDS.has(kind)) key = [...sectors].sort().join('+');
    else continue;
    const into = f.figure.period === period ? rows : others;
    let row = into.get(key);
    if (!row) into.set(key, (row = exporter ? { exporter, sectors: [exporter.sector] } : { sectors }));
    row[f.figure.unit === 'percent' ? 'share' : 'amount'] ??= f;
  }
  const computedShare = (row: Row) => (!row.share && row.amount ? computeShare(row.amount, total) : undefined);
  const entries = [...rows.entries()];
  const byShare = entries.every(([, r]) => r.share || computedShare(r));
  const byAmount = !byShare && entries.every(([, r]) => r.amount);
  // A ranking the sources do not support is withheld: a row known only for part of the period may be the largest, and
  // amounts of different measures do not compare.
  const partial = [...others.entries()].filter(([id]) => !rows.has(id)).map(([, r]) => r);
  const parts = [...new Set(partial.flatMap((r) => [r.amount, r.share].flatMap((f) => f?.figure.period ?? [])))]
    .filter((p) => p !== period && within(p, period))
    .sort(comparePeriods);
  const measures = new Set(entries.map(([, r]) => (byShare ? (r.share?.measure ?? computedShare(r)?.measure) : r.amount?.measure)));
  const withheld = parts.length ? 'part' : (byShare || byAmount) && measures.size > 1 ? 'measures' : undefined;
  const scale = withheld ? 'none' : byShare ? 'share' : byAmount ? 'amount' : 'none';
  // Order and bar length on the one scale; rows that mix amounts and shares are ordered by amount, then share.
  const weigh = (r: Row) => (byShare ? (r.share?.value ?? computedShare(r)?.value ?? 0) : (r.amount?.value ?? 0));
  const sorted = withheld ? entries : entries.sort(([, a], [, b]) => weigh(b) - weigh(a) || (b.share?.value ?? 0) - (a.share?.value ?? 0));
  const top = sorted[0] ? weigh(sorted[0][1]) : 0;
  const where = (keep: (d: Destination) => boolean) => destinations.filter(keep);
  const ofSectors = (sectors: readonly string[]) => (d: Destination) => !d.exporter && !!d.sector && sectors.includes(d.sector);
  const full = (id: string, row: Row, bar = 0): RankingRow => ({
    id,
    ...row,
    computedShare: computedShare(row),
    bar,
    destinations: where(row.exporter ? (d) => d.exporter === id : ofSectors(row.sectors)),
    citations: [],
  });

  const ranked = sorted
    .slice(0, Math.max(0, limit))
    .map(([id, row]) => full(id, row, top && scale !== 'none' ? Math.round((weigh(row) / top) * 100) : 0));
  // A share is computed only from an amount of the chosen period itself.
  const context = [...others.entries()]
    .filter(([id]) => !rows.has(id))
    .map(([id, row]) => ({ ...full(id, row), computedShare: undefined }));

  const unranked = new Map<string, RankingRow>();
  const named = (id: string, sectors: string[], citations: readonly Citation[], exporter?: Exporter) => {
    const withFigures = [...rows.entries(), ...others.entries()];
    if (withFigures.some(([key, r]) => key === id || (!exporter && r.sectors.includes(id)))) return;
    const known = unranked.get(id);
    if (known) return void unranked.set(id, { ...known, citations: [...known.citations, ...citations] });
    const shipped = where(exporter ? (d) => d.exporter === id : ofSectors(sectors));
    unranked.set(id, { id, exporter, sectors, bar: 0, destinations: shipped, citations });
  };
  if (by === 'company') {
    for (const d of destinations) {
      const exporter = d.exporter ? model.exporters.get(d.exporter) : undefined;
      if (exporter) named(exporter.id, [exporter.sector], [], exporter);
    }
  } else {
    // Named without a figure, in the chosen period itself: a row has no period of its own to say it is of another.
    for (const entry of model.dataset.portfolio)
      if (within(entry.period, period)) for (const sector of entry.sectors) named(sector, [sector], entry.citations);
    for (const d of destinations) if (!d.exporter && d.sector && within(d.period, period)) named(d.sector, [d.sector], []);
  }
  return {
    by,
    period,
    total,
    ranked,
    scale,
    withheld,
    parts,
    hidden: Math.max(0, sorted.length - ranked.length),
    context,
    unranked: [...unranked.values()],
  };
}
