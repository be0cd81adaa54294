/**
 * Ad and money metrics (METHODOLOGY "Metric definitions"). Money in the export's currency; rates as fractions.
 * Every function returns null when its denominator is 0 or missing.
 */
import { type MaybeNumber, safeRatio } from "./ratio";

/** CTR = clicks / impressions. Denominator: impressions. */
export function ctr(clicks: MaybeNumber, impressions: MaybeNumber): number | null {
  return safeRatio(clicks, impressions);
}

/** CPM = spend / impressions × 1000. Denominator: impressions (per thousand). */
export function cpm(spend: MaybeNumber, impressions: MaybeNumber): number | null {
  return safeRatio(spend, impressions, 1000);
}

/** CPC = spend / clicks. Denominator: clicks. */
export function cpc(spend: MaybeNumber, clicks: MaybeNumber): number | null {
  return safeRatio(spend, clicks);
}

/** CPA = spend / conversions. Denominator: conversions (results, leads, purchases). */
export function cpa(spend: MaybeNumber, conversions: MaybeNumber): number | null {
  return safeRatio(spend, conversions);
}

/** CR = conversions / clicks. Denominator: clicks. */
export function conversionRate(conversions: MaybeNumber, clicks: MaybeNumber): number | null {
  return safeRatio(conversions, clicks);
}

/** ROAS = revenue / spend. Denominator: spend. 1 = the ads paid back their own cost (before margin). */
export function roas(revenue: MaybeNumber, spend: MaybeNumber): number | null {
  return safeRatio(revenue, spend);
}

/**
 * ROMI = (revenue × margin − spend) / spend. Denominator: spend. `margin` is the gross margin as a fraction
 * (0.3 = 30 %); 0 means the campaign lost money, below 0 a loss. Null when margin is missing or outside 0–1.
 */
export function romi(revenue: MaybeNumber, spend: MaybeNumber, margin: MaybeNumber): number | null {
  if (revenue === null || revenue === undefined || margin === null || margin === undefined) return null;
  if (!Number.isFinite(margin) || margin < 0 || margin > 1) return null;
  if (spend === null || spend === undefined) return null;
  return safeRatio(revenue * margin - spend, spend);
}

/** ДРР (share of advertising costs) = spend / revenue. Denominator: revenue. The inverse of ROAS. */
export function drr(spend: MaybeNumber, revenue: MaybeNumber): number | null {
  return safeRatio(spend, revenue);
}

/** The margin at which ROMI is exactly 0: spend / revenue (same as ДРР). Above 1 no margin can break even. */
export function breakEvenMargin(spend: MaybeNumber, revenue: MaybeNumber): number | null {
  return safeRatio(spend, revenue);
}
