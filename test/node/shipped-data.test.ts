// data/ as it ships, checked so that it may grow: the validator, the cross-checks and every quote against its text, and
// the facts it states (stated-facts.json), each still stated as it was. A new valid release fails nothing here; a
// changed or dropped figure does. EW_DATA_DIR names another folder to check instead (a copy with a release added).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { Dataset, Figure } from '../../src/data/schema.js';
import { validateFile } from '../../scripts/dataset-file.js';
import FACTS from './stated-facts.json' with { type: 'json' };

const root = new URL('../../', import.meta.url).pathname;
const file = join(resolve(process.env.EW_DATA_DIR ?? join(root, 'data')), 'technopolis-moscow.json');
const shipped = () => JSON.parse(readFileSync(file, 'utf8')) as Dataset;

type Fact = (typeof FACTS)[number];
/** What a fact fixes of a figure: a figure without one of these has it absent, and must keep it absent. */
const FIELDS = ['kind', 'period', 'basePeriod', 'sectors', 'exporter', 'value', 'unit', 'qualifier', 'measure'] as const;

/** The fact as a reader would say it, to name in a failure. */
const said = (fact: Fact) =>
  `${fact.kind} ${'period' in fact ? fact.period : '(no period)'} ${fact.qualifier} ${fact.value} ${fact.unit}` +
  ` (${fact.cited.map((c) => `${c.source}: «${c.fragment}»`).join('; ')})`;

function states(figure: Figure, fact: Fact): boolean {
  if (figure.derived) return false;
  const own = figure as unknown as Record<string, unknown>;
  const wanted = fact as unknown as Record<string, unknown>;
  if (FIELDS.some((field) => JSON.stringify(own[field]) !== JSON.stringify(wanted[field]))) return false;
  return fact.cited.every(({ source, fragment }) => figure.citations?.some((c) => c.source === source && c.quote.includes(fragment)));
}

/** The facts of the list that no figure of `dataset` states any more, as sentences. */
export const missingFacts = (dataset: Dataset, facts: readonly Fact[] = FACTS): string[] =>
  facts.filter((fact) => !dataset.figures.some((figure) => states(figure, fact))).map(said);

describe('the shipped dataset', () => {
  it('passes the validator, the cross-checks and the check of every quote against its source text', () => {
    assert.deepEqual(validateFile(file), []);
  });

  it('states every fact of the golden list, with its value, unit, qualifier, period, measure and quote', () => {
    assert.deepEqual(missingFacts(shipped()), []);
  });

  it('cites no figure by a translation or retelling alone: those count as sources of facts already there', () => {
    const data = shipped();
    const retellings = new Set(data.sources.filter((s) => s.retells).map((s) => s.id));
    const alone = data.figures.filter((f) => f.citations?.length && f.citations.every((c) => retellings.has(c.source)));
    assert.deepEqual(
      alone.map((f) => f.id),
      [],
    );
  });
});

describe('the golden list of stated facts', () => {
  const withFigure = (id: string, change: (figure: Record<string, unknown>) => void) => {
    const data = shipped();
    const figure = data.figures.find((f) => f.id === id) as unknown as Record<string, unknown>;
    change(figure);
    return missingFacts(data);
  };

  it('names a figure whose value, qualifier, period or measure changed, or which was dropped', () => {
    const fact = FACTS.find((f) => f.kind === 'export' && 'period' in f && f.period === '2019')!;
    const id = shipped().figures.find((f) => states(f, fact))!.id;
    for (const change of [
      (f: Record<string, unknown>) => (f.value = 362_000_000),
      (f: Record<string, unknown>) => (f.qualifier = 'approximate'),
      (f: Record<string, unknown>) => (f.period = '2020'),
      (f: Record<string, unknown>) => (f.measure = 'exports'),
    ])
      assert.deepEqual(withFigure(id, change), [said(fact)]);
    const dropped = shipped();
    dropped.figures = dropped.figures.filter((f) => f.id !== id);
    assert.deepEqual(missingFacts(dropped), [said(fact)]);
  });

  it('names a fact whose quote no longer carries its words, or lost a source', () => {
    const fact = FACTS.find((f) => f.cited.length > 1)!;
    const id = shipped().figures.find((f) => states(f, fact))!.id;
    assert.deepEqual(
      withFigure(id, (f) => ((f.citations as { quote: string }[])[0]!.quote = 'другие слова')),
      [said(fact)],
    );
    assert.deepEqual(
      withFigure(id, (f) => (f.citations = (f.citations as unknown[]).slice(0, 1))),
      [said(fact)],
    );
  });

  it('lets a figure gain a citation, and the dataset gain figures', () => {
    const data = shipped();
    const [first] = data.figures.filter((f) => f.citations);
    first!.citations!.push({ ...first!.citations![0]! });
    data.figures.push({ ...first!, id: 'another-figure', period: '2031' } as Figure);
    assert.deepEqual(missingFacts(data), []);
  });
});
