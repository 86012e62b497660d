#!/usr/bin/env -S npx tsx
/**
 * npm run validate-data -- <file.json> [more.json ...]
 *
 * Checks a dataset against the format (data/dataset.schema.json), the rules the schema cannot express, the
 * cross-checks between stated figures (src/data/crosscheck.ts), and every quote against the source texts in the
 * `sources/` folder beside the file. Prints each error with its JSON path and the item's id; exits 1 when any file
 * has one. A valid file in the project's data/ folder that is not laid out as `prettier --check` (part of `npm test`)
 * wants gets a note naming `npm run format-data`.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { validateFile } from './dataset-file.js';

/** The project's data/ folder: the files in it are what `npm test` formats-checks and the build embeds. */
const DATA = resolve(dirname(new URL(import.meta.url).pathname), '../data');
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run validate-data -- <dataset.json> [...]');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const issues = validateFile(file);
  if (!issues.length) {
    console.log(`${file}: valid`);
    const options = { ...(await resolveConfig(file)), filepath: file };
    if (dirname(resolve(file)) === DATA && !(await check(readFileSync(file, 'utf8'), options)))
      console.log(`${file}: note: not in the project's layout; run \`npm run format-data\` before committing it (npm test checks it)`);
    continue;
  }
  failed++;
  console.error(`${file}: ${issues.length} error${issues.length === 1 ? '' : 's'}`);
  for (const issue of issues) console.error(`  ${issue.path}: ${issue.message}`);
}
process.exit(failed ? 1 : 0);
