/**
 * Checks a dataset file as a data maintainer means it: the format, the rules the schema cannot express, and every
 * quote against the source texts in the `sources/` folder beside the file. Used by `npm run validate-data` and by
 * the build, which embeds data/technopolis-moscow.json only when it passes (the bundle does not check it again).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkQuotes } from '../src/data/quotes.js';
import { validateDataset, type DataIssue } from '../src/data/validate.js';

export function validateFile(file: string): DataIssue[] {
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
