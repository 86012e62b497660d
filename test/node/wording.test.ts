// The shipped data is held to the words of its sources, by rules rather than by its figures: a measure is the one the
// figure's own sentences name, and a note says no more about when or what than a quote of the source does.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import embedded from '../../data/technopolis-moscow.json' with { type: 'json' };
import type { Dataset } from '../../src/data/schema.js';

const data = embedded as unknown as Dataset;
const reported = data.figures.filter((f) => f.citations && f.measure);

/** Words that name each measure in the releases' languages; a figure of the measure cites at least one. */
const NAMED: Partial<Record<string, RegExp>> = {
  'export-revenue': /выручк|даромад|revenue/i,
  shipments: /поставок|отгруз|жўнат|экспорт ҳажми|shipped|shipments/i,
  'high-tech-products': /высокотехнологичн|юқори технологияли|high-tech/i,
};

describe('measures come from the sentence that states the figure', () => {
  it('a figure of a named measure cites a sentence that names it', () => {
    const wrong = reported.filter((f) => NAMED[f.measure!] && !f.citations!.some((c) => NAMED[f.measure!]!.test(c.quote)));
    assert.deepEqual(
      wrong.map((f) => `${f.id}: ${f.measure}`),
      [],
    );
  });

  it('a figure whose every sentence speaks of revenue is export revenue', () => {
    const revenue = reported.filter((f) => f.citations!.every((c) => NAMED['export-revenue']!.test(c.quote)));
    assert.ok(revenue.length > 0);
    assert.deepEqual(
      revenue.filter((f) => f.measure !== 'export-revenue').map((f) => `${f.id}: ${f.measure}`),
      [],
    );
  });
});

describe('a note says no more than its source', () => {
  const noted = data.figures.filter((f) => f.note);

  it('quotes the source word for word wherever it quotes it', () => {
    const misquoted = noted.flatMap((f) =>
      Object.values(f.note!).flatMap((text) =>
        [...text.matchAll(/«([^»]+)»/g)]
          .map((m) => m[1]!)
          .filter((words) => !(f.citations ?? []).some((c) => c.quote.includes(words)))
          .map((words) => `${f.id}: «${words}»`),
      ),
    );
    assert.deepEqual(misquoted, []);
  });

  it('names a year only beside the words of the source that give it', () => {
    const inferred = noted.filter((f) => /\b(19|20)\d\d\b/.test(f.note!.ru ?? '') && !/«[^»]+»/.test(f.note!.ru ?? ''));
    assert.deepEqual(
      inferred.map((f) => `${f.id}: ${f.note!.ru}`),
      [],
    );
  });
});
