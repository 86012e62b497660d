/**
 * Checks a dataset file as a data maintainer means it: the format, the rules the schema cannot express, the
 * cross-checks between stated figures, and every quote against the source texts in the `sources/` folder beside the
 * file. Used by `npm run validate-data` and by the build, which embeds data/technopolis-moscow.json only when it passes
 * (the bundle does not check it again). Paths name the item's id: `$.figures[43] (id "export-2025-h1").value`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { crossCheck } from '../src/data/crosscheck.js';
import { nameIds } from '../src/data/issue-paths.js';
import { checkQuotes } from '../src/data/quotes.js';
import { SOURCE_FILE } from '../src/data/schema.js';
import { validateDataset, type DataIssue } from '../src/data/validate.js';

/** The folder of source texts shipped with the kit, to name in the message when a copy has none beside it. */
const SHIPPED_SOURCES = resolve(dirname(new URL(import.meta.url).pathname), '../data/sources');

export function validateFile(file: string): DataIssue[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [{ path: '$', message: `cannot read as JSON: ${(error as Error).message}` }];
  }
  const result = validateDataset(json);
  if (!result.ok) return result.issues.map((issue) => nameIds(issue, json));
  const { dataset } = result;
  const issues = crossCheck(dataset);
  const folder = join(dirname(resolve(file)), 'sources');
  if (!existsSync(folder)) {
    const shipped = relative(process.cwd(), SHIPPED_SOURCES) || '.';
    issues.push({
      path: '$.sources',
      message:
        `no sources/ folder beside the file, so the ${dataset.sources.length} source texts cannot be checked against the quotes. ` +
        `Copy the folder of release texts there: cp -r ${shipped} ${folder} (then add the text of any new release to it).`,
    });
  } else {
    const texts = new Map<string, string>();
    for (const { file: name } of dataset.sources) {
      // The schema allows only plain names; the reader checks again, so that no other caller can read outside sources/.
      const path = join(folder, name);
      if (!SOURCE_FILE.test(name) || dirname(path) !== folder) continue;
      if (existsSync(path)) texts.set(name, readFileSync(path, 'utf8'));
    }
    issues.push(...checkQuotes(dataset, texts, folder));
  }
  return issues.map((issue) => nameIds(issue, dataset));
}
