/**
 * The dataset as the widgets read it: indexed by id, with derived values
 * computed once from their formula and kept apart from reported ones.
 */
import type { Dataset, Exporter, Figure, LocalText, Measure, Qualifier, Source } from './schema.js';

export interface Derivation {
  readonly method: 'base-from-growth';
  /** The reported later value and the reported growth it is divided by. */
  readonly from: ResolvedFigure;
  readonly growth: ResolvedFigure;
  /** value ÷ factor; factor is 1 + p/100 for a percentage, m for "m times". */
  readonly factor: number;
  /** The unrounded quotient, before rounding to the inputs' precision. */
  readonly raw: number;
}

export interface ResolvedFigure {
  readonly figure: Figure;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** What it measures; a derived value measures what its input does. */
  readonly measure?: Measure;
  /** Present only for a value computed from other figures. */
  readonly derived?: Derivation;
}

/** A figure of a known period: what the selectors give for export volumes and totals. */
export type Dated = ResolvedFigure & { readonly figure: Figure & { readonly period: string } };

/** A growth figure: a period compared with its base period. */
export type Compared = ResolvedFigure & { readonly figure: Figure & { readonly period: string; readonly basePeriod: string } };

export const isDated = (f: ResolvedFigure): f is Dated => f.figure.period !== undefined;
export const isCompared = (f: ResolvedFigure): f is Compared => isDated(f) && f.figure.basePeriod !== undefined;

export interface Model {
  readonly dataset: Dataset;
  readonly figures: ReadonlyMap<string, ResolvedFigure>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly sectors: ReadonlyMap<string, LocalText>;
  readonly exporters: ReadonlyMap<string, Exporter>;
  /** The URL the dataset was read from, after redirects; absent for the embedded one. */
  readonly url?: string;
}

/** Significant digits of a number as written: 326e6 → 3, 1e9 → 1, 1.32 → 3. */
export function significantDigits(x: number): number {
  for (let p = 1; p < 16; p++) if (Number(x.toPrecision(p)) === x) return p;
  return 16;
}

export const growthFactor = (growth: Figure & { value: number }) => (growth.unit === 'percent' ? 1 + growth.value / 100 : growth.value);

function resolve(figure: Figure, byId: ReadonlyMap<string, Figure>, done: Map<string, ResolvedFigure>): ResolvedFigure {
  const cached = done.get(figure.id);
  if (cached) return cached;
  let resolved: ResolvedFigure;
  if (!figure.derived) {
    resolved = { figure, value: figure.value!, qualifier: figure.qualifier!, measure: figure.measure };
  } else {
    const from = resolve(byId.get(figure.derived.value)!, byId, done);
    const growth = resolve(byId.get(figure.derived.growth)!, byId, done);
    const factor = growthFactor({ ...growth.figure, value: growth.value });
    const raw = from.value / factor;
    // A quotient is no more precise than its least precise input (1 bn ÷ 3.3 is ≈ 0.3 bn, not 303 million).
    const digits = Math.min(significantDigits(from.value), significantDigits(factor));
    resolved = {
      figure,
      value: Number(raw.toPrecision(digits)),
      qualifier: 'approximate',
      measure: figure.measure ?? from.measure,
      derived: { method: figure.derived.method, from, growth, factor, raw },
    };
  }
  done.set(figure.id, resolved);
  return resolved;
}

/** Builds the model of a dataset that passed `validateDataset`. */
export function buildModel(dataset: Dataset): Model {
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const figures = new Map<string, ResolvedFigure>();
  for (const figure of dataset.figures) resolve(figure, byId, figures);
  return {
    dataset,
    figures,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    sectors: new Map(dataset.sectors.map((s) => [s.id, s.name])),
    exporters: new Map(dataset.exporters.map((e) => [e.id, e])),
  };
}

/** A share of a period's total the kit computes from a stated amount: never stated in a source. */
export interface ComputedShare {
  readonly value: number;
  /** `lower-bound` when the amount is one («свыше 164 млн»), else `approximate`: a rounded quotient. */
  readonly qualifier: Qualifier;
  /** Significant digits the value can claim, and the value before rounding to them. */
  readonly digits: number;
  readonly raw: number;
  /** What the total measures: the share is of that («50,3 % экспорта высокотехнологичной продукции»). */
  readonly measure?: Measure;
}

/**
 * The one rule every widget computes a share by, so that a share reads the same everywhere: an amount in roubles
 * divided by an exact total of the same measure (a share of an approximate total, ≈ 1 млрд, could be off by half),
 * rounded to the significant digits of the less precise of the two (163,93 млн ÷ 326 млн = 50,3 %).
 */
export function computeShare(amount: ResolvedFigure, total: ResolvedFigure | undefined): ComputedShare | undefined {
  if (!total || total.qualifier !== 'exact' || !total.value || total.figure.unit !== 'RUB' || amount.figure.unit !== 'RUB')
    return undefined;
  if (amount.measure !== total.measure) return undefined;
  const digits = Math.min(significantDigits(amount.value), significantDigits(total.value));
  const raw = (amount.value / total.value) * 100;
  const qualifier = amount.qualifier === 'lower-bound' ? 'lower-bound' : 'approximate';
  return { value: Number(raw.toPrecision(digits)), qualifier, digits, raw, measure: total.measure };
}
