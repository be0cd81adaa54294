/**
 * Community metrics: reply rate to messages that need a reply, with its Wilson interval, and response-time
 * statistics (median and 90th percentile, in hours).
 */
import { median, quantileSorted } from "simple-statistics";
import { type RateInterval, wilson } from "../stats/proportions";
import type { MaybeNumber } from "./ratio";

/**
 * Reply rate = replied / needing a reply (questions, complaints). Denominator: incoming messages that need a reply.
 * Returns the rate with its 95 % Wilson interval (small counts widen it), or null when nothing needed a reply
 * or the counts are impossible (negative, or more replies than messages).
 */
export function replyRate(replied: MaybeNumber, needingReply: MaybeNumber): RateInterval | null {
  if (replied === null || replied === undefined || needingReply === null || needingReply === undefined) return null;
  if (!Number.isFinite(replied) || !Number.isFinite(needingReply)) return null;
  if (needingReply <= 0 || replied < 0 || replied > needingReply) return null;
  return wilson(replied, needingReply);
}

export interface ResponseTimeStats {
  /** Messages with a usable response time. */
  count: number;
  medianHours: number;
  /** 90th percentile, linear interpolation between order statistics (numpy's default, "type 7"). */
  p90Hours: number;
}

/**
 * Response time statistics from minutes (the ReadTable's `response_time` unit). Denominator: messages with a
 * response time; missing, negative and non-finite values are skipped. Null when none is usable. The 90th
 * percentile interpolates linearly between order statistics at rank (n − 1) × 0.9 (Hyndman–Fan type 7, numpy's
 * and Excel PERCENTILE.INC's default); the community factor and its findings use this definition.
 */
export function responseTimeStats(minutes: readonly MaybeNumber[]): ResponseTimeStats | null {
  const hours = minutes
    .filter((m): m is number => typeof m === "number" && Number.isFinite(m) && m >= 0)
    .map((m) => m / 60)
    .sort((a, b) => a - b);
  if (hours.length === 0) return null;
  return { count: hours.length, medianHours: median(hours), p90Hours: quantileSorted(hours, 0.9) };
}
