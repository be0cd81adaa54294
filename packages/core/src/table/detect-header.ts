/**
 * Header row detection: the first non-empty row is normally the header, but exports put junk above it
 * ("sep=,", a report title, blank lines). Among the first 10 non-empty rows the one that looks most like a header
 * wins: cells matching a synonym count most, other text cells count once, numbers and dates count against it.
 * Ties go to the earlier row.
 */

import { matchHeader } from "./match";
import { isBlankCell } from "./missing";
import type { Cell } from "./types";

/** How many non-empty rows from the top are considered. */
export const HEADER_SCAN_ROWS = 10;
/** Cells per row looked at when scoring (wider rows are scored on their first columns). */
const HEADER_SCAN_COLUMNS = 200;

const NUMERIC_TEXT = /^[\s\d.,:/%+\-−₽$€]+$/;

/** Score of one row as a header candidate; ≤ 0 means it cannot be a header. */
export function headerScore(row: readonly Cell[]): number {
  let score = 0;
  let texts = 0;
  const width = Math.min(row.length, HEADER_SCAN_COLUMNS);
  for (let j = 0; j < width; j++) {
    const cell = row[j];
    if (isBlankCell(cell)) continue;
    if (typeof cell !== "string") {
      score -= 1;
      continue;
    }
    const text = cell.trim();
    if (NUMERIC_TEXT.test(text) || text.length > 120) {
      score -= 1;
      continue;
    }
    texts++;
    const match = matchHeader(text);
    if (match.derived) score += 4;
    else if (match.tier === "primary" || match.tier === "secondary") score += 4;
    else if (match.tier !== null) score += 3;
    else score += 1;
  }
  return texts === 0 ? Math.min(score, 0) : score;
}

/** Index of the header row in `rows`, or -1 when no row can be a header. */
export function findHeaderRow(rows: readonly (readonly Cell[])[]): number {
  let best = -1;
  let bestScore = 0;
  let seen = 0;
  for (let r = 0; r < rows.length && seen < HEADER_SCAN_ROWS; r++) {
    const row = rows[r] as readonly Cell[];
    if (row.every(isBlankCell)) continue;
    seen++;
    const score = headerScore(row);
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}
