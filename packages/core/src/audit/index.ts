/** The audit engine: run the factors, combine them into the overall risk, and compute the money verdict. */
export { audit, TOP_FINDINGS } from "./engine";
export { CAUSE_PHRASES, columnsToAdd, headline } from "./headline";
export {
  ACCUMULATION,
  ACCUMULATION_FLOOR,
  effectiveRisk,
  gradeOf,
  type Overall,
  overallRisk,
  topFindings,
} from "./overall";
export { dateRange, type Period, periodOf } from "./period";
export { normalisePlatform, type PlatformResolution, resolvePlatform } from "./platform";
export { auditValues } from "./values";
export { MAX_SAVINGS_UNITS, MIN_UNIT_CONVERSIONS, MIN_UNIT_SPEND_SHARE, moneyVerdict } from "./verdict";
