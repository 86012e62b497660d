#!/usr/bin/env -S npx tsx
/**
 * npm run validate-data -- <file.json> [more.json ...]
 *
 * Checks a dataset against the format (data/dataset.schema.json) and the rules
 * the schema cannot express, and checks every quote against the source texts
 * in the `sources/` folder beside the file. Prints each error with its JSON
 * path; exits 1 when any file has one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkQuotes } from '../src/data/quotes.js';
import { validateDataset, type DataIssue } from '../src/data/validate.js';

function validateFile(file: string): DataIssue[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [{ path: '$', message: `cannot read as JSON: ${(error as Error).message}` }];
  }
  const result = validateDataset(json);
  if (!result.ok) return result.issues;
  const folder = join(dirname(file), 'sources');
  const texts = new Map<string, string>();
  for (const { file: name } of result.dataset.sources) {
    const path = join(folder, name);
    if (existsSync(path)) texts.set(name, readFileSync(path, 'utf8'));
  }
  return checkQuotes(result.dataset, texts);
}

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
