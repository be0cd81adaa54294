/**
 * Choosing which rows a factor reads: across all tables of an audit, the table that holds the needed fields,
 * narrowed to rows of the wanted kind. Factors never scan tables themselves.
 */
import type { CanonicalField } from "../fields";
import type { ReadTable, RowKind } from "../table/types";
import type { AuditData } from "./types";

export interface RowSet {
  table: ReadTable;
  /** 0-based data-row indices into the table's columns. */
  indices: number[];
}

export function hasFields(table: ReadTable, fields: readonly CanonicalField[]): boolean {
  return fields.every((f) => table.columns[f] !== undefined);
}

/**
 * The best table for a purpose: it must have every `required` field; ties go to the one with more `preferred`
 * fields, then more rows of the wanted kind. Rows are those of `kinds` (all rows when the table has none of them).
 */
export function pickRows(
  data: AuditData,
  required: readonly CanonicalField[],
  kinds: readonly RowKind[] = [],
  preferred: readonly CanonicalField[] = [],
): RowSet | null {
  let best: { set: RowSet; score: number } | null = null;
  for (const table of data.tables) {
    if (!hasFields(table, required)) continue;
    let indices = kinds.length ? table.rowKinds.flatMap((k, i) => (kinds.includes(k) ? [i] : [])) : [];
    if (indices.length === 0) indices = table.rowNumbers.map((_, i) => i);
    const score = preferred.filter((f) => table.columns[f] !== undefined).length * 1e9 + indices.length;
    if (!best || score > best.score) best = { set: { table, indices }, score };
  }
  return best?.set ?? null;
}

/** Sheet row numbers for data-row indices, in the given order. */
export function sheetRows(table: ReadTable, indices: readonly number[]): number[] {
  return indices.map((i) => table.rowNumbers[i] ?? i + 1);
}
