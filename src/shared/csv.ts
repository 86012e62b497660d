/**
 * CSV of what a widget shows, made in the browser: UTF-8 with a byte-order
 * mark (so Excel opens Cyrillic correctly), comma-separated, CRLF lines, and
 * the dataset and sources at the end.
 */
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
