/**
 * The overall risk: one number from the assessed factors that a single critical cause cannot be averaged away from.
 *
 * Method (this comment is what the docs print):
 * 1. Each assessed factor's risk r (0–100) is tempered by its confidence c (0–1): e = r × (0.8 + 0.2 c).
 *    Factor risks are already discounted by their signals' sample sizes (combineSignals), so here confidence only
 *    tempers, it cannot hide a cause: a critical factor (r ≥ 70) keeps e ≥ 56, above the watch line.
 * 2. The worst factor sets the floor: R₁ = e₁.
 * 3. Every other factor that is near or above the watch line takes away part of the remaining headroom:
 *    R = 100 × [1 − (1 − e₁/100) × Π_{j≥2} (1 − λ × max(0, (e_j − F) / (100 − F)))], with F = 35 and λ = 0.5.
 *    Factors at or below F (healthy; a perfect signal can still score up to ~35 on the shared scale) add nothing, so
 *    a healthy audit stays at its worst factor. Each further factor at watch (e ≈ 50) removes 11.5 % of the headroom,
 *    one at critical (e ≈ 80) 35 %: several causes at once are worse than one, and six at watch reach critical.
 * 4. Confidence of the whole = the risk-weighted mean of the factors' confidences, scaled by coverage
 *    (0.5 + 0.5 × assessed / 8): an audit that could assess two causes out of eight is less sure than one that saw all.
 * Grades: A below 20, B below 40 (watch), C below 55, D below 70 (critical), F from 70. A or B (no cause at watch)
 *    needs at least 4 of the 8 causes assessed: finding nothing in a small part of the picture is not a clean bill
 *    of health, so with fewer the grade is left out and the headline says what to add. A problem found is graded at
 *    any coverage.
 * None assessed: risk, grade and confidence are null/0 and the level is not_assessed.
 */

import { levelOf } from "./score";
import { FACTOR_IDS, type FactorResult, type Finding, type Grade, type Level } from "./types";

/** Effective risk at or below which a factor adds nothing to the overall risk beyond its own (healthy factors). */
export const ACCUMULATION_FLOOR = 35;
/** Share of the remaining headroom a further factor at risk 100 takes away (λ in the method above). */
export const ACCUMULATION = 0.5;
/** Assessed causes needed before an audit with no cause at watch is graded (A or B) and called low risk. */
export const MIN_FACTORS_FOR_LOW_RISK = 4;

export interface Overall {
  risk: number | null;
  grade: Grade | null;
  level: Level;
  confidence: number;
}

/** Effective risk of one factor after tempering by confidence (step 1). */
export function effectiveRisk(factor: Pick<FactorResult, "risk" | "confidence">): number {
  return (factor.risk ?? 0) * (0.8 + 0.2 * Math.max(0, Math.min(1, factor.confidence)));
}

export function overallRisk(factors: readonly FactorResult[]): Overall {
  const assessed = factors.filter((f) => f.assessed && f.risk !== null && Number.isFinite(f.risk));
  if (assessed.length === 0) return { risk: null, grade: null, level: "not_assessed", confidence: 0 };
  const effective = assessed.map(effectiveRisk).sort((a, b) => b - a);
  const [top = 0, ...rest] = effective;
  let headroom = 1 - top / 100;
  for (const e of rest)
    headroom *= 1 - ACCUMULATION * Math.max(0, (e - ACCUMULATION_FLOOR) / (100 - ACCUMULATION_FLOOR));
  const risk = Math.round(Math.min(100, Math.max(0, 100 * (1 - headroom))) * 10) / 10;
  const weights = assessed.map((f) => 1 + effectiveRisk(f));
  const weighted = assessed.reduce((acc, f, i) => acc + f.confidence * (weights[i] ?? 0), 0);
  const total = weights.reduce((a, b) => a + b, 0);
  const coverage = 0.5 + (0.5 * assessed.length) / FACTOR_IDS.length;
  const confidence = Math.round((weighted / total) * coverage * 100) / 100;
  const level = levelOf(risk);
  const graded = level !== "ok" || assessed.length >= MIN_FACTORS_FOR_LOW_RISK;
  return { risk, grade: graded ? gradeOf(risk) : null, level, confidence };
}

export function gradeOf(risk: number): Grade {
  if (risk < 20) return "A";
  if (risk < 40) return "B";
  if (risk < 55) return "C";
  if (risk < 70) return "D";
  return "F";
}

const SEVERITY: Record<Finding["severity"], number> = { critical: 2, watch: 1, ok: 0 };

/**
 * The findings across factors, worst first: by severity, then by the factor's effective risk, then in each
 * factor's own order. Capped (default 10) so a report leads with what matters.
 */
export function topFindings(factors: readonly FactorResult[], limit = 10): Finding[] {
  const ranked: { finding: Finding; factorRisk: number; order: number }[] = [];
  for (const f of factors) {
    if (!f.assessed) continue;
    const factorRisk = effectiveRisk(f);
    f.findings.forEach((finding, order) => {
      if (finding.severity !== "ok") ranked.push({ finding, factorRisk, order });
    });
  }
  ranked.sort(
    (a, b) =>
      SEVERITY[b.finding.severity] - SEVERITY[a.finding.severity] || b.factorRisk - a.factorRisk || a.order - b.order,
  );
  return ranked.slice(0, limit).map((r) => r.finding);
}
