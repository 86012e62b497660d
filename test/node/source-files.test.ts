// A dataset names each source text by file; validate-data and the build read it from the sources/ folder beside the
// dataset, and from nowhere else: a name that is a path out of the folder is refused by the schema, never read, and
// none of its text is printed.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateDataset } from '../../src/data/validate.js';

const root = new URL('../../', import.meta.url).pathname;

describe('source files', () => {
  it('a source file outside sources/ is refused with its path, and its text never printed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-sources-'));
    try {
      const data = join(dir, 'project', 'data');
      mkdirSync(join(data, 'sources'), { recursive: true });
      // A text that shares words with the quotes, so that a "nearest passage" would print it if it were read.
      writeFileSync(join(dir, 'secret'), 'SECRET-LINE In 2024 the zone exported goods worth 150 million roubles SECRET-LINE');
      const zone = JSON.parse(readFileSync(join(root, 'test/fixtures/other-zone.json'), 'utf8'));
      zone.sources[0].file = '../../secret';
      writeFileSync(join(data, 'zone.json'), JSON.stringify(zone));
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/validate-data.ts'), join(data, 'zone.json')], {
        encoding: 'utf8',
      });
      assert.equal(run.status, 1);
      assert.match(run.stderr, /\$\.sources\[0\].*\.file: must be a file name in sources\/, not a path/);
      assert.doesNotMatch(run.stdout + run.stderr, /SECRET-LINE/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the schema allows a plain name and refuses paths', () => {
    const zone = JSON.parse(readFileSync(join(root, 'test/fixtures/other-zone.json'), 'utf8'));
    for (const file of ['../secret', 'a/b.txt', '..', '.', 'C:secret', 'a\\\\b.txt', '/etc/passwd']) {
      zone.sources[0].file = file;
      const result = validateDataset(zone);
      assert.ok(!result.ok && result.issues.some((i) => i.path === '$.sources[0].file'), file);
    }
    zone.sources[0].file = 'пресс-релиз 2024.txt';
    const result = validateDataset(zone);
    assert.ok(result.ok || !result.issues.some((i) => i.path === '$.sources[0].file'));
  });
});
