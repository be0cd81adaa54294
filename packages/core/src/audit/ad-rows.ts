/**
 * The ad rows of an audit across every table that has them. The money verdict, the budget factor and segmentation
 * judge the whole ad account, so two ad exports (two platforms, or two months of one) are read as one set of rows
 * rather than one of them being silently left out. Amounts are never converted: a table in another currency than
 * the account's is left out and named.
 */
import type { CanonicalField, TextField } from "../fields";
import type { Localized } from "../i18n/localized";
import { AD_METRIC_FIELDS } from "../table/row-kinds";
import type { Column, ReadTable, RowKind, TableColumns } from "../table/types";
import type { RowSet } from "./rows";
import { hasFields } from "./rows";
import type { AuditData } from "./types";

/** Unit labels: prefixed with their table's name when tables merge, so units of different exports stay apart. */
const LABEL_FIELDS: readonly TextField[] = ["campaign", "segment", "platform"];

export interface MergedAdRows extends RowSet {
  /** The tables whose ad rows were merged, by name, in order. */
  sources: string[];
  /** Tables with ad rows left out because their currency differs from the merged ones. */
  excluded: { source: string; currency: string; rows: number }[];
  /** Rows of a later table that repeat a row of an earlier one (overlapping exports), counted once. */
  repeated: { source: string; of: string; rows: number }[];
}

/** Fields that identify an ad row across exports: the same day, unit and figures is the same row exported twice. */
const IDENTITY_FIELDS: readonly CanonicalField[] = ["date", "campaign", "segment", "platform", ...AD_METRIC_FIELDS];

const blank = (v: unknown) => v === null || v === undefined;

/**
 * A row's identity across tables, or null when it lacks a date, spend or a delivery count (impressions, reach or
 * clicks): spend alone is often a round daily budget that two platforms can share, delivery counts are not.
 */
function rowKey(table: ReadTable, i: number): string | null {
  const cell = (field: CanonicalField) => (table.columns[field] as { values: unknown[] } | undefined)?.values[i];
  if (blank(cell("date")) || blank(cell("spend"))) return null;
  if (blank(cell("impressions")) && blank(cell("reach")) && blank(cell("clicks"))) return null;
  return IDENTITY_FIELDS.map((field) => {
    const v = cell(field);
    return typeof v === "string" ? v.trim().toLowerCase() : String(v ?? "");
  }).join("\u0001");
}

/**
 * Drops from each later part the rows that repeat a row of an earlier part, as overlapping date ranges of two
 * exports produce; a row repeated inside one table is left alone (two ad sets can have the same figures).
 */
function withoutRepeats(parts: readonly Part[]): { parts: Part[]; repeated: MergedAdRows["repeated"] } {
  const seen = new Map<string, string>();
  const repeated: MergedAdRows["repeated"] = [];
  const out = parts.map((part) => {
    const keys = part.indices.map((i) => rowKey(part.table, i));
    const counts = new Map<string, number>();
    const indices = part.indices.filter((_, k) => {
      const key = keys[k];
      const earlier = key === null || key === undefined ? undefined : seen.get(key);
      if (earlier === undefined) return true;
      counts.set(earlier, (counts.get(earlier) ?? 0) + 1);
      return false;
    });
    for (const key of keys) if (key !== null && key !== undefined && !seen.has(key)) seen.set(key, part.name);
    for (const [of, rows] of counts) repeated.push({ source: part.name, of, rows });
    return { ...part, indices };
  });
  return { parts: out, repeated };
}

/** A table's name in messages and unit labels: its source, else its position. */
export function tableName(table: ReadTable, position: number): string {
  return table.source ?? `table ${position + 1}`;
}

function adIndices(table: ReadTable): number[] {
  return table.rowKinds.flatMap((kind, i) => (kind === "ad" ? [i] : []));
}

/**
 * Ad rows of every table that has the `required` fields and at least one ad row, merged into one table; null when
 * fewer than two tables have them (the caller's own choice of one table then stands unchanged). When currencies
 * differ, the tables in `currency` (the options' currency) are kept if there are any, else those in the currency
 * with the most ad rows (amounts in different currencies cannot be compared); the others are listed in `excluded`.
 */
export function mergedAdRows(
  data: AuditData,
  required: readonly CanonicalField[],
  currency: string | null = null,
): MergedAdRows | null {
  // The engine's warnings, the money verdict and the budget factor ask for the same merge of the same data: make it once.
  let byKey = MERGES.get(data);
  if (!byKey) {
    byKey = new Map();
    MERGES.set(data, byKey);
  }
  const key = `${required.join("+")}|${currency ?? ""}`;
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const merged = mergeAdRows(data, required, currency);
  byKey.set(key, merged);
  return merged;
}

/** Merges already made, per audit data (held weakly: they go with the data). */
const MERGES = new WeakMap<AuditData, Map<string, MergedAdRows | null>>();

function mergeAdRows(
  data: AuditData,
  required: readonly CanonicalField[],
  currency: string | null,
): MergedAdRows | null {
  const candidates = data.tables
    .map((table, position) => ({ table, position, indices: adIndices(table) }))
    .filter((c) => c.indices.length > 0 && hasFields(c.table, required));
  if (candidates.length < 2) return null;
  const rowsByCurrency = new Map<string, number>();
  for (const c of candidates) {
    if (c.table.currency === null) continue;
    rowsByCurrency.set(c.table.currency, (rowsByCurrency.get(c.table.currency) ?? 0) + c.indices.length);
  }
  const chosen =
    currency !== null && rowsByCurrency.has(currency)
      ? currency
      : ([...rowsByCurrency].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  const kept = candidates.filter((c) => c.table.currency === null || c.table.currency === chosen);
  const excluded = candidates
    .filter((c) => !kept.includes(c))
    .map((c) => ({ source: tableName(c.table, c.position), currency: c.table.currency ?? "", rows: c.indices.length }));
  if (kept.length < 2) {
    const only = kept[0];
    if (!only) return null;
    return {
      table: only.table,
      indices: only.indices,
      sources: [tableName(only.table, only.position)],
      excluded,
      repeated: [],
    };
  }
  const { parts, repeated } = withoutRepeats(
    kept.map((c) => ({ table: c.table, indices: c.indices, name: tableName(c.table, c.position) })),
  );
  const table = mergeTables(parts, chosen);
  return {
    table,
    indices: table.rowNumbers.map((_, i) => i),
    sources: kept.map((c) => tableName(c.table, c.position)),
    excluded,
    repeated,
  };
}

interface Part {
  table: ReadTable;
  indices: readonly number[];
  name: string;
}

/** One table holding the given rows of each part: columns are the union, a column a part lacks is empty there. */
function mergeTables(parts: readonly Part[], currency: string | null): ReadTable {
  const fields = new Set<CanonicalField>();
  for (const part of parts) for (const field of Object.keys(part.table.columns) as CanonicalField[]) fields.add(field);
  const columns: Record<string, Column> = {};
  for (const field of fields) {
    const first = parts.map((p) => p.table.columns[field]).find((c): c is Column => c !== undefined) as Column;
    const values: unknown[] = [];
    const offsets: (number | null)[] = [];
    for (const part of parts) {
      const column = part.table.columns[field] as Column | undefined;
      for (const i of part.indices) {
        values.push(labelled(field, column?.values[i] ?? null, part.name, column !== undefined));
        if (first.kind === "date") offsets.push(column?.kind === "date" ? (column.offsetMinutes[i] ?? null) : null);
      }
    }
    columns[field] = (
      first.kind === "date" ? { ...first, values, offsetMinutes: offsets } : { ...first, values }
    ) as Column;
  }
  const rowNumbers = parts.flatMap((p) => p.indices.map((i) => p.table.rowNumbers[i] ?? i + 1));
  const rowKinds = parts.flatMap((p) => p.indices.map((i) => p.table.rowKinds[i] ?? "unknown"));
  const kinds: Record<RowKind, number> = { post: 0, ad: 0, message: 0, unknown: 0 };
  for (const kind of rowKinds) kinds[kind] += 1;
  return {
    source: parts.map((p) => p.name).join(" + "),
    origin: { row: 0, column: 0 },
    headerRowIndex: 0,
    headers: [],
    rowCount: rowNumbers.length,
    rowNumbers,
    columns: columns as TableColumns,
    derived: [],
    mapping: [],
    unmapped: [],
    rowKinds,
    kinds,
    currency,
    diagnostics: [],
  };
}

/** "ads-meta.csv · Retargeting": a unit label with its table's name; the table's name alone where it has no such column. */
function labelled(field: CanonicalField, value: unknown, name: string, tableHasColumn: boolean): unknown {
  if (!(LABEL_FIELDS as readonly string[]).includes(field)) return value;
  if (!tableHasColumn) return name;
  const text = typeof value === "string" ? value.trim() : "";
  return text ? `${name} · ${text}` : `${name} · (blank)`;
}

/** The sentence a result adds when ad rows came from several tables or some were left out; null when neither. */
export function mergeNote(rows: Pick<MergedAdRows, "sources" | "excluded" | "repeated">): Localized | null {
  const parts: Localized[] = [];
  if (rows.sources.length > 1) {
    parts.push({
      en: `Ad rows of ${rows.sources.join(", ")} are judged together.`,
      ru: `Строки рекламы из ${rows.sources.join(", ")} оцениваются вместе.`,
    });
  }
  const leftOut = leftOutNote(rows);
  if (leftOut) parts.push(leftOut);
  return joined(parts);
}

/** The warning when ad rows were left out (another currency) or counted once (overlapping exports); null when none. */
export function leftOutNote(rows: Pick<MergedAdRows, "excluded" | "repeated">): Localized | null {
  const parts: Localized[] = [];
  if (rows.excluded.length > 0) {
    const list = rows.excluded.map((e) => `${e.source} (${e.currency}, ${e.rows})`).join(", ");
    parts.push({
      en: `Left out, in another currency (amounts are not converted): ${list}; audit it separately.`,
      ru: `Не учтены — другая валюта (суммы не пересчитываются): ${list}; проверьте отдельно.`,
    });
  }
  for (const r of rows.repeated) {
    parts.push({
      en: `Ad rows of ${r.source} that repeat rows of ${r.of} (same date, unit and figures: overlapping exports): ${r.rows}, counted once.`,
      ru: `Строк рекламы из ${r.source}, повторяющих строки из ${r.of} (та же дата, единица и цифры — выгрузки пересекаются): ${r.rows}; они учтены один раз.`,
    });
  }
  return joined(parts);
}

function joined(parts: readonly Localized[]): Localized | null {
  if (parts.length === 0) return null;
  return { en: parts.map((p) => p.en).join(" "), ru: parts.map((p) => p.ru).join(" ") };
}
