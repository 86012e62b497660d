// data/README.md's "Add a new press release" guide, followed step by step with made-up data only: the synthetic zone
// (test/fixtures/other-zone.json) gets a synthetic release (test/fixtures/draft/synthetic-release.txt, not a seed):
// save the text, describe it, draft, edit, validate, and load the result the way a widget's `src` does. Step 8 (rebuild) is the
// project's own checks; the size budget in cli.test.ts keeps a bigger dataset from failing the rebuild. Step 6 (look)
// runs `npm run preview-data`, whose screenshots a person looks at; the test checks they are written and its warnings.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildModel } from '../../src/data/model.js';
import { validateDataset } from '../../src/data/validate.js';
import type { Dataset } from '../../src/data/schema.js';
import type { Draft } from '../../src/draft/draft.js';
import { validateFile } from '../../scripts/dataset-file.js';

const root = new URL('../../', import.meta.url).pathname;
const tsx = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { encoding: 'utf8', cwd: root });

describe('data/README.md: add a new press release', () => {
  it('follows the guide from the release text to a file the widgets load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-guide-'));
    cpSync(join(root, 'test/fixtures/sources'), join(dir, 'sources'), { recursive: true });
    const file = join(dir, 'example-zone.json');
    cpSync(join(root, 'test/fixtures/other-zone.json'), file);

    // 1. Save the release's text.
    const release = join(dir, 'sources/synthetic-2026-h1.txt');
    cpSync(join(root, 'test/fixtures/draft/synthetic-release.txt'), release);

    // 2. Describe the release.
    const data = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    data.sources.push({
      id: 'synthetic-2026-h1',
      file: 'synthetic-2026-h1.txt',
      outlet: null,
      published: '2026-08-14',
      dateInferred: false,
      language: 'ru',
      speakers: [],
    });

    // 3. Get a draft (nothing written: the dataset copy is unchanged by it).
    const before = readFileSync(file, 'utf8');
    const run = tsx('scripts/draft-release.ts', release, '--source', 'synthetic-2026-h1', '--json');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(file, 'utf8'), before);
    const draft = JSON.parse(run.stdout) as Draft;

    // 4. Edit: keep the half-year's export and growth, give them ids, and derive the base the growth names.
    const exported = draft.figures.find((f) => f.figure.kind === 'export' && f.figure.period === '2026-H1' && f.figure.value === 40e6)!;
    const growth = draft.figures.find((f) => f.figure.kind === 'growth' && f.figure.period === '2026-H1')!;
    assert.ok(exported && growth, JSON.stringify(draft.figures.map((f) => f.figure)));
    data.figures.push(
      { ...exported.figure, id: 'export-2026-h1' },
      { ...growth.figure, id: 'growth-2026-h1-vs-2025-h1' },
      {
        id: 'export-2025-h1',
        kind: 'export',
        period: '2025-H1',
        unit: 'RUB',
        derived: { method: 'base-from-growth', value: 'export-2026-h1', growth: 'growth-2026-h1-vs-2025-h1' },
      },
    );
    data.version = '1.1.0-test';
    data.asOf = '2026-08-14';
    writeFileSync(file, JSON.stringify(data, null, 2));

    // 5. Check it: a quote whose «» an editor turned into “” is shown with the nearest passage; put back, the file is valid.
    const quote = data.figures.find((f) => f.id === 'export-2026-h1')!.citations![0]!;
    const original = quote.quote;
    quote.quote = original.replace('«Пример»', '“Пример”');
    writeFileSync(file, JSON.stringify(data, null, 2));
    const caught = validateFile(file);
    assert.equal(caught.length, 1, JSON.stringify(caught));
    assert.match(caught[0]!.path, /^\$\.figures\[\d+\] \(id "export-2026-h1"\)\.citations\[0\]\.quote$/);
    assert.match(caught[0]!.message, /the quote has “ \(U\+201C\), the source has « \(U\+00AB\)/);
    quote.quote = original;
    writeFileSync(file, JSON.stringify(data, null, 2));
    const check = tsx('scripts/validate-data.ts', file);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /: valid\n/);

    // 6. Look at it: every widget in three languages at two widths, and the derived-only base named as a warning.
    const preview = tsx('scripts/preview-data.ts', file, '--no-serve', '--out', join(dir, 'preview'));
    assert.equal(preview.status, 0, preview.stdout + preview.stderr);
    for (const lang of ['ru', 'en', 'uz'])
      for (const width of [360, 1200]) assert.ok(statSync(join(dir, `preview/${lang}-${width}.png`)).size > 10_000, `${lang}-${width}.png`);
    assert.match(preview.stdout, /period 2025-H1 has only derived export figures \(export-2025-h1\)/);
    assert.doesNotMatch(preview.stdout, /shows an error|overlaps|validate-data:/);

    // 7. Publish by `src`: the widgets' loader accepts the file and finds the new figure.
    const loaded = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
    assert.ok(loaded.ok, JSON.stringify(!loaded.ok && loaded.issues));
    const model = buildModel(loaded.dataset);
    assert.equal(model.figures.get('export-2026-h1')?.figure.qualifier, 'almost');
    rmSync(dir, { recursive: true });
  });

  it('step 6, preview-data: a file the widgets refuse is named with the message each widget shows, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-preview-'));
    const run = tsx('scripts/preview-data.ts', join(root, 'test/fixtures/wrong-shape.json'), '--no-serve', '--out', dir);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    for (const tag of ['export-growth', 'top-exporters', 'destination-list', 'export-structure', 'key-figures'])
      for (const lang of ['ru', 'en', 'uz']) assert.match(run.stdout, new RegExp(`<${tag} lang="${lang}">: shows an error: \\S`));
    assert.match(run.stdout, /validate-data: \$/);
    rmSync(dir, { recursive: true });
  });
});
