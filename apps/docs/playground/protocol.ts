/**
 * Messages between the playground page and its Web Worker. Everything is plain JSON-like data (the audit result
 * is plain JSON by contract), so it crosses `postMessage` unchanged.
 */
import type { AuditResult, Diagnostic, FieldMapping, Lang, Localized, RowKind } from "@smm-risk/core";

/** Field → 0-based column index, or null to drop the field (the user's corrections). */
export type MappingOverrides = Record<string, number | null>;

export interface SourceInput {
  /** Stable key of a source within the page (a file name or "pasted"). */
  key: string;
  name: string;
  /** The raw text; sent once, then the worker reuses its parsed copy for re-runs with new mappings. */
  text?: string;
  mapping: MappingOverrides;
}

export interface PlaygroundOptions {
  lang: Lang;
  platform: string | null;
  margin: number | null;
}

export interface AuditRequest {
  id: number;
  sources: SourceInput[];
  options: PlaygroundOptions;
}

export interface SourceSummary {
  key: string;
  name: string;
  delimiter: Localized;
  parseWarnings: Localized[];
  headers: string[];
  headerRow: number;
  rowCount: number;
  mapping: Pick<FieldMapping, "field" | "header" | "index" | "confidence" | "reason">[];
  kinds: Record<RowKind, number>;
  diagnostics: Diagnostic[];
  diagnosticsTotal: number;
}

export interface FormulaResult {
  name: string;
  /** The formula as it would be typed over the pasted data, with A1 references. */
  formula: string;
  /** Scalar or the first rows of a 2D result, as display strings. */
  value: string[][];
  moreRows: number;
  error: string | null;
}

export interface Timings {
  parseMs: number;
  readMs: number;
  auditMs: number;
  /** Parse + read + audit: what the user waits for before the result shows. */
  totalMs: number;
  /** Wall-clock (performance.timeOrigin + now) when the worker started and finished, to split the round trip. */
  startedAt: number;
  finishedAt: number;
}

/** First answer to a request: the audit (formulas follow in a second message, so they never delay it). */
export type AuditResponse =
  | {
      kind: "audit";
      id: number;
      ok: true;
      sources: SourceSummary[];
      result: AuditResult;
      rows: number;
      timings: Timings;
    }
  | { kind: "audit"; id: number; ok: false; error: Localized };

/** Request to the formulas worker: the first source again, with the audit result that picks the arguments. */
export interface FormulasRequest {
  id: number;
  source: Required<Pick<SourceInput, "name" | "text" | "mapping">>;
  result: AuditResult;
  lang: Lang;
}

/** The catalogue formulas evaluated over the same data (a separate worker, so they never delay the audit). */
export interface FormulasResponse {
  kind: "formulas";
  id: number;
  formulas: FormulaResult[];
  ms: number;
}
