/**
 * Reading the cells of a column argument with the table reader's parsers: numbers as exports write them
 * ("1 234,5", "$1,200.50", "3,5%", "-" = empty), yes/no in English and Russian, dates in any export format.
 * An unreadable cell is an error naming the argument and its row; an empty cell stays empty (null).
 */
import type { Localized } from "../i18n/localized";
import { parseBooleanCell } from "../table/booleans";
import { parseDateCell } from "../table/dates";
import { parseNumberCell } from "../table/numbers";
import type { Cell } from "../table/types";
import { badCell, type ColumnArg, columnArg } from "./args";

export const EXPECT_NUMBER: Localized = { en: "a number", ru: "число" };
export const EXPECT_YES_NO: Localized = {
  en: "yes/no (TRUE/FALSE, yes/no, да/нет, 1/0)",
  ru: "да/нет (TRUE/FALSE, yes/no, да/нет, 1/0)",
};
export const EXPECT_DATE: Localized = { en: "a date", ru: "дата" };

export const readableNumber = (cell: Cell): boolean => parseNumberCell(cell).ok;
export const readableBoolean = (cell: Cell): boolean => parseBooleanCell(cell).ok;
export const readableDate = (cell: Cell): boolean =>
  parseDateCell(cell).ok || parseDateCell(cell, { order: "month-first" }).ok;

/** A numeric column argument; several adjacent columns are summed per row (empty cells count as 0 when another cell of the row has a value). */
export function numberArg(fn: string, name: string, value: unknown, multiColumn = false): NumberArg {
  const arg = columnArg(fn, name, value, { multiColumn, readable: readableNumber });
  const values: (number | null)[] = new Array(arg.rows.length);
  for (let i = 0; i < arg.rows.length; i++) {
    const row = arg.rows[i] as Cell[];
    let sum: number | null = null;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "number" && Number.isFinite(cell)) {
        sum = (sum ?? 0) + cell;
        continue;
      }
      const reading = parseNumberCell(cell);
      if (!reading.ok) badCell(fn, arg, i, c, cell, EXPECT_NUMBER);
      if (reading.value !== null) sum = (sum ?? 0) + reading.value;
    }
    values[i] = sum;
  }
  return { ...arg, values };
}

export interface NumberArg extends ColumnArg {
  values: (number | null)[];
}

export interface BooleanArg extends ColumnArg {
  values: (boolean | null)[];
}

const PLAIN_YES_NO = new Set(["true", "false", "yes", "no", "да", "нет", "y", "n", "1", "0", "+", "-"]);

/**
 * "Ответили" / "Replied" above a column of plain yes/no words is a header even though the reader also accepts
 * such words as values: the first cell is a longer word that never recurs below, and the cells below are plain.
 */
function booleanHeaderLike(first: Cell, rest: Cell[][]): boolean {
  if (typeof first !== "string") return false;
  const head = first.trim().toLowerCase();
  if (head === "" || PLAIN_YES_NO.has(head)) return false;
  let plain = 0;
  for (const row of rest) {
    const cell = row[0];
    const text = typeof cell === "string" ? cell.trim().toLowerCase() : typeof cell === "boolean" ? String(cell) : "";
    if (text === head) return false;
    if (PLAIN_YES_NO.has(text) || typeof cell === "number") plain += 1;
  }
  return plain > 0;
}

/** Yes/no per row; numbers other than 0/1 count as "yes" when positive (a count of replies, a response time). */
export function booleanArg(fn: string, name: string, value: unknown): BooleanArg {
  const readable = (cell: Cell) => (typeof cell === "number" && cell >= 0) || readableBoolean(cell);
  const arg = columnArg(fn, name, value, { readable, headerLike: booleanHeaderLike });
  const values = arg.rows.map((row, i) => {
    const cell = row[0];
    if (typeof cell === "number" && Number.isFinite(cell) && cell >= 0) return cell > 0;
    const reading = parseBooleanCell(cell);
    if (!reading.ok) return badCell(fn, arg, i, 0, cell, EXPECT_YES_NO);
    return reading.value;
  });
  return { ...arg, values };
}

export interface DateArg extends ColumnArg {
  /** Wall-clock milliseconds (UTC arithmetic), null for empty cells. */
  values: (number | null)[];
}

/**
 * Dates per row. Text dates are read day-first ("01.02.2026" = 1 February) unless the column only makes sense
 * month-first ("4/22/2018"); Date cells and serial day numbers are read as they are.
 */
export function dateArg(fn: string, name: string, value: unknown): DateArg {
  const arg = columnArg(fn, name, value, { readable: readableDate });
  const read = (order: "day-first" | "month-first") => arg.rows.map((row) => parseDateCell(row[0], { order }));
  let readings = read("day-first");
  if (readings.some((r) => !r.ok)) {
    const monthFirst = read("month-first");
    if (monthFirst.filter((r) => !r.ok).length < readings.filter((r) => !r.ok).length) readings = monthFirst;
  }
  const values = readings.map((reading, i) => {
    if (!reading.ok) return badCell(fn, arg, i, 0, arg.rows[i]?.[0], EXPECT_DATE);
    return reading.value;
  });
  return { ...arg, values };
}

/** A text column (labels, message texts); empty cells are null. */
export function textArg(fn: string, name: string, value: unknown): ColumnArg & { values: (string | null)[] } {
  const arg = columnArg(fn, name, value, { readable: () => true });
  const values = arg.rows.map((row) => {
    const cell = row[0];
    if (cell === null || cell === undefined) return null;
    const text = cell instanceof Date ? cell.toISOString() : String(cell).trim();
    return text === "" ? null : text;
  });
  return { ...arg, values };
}
