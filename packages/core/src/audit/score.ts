/**
 * Turning measured values into risk: one scale for every signal (0–100, watch at 40, critical at 70),
 * sample-size confidence, and the rule that combines a factor's signals. Factors use these and nothing else.
 */
import type { Level, SignalResult, SignalSpec } from "./types";

export const WATCH_RISK = 40;
export const CRITICAL_RISK = 70;

/**
 * Piecewise-linear risk for a value against its thresholds, for either direction, measured in "steps" of
 * (critical − watch): watch scores 40, critical scores 70, one step worse than critical scores 100.
 * Below watch the risk falls linearly to 0 at the "good" anchor, one step better than watch, or at the natural
 * bound of the scale when that is nearer (0 hours, 0 %, 100 % of messages answered): a 1-hour median reply
 * against a 4-hour watch line is close to no risk, not a third of the way to an alarm.
 */
export function signalRisk(
  value: number,
  watch: number,
  critical: number,
  bounds: { min?: number; max?: number } = {},
): number {
  const step = critical - watch;
  if (step === 0) return value >= watch ? CRITICAL_RISK : 0;
  const u = (value - watch) / step;
  let risk: number;
  if (u < 0) {
    let good = watch - step;
    if (step > 0 && bounds.min !== undefined && watch > bounds.min) good = Math.max(good, bounds.min);
    if (step < 0 && bounds.max !== undefined && watch < bounds.max) good = Math.min(good, bounds.max);
    risk = Math.max(0, WATCH_RISK * ((value - good) / (watch - good)));
  } else if (u < 1) risk = WATCH_RISK + (CRITICAL_RISK - WATCH_RISK) * u;
  else if (u < 2) risk = CRITICAL_RISK + (100 - CRITICAL_RISK) * (u - 1);
  else risk = 100;
  return Math.round(risk * 10) / 10;
}

/** The natural bounds of a signal's unit: shares lie in [0, 1], durations, counts and rates are not negative. */
export function unitBounds(unit: SignalSpec["unit"]): { min?: number; max?: number } {
  if (unit === "fraction") return { min: 0, max: 1 };
  if (unit === "ratio" || unit === "money") return {};
  return { min: 0 };
}

export function levelOf(risk: number | null): Level {
  if (risk === null) return "not_assessed";
  if (risk >= CRITICAL_RISK) return "critical";
  if (risk >= WATCH_RISK) return "watch";
  return "ok";
}

/**
 * How much a sample of size n can be trusted, 0–1. Below the minimum the confidence falls fast (a signal from
 * 3 posts must not look as sure as one from 300); from the minimum it grows to 1 at four times the minimum.
 */
export function sampleConfidence(n: number, minimum: number): number {
  if (!(n > 0) || !(minimum > 0)) return 0;
  if (n < minimum) return Math.round(0.45 * (n / minimum) * 100) / 100;
  return Math.round(Math.min(1, 0.6 + 0.4 * ((n - minimum) / (3 * minimum))) * 100) / 100;
}

/** Builds a signal result from a measured value; a null value yields an unscored signal with a note. */
export function scoreSignal(
  spec: SignalSpec,
  thresholds: { watch: number; critical: number },
  value: number | null,
  n: number,
  confidence: number,
  extra: Pick<SignalResult, "note" | "benchmark"> = {},
): SignalResult {
  const risk =
    value === null || !Number.isFinite(value)
      ? 0
      : signalRisk(value, thresholds.watch, thresholds.critical, unitBounds(spec.unit));
  const usable = value !== null && Number.isFinite(value);
  return {
    id: spec.id,
    title: spec.title,
    unit: spec.unit,
    direction: spec.direction,
    value: usable ? value : null,
    watch: thresholds.watch,
    critical: thresholds.critical,
    level: usable ? levelOf(risk) : "not_assessed",
    risk: usable ? risk : 0,
    confidence: usable ? confidence : 0,
    n,
    ...extra,
  };
}

/**
 * A factor's risk from its signals. The worst signal drives it (a factor is as bad as its worst symptom),
 * discounted by that signal's confidence so that thin data cannot produce a confident alarm:
 * effective risk = risk × (0.5 + 0.5 × confidence). A second elevated signal adds 15 % of its effective risk,
 * because two independent symptoms make the cause more likely. Confidence is the risk-weighted mean confidence.
 */
export function combineSignals(signals: SignalResult[]): { risk: number | null; confidence: number } {
  const scored = signals.filter((s) => s.value !== null && s.confidence > 0);
  if (scored.length === 0) return { risk: null, confidence: 0 };
  const effective = scored.map((s) => s.risk * (0.5 + 0.5 * s.confidence)).sort((a, b) => b - a);
  const top = effective[0] ?? 0;
  const second = effective[1] ?? 0;
  const risk = Math.min(100, Math.round((top + (second >= WATCH_RISK ? 0.15 * second : 0)) * 10) / 10);
  const weights = scored.map((s) => 1 + s.risk);
  const total = weights.reduce((a, b) => a + b, 0);
  const confidence = scored.reduce((acc, s, i) => acc + s.confidence * (weights[i] ?? 0), 0) / total;
  return { risk, confidence: Math.round(confidence * 100) / 100 };
}
