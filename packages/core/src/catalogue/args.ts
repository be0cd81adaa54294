/**
 * Turning what Sheets hands a custom function into columns: a single cell arrives as a scalar, a range as a 2D
 * array. A column argument is one column (or, where allowed, several adjacent columns summed per row); a text
 * header in its first row is skipped when the rows below hold values of the expected kind (or are all blank); a
 * single value (one cell, or one row of adjacent columns) is broadcast against the other columns. Errors name the function, the argument and the row within the range.
 */
import type { Cell } from "../table/types";
import { fail, shown } from "./errors";

export interface ColumnArg {
  name: string;
  /** The user passed one value (a scalar or a 1×1 range): it applies to every row. */
  single: boolean;
  /** The skipped header text, or null. */
  header: string | null;
  /** Data rows (after the header), each with `width` cells. */
  rows: Cell[][];
  width: number;
  /** 1-based row within the user's range of data row 0 (2 when a header was skipped). */
  firstRow: number;
}

export interface ColumnArgOptions {
  /** Several adjacent columns are allowed (their values are combined per row by the caller). */
  multiColumn?: boolean;
  /** Whether a cell holds a value of the expected kind (used to recognise a header row above such values). */
  readable: (cell: Cell) => boolean;
  /** Extra header test for kinds whose header words are also values ("Ответили" is both a header and "yes"). */
  headerLike?: (first: Cell, rest: Cell[][]) => boolean;
}

export function isRange(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function toCell(fn: string, name: string, value: unknown): Cell {
  if (
    value === null ||
    value === undefined ||
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  ) {
    return value;
  }
  return fail(
    fn,
    `${name} must be a cell or a range, got ${typeof value}`,
    `${name} должен быть ячейкой или диапазоном, получено: ${typeof value}`,
  );
}

/** Normalises one column argument; throws when its shape cannot be a column. */
export function columnArg(fn: string, name: string, value: unknown, options: ColumnArgOptions): ColumnArg {
  if (!Array.isArray(value)) {
    return { name, single: true, header: null, rows: [[toCell(fn, name, value)]], width: 1, firstRow: 1 };
  }
  if (!isRange(value)) {
    // A plain 1D array (from a script caller) is a column.
    return columnArg(
      fn,
      name,
      value.map((v) => [v]),
      options,
    );
  }
  const height = value.length;
  const width = height === 0 ? 0 : Math.max(...value.map((row) => row.length));
  if (height === 0 || width === 0) {
    return { name, single: false, header: null, rows: [], width: 1, firstRow: 1 };
  }
  if (height === 1 && width === 1) {
    return { name, single: true, header: null, rows: [[toCell(fn, name, value[0]?.[0])]], width: 1, firstRow: 1 };
  }
  if (width > 1 && !options.multiColumn) {
    if (height === 1) {
      fail(
        fn,
        `${name} must be one column (a range like B2:B100), got a row of ${width} cells`,
        `${name} должен быть одним столбцом (диапазон вроде B2:B100), а получена строка из ${width} ячеек`,
      );
    }
    fail(
      fn,
      `${name} must be one column (a range like B2:B100), got ${width} columns`,
      `${name} должен быть одним столбцом (диапазон вроде B2:B100), а получено столбцов: ${width}`,
    );
  }
  if (height === 1) {
    // One row of adjacent columns (one post's likes, comments, shares): a single value.
    const cells = Array.from({ length: width }, (_, c) => toCell(fn, name, value[0]?.[c]));
    return { name, single: true, header: null, rows: [cells], width, firstRow: 1 };
  }
  const rows = value.map((row) => {
    const cells: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) cells[c] = toCell(fn, name, row[c]);
    return cells;
  });
  const first = rows[0] ?? [];
  const firstIsHeader =
    height > 1 &&
    ((first.every((cell) => typeof cell === "string" && cell.trim() !== "" && !options.readable(cell)) &&
      (rows.some((row, r) => r > 0 && row.some((cell) => !isBlank(cell) && options.readable(cell))) ||
        rows.every((row, r) => r === 0 || row.every(isBlank)))) ||
      (width === 1 && options.headerLike?.(first[0], rows.slice(1)) === true));
  return firstIsHeader
    ? { name, single: false, header: first.map(String).join(" "), rows: rows.slice(1), width, firstRow: 2 }
    : { name, single: false, header: null, rows, width, firstRow: 1 };
}

/** Where data row `i`, column `c` of an argument sits in the user's range, for messages. */
export function position(arg: ColumnArg, i: number, c: number): { en: string; ru: string } {
  const row = arg.firstRow + i;
  return arg.width > 1
    ? { en: `row ${row}, column ${c + 1}`, ru: `строка ${row}, столбец ${c + 1}` }
    : { en: `row ${row}`, ru: `строка ${row}` };
}

/** Error for an unreadable cell: `SMM_CTR: clicks row 3 is "abc", expected a number`. */
export function badCell(
  fn: string,
  arg: ColumnArg,
  i: number,
  c: number,
  cell: Cell,
  expected: { en: string; ru: string },
): never {
  const where = position(arg, i, c);
  if (arg.single) {
    fail(
      fn,
      `${arg.name} is ${shown(cell)}, expected ${expected.en}`,
      `${arg.name}: ${shown(cell)} — ожидалось ${expected.ru}`,
    );
  }
  return fail(
    fn,
    `${arg.name} ${where.en} is ${shown(cell)}, expected ${expected.en}`,
    `${arg.name}, ${where.ru}: ${shown(cell)} — ожидалось ${expected.ru}`,
  );
}

/**
 * Row count shared by the arguments: single values broadcast, columns must agree.
 * Throws `SMM_CTR: clicks has 10 rows but impressions has 9`.
 */
export function sharedLength(fn: string, args: readonly ColumnArg[]): number | null {
  let first: ColumnArg | null = null;
  for (const arg of args) {
    if (arg.single) continue;
    if (first === null) first = arg;
    else if (arg.rows.length !== first.rows.length) {
      const note = (a: ColumnArg) => (a.header === null ? "" : ` (after its header)`);
      const noteRu = (a: ColumnArg) => (a.header === null ? "" : " (без заголовка)");
      fail(
        fn,
        `${first.name} has ${first.rows.length} rows${note(first)} but ${arg.name} has ${arg.rows.length}${note(arg)}: use ranges of the same height`,
        `в ${first.name} строк: ${first.rows.length}${noteRu(first)}, а в ${arg.name}: ${arg.rows.length}${noteRu(arg)} — возьмите диапазоны одной высоты`,
      );
    }
  }
  return first === null ? null : first.rows.length;
}
