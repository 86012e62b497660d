// The benchmark's synthetic datasets (bench/synthetic.ts) stay valid as the format changes: `npm run bench` writes
// them first, and a format rule they break stops the benchmark before it measures anything.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { largestSynthetic, writeSynthetic } from '../../bench/synthetic.js';
import { loaderConfig } from '../../src/data/load.js';
import { LIMITS } from '../../src/data/schema.js';

describe('bench/synthetic.ts', () => {
  it('writes a valid dataset, and the largest one the widgets accept just under the loader’s limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ew-synthetic-'));
    // writeSynthetic throws on a file that fails the format, the rules or the quote check.
    const small = writeSynthetic(join(dir, 'small/dataset.json'), 3);
    assert.ok(small.counts.figures > 30, JSON.stringify(small.counts));
    const largest = largestSynthetic(join(dir, 'largest/dataset.json'), loaderConfig.maxBytes);
    assert.ok(largest.counts.figures <= LIMITS.list && largest.counts.figures > LIMITS.list - 50, JSON.stringify(largest.counts));
    assert.ok(largest.bytes < loaderConfig.maxBytes && largest.bytes > loaderConfig.maxBytes * 0.95, String(largest.bytes));
    rmSync(dir, { recursive: true });
  });
});
