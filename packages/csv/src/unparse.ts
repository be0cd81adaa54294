/**
 * 2D values → delimited text on papaparse's unparse: quotes fields that need it (delimiter, quotes, line breaks,
 * leading/trailing spaces), CRLF line ends as spreadsheets write them. Used to write sample files and fixtures.
 */
import Papa from "papaparse";

export interface UnparseOptions {
  /** Default ",". */
  delimiter?: string;
  /** Default "\r\n". */
  newline?: string;
}

export type UnparseCell = string | number | boolean | null | undefined;

/** Rows of cells to CSV/TSV text without a final line break; null/undefined become empty fields. */
export function toDelimited(rows: readonly (readonly UnparseCell[])[], options: UnparseOptions = {}): string {
  const data = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : String(cell))));
  return Papa.unparse(data, {
    delimiter: options.delimiter ?? ",",
    newline: options.newline ?? "\r\n",
    quotes: false,
    skipEmptyLines: false,
    escapeFormulae: false,
  });
}
