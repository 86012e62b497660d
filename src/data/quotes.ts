/**
 * The check that every quote stands verbatim in the source text it cites.
 * Not part of the bundle: the CLI and the tests read the texts from data/sources/.
 */
import type { Dataset } from './schema.js';
import type { DataIssue } from './rules.js';

/** `texts` maps a source's file name to its text; a source without a text is reported once. */
export function checkQuotes(dataset: Dataset, texts: ReadonlyMap<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const files = new Map(dataset.sources.map((s, i) => [s.id, { file: s.file, index: i }]));
  for (const [id, { file, index }] of files)
    if (!texts.has(file)) issues.push({ path: `$.sources[${index}].file`, message: `no text for source "${id}" (${file})` });
  const check = (list: string, items: readonly { citations?: readonly { source: string; quote: string }[] | undefined }[]) =>
    items.forEach((item, i) =>
      item.citations?.forEach((c, j) => {
        const text = texts.get(files.get(c.source)?.file ?? '');
        if (text !== undefined && !text.includes(c.quote))
          issues.push({ path: `$.${list}[${i}].citations[${j}].quote`, message: `not found verbatim in ${files.get(c.source)!.file}` });
      }),
    );
  check('figures', dataset.figures);
  check('portfolio', dataset.portfolio);
  check('destinations', dataset.destinations);
  return issues;
}
