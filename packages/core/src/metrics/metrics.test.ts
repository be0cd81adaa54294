import { describe, expect, it } from "vitest";
import {
  amplification,
  applause,
  breakEvenMargin,
  cadenceStats,
  conversation,
  conversionRate,
  cpa,
  cpc,
  cpm,
  ctr,
  drr,
  engagementRateByFollowers,
  engagementRateByImpressions,
  engagementRateByReach,
  engagementRateByViews,
  interactions,
  replyRate,
  responseTimeStats,
  roas,
  romi,
  safeRatio,
  telegramReadRate,
} from "./index";

describe("safeRatio", () => {
  it("returns null, never NaN or Infinity, for missing or non-positive denominators", () => {
    expect(safeRatio(1, 4)).toBe(0.25);
    expect(safeRatio(1, 4, 100)).toBe(25);
    for (const den of [0, -5, null, undefined, Number.NaN, Number.POSITIVE_INFINITY])
      expect(safeRatio(1, den)).toBeNull();
    for (const num of [null, undefined, Number.NaN]) expect(safeRatio(num, 4)).toBeNull();
    expect(safeRatio(0, 4)).toBe(0);
  });
});

describe("engagement", () => {
  it("interactions sums the parts present", () => {
    expect(interactions({ likes: 10, comments: 2, shares: 3, saves: 5 })).toBe(20);
    expect(interactions({ likes: 10, comments: null, shares: 3 })).toBe(13);
    expect(interactions({})).toBeNull();
  });

  it("ER by followers, reach, views and impressions", () => {
    // (40 + 6 + 4) / 2000 = 0.025
    expect(engagementRateByFollowers({ likes: 40, comments: 6, shares: 4 }, 2000)).toBe(0.025);
    // with saves: (40 + 6 + 4 + 10) / 2000 = 0.03
    expect(engagementRateByFollowers({ likes: 40, comments: 6, shares: 4, saves: 10 }, 2000)).toBe(0.03);
    // 50 / 800 = 0.0625
    expect(engagementRateByReach(50, 800)).toBe(0.0625);
    expect(engagementRateByViews(50, 2500)).toBe(0.02);
    // X: engagements 3 / impressions 5361 = 5.595970900951316E-4 (the export's own "engagement rate")
    expect(engagementRateByImpressions(3, 5361)).toBe(5.595970900951316e-4);
    expect(engagementRateByReach(50, 0)).toBeNull();
    expect(engagementRateByFollowers({}, 100)).toBeNull();
  });

  it("amplification, applause and conversation are per reach", () => {
    expect(amplification(12, 1200)).toBe(0.01);
    expect(applause(60, 1200)).toBe(0.05);
    expect(conversation(3, 1200)).toBe(0.0025);
    expect(amplification(12, null)).toBeNull();
  });

  it("Telegram read rate is average views / subscribers, not engagement", () => {
    expect(telegramReadRate(4500, 10_000)).toBe(0.45);
    // mean(4000, 5000, missing) = 4500
    expect(telegramReadRate([4000, 5000, null], 10_000)).toBe(0.45);
    expect(telegramReadRate([], 10_000)).toBeNull();
    expect(telegramReadRate(4500, 0)).toBeNull();
  });
});

describe("ads and money", () => {
  it("CTR, CPM, CPC, CPA, CR", () => {
    expect(ctr(90, 10_000)).toBe(0.009);
    expect(cpm(250, 50_000)).toBe(5);
    expect(cpc(172, 100)).toBe(1.72);
    expect(cpa(1868, 100)).toBe(18.68);
    expect(conversionRate(25, 500)).toBe(0.05);
    expect(ctr(90, 0)).toBeNull();
    expect(cpa(100, 0)).toBeNull();
  });

  it("ROAS, ROMI, ДРР and break-even margin", () => {
    expect(roas(5000, 2000)).toBe(2.5);
    // (5000 × 0.3 − 2000) / 2000 = −0.25
    expect(romi(5000, 2000, 0.3)).toBe(-0.25);
    // (10000 × 0.5 − 2000) / 2000 = 1.5
    expect(romi(10_000, 2000, 0.5)).toBe(1.5);
    expect(romi(10_000, 2000, null)).toBeNull();
    expect(romi(10_000, 2000, 1.5)).toBeNull();
    expect(romi(10_000, 0, 0.5)).toBeNull();
    expect(drr(2000, 10_000)).toBe(0.2);
    expect(drr(2000, 0)).toBeNull();
    // ROMI is 0 at margin = spend / revenue
    expect(breakEvenMargin(2000, 5000)).toBe(0.4);
    expect(romi(5000, 2000, 0.4)).toBeCloseTo(0, 12);
  });
});

describe("community", () => {
  it("reply rate with a Wilson interval", () => {
    const r = replyRate(8, 10);
    expect(r?.rate).toBe(0.8);
    // Wilson 95 %: centre (0.8 + 1.9208/10) / 1.38416 = 0.71672, half-width 0.22378
    expect(r?.low).toBeCloseTo(0.4902, 4);
    expect(r?.high).toBeCloseTo(0.9433, 4);
    expect(replyRate(0, 0)).toBeNull();
    expect(replyRate(11, 10)).toBeNull();
    expect(replyRate(null, 10)).toBeNull();
  });

  it("response time median and 90th percentile in hours", () => {
    // hours: 0.5, 1, 2, 3, 10 → median 2; p90 index (5−1)×0.9 = 3.6 → 3 + 0.6 × (10 − 3) = 7.2
    const stats = responseTimeStats([30, 60, 120, 180, 600, null, -5]);
    expect(stats).toMatchObject({ count: 5, medianHours: 2 });
    expect(stats?.p90Hours).toBeCloseTo(7.2, 12);
    expect(responseTimeStats([null, Number.NaN])).toBeNull();
  });
});

describe("cadence", () => {
  const day = (d: number, h = 12) => Date.UTC(2026, 10, d, h); // November 2026; Nov 2 is a Monday
  const dayNumber = (d: number) => Date.UTC(2026, 10, d) / 86_400_000;

  it("posts per week, gaps, empty weeks and bursts", () => {
    // Mon 2, Wed 4, then nothing in the week of 9–15, Mon 16 three posts (9:00, 12:00, 18:00), Fri 27.
    const s = cadenceStats([day(2), day(4), day(16, 9), day(16), day(16, 18), day(27), null]);
    expect(s).not.toBeNull();
    if (!s) return;
    expect(s.posts).toBe(6);
    expect(s.postingDays).toBe(4);
    // Nov 2 to Nov 27 inclusive: 26 days; 7-day blocks from Nov 2: 2–8, 9–15, 16–22, 23–29 → 4, one without posts
    expect(s.spanDays).toBe(26);
    expect(s.weeks).toBe(4);
    expect(s.emptyWeeks).toBe(1);
    expect(s.emptyWeekShare).toBe(0.25);
    expect(s.postsPerWeek).toBeCloseTo(6 / (26 / 7), 12);
    // gaps between posts in days: 2, 11.875, 0.125, 0.25, 10.75 → median 2, longest 11.875 (Nov 4 → Nov 16 9:00)
    expect(s.medianGapDays).toBe(2);
    expect(s.longestGap).toEqual({ days: 11.875, before: 1, after: 2 });
    // gaps between posting days 2, 4, 16, 27: 2, 12, 11 → mean 25/3; population sd = sqrt(182/9) = 4.4969;
    // CV = 0.539630
    const gaps = [2, 12, 11];
    const m = gaps.reduce((a, b) => a + b) / 3;
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - m) ** 2, 0) / 3);
    expect(s.dayGapCv).toBeCloseTo(sd / m, 12);
    expect(s.dayGapCv).toBeCloseTo(0.53963, 5);
    // The usual day has 1 post, so 3 posts on Nov 16 (positions 2–4) are a burst.
    expect(s.bursts).toEqual([{ day: dayNumber(16), indices: [2, 3, 4] }]);
    expect(s.widestDayGaps.map((g) => g.days)).toEqual([12, 11, 2]);
    expect(s.silentStretches).toEqual([{ weeks: 1, before: 1, after: 2 }]);
  });

  it("does not call several posts every day irregular or bursty", () => {
    // Five posts a day for three weeks, as an X account posts: gaps between posting days are all 1 day.
    const dates = Array.from({ length: 21 * 5 }, (_, k) => day(2 + Math.floor(k / 5), 8 + (k % 5) * 3));
    const s = cadenceStats(dates);
    expect(s?.dayGapCv).toBe(0);
    expect(s?.bursts).toEqual([]);
    expect(s?.postsPerWeek).toBe(35);
    // A day with 15 posts (3× the usual 5) is a burst.
    const burst = Array.from({ length: 10 }, (_, k) => day(9, 6 + k));
    expect(cadenceStats([...dates, ...burst])?.bursts.map((b) => b.indices.length)).toEqual([15]);
  });

  it("takes dates in any order and keeps their positions as indices", () => {
    const s = cadenceStats([day(20), null, day(2), day(5)]);
    expect(s?.longestGap).toEqual({ days: 15, before: 3, after: 0 });
  });

  it("handles one post and no dates", () => {
    expect(cadenceStats([day(3)])).toEqual({
      posts: 1,
      spanDays: 1,
      weeks: 1,
      emptyWeeks: 0,
      emptyWeekShare: 0,
      postsPerWeek: 7,
      medianGapDays: null,
      longestGap: null,
      dayGapCv: null,
      postingDays: 1,
      bursts: [],
      widestDayGaps: [],
      silentStretches: [],
    });
    expect(cadenceStats([])).toBeNull();
    expect(cadenceStats([null, Number.NaN])).toBeNull();
  });
});
