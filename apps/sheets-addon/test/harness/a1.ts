/** A1 notation for the fakes: "B3:D10" ↔ 1-based row/column boxes. */
import { columnLetter } from "@smm-risk/core";

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "A1:H289": the whole of a sheet's values from A1, as a user selects an export. */
export function wholeRangeA1(values: readonly (readonly unknown[])[]): string {
  return `A1:${columnLetter(values[0]?.length ?? 1)}${values.length}`;
}

export function parseA1(a1: string): Box {
  const text = a1.includes("!") ? a1.slice(a1.lastIndexOf("!") + 1) : a1;
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(text.trim());
  if (!match) throw new Error(`fake: unsupported A1 notation "${a1}"`);
  const c1 = columnNumber(match[1] ?? "A");
  const r1 = Number(match[2]);
  const c2 = match[3] ? columnNumber(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) : r1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

export function formatA1(box: Box): string {
  const start = `${columnLetter(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetter(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}
