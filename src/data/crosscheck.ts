/**
 * Cross-checks between stated figures, beyond what each figure's own rules say: the arithmetic a careful reader of
 * the releases would do. Run by `npm run validate-data` and the build (scripts/dataset-file.ts); not in the bundle.
 *
 * A stated number stands for an interval of the values it may round:
 * - exact: ± half a unit of its last significant digit (326 million is 325.5–326.5 million; «1 миллиард» has one
 *   significant digit, as the derived values count it, so it is 0.5–1.5 billion);
 * - approximate (≈): that interval, widened to at least ± 10 % of the value;
 * - lower-bound (>): from the value up, without an upper end;
 * - almost («почти»): just under the value, from 10 % below it up to it.
 * Two statements disagree only when their intervals cannot meet.
 */
import type { Dataset, Figure } from './schema.js';
import type { DataIssue } from './rules.js';

type Interval = readonly [number, number];

/** A unit of the last significant digit of a number as written: 326000000 → 1000000, 2.7 → 0.1, 163.93 → 0.01. */
export function lastDigitUnit(value: number): number {
  if (value === 0) return 1;
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
  const decimals = (mantissa.split('.')[1] ?? '').length;
  return 10 ** (Number(exponent) - decimals);
}

/** The interval a reported figure stands for (see above). */
export function intervalOf(f: Pick<Figure, 'value' | 'qualifier'> & { value: number }): Interval {
  const half = lastDigitUnit(f.value) / 2;
  if (f.qualifier === 'lower-bound') return [f.value, Infinity];
  if (f.qualifier === 'almost') return [f.value * 0.9, f.value];
  const spread = f.qualifier === 'approximate' ? Math.max(half, f.value / 10) : half;
  return [Math.max(0, f.value - spread), f.value + spread];
}

const factorOf = (growth: Figure & { value: number }): Interval => {
  const [lo, hi] = intervalOf(growth);
  return growth.unit === 'percent' ? [1 + lo / 100, 1 + hi / 100] : [lo, hi];
};

/** Numbers as the releases write them, for the arithmetic in a message: 1 000 000 000, 2.7, 1.32. */
const num = (n: number) => (n === Infinity ? '∞' : Number(n.toPrecision(4)).toLocaleString('en').replaceAll(',', ' '));
const stated = (f: Figure & { value: number }) =>
  `${{ exact: '', approximate: '≈ ', 'lower-bound': '> ', almost: 'almost ' }[f.qualifier ?? 'exact']}${num(f.value)}${f.unit === 'percent' ? ' %' : f.unit === 'times' ? ' times' : ` ${f.unit}`}`;
const range = ([lo, hi]: Interval, pre = '') => (hi === Infinity ? `${pre}${num(lo)} or more` : `${pre}${num(lo)}…${pre}${num(hi)}`);

type Reported = Figure & { value: number };
const isReported = (f: Figure): f is Reported => !f.derived && f.value !== undefined;

/** What a figure is a figure of, but for its measure: two figures with the same key and measure say the same thing. */
function keyOf(f: Figure): string {
  const label = f.kind === 'zone' || f.kind === 'city' ? (f.label?.en ?? f.label?.ru ?? f.label?.uz ?? f.id) : '';
  return [f.kind, f.unit, f.period ?? '', f.basePeriod ?? '', [...(f.sectors ?? [])].sort().join('+'), f.exporter ?? '', label].join('|');
}

/** Volumes that a growth, a share or a part is measured against: same kind of money, same sectors and exporter. */
const VOLUMES = new Set<Figure['kind']>(['export', 'sector-export', 'exporter-export']);
const sameSubject = (a: Figure, b: Figure) =>
  [...(a.sectors ?? [])].sort().join('+') === [...(b.sectors ?? [])].sort().join('+') && a.exporter === b.exporter;

export function crossCheck(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const at = new Map(data.figures.map((f, i) => [f, `$.figures[${i}]`]));
  const where = (f: Figure) => at.get(f)!;
  const byId = new Map(data.figures.map((f) => [f.id, f]));
  /** A derived figure measures what its input does. */
  const measureOf = (f: Figure) => f.measure ?? (f.derived && byId.get(f.derived.value)?.measure);

  // Two figures for the same period and the same kind, unit and subject: a widget would show both under one label,
  // unless each names its own measure.
  const seen = new Map<string, Figure[]>();
  for (const f of data.figures) {
    const key = keyOf(f);
    const before = seen.get(key) ?? [];
    seen.set(key, [...before, f]);
    const measure = measureOf(f);
    const first = before.find((b) => measureOf(b) === measure) ?? before.find((b) => !measure || !measureOf(b));
    if (!first) continue;
    const what = `"${f.kind}" figures${f.period ? ` for ${f.period}` : ''} in ${f.unit}`;
    if (measureOf(first) !== measure) {
      issues.push({
        path: `${where(f)}.measure`,
        message: `${where(first)} and this figure are both ${what}: name the measure of each (exports, shipments, export-revenue, high-tech-products, other), so that a widget can tell them apart.`,
      });
      continue;
    }
    const derived = first.derived ?? f.derived;
    issues.push({
      path: where(f),
      message:
        `${where(first)} and this figure are both ${what} (${first.derived ? 'derived' : stated(first as Reported)} and ${
          f.derived ? 'derived' : stated(f as Reported)
        }): a widget would show two of them under one label. ` +
        (derived
          ? 'The period is now stated: remove the derived figure (and anything that names its id).'
          : `Both measure ${measure ?? 'the same thing'}: keep the one the release states; if they measure different things (say exports and high-tech products), give each its measure.`),
    });
  }

  // A growth is drawn with the volume of its period: without one, a widget draws the base period alone.
  const hasVolume = (g: Figure) =>
    data.figures.some(
      (f) => VOLUMES.has(f.kind) && f.unit === 'RUB' && f.period === g.period && measureOf(f) === measureOf(g) && sameSubject(f, g),
    );
  for (const f of data.figures) {
    if (f.kind === 'growth' && f.period && !hasVolume(f))
      issues.push({
        path: `${where(f)}.period`,
        message:
          `growth from ${f.basePeriod ?? '?'} to ${f.period} has no volume of ${f.period} measuring ${measureOf(f) ?? 'the same thing'}` +
          `${f.sectors ? ` for ${f.sectors.join('+')}` : ''}${f.exporter ? ` for ${f.exporter}` : ''}: ` +
          'a growth belongs to the volume of its period. Is its period right, or is that volume missing?',
      });
  }

  const reported = data.figures.filter(isReported);
  const volume = (like: Figure, period: string | undefined) =>
    reported.filter(
      (f) => VOLUMES.has(f.kind) && f.unit === 'RUB' && f.period === period && sameSubject(f, like) && f.measure === like.measure,
    );

  // A stated growth against the two stated values it links.
  for (const g of reported) {
    if (g.kind !== 'growth' || !g.basePeriod) continue;
    const factor = factorOf(g);
    for (const later of volume(g, g.period))
      for (const base of volume(g, g.basePeriod)) {
        if (later.kind !== base.kind) continue;
        const [lo1, hi1] = intervalOf(later);
        const [lo0, hi0] = intervalOf(base);
        const ratio: Interval = [lo1 / hi0, lo0 > 0 ? hi1 / lo0 : Infinity];
        if (ratio[1] >= factor[0] && ratio[0] <= factor[1]) continue;
        const asFactor = g.unit === 'percent' ? ` (a factor of ${range(factor, '×')})` : ` (${range(factor, '×')} as stated)`;
        issues.push({
          path: `${where(g)}.value`,
          message:
            `growth from ${g.basePeriod} to ${g.period} is stated as ${stated(g)}${asFactor}, but the two stated values it links disagree: ` +
            `${where(later)} ${stated(later)} ÷ ${where(base)} ${stated(base)} = ×${num(later.value / base.value)} ` +
            `(${range(ratio, '×')} within their rounding). One of the three is wrong: check each against its quote.`,
        });
      }
  }

  // A part (a sector's or an exporter's amount, a share) against the whole of the same period.
  for (const part of reported) {
    if (part.kind !== 'sector-export' && part.kind !== 'exporter-export' && part.kind !== 'sector-share') continue;
    const wholes = reported.filter(
      (f) => f.kind === 'export' && f.unit === 'RUB' && f.period === part.period && f.measure === part.measure,
    );
    for (const whole of wholes) {
      const [wlo, whi] = intervalOf(whole);
      if (part.kind !== 'sector-share') {
        const [plo] = intervalOf(part);
        if (plo > whi)
          issues.push({
            path: `${where(part)}.value`,
            message: `${stated(part)} is more than the whole export of ${part.period}, ${where(whole)} ${stated(whole)} (at most ${num(whi)} within its rounding).`,
          });
        continue;
      }
      for (const amount of reported.filter(
        (f) => f.kind === 'sector-export' && f.period === part.period && sameSubject(f, part) && f.measure === part.measure,
      )) {
        const [alo, ahi] = intervalOf(amount);
        const share: Interval = [(100 * alo) / whi, wlo > 0 ? (100 * ahi) / wlo : Infinity];
        const [slo, shi] = intervalOf(part);
        if (share[1] >= slo && share[0] <= shi) continue;
        issues.push({
          path: `${where(part)}.value`,
          message:
            `the share is stated as ${stated(part)}, but ${where(amount)} ${stated(amount)} ÷ ${where(whole)} ${stated(whole)} = ` +
            `${num((100 * amount.value) / whole.value)} % (${range(share)} % within their rounding).`,
        });
      }
    }
  }
  return issues;
}
