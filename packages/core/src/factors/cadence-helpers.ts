/**
 * Posting-time helpers for the cadence factor: weekday and hour of a timestamp, and which weekday×hour slots
 * this account's own audience answers least. (The cadence itself — gaps, weeks, bursts — is metrics/cadence.ts.)
 */
import { median } from "simple-statistics";
import { DAY_MS, type DatedRow, dayOf } from "../metrics/cadence";

/** 0 = Sunday … 6 = Saturday, from wall-clock milliseconds (1970-01-01 was a Thursday); no Date objects. */
export function weekdayOf(t: number): number {
  return (((dayOf(t) + 4) % 7) + 7) % 7;
}

/** Hour of the day 0–23 from wall-clock milliseconds. */
export function hourOf(t: number): number {
  return Math.floor((((t % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
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
