// The validator's messages as a data maintainer reads them: ids in paths, the nearest passage of a
// quote that is not verbatim, one message with the fix for a missing sources/ folder, and the cross-checks between
// stated figures. Small synthetic fixtures (test/fixtures/other-zone.json and its made-up release), plus the frozen copy of the zone's data.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { crossCheck, intervalOf, lastDigitUnit } from '../../src/data/crosscheck.js';
import { namePath } from '../../src/data/issue-paths.js';
import { checkQuotes, explainMismatch, nearestPassage } from '../../src/data/quotes.js';
import { inRussian } from '../../src/desk/checks.js';
import type { Dataset, Figure } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { validateFile } from '../../scripts/dataset-file.js';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const example = () => read('test/fixtures/other-zone.json') as Dataset;
const frozen = () => read('test/fixtures/frozen/dataset.json') as Dataset;
/**
 * The frozen data keeps the measures its releases were first read with, which the quote check now questions (data/ was
 * corrected): issues of the other checks, which these tests are about.
 */
const besideMeasures = <T extends { message: string }>(issues: T[]) =>
  issues.filter((i) => !/^no quote names the measure|^every quote speaks of revenue/.test(i.message));

/** The synthetic zone with its figures replaced: checked by the schema and rules first, so only the cross-checks speak. */
function zoneWith(figures: Record<string, unknown>[]): Dataset {
  const data = example();
  const cite = [{ source: 'example-release', quote: 'In 2024 the zone exported goods' }];
  data.figures = figures.map((f, i) => ({ id: `f${i}`, qualifier: 'exact', measure: 'exports', citations: cite, ...f }) as Figure);
  const result = validateDataset(data);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.dataset;
}

describe('paths name the item by its id', () => {
  it('adds the id after the list position, and leaves other paths alone', () => {
    const data = frozen();
    assert.equal(namePath('$.figures[8].citations[1].quote', data), '$.figures[8] (id "export-2025-h1").citations[1].quote');
    assert.equal(namePath('$.sources[2].file', data), '$.sources[2] (id "efimov-2019-results").file');
    assert.equal(namePath('$.destinations[0].countries[1]', data), '$.destinations[0].countries[1]');
    assert.equal(namePath('$.figures[999].value', data), '$.figures[999].value');
  });

  it('names it in schema errors too, where the rest of the item may be broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-ids-'));
    const data = frozen();
    (data.figures[5] as any).unit = 'roubles';
    writeFileSync(join(dir, 'd.json'), JSON.stringify(data));
    const issues = validateFile(join(dir, 'd.json'));
    assert.equal(issues[0]?.path, '$.figures[5] (id "growth-2021-q1-vs-2019-q1").unit');
    rmSync(dir, { recursive: true });
  });
});

describe('a quote not found verbatim', () => {
  const text = 'Экспорт вырос. Резиденты зоны “Технополис Москва” отгрузили продукции на 1 млрд рублей. Конец.';

  it('shows the nearest passage and the first differing characters, «» against “”', () => {
    const quote = 'Резиденты зоны «Технополис Москва» отгрузили продукции на 1 млрд рублей';
    const near = nearestPassage(quote, text);
    assert.equal(near.passage, 'Резиденты зоны “Технополис Москва” отгрузили продукции на 1 млрд рублей');
    assert.equal(near.differsAt, 15);
    const message = explainMismatch(quote, text, 'r.txt');
    assert.match(message, /Nearest passage \(line 1\): «Резиденты зоны “Технополис Москва” отгрузили/);
    assert.match(message, /character 16 of the quote: the quote has « \(U\+00AB\), the source has “ \(U\+201C\)/);
    assert.match(message, /differ only in quotation marks/);
  });

  it('finds a change near the start of a quote by its end', () => {
    const near = nearestPassage('Pезиденты зоны “Технополис Москва”', text); // a Latin P
    assert.equal(near.passage, 'Резиденты зоны “Технополис Москва”');
    assert.equal(near.differsAt, 0);
    assert.match(
      explainMismatch('Pезиденты зоны “Технополис Москва”', text, 'r.txt'),
      /the quote has P \(U\+0050\), the source has Р \(U\+0420\)/,
    );
  });

  it('says so when nothing in the source comes close', () => {
    assert.match(explainMismatch('completely different words here', text, 'r.txt'), /no passage of it comes close/);
  });
});

describe('a date note', () => {
  it('quotes only words its release has, in every language', () => {
    const data = example();
    const source = data.sources[0]!;
    const text = readFileSync(join(root, 'test/fixtures/sources', source.file), 'utf8');
    const texts = new Map([[source.file, text]]);
    source.dateNote = { ru: 'Дата следует из «In 2024 the zone exported»', en: 'The year follows from «the first half of 2024».' };
    assert.deepEqual(
      checkQuotes(data, texts).filter((i) => i.path.includes('dateNote')),
      [
        {
          path: '$.sources[0].dateNote.en',
          message: `quotes «the first half of 2024», which ${source.file} does not have: quote the release's own words`,
        },
      ],
    );
  });
});

describe('a measure', () => {
  const check = (measure: string, quote: string) => {
    const data = example();
    const source = data.sources[0]!;
    const text = `${readFileSync(join(root, 'test/fixtures/sources', source.file), 'utf8')}\n${quote}`;
    const figure = data.figures.find((f) => f.id === 'export-2024')!;
    Object.assign(figure, { measure, citations: [{ source: source.id, quote }] });
    return checkQuotes(data, new Map([[source.file, text]])).filter((i) => i.path.startsWith(`$.figures[${data.figures.indexOf(figure)}]`));
  };

  it('is named by a quote of the figure: one cut short of those words is refused, with the words to look for', () => {
    assert.deepEqual(check('shipments', 'Residents shipped goods worth 150 million roubles'), []);
    const [issue, ...rest] = check('shipments', 'goods worth 150 million roubles, 40 % more');
    assert.deepEqual(rest, []);
    assert.equal(issue?.path, '$.figures[0].citations');
    assert.match(issue!.message, /no quote names the measure shipments \(words such as «поставок…», «поставк…», «отгруз…»\)/);
    assert.match(inRussian(issue!.message), /^цитата не называет меру \(«экспортные поставки»\): продлите её/);
  });

  it('is export revenue when every quote speaks of revenue', () => {
    const [issue, ...rest] = check('exports', 'export revenue of 150 million roubles');
    assert.deepEqual(rest, []);
    assert.deepEqual(issue, {
      path: '$.figures[0].measure',
      message: 'every quote speaks of revenue, so the measure is export-revenue, not exports',
    });
    assert.deepEqual(check('export-revenue', 'export revenue of 150 million roubles'), []);
  });
});

describe('the sources/ folder', () => {
  it('missing beside a copy: one message that proposes the fix with the exact path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-nosrc-'));
    cpSync(join(root, 'test/fixtures/frozen/dataset.json'), join(dir, 'copy.json'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/validate-data.ts'), join(dir, 'copy.json')], {
      encoding: 'utf8',
      cwd: root,
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /copy\.json: 1 error\n/);
    assert.ok(run.stderr.includes(`cp -r data/sources ${join(dir, 'sources')}`), run.stderr);
    assert.doesNotMatch(run.stderr, /no text for source/);
    rmSync(dir, { recursive: true });
  });

  it('present but without one text: names where that text belongs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-onesrc-'));
    cpSync(join(root, 'test/fixtures/frozen/sources'), join(dir, 'sources'), { recursive: true });
    rmSync(join(dir, 'sources/004_e6f2f28219cb1034.txt'));
    cpSync(join(root, 'test/fixtures/frozen/dataset.json'), join(dir, 'copy.json'));
    const issues = besideMeasures(validateFile(join(dir, 'copy.json')));
    assert.deepEqual(issues, [
      {
        path: '$.sources[3] (id "efimov-2021-q1").file',
        message: `no text for source "efimov-2021-q1" (004_e6f2f28219cb1034.txt): put the release's text in ${join(dir, 'sources/004_e6f2f28219cb1034.txt')}`,
      },
    ]);
    rmSync(dir, { recursive: true });
  });
});

describe('intervals of stated numbers', () => {
  it('reads the precision from the digits and the qualifier', () => {
    assert.equal(lastDigitUnit(326_000_000), 1_000_000);
    assert.equal(lastDigitUnit(163_930_000), 10_000);
    assert.equal(lastDigitUnit(2.7), 0.1);
    assert.deepEqual(intervalOf({ value: 326_000_000, qualifier: 'exact' }), [325_500_000, 326_500_000]);
    assert.deepEqual(intervalOf({ value: 1_000_000_000, qualifier: 'approximate' }), [500_000_000, 1_500_000_000]);
    assert.deepEqual(intervalOf({ value: 248_000_000, qualifier: 'approximate' }), [223_200_000, 272_800_000]);
    assert.deepEqual(intervalOf({ value: 68, qualifier: 'lower-bound' }), [68, Infinity]);
  });
});

describe('cross-checks between stated figures', () => {
  const export24 = { kind: 'export', period: '2024', value: 150_000_000, unit: 'RUB' } as const;
  const export23 = { kind: 'export', period: '2023', value: 50_000_000, unit: 'RUB' } as const;
  const growth = (value: number, unit: 'percent' | 'times', qualifier = 'exact') =>
    ({ kind: 'growth', period: '2024', basePeriod: '2023', value, unit, qualifier }) as const;

  it('passes a growth that agrees with its two values (×3 and +200 %)', () => {
    assert.deepEqual(crossCheck(zoneWith([export24, export23, growth(3, 'times')])), []);
    assert.deepEqual(crossCheck(zoneWith([export24, export23, growth(200, 'percent')])), []);
  });

  it('fails a growth that disagrees beyond rounding, showing the arithmetic', () => {
    const issues = crossCheck(zoneWith([export24, export23, growth(150, 'percent')]));
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.path, '$.figures[2].value');
    assert.equal(
      issues[0]!.message,
      'growth from 2023 to 2024 is stated as 150 % (a factor of ×2.45…×2.55), but the two stated values it links disagree: ' +
        '$.figures[0] 150 000 000 RUB ÷ $.figures[1] 50 000 000 RUB = ×3 (×2.636…×3.444 within their rounding). ' +
        'One of the three is wrong: check each against its quote.',
    );
  });

  it('lets ≈ and > widen the intervals: «about 2.7 times» fits 150 ÷ 50, «more than 100 million» fits ×2', () => {
    assert.deepEqual(crossCheck(zoneWith([export24, export23, growth(2.7, 'times', 'approximate')])), []);
    assert.deepEqual(
      crossCheck(zoneWith([{ ...export24, value: 100_000_000, qualifier: 'lower-bound' }, export23, growth(3, 'times')])),
      [],
    );
    assert.equal(crossCheck(zoneWith([export24, export23, growth(2.5, 'times')])).length, 1);
  });

  it('fails two figures for the same period, kind and unit', () => {
    const issues = crossCheck(zoneWith([export24, { ...export24, value: 400_000_000, qualifier: 'approximate' }]));
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.path, '$.figures[1]');
    assert.match(
      issues[0]!.message,
      /^\$\.figures\[0\] and this figure are both "export" figures for 2024 in RUB \(150 000 000 RUB and ≈ 400 000 000 RUB\)/,
    );
    assert.match(issues[0]!.message, /Both measure exports: keep the one the release states/);
  });

  it('passes two figures for the same period under different measures, and weighs a growth only against its own measure', () => {
    const highTech = { ...export24, value: 400_000_000, measure: 'high-tech-products' };
    assert.deepEqual(crossCheck(zoneWith([export24, highTech])), []);
    // ×2.5 would disagree with 150 ÷ 50 million, but the 2023 value measures something else
    assert.deepEqual(crossCheck(zoneWith([export24, { ...export23, measure: 'high-tech-products' }, growth(2.5, 'times')])), []);
  });

  it('asks for the measures of two figures for the same period when one names none', () => {
    const count = { kind: 'country-count', period: '2024', value: 7, unit: 'count' } as const;
    const [issue, ...rest] = crossCheck(zoneWith([count, { ...count, value: 9, measure: undefined }]));
    assert.deepEqual(rest, []);
    assert.equal(issue!.path, '$.figures[1].measure');
    assert.match(issue!.message, /name the measure of each/);
  });

  it('fails a growth whose period has no volume of its measure: a widget would draw the base period alone', () => {
    // the draft's worst error: the later year's total filed under the base year, so «×3 к 2019» has no 2020 volume
    const filedUnderBase = { ...export24, period: '2023' };
    const [issue, ...rest] = crossCheck(zoneWith([filedUnderBase, growth(3, 'times')]));
    assert.deepEqual(rest, []);
    assert.equal(issue!.path, '$.figures[1].period');
    assert.match(issue!.message, /^growth from 2023 to 2024 has no volume of 2024 measuring exports/);
    // a volume of 2024 under another measure is not its volume
    assert.equal(crossCheck(zoneWith([{ ...export24, measure: 'export-revenue' }, growth(3, 'times')])).length, 1);
    assert.deepEqual(crossCheck(zoneWith([export24, growth(3, 'times')])), []);
  });

  it('fails a base period on anything but a growth: a share or a volume is of one period', () => {
    const data = example();
    const cite = [{ source: 'example-release', quote: 'In 2024 the zone exported goods' }];
    data.figures = [
      { id: 'e', kind: 'export', period: '2024', value: 1e8, unit: 'RUB', qualifier: 'exact', measure: 'exports', citations: cite },
      {
        id: 's',
        kind: 'sector-share',
        period: '2024',
        basePeriod: '2023',
        sectors: [data.sectors[0]!.id],
        value: 40,
        unit: 'percent',
        qualifier: 'exact',
        measure: 'exports',
        citations: cite,
      },
    ] as Figure[];
    const result = validateDataset(data);
    assert.ok(!result.ok);
    assert.deepEqual(result.issues, [
      {
        path: '$.figures[1].basePeriod',
        message: 'only a growth compares two periods: a "sector-share" figure of 2024 has no base period',
      },
    ]);
  });

  it('reads «почти» as just under: almost 50 % is 45–50 %', () => {
    assert.deepEqual(intervalOf({ value: 50, qualifier: 'almost' }), [45, 50]);
  });

  it('names both ids when run through the file check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-dup-'));
    cpSync(join(root, 'test/fixtures/frozen/sources'), join(dir, 'sources'), { recursive: true });
    const data = frozen();
    data.figures.push({ ...data.figures[0]!, id: 'export-2019-all' });
    writeFileSync(join(dir, 'd.json'), JSON.stringify(data));
    const [issue, ...rest] = besideMeasures(validateFile(join(dir, 'd.json')));
    assert.deepEqual(rest, []);
    assert.equal(issue!.path, `$.figures[${data.figures.length - 1}] (id "export-2019-all")`);
    assert.match(issue!.message, /^\$\.figures\[0\] \(id "export-2019"\) and this figure are both "export" figures for 2019/);
    rmSync(dir, { recursive: true });
  });

  it('fails a derived figure for a period that is now stated', () => {
    const derived = {
      kind: 'export',
      period: '2023',
      unit: 'RUB',
      derived: { method: 'base-from-growth', value: 'f0', growth: 'f2' },
    } as const;
    const issues = crossCheck(
      zoneWith([export24, export23, { ...growth(200, 'percent') }, { ...derived, qualifier: undefined, citations: undefined }]),
    );
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /The period is now stated: remove the derived figure/);
  });

  it('fails a part larger than the whole, and a share that its amounts contradict', () => {
    const part = { kind: 'exporter-export', period: '2024', exporter: 'alpha', value: 170_000_000, unit: 'RUB' } as const;
    assert.match(crossCheck(zoneWith([export24, part]))[0]!.message, /is more than the whole export of 2024/);
    const amount = { kind: 'sector-export', period: '2024', sectors: ['robotics'], value: 90_000_000, unit: 'RUB' } as const;
    const share = { kind: 'sector-share', period: '2024', sectors: ['robotics'], unit: 'percent' } as const;
    assert.deepEqual(crossCheck(zoneWith([export24, amount, { ...share, value: 60 }])), []);
    const [issue] = crossCheck(zoneWith([export24, amount, { ...share, value: 72 }]));
    assert.match(
      issue!.message,
      /the share is stated as 72 %, but \$\.figures\[1\] 90 000 000 RUB ÷ \$\.figures\[0\] 150 000 000 RUB = 60 %/,
    );
  });

  it('passes the synthetic file with three measures for one year, a quarter inside a half-year and «почти»', () => {
    assert.deepEqual(validateFile(join(root, 'test/fixtures/measures.json')), []);
  });

  it('asks every volume, total, share and growth for its measure, and «other» for its note', () => {
    const data = frozen();
    delete (data.figures[0] as Partial<Figure>).measure;
    Object.assign(data.figures[1]!, { measure: 'other' });
    const result = validateDataset(data);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.issues.map((i) => i.path),
      ['$.figures[0].measure', '$.figures[1].measureNote'],
    );
  });
});
