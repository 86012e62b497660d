/**
 * CSV of what a widget shows, made in the browser: UTF-8 with a byte-order
 * mark (so Excel opens Cyrillic correctly), comma-separated, CRLF lines, and
 * the dataset and sources at the end.
 */
import type { Model, ResolvedFigure } from '../data/model.js';
import type { Citation } from '../data/schema.js';
import { formatPeriod } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { shared } from '../i18n/messages.js';
import { derivationText } from './derived.js';
import { citationLines } from './sources.js';

export type CsvRow = readonly (string | number)[];

/** A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with an apostrophe. */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly CsvRow[]): string {
  return '\ufeff' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
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

/** One reported or derived figure: what, period, value, unit, precision, the quote (or the formula), sources. */
export function figureRow(model: Model, f: ResolvedFigure, subject: string, lang: Lang): CsvRow {
  const m = shared[lang];
  const cited = f.derived ? [...(f.derived.from.figure.citations ?? []), ...(f.derived.growth.figure.citations ?? [])] : f.figure.citations;
  return [
    subject,
    f.figure.period ? formatPeriod(f.figure.period, lang) : '',
    f.value,
    m.unitName[f.figure.unit],
    m.qualifierName[f.qualifier],
    f.derived ? derivationText(f, lang) : (f.figure.citations?.[0]?.quote ?? ''),
    citationLines(model, cited, lang),
  ];
}

/** A fact without a number (a destination, a sector named without a share): the text in the value column. */
export function factRow(model: Model, subject: string, period: string, text: string, citations: readonly Citation[], lang: Lang): CsvRow {
  return [
    subject,
    period ? formatPeriod(period, lang) : '',
    text,
    '',
    '',
    citations[0]?.quote ?? '',
    citationLines(model, citations, lang),
  ];
}
