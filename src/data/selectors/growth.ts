/** What `<export-growth>` shows: export volumes grouped so that only comparable periods stand together. */
import { isCompared, isDated, type Compared, type Dated, type Model, type ResolvedFigure } from '../model.js';
import type { Measure } from '../schema.js';
import { comparePeriods, must, parsePeriod, type PeriodKind } from '../../lib/periods.js';

export const COMPARISONS = ['all', 'years', 'half-years', 'quarters'] as const;
export type Comparison = (typeof COMPARISONS)[number];

const KIND_OF: Record<Exclude<Comparison, 'all'>, PeriodKind> = { years: 'year', 'half-years': 'half', quarters: 'quarter' };

export interface GrowthPanel {
  /**
   * `year`, `half-1`, `quarter-1`: periods of one kind and index, so a quarter never stands beside a year; and of one
   * measure, so that exports never stand beside high-tech product exports on one axis (`year:exports` when a kind
   * has several).
   */
  readonly key: string;
  readonly kind: PeriodKind;
  readonly index: number;
  readonly measure?: Measure;
  /** Export volumes, oldest first; derived ones among them. */
  readonly volumes: readonly Dated[];
  /** Growth figures between periods of this panel, latest first. */
  readonly growth: readonly Compared[];
}

export interface GrowthOptions {
  readonly comparison?: Comparison;
  readonly from?: number;
  readonly to?: number;
}

const inRange = (period: string, { from, to }: GrowthOptions) => {
  const year = parsePeriod(period)?.year ?? NaN;
  return (from === undefined || year >= from) && (to === undefined || year <= to);
};

/** A stated growth belongs to the volume of its period and measure: never to another figure of the same period. */
export const growthOf = (volume: ResolvedFigure, growth: readonly Compared[]) =>
  growth.filter((g) => g.figure.period === volume.figure.period && g.measure === volume.measure);

/** Export volumes by comparable group and measure, in time order: the group whose latest volume is earliest first. */
export function growthPanels(model: Model, options: GrowthOptions = {}): GrowthPanel[] {
  const wanted = options.comparison && options.comparison !== 'all' ? KIND_OF[options.comparison] : undefined;
  const panels = new Map<string, { kind: PeriodKind; index: number; measure?: Measure; volumes: Dated[]; growth: Compared[] }>();
  const panelOf = (f: ResolvedFigure & { figure: { period: string } }) => {
    const parsed = must(f.figure.period);
    if (wanted && parsed.kind !== wanted) return undefined;
    const base = parsed.kind === 'year' ? 'year' : `${parsed.kind}-${parsed.index}`;
    const key = `${base}:${f.measure ?? ''}`;
    let panel = panels.get(key);
    if (!panel) panels.set(key, (panel = { kind: parsed.kind, index: parsed.index, measure: f.measure, volumes: [], growth: [] }));
    return panel;
  };
  for (const resolved of model.figures.values()) {
    if (!isDated(resolved) || !inRange(resolved.figure.period, options)) continue;
    const { kind } = resolved.figure;
    if (kind === 'export') panelOf(resolved)?.volumes.push(resolved);
    else if (kind === 'growth' && isCompared(resolved) && inRange(resolved.figure.basePeriod, options))
      panelOf(resolved)?.growth.push(resolved);
  }
  const last = (list: readonly Dated[]) => list.at(-1)?.figure.period ?? '0000';
  const kept = [...panels.entries()].filter(([, panel]) => panel.volumes.length);
  // A kind with one measure keeps its plain key (`year`); only where measures meet does the key name its measure.
  const base = (key: string) => key.split(':')[0]!;
  const shared = (key: string) => kept.filter(([k]) => base(k) === base(key)).length > 1;
  return kept
    .map(([key, panel]) => ({
      key: shared(key) ? key : base(key),
      ...panel,
      volumes: panel.volumes.sort((a, b) => comparePeriods(a.figure.period, b.figure.period)),
      growth: panel.growth.sort(
        (a, b) => comparePeriods(b.figure.period, a.figure.period) || comparePeriods(b.figure.basePeriod, a.figure.basePeriod),
      ),
    }))
    .sort((a, b) => comparePeriods(last(a.volumes), last(b.volumes)));
}

/** The panel cut to its latest `count` volumes, and the growth stated for their periods. */
export function latestOf(panel: GrowthPanel, count: number): GrowthPanel {
  if (panel.volumes.length <= count) return panel;
  const volumes = panel.volumes.slice(-count);
  const first = volumes[0]!.figure.period;
  return { ...panel, volumes, growth: panel.growth.filter((g) => comparePeriods(g.figure.period, first) >= 0) };
}

/** Cumulative export totals, oldest first, each as the sources state it: no path is drawn between them. */
export function cumulativeExports(model: Model): Dated[] {
  return [...model.figures.values()]
    .filter((f): f is Dated => f.figure.kind === 'cumulative-export' && isDated(f))
    .sort((a, b) => comparePeriods(a.figure.period, b.figure.period));
}

/** The latest reported export volume and the growth stated for it, for the summary sentence. */
export function latestGrowth(panels: readonly GrowthPanel[]): { volume: Dated; growth?: Compared } | undefined {
  let best: { volume: Dated; growth?: Compared } | undefined;
  for (const panel of panels) {
    const volume = panel.volumes.filter((v) => !v.derived).at(-1);
    if (!volume) continue;
    if (!best || comparePeriods(volume.figure.period, best.volume.figure.period) > 0) {
      const [growth] = growthOf(volume, panel.growth);
      best = growth ? { volume, growth } : { volume };
    }
  }
  return best;
}

/** Years of a panel with no figure: the first and last period of a run of missing years. */
export interface Gap {
  readonly gap: readonly [first: string, last: string];
}

/**
 * A panel's periods in time order with the gaps between them, so that a chart shows the missing years and a table
 * says there is no data: a run of missing years is one slot (2022–2023), not a slot per year.
 */
export function timeline(panel: GrowthPanel): (Dated | Gap)[] {
  const slots: (Dated | Gap)[] = [];
  let previous: number | undefined;
  for (const volume of panel.volumes) {
    const { id, year } = must(volume.figure.period);
    const at = (y: number) => y + id.slice(4);
    if (previous !== undefined && year > previous + 1) slots.push({ gap: [at(previous + 1), at(year - 1)] });
    slots.push(volume);
    previous = year;
  }
  return slots;
}
