import type { Cell, DataTable } from './data-table';

/**
 * A cell spreadsheet programs would run as a formula (`=`, `+`, `-`, `@`) is written as text: a
 * client's name or a heading must never execute on a supervisor's computer.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: Cell): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : '';
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180: comma-separated, CRLF line ends, quotes doubled inside quoted cells. */
export function toCsv(header: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The table as CSV: header, rows, then the totals row if it has one. */
export function tableCsv(table: DataTable): string {
  return toCsv(
    table.columns.map((column) => column.label),
    [...table.rows.map((row) => row.cells), ...(table.totals ? [table.totals] : [])],
  );
}

/**
 * Saves the CSV in the browser, without a round trip to the server. The byte order mark lets
 * spreadsheet programs read accented names as UTF-8.
 */
export function downloadCsv(document: Document, filename: string, csv: string): void {
  const view = document.defaultView;
  if (view === null) {
    return;
  }
  const url = view.URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL is no longer needed.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
}
