// The release drafter on hostile text: its time grows with the length of the text, a text too long to be a release is
// refused with a message, and control characters (terminal escape sequences, bidi overrides) reach neither the
// proposals nor the terminal.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Draft, draftRelease, DraftInputError, MAX_TEXT_LENGTH } from '../../src/draft/draft.js';

const root = new URL('../../', import.meta.url).pathname;
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/draft-release.ts'), ...args], { encoding: 'utf8', cwd: root });

/** One sentence without an end: distinct figures, comparisons, periods, countries, each read around every number. */
function hostile(chars: number): string {
  let s = '';
  for (let i = 1; s.length < chars; i++)
    s += `около ${i} млн рублей в Казахстан по сравнению с первым полугодием 2019 года, каждый седьмой на ${i},5 раза больше, `;
  return s.slice(0, chars);
}

/** The CPU time of a draft, in ms: the least of three, so that other work on the machine counts as little as it can. */
function cpuMs(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    draftRelease(text, { source: 's' });
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Escape sequences and controls a release file could carry: colour, a window title, C1 CSI, bidi, zero width. */
const CONTROLS =
  'Экспорт \x1b[31mсоставил\x1b[0m 5 млн рублей. \x1b]0;PWNED\x07 Казахстан \u202eнайтсхазаК 7 млн рублей.\x9b31m \u2066x\u2069 \u200b8 млн рублей.\n';
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

describe('the drafter on hostile text', () => {
  it('drafts a 400 KB sentence in well under a few seconds, in time that grows linearly with it', (t) => {
    draftRelease(hostile(20_000), { source: 's' });
    const small = cpuMs(hostile(100_000));
    const large = cpuMs(hostile(400_000));
    t.diagnostic(`100 KB: ${small.toFixed(0)} ms, 400 KB: ${large.toFixed(0)} ms of CPU`);
    assert.ok(large < 5_000, `400 KB took ${large} ms`);
    // four times the text: four times the work when linear, sixteen when quadratic
    assert.ok(large < 8 * small, `100 KB: ${small} ms, 400 KB: ${large} ms`);
    const draft = draftRelease(hostile(400_000), { source: 's' });
    assert.ok(draft.figures.length > 1000);
    assert.ok(draft.figures.every((f) => f.figure.citations!.every((c) => c.quote.length <= 1000)));
  });

  it('refuses a text longer than a release can be, with a message, in the library and the command', () => {
    const long = 'а'.repeat(MAX_TEXT_LENGTH + 1);
    assert.throws(
      () => draftRelease(long, { source: 's' }),
      (e: unknown) => e instanceof DraftInputError && /1\u00a0000\u00a0001 знаков.*по одному релизу/.test(e.message),
    );
    const dir = mkdtempSync(join(tmpdir(), 'ew-draft-'));
    writeFileSync(join(dir, 'huge.txt'), long);
    const run = cli(join(dir, 'huge.txt'));
    rmSync(dir, { recursive: true });
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /^draft-release: .*huge\.txt: В тексте 1\u00a0000\u00a0001 знаков, а черновик составляется из текста до 1\u00a0000\u00a0000 знаков\. Вставляйте по одному релизу\.\n$/,
    );
    assert.equal(run.stdout, '');
  });

  it('takes no figure, quote or country from control characters and escape sequences', () => {
    const draft = draftRelease(CONTROLS, { source: 's' });
    assert.deepEqual(
      draft.figures.map((f) => f.figure.value),
      [5e6, 7e6, 8e6],
    );
    for (const f of draft.figures) for (const c of f.figure.citations!) assert.doesNotMatch(c.quote, RAW);
    assert.deepEqual(
      draft.destinations.map((d) => d.destination.countries),
      [['KZ']],
    );
  });

  it('prints no control or bidi character to the terminal, as a draft or as --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-draft-'));
    const file = join(dir, 'release\u202e.txt');
    writeFileSync(file, CONTROLS);
    const printed = cli(file);
    const json = cli(file, '--json');
    rmSync(dir, { recursive: true });
    assert.equal(printed.status, 0, printed.stderr);
    assert.equal(json.status, 0, json.stderr);
    assert.doesNotMatch(printed.stdout.replaceAll('\n', ''), RAW);
    assert.doesNotMatch(json.stdout.replaceAll('\n', ''), RAW);
    assert.match(printed.stdout, /^DRAFT from .*release\\u202e\.txt: 3 figures/);
    const draft = JSON.parse(json.stdout) as Draft;
    assert.deepEqual(draft, draftRelease(CONTROLS, { source: 'release' }));
  });
});
