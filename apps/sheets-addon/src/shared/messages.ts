/**
 * The messages the sidebar and the server exchange over `google.script.run`: the only code both sides share,
 * and types only. Every value is plain JSON (dates travel as ISO strings), because Apps Script rejects anything else.
 */
import type { AuditResult, CanonicalField, FieldMapping, Lang, Localized, Platform } from "@smm-risk/core";

/** A range in the user's spreadsheet, described for display and for re-reading it later. */
export interface RangeInfo {
  sheet: string;
  /** A1 notation without the sheet name, e.g. "A1:N200". */
  a1: string;
  /** 1-based coordinates of the top-left cell. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Where to audit: the current selection, the whole sheet's data, or a range audited before (after a mapping fix). */
export type AuditTarget = { kind: "selection" } | { kind: "sheet" } | { kind: "range"; sheet: string; a1: string };

/** The options a user can set in the sidebar; null = let the data decide. */
export interface SidebarOptions {
  platform: Platform | null;
  currency: string | null;
  /** Gross margin as a fraction (25 % → 0.25). */
  margin: number | null;
  targetCpa: number | null;
  lang: Lang;
}

/** Field → 0-based column index in the audited range; null removes the field from the mapping. */
export type MappingOverrides = Partial<Record<CanonicalField, number | null>>;

export type FailureCode = "too_big" | "empty" | "no_selection" | "bad_options" | "report_on_source" | "failed";

export interface Failure {
  ok: false;
  code: FailureCode;
  error: Localized;
}

export interface InitResponse {
  /** Session.getActiveUserLocale(), e.g. "ru" or "en_US". */
  locale: string;
  lang: Lang;
  selection: RangeInfo | null;
  /** Largest range an audit accepts, in cells and in rows. */
  maxCells: number;
  maxRows: number;
  fields: CanonicalField[];
  platforms: Platform[];
  /** What the menu item that opened the sidebar asked for: audit right away, or just show the form. */
  autoRun: "selection" | "sheet" | null;
}

export interface AuditRequest {
  target: AuditTarget;
  options: SidebarOptions;
  mapping: MappingOverrides;
}

export interface AuditSuccess {
  ok: true;
  range: RangeInfo;
  headers: string[];
  /** 1-based sheet row of the header row. */
  headerRow: number;
  mapping: FieldMapping[];
  unmapped: { header: string; index: number }[];
  result: AuditResult;
  /** ISO timestamp of the audit. */
  auditedAt: string;
  /** Milliseconds spent reading and auditing, for the status line. */
  elapsedMs: number;
}

export type AuditResponse = AuditSuccess | Failure;

export interface SelectRowsRequest {
  sheet: string;
  /** 1-based sheet rows. */
  rows: number[];
  /** 1-based first and last column of the audited range: only those cells are selected. */
  firstColumn: number;
  lastColumn: number;
}

export type SelectRowsResponse = { ok: true; ranges: string[] } | Failure;

export type ReportResponse = { ok: true; sheet: string } | Failure;

/** Every server function the sidebar may call: name → request and response. */
export interface RpcContract {
  smmInit: { request: null; response: InitResponse };
  smmAudit: { request: AuditRequest; response: AuditResponse };
  smmSelectRows: { request: SelectRowsRequest; response: SelectRowsResponse };
  smmWriteReport: { request: AuditRequest; response: ReportResponse };
}

export type RpcMethod = keyof RpcContract;
export type RpcRequest<M extends RpcMethod> = RpcContract[M]["request"];
export type RpcResponse<M extends RpcMethod> = RpcContract[M]["response"];
