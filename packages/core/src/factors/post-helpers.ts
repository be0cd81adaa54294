/**
 * What the post-level factors (audience, needs, content) share (post rows come from post-rows.ts): interactions per
 * post (likes + comments + shares + saves, or the export's engagements total), the denominator of a per-post
 * engagement rate, chronological order, and a test for a change in a count rate between two periods.
 */
import { normalisePlatform } from "../audit/platform";
import type { Platform } from "../audit/types";
import { formatNumber, formatPercent } from "../i18n/format";
import type { Lang, Localized } from "../i18n/localized";
import { NOUNS, plural } from "../i18n/plural";
import { twoSidedP } from "../stats/proportions";
import { type Trend, theilSen } from "../stats/trend";
import type { ReadTable } from "../table/types";

/** The parts of an interaction count, in the order METHODOLOGY defines it. */
export const INTERACTION_PARTS = ["likes", "comments", "shares", "saves"] as const;
const PART_RU: Record<(typeof INTERACTION_PARTS)[number], string> = {
  likes: "лайки",
  comments: "комментарии",
  shares: "репосты",
  saves: "сохранения",
};

export interface Interactions {
  /** Interactions per data row of the table (null where the row has none of the columns filled). */
  values: (number | null)[];
  source: "parts" | "total";
  /** How interactions were counted, for signal notes. */
  note: Localized;
}

/**
 * Interactions per row. The parts are preferred over an exported total because totals differ by platform
 * (X "engagements" also counts link, profile and hashtag clicks, which would make engagement correlate with
 * clicks by construction); the total is used as-is only when likes, comments and shares are all missing.
 */
export function interactionsOf(table: ReadTable): Interactions | null {
  const parts = INTERACTION_PARTS.filter((f) => table.columns[f] !== undefined);
  const hasCore = parts.some((f) => f !== "saves");
  if (hasCore) {
    const columns = parts.map((f) => table.columns[f]?.values ?? []);
    const values = table.rowNumbers.map((_, i) => {
      let sum: number | null = null;
      for (const col of columns) {
        const v = col[i];
        if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
      }
      return sum;
    });
    return {
      values,
      source: "parts",
      note: {
        en: `Interactions = ${parts.join(" + ")} (the columns present).`,
        ru: `Взаимодействия = ${parts.map((f) => PART_RU[f]).join(" + ")} (имеющиеся столбцы).`,
      },
    };
  }
  const total = table.columns.engagements?.values;
  if (!total) return null;
  return {
    values: total.slice(),
    source: "total",
    note: {
      en: "Interactions = the export's engagements total, used as-is (no likes/comments/shares columns).",
      ru: "Взаимодействия = итог «вовлечённость» из выгрузки как есть (нет столбцов лайков, комментариев, репостов).",
    },
  };
}

export type RateBase = "reach" | "impressions" | "views" | "followers";

/** Names of per-post engagement rates by denominator (METHODOLOGY: state the denominator every time). */
export const RATE_LABEL: Record<RateBase, Localized> = {
  reach: { en: "ERR (interactions / reach)", ru: "ERR (взаимодействия / охват)" },
  impressions: { en: "ER by impressions (interactions / impressions)", ru: "ER по показам (взаимодействия / показы)" },
  views: { en: "ER by views (interactions / views)", ru: "ER по просмотрам (взаимодействия / просмотры)" },
  followers: {
    en: "ER by followers (interactions / followers)",
    ru: "ER по подписчикам (взаимодействия / подписчики)",
  },
};

/**
 * The denominator for comparing posts within one account: reach (people who saw the post) first, then
 * impressions, views, and followers last (a follower count barely varies between posts, so it says least).
 */
export function rateBaseOf(
  table: ReadTable,
  order: readonly RateBase[] = ["reach", "impressions", "views", "followers"],
): RateBase | null {
  return order.find((f) => table.columns[f] !== undefined) ?? null;
}

export interface PostPoint {
  /** 0-based data-row index. */
  index: number;
  /** Wall-clock time in ms, null when undated. */
  time: number | null;
  interactions: number;
  /** Denominator value (> 0), or null when rates are not by a denominator. */
  base: number | null;
  /** interactions / base, or the raw interactions when there is no denominator. */
  rate: number;
}

/**
 * Per-post engagement points for rows with interactions and, when a base is given, a positive denominator.
 * Sorted chronologically when dated (undated rows keep their sheet order after dated ones).
 */
export function postPoints(
  table: ReadTable,
  indices: readonly number[],
  interactions: Interactions,
  base: RateBase | null,
): PostPoint[] {
  const baseValues = base ? table.columns[base]?.values : undefined;
  const dates = table.columns.date?.values;
  const points: PostPoint[] = [];
  for (const index of indices) {
    const inter = interactions.values[index];
    if (inter === null || inter === undefined) continue;
    let b: number | null = null;
    if (baseValues) {
      const v = baseValues[index];
      if (v === null || v === undefined || !(v > 0)) continue;
      b = v;
    }
    points.push({
      index,
      time: dates?.[index] ?? null,
      interactions: inter,
      base: b,
      rate: b === null ? inter : inter / b,
    });
  }
  return chronological(points);
}

/** Stable chronological order; undated items after dated ones, in sheet order. */
export function chronological<T extends { time: number | null; index: number }>(items: T[]): T[] {
  return items.sort((a, b) => {
    if (a.time === null || b.time === null) return a.time === null ? (b.time === null ? a.index - b.index : 1) : -1;
    return a.time - b.time || a.index - b.index;
  });
}

export const DAY_MS = 86_400_000;

/**
 * Change of a count rate between two periods (negatives per reach, shares per reach): the rate ratio
 * (x2/e2)/(x1/e1) with 0.5 added to zero counts (so "0 → 3" is finite), and the two-sided p-value of the
 * log rate ratio under a Poisson model (SE = √(1/x1 + 1/x2)).
 */
export function rateRatio(x1: number, e1: number, x2: number, e2: number): { ratio: number; p: number } | null {
  if (!(e1 > 0) || !(e2 > 0)) return null;
  if (x1 === 0 && x2 === 0) return { ratio: 1, p: 1 };
  const a = x1 === 0 ? 0.5 : x1;
  const b = x2 === 0 ? 0.5 : x2;
  const ratio = b / e2 / (a / e1);
  const z = Math.log(ratio) / Math.sqrt(1 / a + 1 / b);
  return { ratio, p: twoSidedP(z) };
}

/** Splits chronologically ordered items into an earlier and a later half of equal size (the middle one goes to the later half). */
export function halves<T>(ordered: readonly T[]): [T[], T[]] {
  const mid = Math.floor(ordered.length / 2);
  return [ordered.slice(0, mid), ordered.slice(mid)];
}

/** A signed percent change for messages: "+12%", "−40%". */
export function signedPercent(fraction: number, lang: Lang): string {
  return (fraction > 0 ? "+" : "") + formatPercent(fraction, lang);
}

/** A p-value for messages: "= 0.046", "< 0.001". */
export function pText(p: number, lang: Lang): string {
  return p < 0.001 ? (lang === "ru" ? "< 0,001" : "< 0.001") : `= ${formatNumber(p, lang, 3)}`;
}

/**
 * Largest series handed to theilSen. stats/trend.ts subsamples the slopes it keeps but still visits all n²/2 pairs
 * (100k posts ≈ 30 s), so long series are thinned first: every k-th point in time order, which keeps the time
 * spread, estimates the same slope, and leaves the Mann–Kendall test on 2 000 points ample power.
 */
export const MAX_TREND_POINTS = 2000;

/** Theil–Sen line with Mann–Kendall p over (xs ascending, ys), thinned evenly to MAX_TREND_POINTS. */
export function robustTrend(xs: readonly number[], ys: readonly number[]): Trend | null {
  const n = Math.min(xs.length, ys.length);
  if (n <= MAX_TREND_POINTS) return theilSen(xs, ys);
  const step = n / MAX_TREND_POINTS;
  const tx: number[] = [];
  const ty: number[] = [];
  for (let k = 0; k < MAX_TREND_POINTS; k++) {
    const i = Math.min(n - 1, Math.floor(k * step));
    tx.push(xs[i] as number);
    ty.push(ys[i] as number);
  }
  // Keep the true last point so the line spans the whole period.
  tx[MAX_TREND_POINTS - 1] = xs[n - 1] as number;
  ty[MAX_TREND_POINTS - 1] = ys[n - 1] as number;
  const trend = theilSen(tx, ty);
  return trend ? { ...trend, n } : null;
}

/**
 * Rows that may be compared with a benchmark for `platform`: a mixed export's Facebook rows must not be judged
 * against the Instagram median. Rows whose platform cell names another platform are left out; blank or
 * unrecognised cells stay (the audit's platform was resolved from them or from the options).
 */
export function onPlatform(
  table: ReadTable,
  indices: readonly number[],
  platform: Platform,
): { indices: number[]; excluded: number } {
  const labels = table.columns.platform?.values;
  if (!labels) return { indices: indices.slice(), excluded: 0 };
  const kept = indices.filter((i) => {
    const p = normalisePlatform(labels[i]);
    return p === null || p === platform;
  });
  return { indices: kept, excluded: indices.length - kept.length };
}

/** Note for a benchmark comparison that left out other platforms' rows. */
export function otherPlatformsNote(excluded: number, platform: Platform): Localized | null {
  if (excluded === 0) return null;
  return {
    en: ` ${excluded} ${plural(excluded, "en", NOUNS.rows)} of other platforms left out of the ${platform} comparison.`,
    ru: ` Строк других платформ, не участвующих в сравнении с нормой ${platform}: ${excluded}.`,
  };
}

/**
 * The first `k` items of a stable ascending sort by `key`, i.e. `items.slice().sort((a, b) => key(a) − key(b))
 * .slice(0, k)` without sorting everything: the worst offenders of 100k posts cost one pass. A NaN key makes that
 * comparator inconsistent, so then it sorts exactly that way.
 */
export function smallestBy<T>(items: readonly T[], key: (item: T) => number, k: number): T[] {
  const top: T[] = [];
  const keys: number[] = [];
  for (const item of items) {
    const v = key(item);
    if (Number.isNaN(v))
      return items
        .slice()
        .sort((a, b) => key(a) - key(b))
        .slice(0, k);
    if (top.length === k && !(v < (keys[k - 1] as number))) continue;
    // After every kept item with a key ≤ v (stable: an equal key stays behind the earlier item).
    let at = top.length;
    while (at > 0 && v < (keys[at - 1] as number)) at--;
    top.splice(at, 0, item);
    keys.splice(at, 0, v);
    if (top.length > k) {
      top.pop();
      keys.pop();
    }
  }
  return top;
}
