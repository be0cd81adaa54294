/** Which factors to fix first: those at watch or critical, worst first, for the "what to do" part of a report. */
import type { AuditResult, FactorResult } from "@smm-risk/core";

export function fixFirst(result: AuditResult, max = 3): FactorResult[] {
  return result.factors
    .filter((f) => f.level === "critical" || f.level === "watch")
    .sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0))
    .slice(0, max);
}
