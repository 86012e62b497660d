// The house's floors (README, Layout): a folder of src/ imports only from its own floor or the ones below it. The
// imports are read with TypeScript's own pre-processor, as the compiler sees them.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const SRC = resolve(new URL('../../src', import.meta.url).pathname);

/**
 * Bottom to top. `lib` is DOM-free and imports nothing of the kit; `version.ts` and `vendor` (stand-ins for packages) sit
 * with it. `draft` (the release drafter the CLI and the desk share) reads the data's types and the country names only.
 * The entries sit on top: the kit's (`index.ts`; `elements.ts`, its classes undefined; `iife.ts`, the classic script's
 * types), the embed page's with its codes and resize script (`embed`), and the server renderer of pre-rendered embed
 * code (`prerender`) with the Node entry (`node.ts`).
 */
const FLOORS = [
  ['lib', 'version.ts', 'vendor'],
  ['i18n'],
  ['data'],
  ['draft'],
  ['controllers'],
  ['shared'],
  ['widgets'],
  ['index.ts', 'elements.ts', 'iife.ts', 'embed', 'prerender', 'node.ts', 'desk'],
];
const floorOf = (file: string) => FLOORS.findIndex((names) => names.includes(relative(SRC, file).split('/')[0]!));

const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, f));

describe('layers of src/', () => {
  it('puts every file of src/ on a floor', () => {
    assert.deepEqual(
      files.filter((f) => floorOf(f) < 0).map((f) => relative(SRC, f)),
      [],
    );
  });

  it('has no import from a higher floor', () => {
    const upward: string[] = [];
    for (const file of files) {
      for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        if (!fileName.startsWith('.')) continue;
        const target = resolve(dirname(file), fileName);
        if (!target.startsWith(SRC)) continue;
        if (floorOf(target) > floorOf(file)) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    assert.deepEqual(upward, []);
  });
});
