/**
 * @smm-risk/core: the pure scoring library. Reads 2D cell arrays into typed columns, computes SMM metrics,
 * evaluates the eight failure causes, combines them into the overall risk and the money verdict, and defines
 * the spreadsheet formula catalogue every host exposes. No DOM, no Node, no timers: runs in Node, browsers and Apps Script.
 */

export { createContext } from "./audit/context";
export * from "./audit/index";
export { hasFields, pickRows, type RowSet, sheetRows } from "./audit/rows";
export {
  CRITICAL_RISK,
  combineSignals,
  levelOf,
  sampleConfidence,
  scoreSignal,
  signalRisk,
  WATCH_RISK,
} from "./audit/score";
export type * from "./audit/types";
export { FACTOR_IDS, PLATFORMS } from "./audit/types";
export { groupUnits, type Unit } from "./audit/units";
export * from "./benchmarks/index";
export * from "./catalogue/index";
export type * from "./catalogue/types";
export * from "./factors/index";
export * from "./fields";
export * from "./i18n/field-labels";
export * from "./i18n/format";
export * from "./i18n/labels";
export * from "./i18n/localized";
export * from "./i18n/plural";
export * from "./metrics/index";
export * from "./options/index";
export * from "./scenarios/index";
export * from "./stats/index";
export * from "./table/index";
export type * from "./table/types";
