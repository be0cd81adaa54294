/**
 * The shape of a read table: what the reader returns from a 2D array of cells and what every factor consumes.
 * A read table is immutable input for the audit; the user's cells are never modified.
 */
import type { BooleanField, CanonicalField, DateField, NumberField, TextField } from "../fields";
import type { Localized } from "../i18n/localized";

/** One cell exactly as a host hands it over: Sheets `getValues()`, a parsed CSV field, pasted text. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface ColumnBase<F extends CanonicalField> {
  field: F;
  /** Header text as the user wrote it. */
  header: string;
  /** 0-based index of the column in the input array. */
  index: number;
}

export interface NumberColumn<F extends NumberField = NumberField> extends ColumnBase<F> {
  kind: "number";
  /** One value per data row; null = empty or unreadable (unreadable cells also produce a diagnostic). */
  values: (number | null)[];
  /** How the column's text was interpreted, e.g. percents converted to fractions, hours converted to minutes. */
  unit?: "count" | "money" | "fraction" | "minutes";
}

export interface DateColumn extends ColumnBase<DateField> {
  kind: "date";
  /**
   * Wall-clock time as the export shows it, encoded as milliseconds since 1970-01-01 in UTC:
   * `new Date(v).getUTCDay()` / `getUTCHours()` give the weekday and hour the user sees.
   */
  values: (number | null)[];
  /** Time-zone offset in minutes east of UTC when the cell carried one (`+0000`, `+03:00`), else null. */
  offsetMinutes: (number | null)[];
  /** How ambiguous numeric dates were read for this column. */
  order: "day-first" | "month-first" | "year-first" | "unknown";
}

export interface TextColumn<F extends TextField = TextField> extends ColumnBase<F> {
  kind: "text";
  values: (string | null)[];
}

export interface BooleanColumn<F extends BooleanField = BooleanField> extends ColumnBase<F> {
  kind: "boolean";
  values: (boolean | null)[];
}

export type Column = NumberColumn | DateColumn | TextColumn | BooleanColumn;

/** Typed columns by canonical field: `table.columns.reach?.values` is `(number | null)[]`. */
export type TableColumns = { [F in NumberField]?: NumberColumn<F> } & { [F in TextField]?: TextColumn<F> } & {
  [F in BooleanField]?: BooleanColumn<F>;
} & { date?: DateColumn };

/** A rate the export already computed (ER, ERR, CTR…). Kept for reference; factors recompute from counts when they can. */
export interface DerivedColumn {
  /** `read_rate`: Telegram/TGStat "ERR" (views / subscribers), a read rate, not engagement. */
  metric: "engagement_rate" | "read_rate" | "ctr" | "cpm" | "cpc" | "cpa" | "roas";
  header: string;
  index: number;
  /** Rates as fractions (3.5 % → 0.035). */
  values: (number | null)[];
}

export interface FieldMapping {
  field: CanonicalField;
  header: string;
  index: number;
  /** 0–1: 1 = exact synonym or user override, lower = partial/fuzzy match. */
  confidence: number;
  /** Why this column was chosen (e.g. "user override", "exact synonym", "preferred over 'Охват подписчиков': total reach beats follower reach"). */
  reason: string;
  /** Other columns that also matched this field, best first. */
  alternatives: { header: string; index: number; confidence: number }[];
}

export type RowKind = "post" | "ad" | "message" | "unknown";

export type DiagnosticCode =
  | "unreadable_number"
  | "unreadable_date"
  | "unreadable_boolean"
  | "negative_count"
  | "ambiguous_date"
  | "no_header"
  | "duplicate_header"
  | "unknown_override"
  | "mixed_currency"
  /** Info: a "1,234"/"1.234" column whose decimal separator had to be taken from the locale hint. */
  | "ambiguous_number"
  /** Info: a "Total"/"Итого" summary row was left out of the data rows. */
  | "total_row";

export interface Diagnostic {
  code: DiagnosticCode;
  severity: "error" | "warning" | "info";
  /** A1 address in the user's sheet, e.g. "F12" (null for table-level diagnostics). */
  cell: string | null;
  /** 1-based sheet row number, null for table-level diagnostics. */
  row: number | null;
  header: string | null;
  field: CanonicalField | null;
  /** The raw cell text, truncated to 60 characters. */
  value: string | null;
  message: Localized;
}

export interface ReadOptions {
  /** 1-based sheet coordinates of `values[0][0]` (a range starting at C5 → { row: 5, column: 3 }). Default A1. */
  origin?: { row: number; column: number };
  /** Overrides: field → header text or 0-based column index; `null` removes the field from the mapping. */
  mapping?: Partial<Record<CanonicalField, string | number | null>>;
  /** A name for messages and findings: a file name or a range like "Sheet1!A1:N200". */
  source?: string;
  /** Hint for ambiguous numbers ("1,234") when the column does not decide it. Default "auto". */
  locale?: "en" | "ru" | "auto";
  /** Cap on per-cell diagnostics per column (the rest are counted in one summary diagnostic). Default 100. */
  maxDiagnosticsPerColumn?: number;
}

export interface ReadTable {
  source: string | null;
  origin: { row: number; column: number };
  /** Index into the input array of the header row. */
  headerRowIndex: number;
  headers: string[];
  /** Number of data rows (blank rows after the header are skipped and not counted). */
  rowCount: number;
  /** 1-based sheet row number of every data row, in order: what findings cite. */
  rowNumbers: number[];
  columns: TableColumns;
  derived: DerivedColumn[];
  mapping: FieldMapping[];
  /** Non-empty headers that matched no field. */
  unmapped: { header: string; index: number }[];
  /** Kind of every data row, and the counts. */
  rowKinds: RowKind[];
  kinds: Record<RowKind, number>;
  /** ISO 4217 code seen in money headers or cells ("USD", "RUB"), null when none. */
  currency: string | null;
  diagnostics: Diagnostic[];
}
