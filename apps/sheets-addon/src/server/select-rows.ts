/**
 * Selects the rows a finding cites, limited to the audited columns: consecutive rows become one range, and all
 * ranges are activated in one `RangeList` call so the user sees them highlighted at once.
 */
import { columnLetter } from "@smm-risk/core";
import type { SelectRowsRequest, SelectRowsResponse } from "../shared/messages";
import { sheetMissing } from "./texts";

/** More separate ranges than this are not useful to look at; the first ones (worst first) are selected. */
export const MAX_SELECTED_RANGES = 100;

export function selectRows(request: SelectRowsRequest): SelectRowsResponse {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(request.sheet);
  if (!sheet) return { ok: false, code: "no_selection", error: sheetMissing(request.sheet) };
  const ranges = rowRangesA1(request.rows, request.firstColumn, request.lastColumn).slice(0, MAX_SELECTED_RANGES);
  if (ranges.length === 0) return { ok: true, ranges };
  sheet.activate();
  sheet.getRangeList(ranges).activate();
  return { ok: true, ranges };
}

/** Rows [5, 6, 7, 12] and columns 1..4 → ["A5:D7", "A12:D12"]. */
export function rowRangesA1(rows: number[], firstColumn: number, lastColumn: number): string[] {
  const sorted = [...new Set(rows.filter((row) => Number.isInteger(row) && row >= 1))].sort((a, b) => a - b);
  const first = columnLetter(firstColumn);
  const last = columnLetter(Math.max(firstColumn, lastColumn));
  const out: string[] = [];
  let start = sorted[0];
  let end = start;
  for (let i = 1; i <= sorted.length; i++) {
    const row = sorted[i];
    if (row !== undefined && end !== undefined && row === end + 1) {
      end = row;
      continue;
    }
    if (start !== undefined && end !== undefined) out.push(`${first}${start}:${last}${end}`);
    start = row;
    end = row;
  }
  return out;
}
