/**
 * SMM metrics from METHODOLOGY.md "Metric definitions", each documented with its denominator. Pure functions:
 * null (never NaN or Infinity) when the denominator is 0 or missing.
 */
export {
  breakEvenMargin,
  conversionRate,
  cpa,
  cpc,
  cpm,
  ctr,
  drr,
  roas,
  romi,
} from "./ads";
export {
  BURST_MIN_POSTS,
  BURST_RELATIVE,
  type CadenceStats,
  cadenceOf,
  cadenceStats,
  type DatedRow,
} from "./cadence";
export { type ResponseTimeStats, replyRate, responseTimeStats } from "./community";
export {
  amplification,
  applause,
  conversation,
  engagementRateByFollowers,
  engagementRateByImpressions,
  engagementRateByReach,
  engagementRateByViews,
  type InteractionParts,
  interactions,
  telegramReadRate,
} from "./engagement";
export { type MaybeNumber, safeRatio } from "./ratio";
