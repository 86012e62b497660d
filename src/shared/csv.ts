/**
 * CSV of what a widget shows, made in the browser: UTF-8 with a byte-order
 * mark (so Excel opens Cyrillic correctly), CRLF lines, and the dataset and
 * sources at the end. The separator follows the reader's language, as Excel
 * does: a Russian or Uzbek Excel splits a double-clicked file on `;` (its
 * decimal mark is the comma), an English one on `,`. So a ru or uz file is
 * `;`-separated with decimal commas, an en file `,`-separated with decimal
 * points. A `sep=;` first line would make every Excel split on `;`, but Excel
 * then ignores the byte-order mark and shows Cyrillic as mojibake, and other
 * programs read the line as data.
 */
import type { Model, ResolvedFigure } from '../data/model.js';
import type { Citation } from '../data/schema.js';
import { NO_FIGURE } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { isolate } from '../lib/bidi.js';
import { shared } from '../i18n/messages.js';
import { derivationText } from './derived.js';
import { citationsOf, measureName, periodText } from './figures.js';
import type { Qualifier } from '../lib/qualifiers.js';
import { citationLines, sourceLine, type SourcesCell } from './sources.js';

/** A row of cells: text, a number, or the sources of some citations (one line each). */
export type CsvRow = readonly (string | number | SourcesCell)[];

/** The list separator and decimal mark of Excel in each language's locale. */
const DIALECT: Record<Lang, { separator: string; decimal: string }> = {
  ru: { separator: ';', decimal: ',' },
  uz: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/**
 * Every text cell is quoted, so no separator inside it splits it. A spreadsheet runs a cell as a formula when it
 * starts with = + - @ tab or CR; such a start is defused with an apostrophe at the start of the text, and after any
 * separator Excel may use (`,` `;` tab) and after a line break, in case a program splits the file without regard to
 * quotes. Text that could reorder what follows it (a bidi override, right-to-left letters) is isolated, so a
 * reader of the file as plain text sees the next cells in order. A number is written bare, with the locale's decimal mark; one that is not finite is never written as a figure.
 */
function cell(value: string | number | SourcesCell, lang: Lang): string {
  if (typeof value === 'object') value = value.sources.map((s) => sourceLine(s, lang)).join('; ');
  if (typeof value === 'number' && Number.isFinite(value)) return String(value + 0).replace('.', DIALECT[lang].decimal);
  const text = isolate((typeof value === 'number' ? NO_FIGURE : value).replace(/(^|[,;\t\r\n])(?=[=+\-@\t\r])/g, "$1'"));
  return `"${text.replace(/"/g, '""')}"`;
}

/** The sources the rows cite, each once, in the order first cited: the file lists only these at its end. */
export const citedSources = (rows: readonly CsvRow[]) => [
  ...new Set(rows.flatMap((row) => row.flatMap((value) => (typeof value === 'object' ? value.sources : [])))),
];

export function toCsv(rows: readonly CsvRow[], lang: Lang): string {
  const { separator } = DIALECT[lang];
  return '\ufeff' + rows.map((row) => row.map((value) => cell(value, lang)).join(separator)).join('\r\n') + '\r\n';
}

/** Hands the file to the browser's download; no server, no storage. */
export function downloadCsv(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * One reported or derived figure: what, period, value, unit, precision, the quote (or the formula), sources, measure.
 * A computed value's precision says «расчёт» first, so a file tells it from a value the source gives as approximate.
 */
export function figureRow(model: Model, f: ResolvedFigure, subject: string, lang: Lang): CsvRow {
  return [
    subject,
    f.figure.period ? periodText(f.figure.period, f.figure.periodInferred, lang) : '',
    f.value,
    shared[lang].unitName[f.figure.unit],
    precision(f.qualifier, !!f.derived, lang),
    f.derived ? derivationText(f, lang) : (f.figure.citations?.[0]?.quote ?? ''),
    citationLines(model, citationsOf(f)),
    measureName(f, lang),
  ];
}

/** The precision column: the qualifier's name, after «расчёт» for a value the kit computed. */
export const precision = (qualifier: Qualifier, derived: boolean, lang: Lang) =>
  derived ? `${shared[lang].derived}, ${shared[lang].qualifierName[qualifier]}` : shared[lang].qualifierName[qualifier];

/** A fact without a number (a destination, a sector named without a share): the text in the value column. */
export function factRow(
  model: Model,
  subject: string,
  period: string,
  text: string,
  citations: readonly Citation[],
  lang: Lang,
  inferred?: boolean,
): CsvRow {
  return [
    subject,
    period ? periodText(period, inferred, lang) : '',
    text,
    '',
    '',
    citations[0]?.quote ?? '',
    citationLines(model, citations),
    '',
  ];
}
