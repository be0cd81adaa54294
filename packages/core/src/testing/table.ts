/**
 * Builds a ReadTable straight from typed column arrays, for unit tests of factors and metrics that should not
 * depend on header detection. Not exported from the package index.
 */
import { type CanonicalField, fieldKind } from "../fields";
import type { Column, ReadTable, RowKind, TableColumns } from "../table/types";

type Values = (string | number | boolean | null)[];

/**
 * `makeTable({ date: ["2026-01-05", …], reach: [1200, …] })`: dates as ISO strings (read as UTC wall clock),
 * numbers, texts and booleans as given. Rows are numbered from 2 (row 1 is the header), like a sheet.
 */
export function makeTable(
  columns: Partial<Record<CanonicalField, Values>>,
  options: { rowKinds?: RowKind[]; source?: string; currency?: string } = {},
): ReadTable {
  const fields = Object.keys(columns) as CanonicalField[];
  const rowCount = Math.max(0, ...fields.map((f) => columns[f]?.length ?? 0));
  const typed: Record<string, Column> = {};
  fields.forEach((field, index) => {
    const raw = columns[field] ?? [];
    const at = (i: number) => (i < raw.length ? raw[i] : null);
    const base = { field, header: field, index } as const;
    const kind = fieldKind(field);
    const values = Array.from({ length: rowCount }, (_, i) => at(i) ?? null);
    if (kind === "date") {
      typed[field] = {
        ...base,
        field: "date",
        kind: "date",
        values: values.map((v) => (v === null ? null : Date.parse(String(v).length <= 10 ? `${v}T00:00:00Z` : `${v}`))),
        offsetMinutes: values.map(() => null),
        order: "year-first",
      };
    } else if (kind === "number") {
      typed[field] = { ...base, kind: "number", values: values.map((v) => (v === null ? null : Number(v))) } as Column;
    } else if (kind === "boolean") {
      typed[field] = {
        ...base,
        kind: "boolean",
        values: values.map((v) => (v === null ? null : Boolean(v))),
      } as Column;
    } else {
      typed[field] = { ...base, kind: "text", values: values.map((v) => (v === null ? null : String(v))) } as Column;
    }
  });
  const rowKinds = options.rowKinds ?? Array.from({ length: rowCount }, () => "post" as RowKind);
  const kinds: Record<RowKind, number> = { post: 0, ad: 0, message: 0, unknown: 0 };
  for (const k of rowKinds) kinds[k]++;
  return {
    source: options.source ?? null,
    origin: { row: 1, column: 1 },
    headerRowIndex: 0,
    headers: fields.slice(),
    rowCount,
    rowNumbers: Array.from({ length: rowCount }, (_, i) => i + 2),
    columns: typed as TableColumns,
    derived: [],
    mapping: fields.map((field, index) => ({
      field,
      header: field,
      index,
      confidence: 1,
      reason: "test",
      alternatives: [],
    })),
    unmapped: [],
    rowKinds,
    kinds,
    currency: options.currency ?? null,
    diagnostics: [],
  };
}
