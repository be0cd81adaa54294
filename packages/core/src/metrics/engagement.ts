/**
 * Engagement metrics (METHODOLOGY "Metric definitions"): interactions = likes + comments + shares [+ saves], divided
 * by followers (ER), reach (ERR), views or impressions; and the per-reach split into amplification (shares),
 * applause (likes) and conversation (comments). Every function returns null when its denominator is 0 or missing.
 */
import { type MaybeNumber, safeRatio } from "./ratio";

export interface InteractionParts {
  likes?: MaybeNumber;
  comments?: MaybeNumber;
  shares?: MaybeNumber;
  saves?: MaybeNumber;
}

/**
 * likes + comments + shares + saves, counting only the parts present (saves are optional: many exports lack them).
 * Null when every part is missing. An exported "engagements" total should be used as-is instead, and said so.
 */
export function interactions(parts: InteractionParts): number | null {
  let sum = 0;
  let any = false;
  for (const v of [parts.likes, parts.comments, parts.shares, parts.saves]) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    sum += v;
    any = true;
  }
  return any ? sum : null;
}

function total(value: MaybeNumber | InteractionParts): MaybeNumber {
  return typeof value === "object" && value !== null ? interactions(value) : value;
}

/** ER by followers = interactions / followers. Denominator: followers (audience size at posting time). */
export function engagementRateByFollowers(
  value: MaybeNumber | InteractionParts,
  followers: MaybeNumber,
): number | null {
  return safeRatio(total(value), followers);
}

/** ERR = interactions / reach. Denominator: reach (unique accounts that saw the post). */
export function engagementRateByReach(value: MaybeNumber | InteractionParts, reach: MaybeNumber): number | null {
  return safeRatio(total(value), reach);
}

/** ER by views = interactions / views. Denominator: views (plays), when that is all the export has. */
export function engagementRateByViews(value: MaybeNumber | InteractionParts, views: MaybeNumber): number | null {
  return safeRatio(total(value), views);
}

/** ER by impressions = interactions / impressions. Denominator: impressions (X Analytics' "engagement rate" uses engagements / impressions). */
export function engagementRateByImpressions(
  value: MaybeNumber | InteractionParts,
  impressions: MaybeNumber,
): number | null {
  return safeRatio(total(value), impressions);
}

/** Amplification = shares / reach. Denominator: reach. How often the post was passed on. */
export function amplification(shares: MaybeNumber, reach: MaybeNumber): number | null {
  return safeRatio(shares, reach);
}

/** Applause = likes / reach. Denominator: reach. */
export function applause(likes: MaybeNumber, reach: MaybeNumber): number | null {
  return safeRatio(likes, reach);
}

/** Conversation = comments / reach. Denominator: reach. */
export function conversation(comments: MaybeNumber, reach: MaybeNumber): number | null {
  return safeRatio(comments, reach);
}

/**
 * Telegram read rate (TGStat calls it "ERR"): average post views (reach) / channel subscribers. Denominator:
 * subscribers. Not an engagement rate: do not compare it with ERR = interactions / reach.
 * Pass one average, or the views of several posts (their mean is used, missing values skipped).
 */
export function telegramReadRate(
  averageReach: MaybeNumber | readonly MaybeNumber[],
  subscribers: MaybeNumber,
): number | null {
  if (Array.isArray(averageReach)) {
    const present = averageReach.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    if (present.length === 0) return null;
    return safeRatio(present.reduce((a, b) => a + b, 0) / present.length, subscribers);
  }
  return safeRatio(averageReach as MaybeNumber, subscribers);
}
