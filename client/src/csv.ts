// CSV as RFC 4180 writes it, for every table the viewer can export (Table, Who attended, a trace):
// a header row, CRLF line ends, and a field quoted only when it holds a comma, a double quote, CR
// or LF (double quotes inside doubled). Values are written verbatim, never rewritten to defuse
// spreadsheet formulas: the cells are quotes from published documents and must stay exact.

/** What a cell may hold; null and undefined are written as empty fields. */
export type CsvValue = string | number | boolean | null | undefined;

/** One column of an exported table: its header and how a row gives its value. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Error(`CSV: a cell holds ${value}, which is not a number a reader can take back`);
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header row and the rows, each line ended by CRLF (the last one too, as RFC 4180 allows). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  if (header.length === 0) throw new Error('CSV: a table needs at least one column');
  const lines = [header.map(csvField).join(',')];
  rows.forEach((row, index) => {
    // A short or long row would shift every later cell under the wrong header.
    if (row.length !== header.length) {
      throw new Error(`CSV: row ${index + 1} has ${row.length} cells, the header has ${header.length} (${header.join(', ')})`);
    }
    lines.push(row.map(csvField).join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** The same, from rows of any shape and a list of columns. */
export function csvOf<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

/**
 * The file to download. A UTF-8 byte order mark leads, because spreadsheet programs otherwise
 * read the file in a legacy encoding and garble "¶" and accented names; `header=present` is the
 * media type's parameter (RFC 4180 §3) saying the first row names the columns.
 */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8;header=present' });
}
