/**
 * Finds the range an audit is about (selection, whole sheet, or a range audited before) and reads it with exactly
 * one `getValues()` call, after checking the cell budget so a huge range gets a message instead of a timeout.
 */
import type { Cell } from "@smm-risk/core";
import type { AuditTarget, Failure, RangeInfo } from "../shared/messages";
import { AUDIT_LIMIT, exceeds } from "./limits";
import { emptyRange, NO_SELECTION, sheetMissing, tooBig } from "./texts";

type Range = GoogleAppsScript.Spreadsheet.Range;

export function describeRange(range: Range): RangeInfo {
  return {
    sheet: range.getSheet().getName(),
    a1: range.getA1Notation(),
    row: range.getRow(),
    column: range.getColumn(),
    rows: range.getNumRows(),
    columns: range.getNumColumns(),
  };
}

export function activeSelection(): RangeInfo | null {
  const range = SpreadsheetApp.getActiveRange();
  return range ? describeRange(range) : null;
}

/** The range a target points at; a single selected cell means "the data around it", i.e. the sheet's data range. */
export function resolveTarget(target: AuditTarget): Range | Failure {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (target.kind === "range") {
    const sheet = spreadsheet.getSheetByName(target.sheet);
    if (!sheet) return { ok: false, code: "no_selection", error: sheetMissing(target.sheet) };
    return sheet.getRange(target.a1);
  }
  if (target.kind === "sheet") return spreadsheet.getActiveSheet().getDataRange();
  const range = spreadsheet.getActiveRange();
  if (!range) return { ok: false, code: "no_selection", error: NO_SELECTION };
  if (range.getNumRows() === 1 && range.getNumColumns() === 1) return range.getSheet().getDataRange();
  return range;
}

export interface ReadRange {
  info: RangeInfo;
  values: Cell[][];
}

export function readRange(range: Range): ReadRange | Failure {
  const info = describeRange(range);
  const size = { rows: info.rows, cells: info.rows * info.columns };
  if (exceeds(size, AUDIT_LIMIT)) return { ok: false, code: "too_big", error: tooBig(size, AUDIT_LIMIT) };
  const values = range.getValues() as Cell[][];
  if (!values.some((row) => row.some((cell) => cell !== "" && cell !== null && cell !== undefined))) {
    return { ok: false, code: "empty", error: emptyRange(`${info.sheet}!${info.a1}`) };
  }
  return { info, values };
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}
