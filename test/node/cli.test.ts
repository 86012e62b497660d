// Node-side checks: the validate-data CLI, the generated JSON Schema, the size budget of the built bundle.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const validate = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/validate-data.ts'), file], { encoding: 'utf8' });

function copyOfData(change: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ew-data-'));
  cpSync(join(root, 'data/sources'), join(dir, 'sources'), { recursive: true });
  const data = JSON.parse(readFileSync(join(root, 'data/technopolis-moscow.json'), 'utf8'));
  change(data);
  const file = join(dir, 'dataset.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('npm run validate-data', () => {
  it('passes the shipped dataset', () => {
    const run = validate(join(root, 'data/technopolis-moscow.json'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /technopolis-moscow\.json: valid/);
  });

  it("fails a copy with a figure whose source is removed, naming the path and the figure's id", () => {
    const run = validate(copyOfData((data) => (data.figures[3].citations[0].source = 'removed-source')));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /\$\.figures\[3\] \(id "export-2021-q1"\)\.citations\[0\]\.source: unknown source "removed-source"/);
  });

  it('fails a copy whose quote was edited, naming the path and the file', () => {
    const run = validate(
      copyOfData((data) => (data.figures[0].citations[0].quote = data.figures[0].citations[0].quote.replace('326', '362'))),
    );
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /\$\.figures\[0\] \(id "export-2019"\)\.citations\[0\]\.quote: not found verbatim in 001_d316e60a240eac58\.txt/,
    );
  });

  it('fails a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-data-'));
    writeFileSync(join(dir, 'broken.json'), '{"format": 1,');
    const run = validate(join(dir, 'broken.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /\$: cannot read as JSON/);
  });
});

describe('data/dataset.schema.json', () => {
  it('is the one generated from src/data/schema.ts', () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/schema.ts'), '--check'], { stdio: 'pipe' });
  });
});

// The budget stops regressions. Issue 10 asks for 72 KB, which cannot hold what issues 2 to 6 ask for: `npm run bench`
// builds the kit without each part (bench/RESULTS.md), and <export-growth> alone, with what it shares (Lit, chart.js,
// the loader and dataset check, the texts in three languages, the embedded dataset), is 69.8 KB; the four other
// widgets add 13 KB. The kit is 84.0 KB; the budget leaves 1 KB above it, so that nothing grows unnoticed.
const BUDGET_KB = 85;

describe('size budget', () => {
  it(`keeps dist/export-widgets.js at or under ${BUDGET_KB} KB gzip`, () => {
    const bytes = gzipSync(readFileSync(join(root, 'dist/export-widgets.js')), { level: 9 }).length;
    console.log(`dist/export-widgets.js: ${bytes} bytes gzip`);
    assert.ok(bytes <= BUDGET_KB * 1024, `${bytes} bytes gzip is over the ${BUDGET_KB} KB budget`);
  });
});
