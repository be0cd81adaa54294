/**
 * Posting cadence from post dates (wall-clock ms, as ReadTable dates): posts per week, median and longest gap,
 * coefficient of variation of gaps, share of calendar weeks without a post, and bursts (days with 3+ posts).
 */
import { mean, median, standardDeviation } from "simple-statistics";
import type { MaybeNumber } from "./ratio";

const DAY_MS = 86_400_000;
/** A day with at least this many posts is a burst (METHODOLOGY: "3+ posts in one day"). */
export const BURST_POSTS_PER_DAY = 3;

export interface CadenceStats {
  posts: number;
  /** Calendar weeks (Monday to Sunday) from the first post's week to the last post's week, inclusive. */
  weeks: number;
  /** posts / weeks. Denominator: calendar weeks spanned. */
  postsPerWeek: number;
  /** Median gap between consecutive posts, in days; null with fewer than 2 posts. */
  medianGapDays: number | null;
  longestGapDays: number | null;
  /** Standard deviation / mean of the gaps (population); null with fewer than 2 gaps or a zero mean. */
  gapCv: number | null;
  /** Weeks with no post / weeks. Denominator: calendar weeks spanned. */
  emptyWeekShare: number;
  /** Days with 3+ posts, as "YYYY-MM-DD" with their post count, in date order. */
  burstDays: { day: string; posts: number }[];
}

function isoDay(dayIndex: number): string {
  return new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
}

/** Cadence of a list of post dates; missing and non-finite dates are skipped. Null when no date is usable. */
export function cadenceStats(dates: readonly MaybeNumber[]): CadenceStats | null {
  const times = dates.filter((d): d is number => typeof d === "number" && Number.isFinite(d)).sort((a, b) => a - b);
  if (times.length === 0) return null;
  const days = times.map((t) => Math.floor(t / DAY_MS));
  // Day 0 (1970-01-01) was a Thursday: shifting by 3 makes weeks start on Monday.
  const weekOf = (day: number) => Math.floor((day + 3) / 7);
  const firstWeek = weekOf(days[0] as number);
  const weeks = weekOf(days[days.length - 1] as number) - firstWeek + 1;
  const postedWeeks = new Set(days.map(weekOf)).size;

  const gaps: number[] = [];
  for (let i = 1; i < times.length; i++) gaps.push(((times[i] as number) - (times[i - 1] as number)) / DAY_MS);
  const gapMean = gaps.length >= 2 ? mean(gaps) : 0;

  const perDay = new Map<number, number>();
  for (const d of days) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  const burstDays = [...perDay]
    .filter(([, n]) => n >= BURST_POSTS_PER_DAY)
    .sort((a, b) => a[0] - b[0])
    .map(([day, posts]) => ({ day: isoDay(day), posts }));

  return {
    posts: times.length,
    weeks,
    postsPerWeek: times.length / weeks,
    medianGapDays: gaps.length ? median(gaps) : null,
    longestGapDays: gaps.length ? Math.max(...gaps) : null,
    gapCv: gaps.length >= 2 && gapMean > 0 ? standardDeviation(gaps) / gapMean : null,
    emptyWeekShare: (weeks - postedWeeks) / weeks,
    burstDays,
  };
}
