/**
 * What `<key-figures>` shows: headline cards. A card id is any figure id of the dataset, or one of the computed ids
 * that pick the latest figure of a kind, so that they keep working when a newer dataset or another zone's file is used.
 */
import { isCompared, isDated, type Compared, type Dated, type Model, type ResolvedFigure } from '../model.js';
import { comparePeriods, must } from '../../lib/periods.js';

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

/** When a zone's or a city's figure is current to: the end of its period («2021» → 2021-12), else its source's date. */
function currentTo(model: Model, { figure: f }: ResolvedFigure): string {
  if (f.period) {
    const parsed = must(f.period);
    return `${parsed.year}-${String(parsed.endMonth).padStart(2, '0')}`;
  }
  return model.sources.get(f.citations?.[0]?.source ?? '')?.published ?? '';
}

/**
 * A zone's or a city's figure as it is now: of the figures with the same kind, unit and label (the area in 2020 and
 * in 2021), the latest one wins. Only for the default cards: a figure id a page asks for is the figure it shows.
 */
function current(model: Model, asked: ResolvedFigure): ResolvedFigure {
  const { kind, unit, label } = asked.figure;
  if ((kind !== 'zone' && kind !== 'city') || !label) return asked;
  const name = (l: typeof label | undefined) => l?.en ?? l?.ru ?? l?.uz;
  let best = asked;
  for (const f of model.figures.values())
    if (
      f.figure.kind === kind &&
      f.figure.unit === unit &&
      name(f.figure.label) === name(label) &&
      currentTo(model, f) > currentTo(model, best)
    )
      best = f;
  return best;
}

function card(model: Model, id: string, asked = true): Card | undefined {
  const kind = COMPUTED_CARDS[id as keyof typeof COMPUTED_CARDS];
  const named = kind ? latest(model, kind) : model.figures.get(id);
  if (!named) return undefined;
  const figure = asked ? named : current(model, named);
  const period = figure.figure.period;
  // A stated growth belongs to the figure of its period and measure only.
  const growth =
    figure.figure.kind === 'export'
      ? [...model.figures.values()]
          .filter(
            (g): g is Compared => g.figure.kind === 'growth' && g.figure.period === period && g.measure === figure.measure && isCompared(g),
          )
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
  const cards = (known.length ? known.map((id) => card(model, id)) : DEFAULT_CARDS.map((id) => card(model, id, false))).filter(
    (c): c is Card => Boolean(c),
  );
  return { cards, unknown };
}
