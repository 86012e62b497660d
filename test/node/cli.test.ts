// Node-side checks: the validate-data CLI, the generated JSON Schema, the size budget of the kit's code.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const validate = (file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/validate-data.ts'), file], { encoding: 'utf8' });

function copyOfData(change: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'ew-data-'));
  cpSync(join(root, 'test/fixtures/frozen/sources'), join(dir, 'sources'), { recursive: true });
  const data = JSON.parse(readFileSync(join(root, 'test/fixtures/frozen/dataset.json'), 'utf8'));
  change(data);
  const file = join(dir, 'dataset.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe('npm run validate-data', () => {
  it('passes a valid dataset, saying so', () => {
    const run = validate(join(root, 'test/fixtures/measures.json'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /fixtures\/measures\.json: valid/);
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

// The budget guards the kit's code, not the data that grows: it measures a build with the dataset module as `{}`.
// Set just above the code measured (88,415 bytes), so that any growth is a decision.
const BUDGET_KB = 86.5;

describe('size budget', () => {
  it(`keeps the kit's code (dist/export-widgets.js without its embedded dataset) at or under ${BUDGET_KB.toFixed(2)} KB gzip`, async () => {
    const { build } = await import('vite');
    const out = mkdtempSync(join(tmpdir(), 'ew-code-'));
    const dataset = join(root, 'data/technopolis-moscow.json');
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      plugins: [{ name: 'size:no-dataset', enforce: 'pre', load: (id) => (id === dataset ? '{}' : null) }],
      build: { outDir: out, emptyOutDir: true },
    });
    const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
    const code = gzip(join(out, 'export-widgets.js'));
    const kit = gzip(join(root, 'dist/export-widgets.js'));
    console.log(`dist/export-widgets.js: ${kit} bytes gzip, of which code ${code} and embedded dataset ${kit - code}`);
    assert.ok(code < kit, 'the build without the dataset is smaller than the kit: the dataset module was replaced');
    assert.ok(code <= BUDGET_KB * 1024, `the kit's code is ${code} bytes gzip, over the ${BUDGET_KB.toFixed(2)} KB budget`);
    rmSync(out, { recursive: true });
  });
});
