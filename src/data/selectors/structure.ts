/**
 * What `<export-structure>` shows: a period's export by sector, as far as the sources break it down. Shares keep
 * their qualifiers; a share the sources do not state is computed only from a stated amount and the period's total;
 * whatever no source splits stays one "not broken down" remainder, never spread across sectors.
 */
import type { Citation, LocalText, Measure, Qualifier } from '../schema.js';
import { computeShare, significantDigits, type Model, type ResolvedFigure } from '../model.js';
import { comparePeriods } from '../../lib/periods.js';

export interface Share {
  readonly value: number;
  readonly qualifier: Qualifier;
  /** True when computed from an amount and the total, not stated in a source. */
  readonly computed: boolean;
  /** Significant digits the value can claim, and the value before rounding to them. */
  readonly digits: number;
  readonly raw: number;
  /** What the share is of: its total's measure. */
  readonly measure?: Measure;
}

export interface StructurePart {
  readonly sectors: readonly string[];
  readonly share?: Share;
  /** The stated amount (`sector-export`) for these sectors. */
  readonly amount?: ResolvedFigure;
  /** Every citation behind the share and the amount. */
  readonly citations: readonly Citation[];
  readonly note?: LocalText;
}

export interface Remainder {
  /** 100 % minus the parts' shares, rounded to their least precise digit. */
  readonly value: number;
  /**
   * The shares' qualifiers carried through the subtraction: `upper` (< 7 %) when some share is a lower bound, else
   * `approximate` (≈ 30 %) when a stated share is approximate, else `lower` (> 50 %) when one is just under its
   * figure («почти»), else `exact`. A share the kit computed is exact here: its rounding is the kit's, not the source's.
   */
  readonly bound: RemainderBound;
  readonly citations: readonly Citation[];
}

export type RemainderBound = 'upper' | 'approximate' | 'lower' | 'exact';

/** What 100 % minus the shares is, given how each share is stated. */
function remainderBound(shares: readonly Share[]): RemainderBound {
  const stated = new Set(shares.map((sh) => (sh.computed ? 'exact' : sh.qualifier)));
  return stated.has('lower-bound') ? 'upper' : stated.has('approximate') ? 'approximate' : stated.has('almost') ? 'lower' : 'exact';
}

export interface Structure {
  readonly period: string;
  /** The period's export volume the shares are of. */
  readonly total?: ResolvedFigure;
  /** Parts with a share, largest first, then parts with an amount only. */
  readonly parts: readonly StructurePart[];
  /** The share no source breaks down; absent when no part has a share. */
  readonly rest?: Remainder;
  /** Sectors a source names for the period without figures (those with a part left out). */
  readonly portfolio: readonly { readonly sectors: readonly string[]; readonly citations: readonly Citation[] }[];
}

const BREAKDOWN = new Set(['sector-share', 'sector-export']);

/** Periods with a breakdown (sector shares, sector amounts or a named portfolio), oldest first. */
export function structurePeriods(model: Model): string[] {
  const periods = new Set<string>(model.dataset.portfolio.map((p) => p.period));
  for (const { figure } of model.figures.values()) if (BREAKDOWN.has(figure.kind) && figure.period) periods.add(figure.period);
  return [...periods].sort(comparePeriods);
}

/** A share computed from a stated amount and the period's total (`computeShare`). */
function computedShare(amount: ResolvedFigure, total: ResolvedFigure | undefined): Share | undefined {
  const share = computeShare(amount, total);
  return share && { ...share, computed: true };
}

export function exportStructure(model: Model, period: string): Structure {
  const at = [...model.figures.values()].filter((f) => f.figure.period === period);
  const total = at.find((f) => f.figure.kind === 'export' && !f.derived) ?? at.find((f) => f.figure.kind === 'export');
  const groups = new Map<string, { share?: ResolvedFigure; amount?: ResolvedFigure }>();
  for (const f of at) {
    const { kind, sectors } = f.figure;
    if (!BREAKDOWN.has(kind) || !sectors) continue;
    const key = [...sectors].sort().join(' ');
    const group = groups.get(key) ?? {};
    if (kind === 'sector-share') group.share ??= f;
    else group.amount ??= f;
    groups.set(key, group);
  }
  const parts: StructurePart[] = [...groups.values()].map(({ share, amount }) => {
    const figure = (share ?? amount)!.figure;
    const citations = [...(share?.figure.citations ?? []), ...(amount?.figure.citations ?? [])];
    return {
      sectors: figure.sectors!,
      share: share
        ? {
            value: share.value,
            qualifier: share.qualifier,
            computed: false,
            digits: significantDigits(share.value),
            raw: share.value,
            measure: share.measure,
          }
        : amount && computedShare(amount, total),
      amount,
      citations: amount && !share && total ? [...citations, ...(total.figure.citations ?? [])] : citations,
      note: amount?.figure.note ?? share?.figure.note,
    };
  });
  parts.sort((a, b) => (b.share?.value ?? -1) - (a.share?.value ?? -1));
  const shared = parts.filter((p) => p.share);
  let rest: Remainder | undefined;
  if (shared.length) {
    const raw = 100 - shared.reduce((sum, p) => sum + p.share!.raw, 0);
    const digits = Math.min(...shared.map((p) => p.share!.digits));
    const value = raw > 0 ? Number(raw.toPrecision(digits)) : 0;
    rest = {
      value,
      bound: remainderBound(shared.map((p) => p.share!)),
      citations: shared.flatMap((p) => p.citations),
    };
  }
  const named = new Set(parts.flatMap((p) => p.sectors));
  const portfolio = model.dataset.portfolio
    .filter((p) => p.period === period)
    .map((p) => ({ sectors: p.sectors.filter((s) => !named.has(s)), citations: p.citations }))
    .filter((p) => p.sectors.length);
  return { period, total, parts, rest, portfolio };
}
