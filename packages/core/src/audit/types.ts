/**
 * The audit's contract: options, the factor plugin interface, and every result shape a renderer reads.
 * Results are plain JSON values (no Dates, no class instances) so they cross `google.script.run`,
 * a Web Worker or `JSON.stringify` unchanged.
 */
import type { CanonicalField } from "../fields";
import type { Lang, Localized } from "../i18n/localized";
import type { Diagnostic, FieldMapping, ReadOptions, ReadTable, RowKind } from "../table/types";

export const FACTOR_IDS = [
  "audience",
  "segmentation",
  "needs",
  "content",
  "cadence",
  "analytics",
  "budget",
  "community",
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export const PLATFORMS = ["instagram", "facebook", "tiktok", "x", "linkedin", "vk", "telegram", "youtube"] as const;
export type Platform = (typeof PLATFORMS)[number];

export type Level = "ok" | "watch" | "critical" | "not_assessed";

/** Validated audit options (see options/schema.ts for parsing from objects, strings and ranges). */
export interface AuditOptions {
  /** Platform for benchmarks; null = taken from the platform column, else benchmarks that need it are skipped. */
  platform: Platform | null;
  /** ISO 4217 code; null = taken from the headers. */
  currency: string | null;
  /** Gross margin 0–1 used for ROMI; null = unknown (the verdict then states the break-even margin). */
  margin: number | null;
  targetCpa: number | null;
  averageOrderValue: number | null;
  lang: Lang;
  /** Which benchmark study to compare with (benchmarks/data.ts). */
  benchmark: string;
  /** Threshold overrides keyed "factor.signal", e.g. { "cadence.longest_gap_days": { watch: 10 } }. */
  thresholds: Record<string, { watch?: number; critical?: number }>;
  /** Field mapping overrides passed to the reader. */
  mapping: NonNullable<ReadOptions["mapping"]>;
}

export type SignalUnit = "fraction" | "ratio" | "days" | "hours" | "count" | "per_week" | "coefficient" | "money";

/**
 * Static description of a signal: what docs print and what thresholds can be overridden. Why the thresholds sit
 * where they do is docs-only text, kept apart in factors/<factor>.rationales.ts (read with `rationaleOf`) so that
 * runtime bundles do not carry it.
 */
export interface SignalSpec {
  id: string;
  title: Localized;
  unit: SignalUnit;
  /** Which side of the thresholds is bad. */
  direction: "higher_is_worse" | "lower_is_worse";
  watch: number;
  critical: number;
  /** Smallest sample that gives full weight, with its unit ("posts", "weeks", "messages", "segments"). */
  minSample?: { n: number; unit: Localized };
}

export interface SignalResult {
  id: string;
  title: Localized;
  unit: SignalUnit;
  direction: SignalSpec["direction"];
  /** Measured value; null when the signal could not be computed (then `note` says why). */
  value: number | null;
  watch: number;
  critical: number;
  level: Level;
  /** 0–100. */
  risk: number;
  /** 0–1: how much data backed it. */
  confidence: number;
  /** Sample size behind the value. */
  n: number;
  note?: Localized;
  /** The benchmark the value was compared with, when it was. */
  benchmark?: BenchmarkRef;
}

export interface Finding {
  factor: FactorId;
  severity: Exclude<Level, "not_assessed">;
  message: Localized;
  /**
   * The statistics behind the message for readers who want them (test names, p-values, intervals), kept apart so
   * hosts can show the plain-words message first and these behind a "details" toggle.
   */
  details?: Localized;
  /** 1-based sheet row numbers of the rows that prove it (worst first), possibly empty. */
  rows: number[];
  /** The table the rows belong to (file name or range), null for a single table. */
  source: string | null;
}

export interface FactorResult {
  id: FactorId;
  title: Localized;
  assessed: boolean;
  /** 0–100 (higher is worse); null when not assessed. */
  risk: number | null;
  level: Level;
  confidence: number;
  signals: SignalResult[];
  findings: Finding[];
  recommendation: Localized;
  /** When not assessed: alternative sets of columns, any of which would enable the factor. */
  missing: CanonicalField[][];
  /** When not assessed: why, in words. */
  reason?: Localized;
}

/** All tables of one audit (one range, or several files: posts + ads + comments). */
export interface AuditData {
  tables: ReadTable[];
}

export interface FactorContext {
  options: AuditOptions;
  /** Platform after resolving options and the data's platform column. */
  platform: Platform | null;
  /** Threshold for a signal after applying overrides. */
  threshold(factor: FactorId, spec: SignalSpec): { watch: number; critical: number };
}

/** A factor plugin: one file per factor in src/factors, registered in factors/index.ts. */
export interface FactorPlugin {
  id: FactorId;
  title: Localized;
  /** The failure cause in one sentence, for docs and the "not assessed" explanation. */
  summary: Localized;
  /** Alternative sets of fields; the factor can be assessed if any one set is fully present. */
  needs: CanonicalField[][];
  signals: SignalSpec[];
  /** The advice when the factor is at watch or critical. */
  recommendation: Localized;
  evaluate(data: AuditData, ctx: FactorContext): FactorResult;
}

export interface BenchmarkRef {
  id: string;
  label: Localized;
  value: number;
  source: string;
  year: number;
  denominator: Localized;
}

export interface MoneyVerdict {
  assessed: boolean;
  /** Why not assessed, or how it was computed. */
  message: Localized;
  currency: string | null;
  /** Days between first and last dated row (inclusive); null when undated. */
  periodDays: number | null;
  spend: number | null;
  revenue: number | null;
  conversions: number | null;
  cpa: number | null;
  roas: number | null;
  /** (revenue × margin − spend) / spend; null without revenue or margin. */
  romi: number | null;
  margin: number | null;
  /** Margin at which revenue × margin = spend; null without revenue. */
  breakEvenMargin: number | null;
  /** Profit (positive) or loss (negative) per 30 days. */
  monthlyResult: number | null;
  monthlySpend: number | null;
  /** Spend that would be saved if the worst units ran at the portfolio's median efficiency, per 30 days. */
  monthlySavings: number | null;
  /** The units (campaigns / segments) behind the savings, worst first. */
  savingsUnits: {
    name: string;
    spend: number;
    efficiency: number;
    metric: "cpa" | "roas";
    savings: number;
    rows: number[];
  }[];
  missing: CanonicalField[][];
}

export type Grade = "A" | "B" | "C" | "D" | "F";

export interface AuditResult {
  /** Overall risk 0–100; null when no factor could be assessed. */
  risk: number | null;
  grade: Grade | null;
  level: Level;
  confidence: number;
  headline: Localized;
  /** All eight factors, in FACTOR_IDS order. */
  factors: FactorResult[];
  verdict: MoneyVerdict;
  /** The most important findings across factors, worst first. */
  findings: Finding[];
  warnings: Localized[];
  diagnostics: Diagnostic[];
  inputs: {
    sources: (string | null)[];
    rows: number;
    kinds: Record<RowKind, number>;
    mapping: FieldMapping[][];
    period: { start: string; end: string; days: number } | null;
    currency: string | null;
    platform: Platform | null;
  };
  options: AuditOptions;
}
