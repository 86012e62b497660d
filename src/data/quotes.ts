/**
 * The check that every quote stands verbatim in the source text it cites, and says what its figure measures.
 * Not part of the bundle: the CLI and the tests read the texts from data/sources/.
 */
import type { Dataset } from './schema.js';
import type { DataIssue } from './rules.js';
import type { Measure } from '../lib/measures.js';

/**
 * Words that name a measure in the releases' languages: a figure of that measure quotes at least one, so that a reader
 * sees in the quote what the figure counts. `exports` and `other` have none (the general word, or the figure's note).
 */
export const MEASURE_WORDS: Partial<Record<Measure, RegExp>> = {
  'export-revenue': /выручк|даромад|revenue/i,
  shipments: /поставок|поставк|отгруз|жўнат|экспорт ҳажми|shipped|shipments/i,
  'high-tech-products': /высокотехнологичн|юқори технологияли|high-tech/i,
};

/** A measure's words as a person reads them: «поставок…», «отгруз…». */
const stems = (words: RegExp) =>
  words.source
    .split('|')
    .slice(0, 3)
    .map((w) => `«${w}…»`)
    .join(', ');

/**
 * One character as a person can compare it: «“» is not «"», and an invisible no-break space is named.
 * Shown with its code point, because several quotation marks and dashes look alike in a terminal.
 */
export function showChar(c: string | undefined): string {
  if (c === undefined) return 'nothing (the text ends here)';
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name: Record<string, string> = { ' ': 'a space', '\u00a0': 'a no-break space', '\n': 'a line break', '\t': 'a tab' };
  return `${name[c] ?? c} (${code})`;
}

/**
 * Characters a person would not notice in a quote: every kind of quotation mark, apostrophe, dash and space, case,
 * and ё. The nearest passage is searched on text folded this way, one character for one, so positions stay the same.
 */
const FOLD: Record<string, string> = {};
for (const c of '«»“”„‟"″') FOLD[c] = '"';
for (const c of "‘’‚‛'`") FOLD[c] = "'";
for (const c of '‐‑‒–—―−-') FOLD[c] = '-';
for (const c of ' \u00a0\u2009\u202f\t\n\r') FOLD[c] = ' ';
FOLD['ё'] = 'е';
/** Code unit by code unit, so that an index in the folded text is the same index in the original. */
const fold = (text: string) =>
  text
    .split('')
    .map((c) => {
      const lower = c.toLowerCase();
      return FOLD[lower] ?? (lower.length === 1 ? lower : c);
    })
    .join('');

export interface Nearest {
  /** Where the nearest passage starts in the text, and the passage itself (as long as the quote). */
  readonly start: number;
  readonly passage: string;
  /** Index in the quote of the first character that differs from the passage; `quote.length` when none does. */
  readonly differsAt: number;
  /** How many characters of the quote match the passage, from its start or its end, once folded. */
  readonly matched: number;
}

/**
 * The passage of `text` nearest to `quote`: the window of the quote's length whose folded text shares the longest
 * common prefix with the folded quote, or the longest common suffix (so that a change near the quote's start is found
 * as well as one near its end). Simple and exhaustive: every window is tried, O(text × matched length).
 */
export function nearestPassage(quote: string, text: string): Nearest {
  const folded = fold(quote);
  const haystack = fold(text);
  const length = folded.length;
  let best = { start: 0, matched: -1 };
  for (let i = 0; i < haystack.length; i++) {
    let run = 0;
    while (run < length && i + run < haystack.length && folded[run] === haystack[i + run]) run++;
    if (run > best.matched) best = { start: i, matched: run };
  }
  for (let end = haystack.length; end > 0; end--) {
    let run = 0;
    while (run < length && end - 1 - run >= 0 && folded[length - 1 - run] === haystack[end - 1 - run]) run++;
    if (run > best.matched) best = { start: Math.max(0, end - length), matched: run };
  }
  const passage = text.slice(best.start, best.start + length);
  let differsAt = 0;
  while (differsAt < length && quote[differsAt] === passage[differsAt]) differsAt++;
  return { start: best.start, passage, differsAt, matched: Math.max(0, best.matched) };
}

const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);
const around = (text: string, at: number) => `${at > 30 ? '…' : ''}${text.slice(Math.max(0, at - 30), at + 10)}`;

/** What to tell a maintainer whose quote is not in the text: the nearest passage and the first character that differs. */
export function explainMismatch(quote: string, text: string, file: string): string {
  const near = nearestPassage(quote, text);
  if (near.matched < Math.min(12, quote.length / 3))
    return `not found verbatim in ${file}, and no passage of it comes close: is the quote from this source?`;
  const at = near.differsAt;
  const line = text.slice(0, near.start).split('\n').length;
  return [
    `not found verbatim in ${file}. Nearest passage (line ${line}): «${clip(near.passage)}».`,
    `First difference at character ${at + 1} of the quote: the quote has ${showChar(quote[at])}, the source has ${showChar(near.passage[at])}`,
    `(quote: «${around(quote, at + 1)}», source: «${around(near.passage, at + 1)}»).`,
    near.matched === quote.length ? 'They differ only in quotation marks, dashes, spaces or case: copy the passage from the source.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * `texts` maps a source's file name to its text; a source without a text is reported once, with the place its text
 * is expected when `folder` is given.
 */
export function checkQuotes(dataset: Dataset, texts: ReadonlyMap<string, string>, folder?: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const files = new Map(dataset.sources.map((s, i) => [s.id, { file: s.file, index: i }]));
  for (const [id, { file, index }] of files)
    if (!texts.has(file))
      issues.push({
        path: `$.sources[${index}].file`,
        message: `no text for source "${id}" (${file})${folder ? `: put the release's text in ${folder}/${file}` : ''}`,
      });
  const check = (list: string, items: readonly { citations?: readonly { source: string; quote: string }[] | undefined }[]) =>
    items.forEach((item, i) =>
      item.citations?.forEach((c, j) => {
        const file = files.get(c.source)?.file ?? '';
        const text = texts.get(file);
        if (text !== undefined && !text.includes(c.quote))
          issues.push({ path: `$.${list}[${i}].citations[${j}].quote`, message: explainMismatch(c.quote, text, file) });
      }),
    );
  check('figures', dataset.figures);
  check('portfolio', dataset.portfolio);
  check('destinations', dataset.destinations);
  // The measure is the one the figure's own sentences name: a quote cut short of those words hides it from the reader.
  dataset.figures.forEach((figure, i) => {
    // Only quotes that stand in a release at hand (the desk has only the text it adds): a misquote is told above.
    const quotes = (figure.citations ?? [])
      .filter((c) => texts.get(files.get(c.source)?.file ?? '')?.includes(c.quote))
      .map((c) => c.quote);
    if (!quotes.length || !figure.measure) return;
    const words = MEASURE_WORDS[figure.measure];
    if (words && !quotes.some((quote) => words.test(quote)))
      issues.push({
        path: `$.figures[${i}].citations`,
        message: `no quote names the measure ${figure.measure} (words such as ${stems(words)}): quote the release as far as the words that say what is counted`,
      });
    const revenue = MEASURE_WORDS['export-revenue']!;
    if (figure.measure !== 'export-revenue' && quotes.every((quote) => revenue.test(quote)))
      issues.push({
        path: `$.figures[${i}].measure`,
        message: `every quote speaks of revenue, so the measure is export-revenue, not ${figure.measure}`,
      });
  });
  // A date note shows the words it reasons from in «»: in every language, words the release itself has.
  dataset.sources.forEach((source, i) => {
    const text = texts.get(source.file);
    for (const [lang, note] of Object.entries(source.dateNote ?? {}))
      for (const [, words] of note.matchAll(/«([^«»]+)»/g))
        if (text !== undefined && words && !text.includes(words))
          issues.push({
            path: `$.sources[${i}].dateNote.${lang}`,
            message: `quotes «${words}», which ${source.file} does not have: quote the release's own words`,
          });
  });
  return issues;
}
