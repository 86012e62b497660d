// The DOM-free selectors of src/data/selectors against the real dataset, with the figures the seed texts state
// (test/fixtures/sources): what each widget shows is tested here without a browser.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import embedded from '../fixtures/frozen/dataset.json' with { type: 'json' };
import { buildModel, type ResolvedFigure } from '../../src/data/model.js';
import { validateDataset } from '../../src/data/validate.js';
import { cumulativeExports, growthPanels, latestGrowth, latestOf } from '../../src/data/selectors/growth.js';
import { defaultPeriod, ranking, rankingPeriods } from '../../src/data/selectors/exporters.js';
import { destinationList, destinationPeriods, latestDestinationPeriod, within } from '../../src/data/selectors/destinations.js';
import { exportStructure, structurePeriods } from '../../src/data/selectors/structure.js';
import { DEFAULT_CARDS, keyFigures } from '../../src/data/selectors/key-figures.js';

const validated = validateDataset(embedded);
if (!validated.ok) throw new Error('the frozen fixture does not validate');
const model = buildModel(validated.dataset);

/** A figure as `id period value qualifier`, what a reader sees of it. */
const seen = (f: ResolvedFigure | undefined) => f && `${f.figure.id} ${f.figure.period} ${f.value} ${f.qualifier}`;

describe('growth selector', () => {
  const panels = growthPanels(model);

  it('groups volumes so only comparable periods stand together', () => {
    assert.deepEqual(
      panels.map((p) => [p.key, p.volumes.map((v) => v.figure.period)]),
      [
        ['half-1', ['2024-H1', '2025-H1']],
        ['quarter-1', ['2019-Q1', '2020-Q1', '2021-Q1']],
        ['year', ['2018', '2019']],
      ],
    );
  });

  it('keeps the stated volumes with their qualifiers: H1 2025 ≈ 1 billion, 2019 exactly 326 million, Q1 2021 248 million', () => {
    const volumes = panels.flatMap((p) => p.volumes).filter((v) => !v.derived);
    assert.deepEqual(volumes.map(seen), [
      'export-2025-h1 2025-H1 1000000000 approximate',
      'export-2021-q1 2021-Q1 248000000 exact',
      'export-2019 2019 326000000 exact',
    ]);
  });

  it('derives 2018 from 326 million ÷ 1.32, approximate, and says from what', () => {
    const derived = panels.find((p) => p.key === 'year')!.volumes[0]!;
    assert.equal(seen(derived), 'export-2018 2018 247000000 approximate');
    assert.equal(derived.derived?.from.figure.id, 'export-2019');
    assert.equal(derived.derived?.factor, 1.32);
    assert.equal(derived.derived?.raw, 326e6 / 1.32);
    // The other derived volumes: H1 2024 = 1 billion ÷ 3.3, Q1 2019 = 248 million ÷ 4.5, Q1 2020 = 248 million ÷ 2.7.
    assert.deepEqual(
      panels.flatMap((p) => p.volumes).flatMap((v) => (v.derived ? [[v.figure.period, v.derived.raw]] : [])),
      [
        ['2024-H1', 1e9 / 3.3],
        ['2019-Q1', 248e6 / 4.5],
        ['2020-Q1', 248e6 / 2.7],
        ['2018', 326e6 / 1.32],
      ],
    );
  });

  it('takes the latest volume and its growth: H1 2025, ×3.3 on H1 2024', () => {
    const latest = latestGrowth(panels);
    assert.equal(seen(latest?.volume), 'export-2025-h1 2025-H1 1000000000 approximate');
    assert.equal(seen(latest?.growth), 'growth-2025-h1-vs-2024-h1 2025-H1 3.3 exact');
  });

  it('cuts a panel to its latest volumes, with the growth of their periods only', () => {
    const quarters = panels.find((p) => p.key === 'quarter-1')!;
    const cut = latestOf(quarters, 2);
    assert.deepEqual(
      cut.volumes.map((v) => v.figure.period),
      ['2020-Q1', '2021-Q1'],
    );
    assert.ok(quarters.growth.length > 0);
    assert.deepEqual(
      cut.growth.map((g) => g.figure.id),
      quarters.growth.filter((g) => g.figure.period >= '2020-Q1').map((g) => g.figure.id),
    );
    assert.equal(latestOf(quarters, 3), quarters);
  });

  it('filters by comparison and years, keeping growth only when its base period is in range', () => {
    const years = growthPanels(model, { comparison: 'years', from: 2019, to: 2021 });
    assert.deepEqual(
      years.map((p) => [p.key, p.volumes.map(seen), p.growth.length]),
      [['year', ['export-2019 2019 326000000 exact'], 0]],
    );
  });

  it('lists cumulative exports as lower bounds: more than 615 million by 2019, more than 8.1 billion by 2025', () => {
    assert.deepEqual(cumulativeExports(model).map(seen), [
      'cumulative-export-2019 2019 615000000 lower-bound',
      'cumulative-export-2025 2025 8100000000 lower-bound',
    ]);
  });
});

describe('exporters selector', () => {
  it('ranks companies in H1 2025 by default: NCC 652 million first, ≈ 65 % of the 1 billion computed', () => {
    const periods = rankingPeriods(model, 'company');
    assert.deepEqual(periods, ['2025-H1', '2025']);
    const r = ranking(model, { by: 'company', period: defaultPeriod(periods), limit: 5 });
    assert.equal(r.period, '2025-H1');
    assert.equal(seen(r.total), 'export-2025-h1 2025-H1 1000000000 approximate');
    const [ncc, ...others] = r.ranked;
    assert.equal(ncc?.id, 'ncc');
    assert.equal(seen(ncc?.amount), 'exporter-ncc-2025-h1 2025-H1 652000000 exact');
    assert.equal(ncc?.computedShare, 65);
    assert.equal(ncc?.bar, 100);
    assert.deepEqual(others, []);
    // 137 million is stated for 2025 as a whole: it overlaps H1 2025, so it is context, never ranked with it.
    const [ic] = r.context;
    assert.equal(seen(ic?.amount), 'exporter-ic-resident-2025 2025 137000000 exact');
    assert.equal(ic?.computedShare, undefined);
    assert.equal(ic?.bar, 0);
    assert.deepEqual(
      r.unranked.map((row) => row.id),
      ['inspection-resident', 'medplant', 'tzmoi', 'nex-t'],
    );
  });

  it('ranks sectors in Q1 2021 by default with their lower bounds: at least 68 % and at least 25 %', () => {
    const periods = rankingPeriods(model, 'sector');
    assert.deepEqual(periods, ['2019', '2021-Q1']);
    const r = ranking(model, { by: 'sector', period: defaultPeriod(periods), limit: 5 });
    assert.deepEqual(
      r.ranked.map((row) => [row.id, seen(row.share)]),
      [
        ['fibre-optics+microelectronics', 'share-microelectronics-fibre-2021-q1 2021-Q1 68 lower-bound'],
        ['batteries+inspection', 'share-inspection-batteries-2021-q1 2021-Q1 25 lower-bound'],
      ],
    );
    assert.equal(ranking(model, { by: 'sector', period: '2021-Q1', limit: 1 }).hidden, 1);
  });
});

describe('destinations selector', () => {
  it('shows the latest period, 2025, by default, each country once with its region', () => {
    assert.deepEqual(destinationPeriods(model), ['2019', '2021-Q1', '2025-H1', '2025']);
    assert.equal(latestDestinationPeriod(model), '2025');
    const view = destinationList(model);
    assert.equal(view.period, '2025');
    const codes = view.rows.map((row) => row.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.equal(view.rows.find((row) => row.code === 'KZ')?.region, 'eaeu-cis');
    // Serbia: interactive panels being delivered («идут поставки»).
    assert.deepEqual(view.rows.find((row) => row.code === 'RS')?.markers, [{ marker: 'ongoing', period: '2025' }]);
    assert.deepEqual(
      view.groups.flatMap((g) => g.rows.map((row) => row.code)),
      view.groups.flatMap((g) => view.rows.filter((row) => row.region === g.region).map((row) => row.code)),
    );
  });

  it('counts a half-year within its year, never a year within its half', () => {
    assert.equal(within('2025-H1', '2025'), true);
    assert.equal(within('2025', '2025-H1'), false);
  });

  it('cuts the list with limit and says how many are left', () => {
    const all = destinationList(model, { groupBy: 'none' });
    const cut = destinationList(model, { groupBy: 'none', limit: 3 });
    assert.deepEqual(
      cut.groups.map((g) => [g.region, g.rows.length]),
      [['none', 3]],
    );
    assert.equal(cut.hidden, all.rows.length - 3);
  });
});

describe('structure selector', () => {
  it('finds the periods with a breakdown', () => {
    assert.deepEqual(structurePeriods(model), ['2019', '2021-Q1']);
  });

  it('computes 2019 shares from the stated amounts of the 326 million: microelectronics 163.93 million ≈ 50.3 %', () => {
    const s = exportStructure(model, '2019');
    assert.deepEqual([s.total?.value, s.total?.qualifier], [326e6, 'exact']);
    const [micro, education] = s.parts;
    assert.deepEqual([micro?.amount?.value, micro?.amount?.qualifier], [163.93e6, 'exact']);
    assert.equal(micro?.share?.computed, true);
    assert.equal(micro?.share?.raw, (163.93e6 / 326e6) * 100);
    assert.equal(micro?.share?.value, 50.3);
    assert.equal(micro?.share?.qualifier, 'approximate');
    assert.equal(education?.share?.value, 0.362);
  });

  it('keeps Q1 2021 lower bounds as lower bounds and leaves at most 7 % not broken down', () => {
    const s = exportStructure(model, '2021-Q1');
    assert.deepEqual(
      s.parts.map((p) => [p.sectors, p.share?.value, p.share?.qualifier, p.share?.computed]),
      [
        [['microelectronics', 'fibre-optics'], 68, 'lower-bound', false],
        [['inspection', 'batteries'], 25, 'lower-bound', false],
      ],
    );
    assert.deepEqual([s.rest?.value, s.rest?.bound], [7, 'upper']);
  });
});

describe('key-figures selector', () => {
  it('fills the default cards with the latest figures and names an unknown id', () => {
    const { cards, unknown } = keyFigures(model, [...DEFAULT_CARDS, 'countries', 'exports-2030']);
    assert.deepEqual(unknown, ['exports-2030']);
    assert.deepEqual(
      cards.map((c) => [seen(c.figure), seen(c.growth)]),
      [
        ['export-2025-h1 2025-H1 1000000000 approximate', 'growth-2025-h1-vs-2024-h1 2025-H1 3.3 exact'],
        ['cumulative-export-2025 2025 8100000000 lower-bound', undefined],
        ['residents undefined 150 lower-bound', undefined],
        ['area undefined 206.8 exact', undefined],
        ['countries-2019 2019 26 exact', undefined],
      ],
    );
  });
});
