// Issue 17, findings 2 and 4 and generated hostile input: the dataset check refuses numbers no widget can show, and
// any file it accepts builds a model whose every figure formats as a number. Runs in Node: the validator, the model
// and the formatting are DOM-free.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildModel } from '../../src/data/model.js';
import { validateDataset } from '../../src/data/validate.js';
import { formatAmount } from '../../src/i18n/format.js';
import { LANGS } from '../../src/i18n/lang.js';
import { hostileDataset, prototypeClean, SEED, showsNonFigure } from '../hardening/hostile.js';

const root = new URL('../../', import.meta.url).pathname;
const text = readFileSync(join(root, 'test/fixtures/frozen/dataset.json'), 'utf8');
const base = () => JSON.parse(text);
/** The index of the first figure of `kind` (and `unit`) in the frozen fixture. */
const figure = (kind: string, unit?: string) =>
  base().figures.findIndex((f: any) => f.kind === kind && !f.derived && (!unit || f.unit === unit));

/** The dataset with figure `i`'s value written as `raw` JSON text (so -0 stays -0). */
function withValue(i: number, raw: string): unknown {
  const data = base();
  data.figures[i].value = '__v__';
  return JSON.parse(JSON.stringify(data).replace('"__v__"', raw));
}
function refusedAt(input: unknown, path: string) {
  const result = validateDataset(input);
  assert.equal(result.ok, false, `accepted ${path}`);
  if (!result.ok)
    assert.ok(
      result.issues.some((issue) => issue.path === path),
      JSON.stringify(result.issues),
    );
}

describe('finding 2: implausibly large numbers', () => {
  it('refuses 1.7e308 and other values beyond their unit, naming the path', () => {
    const exp = figure('export');
    refusedAt(withValue(exp, '1.7e308'), `$.figures[${exp}].value`);
    refusedAt(withValue(exp, '1000000000000001'), `$.figures[${exp}].value`);
    const share = figure('sector-share');
    refusedAt(withValue(share, '100.5'), `$.figures[${share}].value`);
    const growth = figure('growth', 'percent');
    refusedAt(withValue(growth, '1e6'), `$.figures[${growth}].value`);
    const times = figure('growth', 'times');
    refusedAt(withValue(times, '1e5'), `$.figures[${times}].value`);
    const count = figure('country-count');
    refusedAt(withValue(count, '26.5'), `$.figures[${count}].value`);
    refusedAt(withValue(count, '1e10'), `$.figures[${count}].value`);
  });

  it('accepts the limits themselves', () => {
    assert.equal(validateDataset(withValue(figure('export'), '1e15')).ok, true);
    assert.equal(validateDataset(withValue(figure('growth', 'times'), '0.01')).ok, true);
  });

  it('npm run validate-data refuses a file with 1.7e308', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-data-'));
    cpSync(join(root, 'test/fixtures/frozen/sources'), join(dir, 'sources'), { recursive: true });
    const data = base();
    const i = figure('export');
    data.figures[i].value = '__v__';
    writeFileSync(join(dir, 'dataset.json'), JSON.stringify(data).replace('"__v__"', '1.7e308'));
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/validate-data.ts'), join(dir, 'dataset.json')], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1, run.stdout);
    // The command names the figure by its id as well (`$.figures[0] (id "export-2019").value`).
    assert.match(run.stderr, new RegExp(`\\$\\.figures\\[${i}\\] \\(id "${data.figures[i].id}"\\)\\.value`));
  });
});

describe('finding 4: -0, a zero growth factor, 5e-324', () => {
  it('refuses -0 as a value', () => {
    const i = figure('export');
    refusedAt(withValue(i, '-0'), `$.figures[${i}].value`);
  });

  it('refuses a growth of ×0 and of ×5e-324, which would make a derived base infinite', () => {
    const i = figure('growth', 'times');
    refusedAt(withValue(i, '0'), `$.figures[${i}].value`);
    refusedAt(withValue(i, '5e-324'), `$.figures[${i}].value`);
  });

  it('refuses 5e-324 in any unit', () => {
    const i = figure('export');
    refusedAt(withValue(i, '5e-324'), `$.figures[${i}].value`);
  });
});

/** Cases per property: a few hundred by default (about a second); `FC_RUNS=5000` runs more. */
const RUNS = Number(process.env.FC_RUNS) || 300;
const options = { seed: Number(process.env.FC_SEED) || SEED, numRuns: RUNS };

describe('generated hostile datasets (fast-check)', () => {
  it('the validator accepts the file, or refuses it with a JSON path for each issue; it never throws', () => {
    fc.assert(
      fc.property(hostileDataset(base()), ({ json }) => {
        const result = validateDataset(JSON.parse(json));
        if (!result.ok) {
          assert.ok(result.issues.length > 0);
          for (const issue of result.issues) {
            assert.match(issue.path, /^\$/);
            assert.ok(issue.message.length > 0);
          }
        }
        assert.ok(prototypeClean(), 'Object.prototype changed');
      }),
      options,
    );
  });

  it('an accepted file builds a model whose every figure is finite, not -0, and formats without NaN or ∞', () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostileDataset(base()), ({ json }) => {
        const result = validateDataset(JSON.parse(json));
        if (!result.ok) return;
        accepted++;
        const model = buildModel(result.dataset);
        for (const f of model.figures.values()) {
          assert.ok(Number.isFinite(f.value) && !Object.is(f.value, -0), `${f.figure.id}: ${f.value}`);
          if (f.derived) assert.ok(f.derived.factor > 0 && Number.isFinite(f.derived.factor), `${f.figure.id}: factor ${f.derived.factor}`);
          for (const lang of LANGS) {
            const shown = formatAmount(f.value, f.figure.unit, f.qualifier, lang);
            assert.ok(!showsNonFigure(shown, json) && !/-0(?![\d,.])/.test(shown), `${f.figure.id}: ${shown}`);
          }
        }
        assert.ok(prototypeClean(), 'Object.prototype changed');
      }),
      options,
    );
    // The generator must reach accepted files too, or the property says nothing.
    assert.ok(accepted > RUNS / 10, `only ${accepted} of ${RUNS} generated files were accepted`);
  });
});
