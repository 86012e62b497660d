// Scores the release drafter against the made-up releases of test/fixtures/releases/: each expected figure is found
// among the proposals by where it stands in the text (its `in` fragment), then compared field by field.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftRelease, type DraftFigure } from '../../src/draft/draft.js';

export const RELEASES = new URL('../fixtures/releases/', import.meta.url).pathname;

export interface Expected {
  in: string;
  kind: string;
  period?: string;
  basePeriod?: string;
  value: number;
  unit: string;
  qualifier: string;
  measure?: string;
  sectors?: string[];
  exporter?: string;
}

const FIELDS = ['kind', 'period', 'basePeriod', 'value', 'unit', 'qualifier', 'measure', 'sectors', 'exporter'] as const;
const fieldsOf = (f: Partial<Record<(typeof FIELDS)[number], unknown>>) =>
  Object.fromEntries(FIELDS.map((k) => [k, k === 'sectors' ? ((f.sectors as string[] | undefined) ?? []).join(',') || undefined : f[k]]));
const brief = (f: Record<string, unknown>) =>
  FIELDS.map((k) => f[k])
    .filter((v) => v !== undefined)
    .join(' ');

export interface ReleaseScore {
  name: string;
  figures: number;
  right: number;
  /** Proposals that are no expected figure (a number that is not a figure, or the same figure proposed twice). */
  extra: number;
  destinations: number;
  destinationsRight: number;
  lines: string[];
}

export function scoreRelease(dir: string, name: string): ReleaseScore {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as {
    date: string;
    figures: Expected[];
    destinations: { countries: string[]; groups?: string[]; period?: string }[];
  };
  const known = JSON.parse(readFileSync(join(RELEASES, 'known.json'), 'utf8')) as { exporters: { id: string; name: { ru: string } }[] };
  const draft = draftRelease(text, { source: name, date: expected.date, exporters: known.exporters });
  const used = new Set<DraftFigure>();
  const lines: string[] = [];
  let right = 0;
  for (const e of expected.figures) {
    const from = text.indexOf(e.in);
    const to = from + e.in.length;
    const proposal = draft.figures.find(
      (p) =>
        !used.has(p) &&
        p.figure.value === e.value &&
        p.figure.unit === e.unit &&
        p.mentions.some((m) => m.at.start < to && m.at.end > from),
    );
    const want = brief(fieldsOf(e as unknown as Record<string, unknown>));
    if (!proposal) {
      lines.push(`  missed  ${want}  «${e.in}»`);
      continue;
    }
    used.add(proposal);
    const got = brief(fieldsOf(proposal.figure as unknown as Record<string, unknown>));
    if (got === want) {
      right++;
      lines.push(`  right   ${got}`);
    } else lines.push(`  wrong   ${got}\n     want ${want}  «${e.in}»`);
  }
  const extra = draft.figures.filter((p) => !used.has(p));
  for (const p of extra)
    lines.push(`  extra   ${brief(fieldsOf(p.figure as unknown as Record<string, unknown>))}  «${text.slice(p.at.start, p.at.end)}»`);
  let destinationsRight = 0;
  for (const d of expected.destinations) {
    const key = JSON.stringify([d.countries, d.groups ?? [], d.period]);
    const found = draft.destinations.some(
      (p) => JSON.stringify([p.destination.countries, p.destination.groups ?? [], p.destination.period]) === key,
    );
    if (found) destinationsRight++;
    else
      lines.push(
        `  destination missed ${key}; proposed ${draft.destinations.map((p) => JSON.stringify([p.destination.countries, p.destination.groups ?? [], p.destination.period])).join(' ')}`,
      );
  }
  return {
    name,
    figures: expected.figures.length,
    right,
    extra: extra.length,
    destinations: expected.destinations.length,
    destinationsRight,
    lines,
  };
}

export function scoreSet(part: 'tuning' | 'held-out'): ReleaseScore[] {
  const dir = join(RELEASES, part);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => scoreRelease(dir, f.replace(/\.txt$/, '')));
}

export function report(scores: ReleaseScore[]): string {
  const total = scores.reduce((a, s) => ({ figures: a.figures + s.figures, right: a.right + s.right, extra: a.extra + s.extra }), {
    figures: 0,
    right: 0,
    extra: 0,
  });
  return [
    ...scores.flatMap((s) => [
      `${s.name}: ${s.right} / ${s.figures} fully right, ${s.extra} not figures, destinations ${s.destinationsRight} / ${s.destinations}`,
      ...s.lines,
    ]),
    `all: ${total.right} / ${total.figures} figures fully right (${((100 * total.right) / total.figures).toFixed(1)} %), at most ${Math.max(...scores.map((s) => s.extra))} non-figure proposals in a release (${total.extra} in all)`,
  ].join('\n');
}
