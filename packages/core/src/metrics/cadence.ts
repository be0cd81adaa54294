/**
 * Posting cadence from post dates (wall-clock ms, as ReadTable dates): the one definition used by the cadence
 * factor, SMM_CADENCE and the public metric. Posts per week, gaps between posts, gap variation between posting
 * days, 7-day blocks with no post and bursts relative to the account's usual day, keeping the row indices the
 * factor cites as evidence.
 */
import { mean, median, standardDeviation } from "simple-statistics";
import type { MaybeNumber } from "./ratio";

export const DAY_MS = 86_400_000;

/** A day with at least this many posts can be a burst (METHODOLOGY: "3+ posts in one day")… */
export const BURST_MIN_POSTS = 3;
/**
 * …when it also has at least this many times the account's median posts per posting day: five tweets a day is
 * an X account's normal rhythm, not a burst, while three posts on one day of a weekly page is.
 */
export const BURST_RELATIVE = 3;

export interface DatedRow {
  /** Wall-clock milliseconds (DateColumn encoding). */
  t: number;
  /** 0-based data-row index (or position in the list of dates). */
  i: number;
}

export interface CadenceStats {
  posts: number;
  /** Calendar days from the first post's day to the last post's day, inclusive. */
  spanDays: number;
  /** 7-day blocks counted from the first post's day up to the last post's day. */
  weeks: number;
  emptyWeeks: number;
  /** Blocks with no post / blocks. Denominator: 7-day blocks spanned. */
  emptyWeekShare: number;
  /** posts / (spanDays / 7). Denominator: days spanned, in weeks. */
  postsPerWeek: number;
  /** Median gap between consecutive posts in days (exact times); null with one post. */
  medianGapDays: number | null;
  /** Widest gap between consecutive posts (exact times), with the posts on either side; null with one post. */
  longestGap: { days: number; before: number; after: number } | null;
  /**
   * Coefficient of variation (population SD / mean) of the whole days between consecutive posting days, so that
   * several posts a day (normal on X) do not count as irregularity; null under 3 posting days.
   */
  dayGapCv: number | null;
  postingDays: number;
  /**
   * Days with at least BURST_MIN_POSTS posts and BURST_RELATIVE × the median posts per posting day, largest first;
   * `day` is the day number (days since 1970-01-01, see isoDay).
   */
  bursts: { day: number; indices: number[] }[];
  /** Gaps between consecutive posting days, widest first (at most 10), with the posts on either side. */
  widestDayGaps: { days: number; before: number; after: number }[];
  /** Runs of 7-day blocks with no post, longest first, with the posts on either side. */
  silentStretches: { weeks: number; before: number; after: number }[];
}

/** Day number (days since 1970-01-01) of a wall-clock timestamp. */
export function dayOf(t: number): number {
  return Math.floor(t / DAY_MS);
}

/** "2026-11-26" for a day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Cadence of dated rows (any order; sorted here, O(n log n), no spread of big arrays). Needs at least one row. */
export function cadenceOf(rows: readonly DatedRow[]): CadenceStats {
  const sorted = [...rows].sort((a, b) => a.t - b.t || a.i - b.i);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) throw new Error("cadenceOf: needs at least one dated row");
  const firstDay = dayOf(first.t);
  const lastDay = dayOf(last.t);
  const spanDays = lastDay - firstDay + 1;

  const gaps: number[] = [];
  let longestGap: CadenceStats["longestGap"] = null;
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1] as DatedRow;
    const b = sorted[k] as DatedRow;
    const days = (b.t - a.t) / DAY_MS;
    gaps.push(days);
    if (!longestGap || days > longestGap.days) longestGap = { days, before: a.i, after: b.i };
  }

  // Posting days in date order (the rows are sorted, and a Map keeps insertion order).
  const byDay = new Map<number, number[]>();
  for (const r of sorted) {
    const day = dayOf(r.t);
    const list = byDay.get(day);
    if (list) list.push(r.i);
    else byDay.set(day, [r.i]);
  }
  const days = [...byDay.keys()];
  const dayLists = [...byDay.values()];
  const dayGaps = days.slice(1).map((d, k) => d - (days[k] as number));
  const gapMean = dayGaps.length >= 2 ? mean(dayGaps) : 0;
  const dayGapCv = dayGaps.length >= 2 && gapMean > 0 ? standardDeviation(dayGaps) / gapMean : null;

  const borders = dayGaps.map((gap, k) => {
    const beforeList = dayLists[k] as number[];
    return {
      days: gap,
      before: beforeList[beforeList.length - 1] as number,
      after: (dayLists[k + 1] as number[])[0] as number,
    };
  });
  const weekOf = (day: number) => Math.floor((day - firstDay) / 7);
  const silentStretches = borders
    .map((b, k) => ({
      weeks: weekOf(days[k + 1] as number) - weekOf(days[k] as number) - 1,
      before: b.before,
      after: b.after,
    }))
    .filter((s) => s.weeks > 0)
    .sort((a, b) => b.weeks - a.weeks || a.before - b.before);
  const widestDayGaps = [...borders].sort((a, b) => b.days - a.days || a.before - b.before).slice(0, 10);

  const weeks = weekOf(lastDay) + 1;
  const emptyWeeks = weeks - new Set(days.map(weekOf)).size;

  const typicalDay = median(dayLists.map((list) => list.length));
  const burstMin = Math.max(BURST_MIN_POSTS, BURST_RELATIVE * typicalDay);
  const bursts = [...byDay.entries()]
    .filter(([, list]) => list.length >= burstMin)
    .map(([day, indices]) => ({ day, indices }))
    .sort((a, b) => b.indices.length - a.indices.length || a.day - b.day);

  return {
    posts: sorted.length,
    spanDays,
    weeks,
    emptyWeeks,
    emptyWeekShare: emptyWeeks / weeks,
    postsPerWeek: sorted.length / (spanDays / 7),
    medianGapDays: gaps.length ? median(gaps) : null,
    longestGap,
    dayGapCv,
    postingDays: days.length,
    bursts,
    widestDayGaps,
    silentStretches,
  };
}

/**
 * Cadence of a list of post dates; missing and non-finite dates are skipped, and row indices in the result are
 * positions in `dates`. Null when no date is usable.
 */
export function cadenceStats(dates: readonly MaybeNumber[]): CadenceStats | null {
  const rows: DatedRow[] = [];
  dates.forEach((t, i) => {
    if (typeof t === "number" && Number.isFinite(t)) rows.push({ t, i });
  });
  return rows.length ? cadenceOf(rows) : null;
}
