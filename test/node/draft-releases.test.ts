// The release drafter on made-up releases it was not built from (test/fixtures/releases/held-out/): at least 90 % of
// the figures fully right (kind, value, unit, qualifier, period, base period, measure, sectors, exporter) and at most
// one proposal per release that is no figure. The tuning part is held to the same bar, so that work on it shows here.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { draftRelease } from '../../src/draft/draft.js';
import { RELEASES, report, scoreSet } from './release-score.js';

function holds(t: TestContext, part: 'held-out' | 'tuning') {
  const scores = scoreSet(part);
  for (const line of report(scores).split('\n')) t.diagnostic(line);
  const figures = scores.reduce((n, s) => n + s.figures, 0);
  const right = scores.reduce((n, s) => n + s.right, 0);
  assert.ok(scores.length >= 5, `${part}: ${scores.length} releases`);
  assert.ok(right / figures >= 0.9, `${part}: ${right} / ${figures} figures fully right`);
  for (const s of scores) assert.ok(s.extra <= 1, `${s.name}: ${s.extra} proposals that are no figure`);
}

describe('the drafter on releases it has never seen', () => {
  it('gets at least 90 % of the held-out figures fully right, with at most one non-figure proposal a release', (t) => holds(t, 'held-out'));

  it('holds the same bar on the tuning releases', (t) => holds(t, 'tuning'));

  it('quotes every proposal verbatim and places it where it stands in the text', () => {
    for (const part of ['held-out', 'tuning'])
      for (const name of ['2021-h1-sez-exports', '2020-annual', '2023-annual', '2022-h1']) {
        let text: string;
        try {
          text = readFileSync(join(RELEASES, part, `${name}.txt`), 'utf8');
        } catch {
          continue;
        }
        const draft = draftRelease(text, { source: name });
        assert.ok(draft.figures.length > 0, name);
        for (const f of draft.figures)
          f.mentions.forEach((m, i) => {
            assert.equal(text.slice(m.sentence.start, m.sentence.end), f.figure.citations![i]!.quote);
            assert.ok(m.sentence.start <= m.at.start && m.at.end <= m.sentence.end, `${name}: ${JSON.stringify(m)}`);
          });
      }
  });

  it('proposes a headline that repeats the body once, with both places', () => {
    const text =
      'Экспорт резидентов зоны в 2024 году превысил 3 млрд рублей\n\nВ 2024 году резиденты зоны экспортировали продукции более чем на 3 млрд рублей.';
    const [figure, ...rest] = draftRelease(text, { source: 's' }).figures;
    assert.deepEqual(rest, []);
    assert.equal(figure!.mentions.length, 2);
    assert.equal(figure!.figure.period, '2024');
    assert.match(figure!.check.join(' '), /сказано и в заголовке/);
  });
});
