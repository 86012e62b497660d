#!/usr/bin/env -S npx tsx
/**
 * npm run validate-data -- <file.json> [more.json ...]
 *
 * Checks a dataset against the format (data/dataset.schema.json) and the rules
 * the schema cannot express, and checks every quote against the source texts
 * in the `sources/` folder beside the file. Prints each error with its JSON
 * path; exits 1 when any file has one.
 */
import { validateFile } from './dataset-file.js';

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
    continue;
  }
  failed++;
  console.error(`${file}: ${issues.length} error${issues.length === 1 ? '' : 's'}`);
  for (const issue of issues) console.error(`  ${issue.path}: ${issue.message}`);
}
process.exit(failed ? 1 : 0);
