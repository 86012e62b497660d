// A made-up release added to a copy of data/ (test/fixtures/new-release/: its text and its entries) fails no test: the
// copy validates, and the checks of the shipped data (Node) and the widget tests (browser) pass with EW_DATA_DIR
// pointing at it. The widget tests read the frozen fixture, and the shipped data only through data-agnostic checks.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Dataset } from '../../src/data/schema.js';
import { ROOT } from './harness.js';

const RELEASE = join(ROOT, 'test/fixtures/new-release');
let dir: string;

/** The year the fixture is written for: its release speaks of 2026 and compares with 2025. */
const FIXTURE_YEAR = 2026;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ew-new-release-'));
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const file = join(dir, 'technopolis-moscow.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  // The made-up release comes after the data's last year and its base period after that too, so that a real release
  // of any period, added since, neither shares its ids nor is compared with its made-up growth.
  const last = Math.max(
    ...[...data.sources.map((s) => s.published), ...data.destinations.map((d) => d.period)].map((t) => Number(t.slice(0, 4))),
  );
  const shift = Math.max(0, last + 2 - FIXTURE_YEAR);
  const later = (text: string) => text.replace(/\b(2025|2026)\b/g, (year) => String(Number(year) + shift));
  const entries = JSON.parse(later(readFileSync(join(RELEASE, 'entries.json'), 'utf8'))) as Pick<Dataset, 'figures' | 'destinations'> & {
    source: Dataset['sources'][number];
  };
  writeFileSync(join(dir, 'sources', entries.source.file), later(readFileSync(join(RELEASE, 'release.txt'), 'utf8')));
  const grown = {
    ...data,
    version: `${data.version}-grown`,
    sources: [...data.sources, entries.source],
    figures: [...data.figures, ...entries.figures],
    destinations: [...data.destinations, ...entries.destinations],
  };
  writeFileSync(file, JSON.stringify(grown, null, 2));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a command on the copy; without NODE_TEST_CONTEXT, a child `node --test` reports as if run alone. */
function run(command: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, EW_DATA_DIR: dir };
  delete env.NODE_TEST_CONTEXT;
  return spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env, timeout: 540_000 });
}

describe('a new release in data/', { timeout: 600_000 }, () => {
  it('validates: the format, the cross-checks and its quotes against its text', () => {
    const check = run(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', join(dir, 'technopolis-moscow.json')]);
    assert.equal(check.status, 0, check.stdout + check.stderr);
  });

  it('passes the checks of the shipped data: every stated fact still there', () => {
    const node = run(process.execPath, ['--import', 'tsx', '--test', 'test/node/shipped-data.test.ts']);
    assert.equal(node.status, 0, node.stdout + node.stderr);
    assert.match(node.stdout, /^# fail 0$/m);
  });

  it('passes the widget tests in the browser, the shipped data shown in every widget', () => {
    const browser = run(join(ROOT, 'node_modules/.bin/web-test-runner'), ['test/widgets/*.test.ts']);
    assert.equal(browser.status, 0, browser.stdout.slice(-4000) + browser.stderr);
    assert.match(browser.stdout, /all tests passed/);
  });
});
