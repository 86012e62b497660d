/**
 * The desk's work, without a DOM: a published dataset, one release being added (its text and description), and the
 * draft's proposals, each accepted, edited or rejected. `compose` turns it into the next dataset; the form only edits
 * this state, so what is downloaded is exactly what was checked and previewed.
 */
import {
  Destination as DestinationSchema,
  Figure as FigureSchema,
  type Dataset,
  type Destination,
  type Exporter,
  type Figure,
  type LocalText,
  type Source,
} from '../data/schema.js';
import type { Draft, DraftSector, DraftSpan } from '../draft/draft.js';
import type { Group } from '../lib/measures.js';

export type Status = 'pending' | 'accepted' | 'rejected';
export type Lang = Source['language'];
export type Speaker = Source['speakers'][number];

export interface FigureItem {
  /** Stable within the session: the form and the messages point at it. */
  readonly key: string;
  status: Status;
  figure: Figure;
  /** What the draft asks the maintainer to check. */
  readonly check: readonly string[];
  /** Where the draft found the number in the text (offsets), for marking it. */
  readonly at?: { readonly start: number; readonly end: number };
}

/** A company the dataset does not have yet, added with the release: written into `exporters` when a kept figure names it. */
export interface ExporterItem {
  readonly key: string;
  exporter: Exporter;
}

/** A destination being edited: the form may not have its period yet (the validator says so). */
export type DestinationDraft = Omit<Destination, 'period'> & { period?: string };

export interface DestinationItem {
  readonly key: string;
  status: Status;
  destination: DestinationDraft;
  readonly check: readonly string[];
}

export interface Release {
  text: string;
  /** The source's id; the text is kept as `<id>.txt`. */
  id: string;
  /** null: the text names no outlet. */
  outlet: LocalText | null;
  title: string;
  /** false: the text prints no date, and `published` is what the maintainer works out, with `dateNote` saying how. */
  dated: boolean;
  published: string;
  dateNote: string;
  language: Lang;
  /** The id of the source this text translates or retells, or ''. */
  retells: string;
  /** Who speaks in the text, with their role, as the text names them. */
  speakers: Speaker[];
}

/** A country or group the text names, where it stands, and the sentence it stands in. */
export interface Mention extends DraftSpan {
  readonly country?: string;
  readonly group?: Group;
  readonly sentence: DraftSpan;
}

export interface Desk {
  readonly base: Dataset;
  release: Release;
  figures: FigureItem[];
  destinations: DestinationItem[];
  /** Companies the dataset does not have yet: added when a kept figure names one. */
  exporters: ExporterItem[];
  /** Sectors the draft names that the dataset does not have yet: added when a kept entry uses one. */
  readonly sectors: readonly DraftSector[];
  /** Every country and group the text names (the draft's destinations say where), in the text's order. */
  readonly mentions: readonly Mention[];
}

/** The release's file name in data/sources/. */
export const fileOf = (release: Release) => `${release.id}.txt`;

/** Lowercase letters, digits and dashes, as ids are: «Efimov 2026» → efimov-2026. */
export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** 1.0.0 → 1.1.0: a release adds facts, which is a minor version; a version of another shape gets `.1` added. */
export function raiseVersion(version: string): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return match ? `${match[1]}.${Number(match[2]) + 1}.0` : `${version}.1`;
}

/** The desk's items for a draft: every proposal waits for the maintainer's decision. */
export function fromDraft(base: Dataset, release: Release, draft: Draft): Desk {
  return {
    base,
    release,
    figures: draft.figures.map((d, i) => ({
      key: `f${i + 1}`,
      status: 'pending',
      figure: structuredClone(d.figure),
      check: d.check,
      at: d.at,
    })),
    destinations: draft.destinations.map((d, i) => ({
      key: `d${i + 1}`,
      status: 'pending',
      destination: structuredClone(d.destination),
      check: d.check,
    })),
    exporters: draft.exporters.map((e, i) => ({
      key: `x${i + 1}`,
      exporter: {
        id: e.id,
        name: { [release.language]: e.name },
        sector: draft.figures.find((f) => f.figure.exporter === e.id)?.figure.sectors?.[0] ?? '',
        products: {},
      },
    })),
    sectors: draft.sectors.filter((s) => !base.sectors.some((b) => b.id === s.id)),
    mentions: draft.destinations
      .flatMap((d) =>
        d.names.map((span, i) => ({
          ...span,
          sentence: d.sentence,
          ...(i < d.destination.countries.length
            ? { country: d.destination.countries[i] }
            : { group: d.destination.groups?.[i - d.destination.countries.length] }),
        })),
      )
      .sort((a, b) => a.start - b.start),
  };
}

/** An id for a new figure from what it is: export-2026-h1, growth-2026-h1-vs-2025-h1, export-2026-h1-export-revenue; -2 when taken. */
function figureId(f: Figure, release: Release, taken: Set<string>): string {
  const base =
    slug(
      [
        f.kind,
        f.period ?? release.id,
        f.basePeriod ? `vs-${f.basePeriod}` : '',
        f.measure && f.measure !== 'exports' ? f.measure : '',
        ...(f.sectors ?? []),
        f.exporter ?? '',
      ].join('-'),
    ) || 'figure';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Cited by the release being added: its quotes always point at its own id, whatever the id becomes. */
const cite = <T extends { citations?: { source: string; quote: string }[] | undefined }>(item: T, id: string): T => ({
  ...item,
  ...(item.citations && { citations: item.citations.map((c) => ({ ...c, source: id })) }),
});

export function sourceOf(release: Release): Source {
  return {
    id: release.id,
    file: fileOf(release),
    outlet: release.outlet,
    published: release.published,
    dateInferred: !release.dated,
    ...(!release.dated && release.dateNote.trim() ? { dateNote: { ru: release.dateNote.trim() } } : {}),
    language: release.language,
    ...(release.title.trim() ? { title: release.title.trim() } : {}),
    ...(release.retells ? { retells: release.retells } : {}),
    speakers: release.speakers.map(({ name, role }) => ({ name: { ...name }, ...(role && { role: { ...role } }) })),
  };
}

/** Where each accepted item lands in the composed dataset, so that an issue's path leads back to its item. */
export interface Composed {
  readonly dataset: Dataset;
  /** `$.figures[n]`, `$.destinations[n]` and `$.exporters[n]` of the new items, by item key. */
  readonly paths: ReadonlyMap<string, string>;
  readonly sourcePath: string;
}

/** Keys in the format's order, whatever order the form set them in: a new entry reads like the others. */
function ordered<T extends object>(item: T, keys: readonly string[]): T {
  const entries = Object.entries(item).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => keys.indexOf(a) - keys.indexOf(b))) as T;
}
const FIGURE_KEYS = Object.keys(FigureSchema.entries);
const DESTINATION_KEYS = Object.keys(DestinationSchema.entries);

/**
 * The next dataset: version raised, `asOf` moved to the release's date when later, the source and accepted items added.
 * `raw` is the file as opened (its `$schema` and its own key order kept), when the download is made from it. The checks
 * and the preview `take` the proposals not yet decided too, so that a problem shows before the decision, and `skip`
 * items the desk already finds incomplete, so that the rest is still checked.
 */
export function compose(
  desk: Desk,
  raw: Dataset = desk.base,
  take: readonly Status[] = ['accepted', 'pending'],
  skip: ReadonlySet<string> = new Set(),
): Composed {
  const { base, release } = desk;
  const taken = new Set(base.figures.map((f) => f.id));
  const paths = new Map<string, string>();
  const figures = [...raw.figures];
  for (const item of desk.figures) {
    if (!take.includes(item.status) || skip.has(item.key)) continue;
    paths.set(item.key, `$.figures[${figures.length}]`);
    const id = figureId(item.figure, release, taken);
    figures.push(ordered(cite({ ...item.figure, id }, release.id), FIGURE_KEYS));
  }
  const destinations = [...raw.destinations];
  for (const item of desk.destinations) {
    if (!take.includes(item.status) || skip.has(item.key)) continue;
    paths.set(item.key, `$.destinations[${destinations.length}]`);
    destinations.push(ordered(cite(item.destination, release.id), DESTINATION_KEYS) as Destination);
  }
  // A new company goes in with the first kept figure that names it, and not without one.
  const exporters = [...raw.exporters];
  const named = new Set(figures.map((f) => f.exporter));
  for (const item of desk.exporters) {
    if (!named.has(item.exporter.id)) continue;
    paths.set(item.key, `$.exporters[${exporters.length}]`);
    exporters.push(item.exporter);
  }
  const used = new Set([...figures.flatMap((f) => f.sectors ?? []), ...destinations.flatMap((d) => (d.sector ? [d.sector] : []))]);
  const sectors = [...raw.sectors, ...desk.sectors.filter((s) => used.has(s.id)).map((s) => ({ id: s.id, name: { ...s.name } }))];
  const dataset: Dataset = {
    ...raw,
    sectors,
    exporters,
    version: raiseVersion(base.version),
    asOf: release.published > base.asOf ? release.published : base.asOf,
    sources: [...raw.sources, sourceOf(release)],
    figures,
    destinations,
  };
  return { dataset, paths, sourcePath: `$.sources[${base.sources.length}]` };
}

/** The file to download: the dataset as JSON, two spaces, a final line break. */
export const datasetFile = (dataset: Dataset) => `${JSON.stringify(dataset, null, 2)}\n`;
