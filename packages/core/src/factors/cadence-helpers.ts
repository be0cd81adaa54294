/**
 * Posting rhythm from post timestamps: posts per week, gaps, gap variation between posting days, weeks with no
 * post and bursts. (H1's `cadenceStats` in metrics/ covers the scalar catalogue function; this version also
 * keeps the row indices the cadence factor cites as evidence.)
 */
import { mean, median, standardDeviation } from "simple-statistics";

export const DAY_MS = 86_400_000;

/** A day with at least this many posts can be a burst… */
export const BURST_MIN_POSTS = 3;
/**
 * …when it also has at least this many times the account's median posts per posting day: five tweets a day is
 * an X account's normal rhythm, not a burst, while three posts on one day of a weekly page is.
 */
export const BURST_RELATIVE = 3;

export interface DatedRow {
  /** Wall-clock milliseconds (DateColumn encoding). */
  t: number;
  /** 0-based data-row index. */
  i: number;
}

export interface Cadence {
  posts: number;
  /** Calendar days from the first post's day to the last post's day, inclusive. */
  spanDays: number;
  /** 7-day blocks from the first post's day to the last post's day. */
  weeks: number;
  emptyWeeks: number;
  emptyWeekShare: number;
  postsPerWeek: number;
  /** Gaps between consecutive posts in days (exact times), null with one post. */
  medianGapDays: number | null;
  longestGap: { days: number; before: number; after: number } | null;
  /** Coefficient of variation (population SD / mean) of gaps between consecutive posting days; null under 3 such days. */
  dayGapCv: number | null;
  postingDays: number;
  bursts: { day: number; indices: number[] }[];
  /** Gaps between consecutive posting days, widest first (at most 10), with the posts on either side. */
  widestDayGaps: { days: number; before: number; after: number }[];
  /** Runs of 7-day blocks with no post, longest first, with the posts on either side. */
  silentStretches: { weeks: number; before: number; after: number }[];
}

/** Cadence of dated rows (any order; sorted here, O(n log n)). Needs at least one row. */
export function cadenceOf(rows: readonly DatedRow[]): Cadence {
  const sorted = [...rows].sort((a, b) => a.t - b.t || a.i - b.i);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) throw new Error("cadenceOf: needs at least one dated row");
  const firstDay = Math.floor(first.t / DAY_MS);
  const lastDay = Math.floor(last.t / DAY_MS);
  const spanDays = lastDay - firstDay + 1;

  const gaps: number[] = [];
  let longestGap: Cadence["longestGap"] = null;
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1] as DatedRow;
    const b = sorted[k] as DatedRow;
    const days = (b.t - a.t) / DAY_MS;
    gaps.push(days);
    if (!longestGap || days > longestGap.days) longestGap = { days, before: a.i, after: b.i };
  }

  const byDay = new Map<number, number[]>();
  for (const r of sorted) {
    const day = Math.floor(r.t / DAY_MS);
    const list = byDay.get(day);
    if (list) list.push(r.i);
    else byDay.set(day, [r.i]);
  }
  const days = [...byDay.keys()];
  const dayGaps = days.slice(1).map((d, k) => d - (days[k] as number));
  const gapMean = dayGaps.length >= 2 ? mean(dayGaps) : 0;
  const dayGapCv = dayGaps.length >= 2 && gapMean > 0 ? standardDeviation(dayGaps) / gapMean : null;

  const dayLists = [...byDay.values()];
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

  const weeks = Math.floor((lastDay - firstDay) / 7) + 1;
  const filledWeeks = new Set(days.map(weekOf));
  const emptyWeeks = weeks - filledWeeks.size;

  const perDay = [...byDay.values()].map((list) => list.length);
  const typicalDay = median(perDay);
  const burstMin = Math.max(BURST_MIN_POSTS, BURST_RELATIVE * typicalDay);
  const bursts = [...byDay.entries()]
    .filter(([, list]) => list.length >= burstMin)
    .map(([day, indices]) => ({ day, indices }))
    .sort((a, b) => b.indices.length - a.indices.length);

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

/** Day number (days since 1970-01-01) of a wall-clock timestamp. */
export function dayOf(t: number): number {
  return Math.floor(t / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, from wall-clock milliseconds (1970-01-01 was a Thursday); no Date objects. */
export function weekdayOf(t: number): number {
  return (((dayOf(t) + 4) % 7) + 7) % 7;
}

/** Hour of the day 0–23 from wall-clock milliseconds. */
export function hourOf(t: number): number {
  return Math.floor((((t % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
}

/** "2026-11-26" for a day number (days since 1970-01-01). */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A time slot counts only with at least this many posts: a median of one or two posts is an anecdote. */
export const MIN_SLOT_POSTS = 3;
/** Slot widths tried, finest first: the finest whose well-filled slots hold most posts is used. */
const SLOT_WIDTHS_HOURS = [1, 3, 6, 24] as const;
/** Share of posts that must fall in well-filled slots for a slot width to be used. */
const MIN_SLOT_COVERAGE = 0.6;
/**
 * A bottom-third slot is weak only when its median is also at least 20 % below the typical slot's median:
 * ranking near-equal slots would otherwise call a third of them "weak" by construction.
 */
export const WEAK_SLOT_RATIO = 0.8;

export interface Slot {
  weekday: number;
  /** First hour of the slot and its width (24 = whole day). */
  hour: number;
  width: number;
  indices: number[];
  median: number;
}

export interface SlotAnalysis {
  /** Slots with at least MIN_SLOT_POSTS posts, best median first. */
  slots: Slot[];
  weak: Slot[];
  /** Posts in weak slots / posts in the ranked slots. */
  weakShare: number;
  /** Posts in the ranked slots. */
  posts: number;
  width: number;
}

/**
 * Which weekday×hour slots this account's own audience answers least, and how many posts go there.
 * Dates without a time of day (all at 00:00) are compared by weekday only. Null when no slot width gives at
 * least three well-filled slots.
 */
export function slotAnalysis(rows: readonly DatedRow[], values: readonly (number | null)[]): SlotAnalysis | null {
  const valued = rows.filter((r) => {
    const v = values[r.i];
    return v !== null && v !== undefined && Number.isFinite(v);
  });
  if (valued.length === 0) return null;
  const dateOnly = valued.every((r) => r.t % DAY_MS === 0);
  const widths = dateOnly ? [24] : SLOT_WIDTHS_HOURS;
  for (const width of widths) {
    const groups = new Map<number, DatedRow[]>();
    for (const r of valued) {
      const key = weekdayOf(r.t) * 24 + Math.floor(hourOf(r.t) / width) * width;
      const list = groups.get(key);
      if (list) list.push(r);
      else groups.set(key, [r]);
    }
    const filled = [...groups.entries()].filter(([, list]) => list.length >= MIN_SLOT_POSTS);
    const covered = filled.reduce((acc, [, list]) => acc + list.length, 0);
    if (filled.length < 3 || covered < MIN_SLOT_COVERAGE * valued.length) continue;
    const slots: Slot[] = filled
      .map(([key, list]) => ({
        weekday: Math.floor(key / 24),
        hour: key % 24,
        width,
        indices: list.map((r) => r.i),
        median: median(list.map((r) => values[r.i] as number)),
      }))
      .sort((a, b) => b.median - a.median || a.weekday - b.weekday || a.hour - b.hour);
    const typical = median(slots.map((s) => s.median));
    const bottomCount = Math.max(1, Math.floor(slots.length / 3));
    const weak = slots.slice(slots.length - bottomCount).filter((s) => s.median <= WEAK_SLOT_RATIO * typical);
    const weakPosts = weak.reduce((acc, s) => acc + s.indices.length, 0);
    return { slots, weak, weakShare: weakPosts / covered, posts: covered, width };
  }
  return null;
}

const WEEKDAYS = {
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  ru: ["вс", "пн", "вт", "ср", "чт", "пт", "сб"],
} as const;

/** "Tue 18:00–21:00" / "вт 18:00–21:00"; whole-day slots are just the weekday. */
export function slotLabel(slot: Pick<Slot, "weekday" | "hour" | "width">, lang: "en" | "ru"): string {
  const day = WEEKDAYS[lang][slot.weekday] ?? "?";
  if (slot.width >= 24) return day;
  const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;
  return `${day} ${hh(slot.hour)}–${hh(slot.hour + slot.width)}`;
}
