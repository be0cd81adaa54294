/**
 * Summary rows: exports (Yandex Direct, Meta Ads Manager, hand-made sheets) often add a "Total"/"Итого" row;
 * counting it as data would double every sum. A row whose first non-empty cell is such a word is left out.
 */
import type { Cell } from "./types";

export const TOTAL_ROW_WORDS: ReadonlySet<string> = new Set([
  "total",
  "totals",
  "grand total",
  "sum",
  "итого",
  "итог",
  "всего",
  "итого по всем",
  "итого:",
  "total:",
  "всего:",
]);

export function isTotalRow(row: readonly Cell[], width: number): boolean {
  const n = Math.min(row.length, width);
  for (let j = 0; j < n; j++) {
    const c = row[j];
    if (c === "" || c === null || c === undefined) continue;
    if (typeof c !== "string") return false;
    const t = c.trim();
    if (t === "") continue;
    return t.length <= 14 && TOTAL_ROW_WORDS.has(t.toLowerCase());
  }
  return false;
}
