/**
 * What every factor plugin does the same way: the "not assessed" result, and assembling signals and findings
 * into a FactorResult (risk and confidence from combineSignals, level from the risk).
 */
import { combineSignals, levelOf } from "../audit/score";
import type { FactorContext, FactorPlugin, FactorResult, Finding, SignalResult, SignalSpec } from "../audit/types";
import type { CanonicalField } from "../fields";
import type { Localized } from "../i18n/localized";

/**
 * A factor that lacks the columns it needs: never zero risk, it says which columns would enable it
 * (`missing` narrows the plugin's needs when the columns exist but hold the wrong kind of rows).
 */
export function notAssessed(
  plugin: FactorPlugin,
  reason?: Localized,
  missing: readonly (readonly CanonicalField[])[] = plugin.needs,
): FactorResult {
  const options = missing.map((set) => set.join(" + ")).join(" | ");
  return {
    id: plugin.id,
    title: plugin.title,
    assessed: false,
    risk: null,
    level: "not_assessed",
    confidence: 0,
    signals: [],
    findings: [],
    recommendation: plugin.recommendation,
    missing: missing.map((set) => [...set]),
    reason: reason ?? {
      en: `Not assessed: needs the columns ${options}.`,
      ru: `Не оценено: нужны столбцы ${options}.`,
    },
  };
}

/** Combines measured signals; when none could be computed the factor is not assessed with the given reason. */
export function assembleResult(
  plugin: FactorPlugin,
  signals: SignalResult[],
  findings: Finding[],
  whyNone?: Localized,
): FactorResult {
  const { risk, confidence } = combineSignals(signals);
  if (risk === null) return { ...notAssessed(plugin, whyNone), signals };
  const level = levelOf(risk);
  return {
    id: plugin.id,
    title: plugin.title,
    assessed: true,
    risk,
    level,
    confidence,
    signals,
    findings: findings.sort((a, b) => severityRank(b.severity) - severityRank(a.severity)),
    recommendation: plugin.recommendation,
    missing: [],
  };
}

function severityRank(level: Finding["severity"]): number {
  return level === "critical" ? 2 : level === "watch" ? 1 : 0;
}

/** The spec of a signal by id (throws on a typo, caught by the factor's tests). */
export function specOf(plugin: Pick<FactorPlugin, "signals" | "id">, id: string): SignalSpec {
  const spec = plugin.signals.find((s) => s.id === id);
  if (!spec) throw new Error(`${plugin.id}: unknown signal ${id}`);
  return spec;
}

/** Thresholds after overrides for a signal of this plugin. */
export function thresholdsOf(
  plugin: FactorPlugin,
  id: string,
  ctx: FactorContext,
): { watch: number; critical: number } {
  return ctx.threshold(plugin.id, specOf(plugin, id));
}
