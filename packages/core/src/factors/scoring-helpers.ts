/**
 * Small shared steps of the cadence, analytics, budget and community factors: scoring one signal with its
 * (possibly overridden) thresholds and sample confidence, and turning an elevated signal into a finding.
 */
import { sheetRows } from "../audit/rows";
import { sampleConfidence, scoreSignal } from "../audit/score";
import type { FactorContext, FactorPlugin, Finding, SignalResult } from "../audit/types";
import type { Localized } from "../i18n/localized";
import type { ReadTable } from "../table/types";
import { specOf } from "./common";

/** Most evidence rows a finding cites: enough to act on, few enough to read. */
export const MAX_EVIDENCE_ROWS = 20;

/** Scores a measured value for one signal of a plugin; a null value becomes an unscored signal with its note. */
export function measure(
  plugin: Pick<FactorPlugin, "signals" | "id">,
  ctx: FactorContext,
  id: string,
  value: number | null,
  n: number,
  extra: Pick<SignalResult, "note" | "benchmark"> = {},
): SignalResult {
  const spec = specOf(plugin, id);
  const thresholds = ctx.threshold(plugin.id, spec);
  return scoreSignal(spec, thresholds, value, n, sampleConfidence(n, spec.minSample?.n ?? 1), extra);
}

/** A signal without a value, with the reason it could not be computed. */
export function unmeasured(
  plugin: Pick<FactorPlugin, "signals" | "id">,
  ctx: FactorContext,
  id: string,
  note: Localized,
): SignalResult {
  return measure(plugin, ctx, id, null, 0, { note });
}

export function isElevated(signal: SignalResult): signal is SignalResult & { level: "watch" | "critical" } {
  return signal.level === "watch" || signal.level === "critical";
}

/**
 * A finding for a signal at watch or critical (null otherwise), citing the given data rows (worst first, repeats
 * dropped) as sheet row numbers, at most MAX_EVIDENCE_ROWS.
 */
export function findingFor(
  plugin: Pick<FactorPlugin, "id">,
  signal: SignalResult,
  message: Localized,
  table: ReadTable | null,
  indices: readonly number[] = [],
): Finding | null {
  if (!isElevated(signal)) return null;
  return {
    factor: plugin.id,
    severity: signal.level,
    message,
    rows: table ? sheetRows(table, [...new Set(indices)].slice(0, MAX_EVIDENCE_ROWS)) : [],
    source: table?.source ?? null,
  };
}

/** Keeps the non-null findings. */
export function present(findings: (Finding | null)[]): Finding[] {
  return findings.filter((f): f is Finding => f !== null);
}
