// The shipped data is held to the words of its sources, by rules rather than by its figures: a note says no more about
// when or what than a quote of the source does. (That a figure's quotes name its measure is the quote check's, which
// the desk and `npm run validate-data` run too.)
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import embedded from '../../data/technopolis-moscow.json' with { type: 'json' };
import type { Dataset } from '../../src/data/schema.js';

const data = embedded as unknown as Dataset;

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
