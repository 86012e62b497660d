/**
 * What `<key-figures>` shows: headline cards. A card id is any figure id of the dataset, or one of the computed ids
 * that pick the latest figure of a kind, so that they keep working when a newer dataset or another zone's file is used.
 */
import { isCompared, isDated, type Compared, type Dated, type Model, type ResolvedFigure } from '../model.js';
import { comparePeriods } from '../../lib/periods.js';

/** Computed card ids and the figure kind whose latest reported value each shows. */
export const COMPUTED_CARDS = { 'latest-export': 'export', 'cumulative-export': 'cumulative-export', countries: 'country-count' } as const;

export const DEFAULT_CARDS = ['latest-export', 'cumulative-export', 'residents', 'area'] as const;

/** A figure shown beside another on its card: the sites beside the area. */
const COMPANIONS: Record<string, string> = { area: 'sites' };

export interface Card {
  readonly id: string;
  readonly figure: ResolvedFigure;
  /** For an export volume: the growth the sources state for that period (the latest base when there are several). */
  readonly growth?: Compared;
  readonly companion?: ResolvedFigure;
}

function latest(model: Model, kind: string): Dated | undefined {
  let best: Dated | undefined;
  for (const f of model.figures.values())
    if (f.figure.kind === kind && isDated(f) && !f.derived && (!best || comparePeriods(f.figure.period, best.figure.period) > 0)) best = f;
  return best;
}

function card(model: Model, id: string): Card | undefined {
  const kind = COMPUTED_CARDS[id as keyof typeof COMPUTED_CARDS];
  const figure = kind ? latest(model, kind) : model.figures.get(id);
  if (!figure) return undefined;
  const period = figure.figure.period;
  const growth =
    figure.figure.kind === 'export'
      ? [...model.figures.values()]
          .filter((g): g is Compared => g.figure.kind === 'growth' && g.figure.period === period && isCompared(g))
          .sort((a, b) => comparePeriods(b.figure.basePeriod, a.figure.basePeriod))[0]
      : undefined;
  const companion = COMPANIONS[id] ? model.figures.get(COMPANIONS[id]) : undefined;
  return { id, figure, growth, companion };
}

/** Ids a reader can ask for: the computed ones the data can fill, then the zone's and the city's figures. */
export function cardIds(model: Model): string[] {
  const computed = Object.keys(COMPUTED_CARDS).filter((id) => card(model, id));
  const own = [...model.figures.values()].filter((f) => f.figure.kind === 'zone' || f.figure.kind === 'city').map((f) => f.figure.id);
  return [...computed, ...own];
}

/**
 * The cards for the asked ids, in their order, and the ids the data has no figure for. With nothing asked, or
 * nothing known asked, the default set (those of it the data has).
 */
export function keyFigures(model: Model, ids: readonly string[]): { cards: Card[]; unknown: string[] } {
  const unknown = ids.filter((id) => !card(model, id));
  const known = ids.filter((id) => !unknown.includes(id));
  const cards = (known.length ? known : DEFAULT_CARDS).map((id) => card(model, id)).filter((c): c is Card => Boolean(c));
  return { cards, unknown };
}
