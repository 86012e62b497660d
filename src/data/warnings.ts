/**
 * What a person should look at before a dataset is published, beyond what the validator refuses: pure, so that
 * `npm run preview-data` and the desk's preview say the same.
 */
import type { Model } from './model.js';

export interface DerivedOnly {
  readonly period: string;
  /** The ids of its export figures, all computed by the kit. */
  readonly ids: readonly string[];
}

/** Periods whose export figures are all derived: a reader sees only the kit's own arithmetic for them. */
export function derivedOnlyPeriods(model: Model): DerivedOnly[] {
  const byPeriod = new Map<string, { id: string; derived: boolean }[]>();
  for (const f of model.figures.values()) {
    if (f.figure.kind !== 'export' || !f.figure.period) continue;
    byPeriod.set(f.figure.period, [...(byPeriod.get(f.figure.period) ?? []), { id: f.figure.id, derived: !!f.derived }]);
  }
  return [...byPeriod]
    .filter(([, figures]) => figures.every((f) => f.derived))
    .map(([period, figures]) => ({ period, ids: figures.map((f) => f.id) }));
}
