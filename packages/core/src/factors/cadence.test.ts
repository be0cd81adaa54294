import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { cadenceOf } from "../metrics/cadence";
import { generateScenario } from "../scenarios/index";
import { readTable } from "../table/index";
import type { Cell } from "../table/types";
import { makeContext } from "../testing/context";
import { makeTable } from "../testing/table";
import { cadenceFactor } from "./cadence";
import { slotAnalysis } from "./cadence-helpers";

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5); // a Monday

/** ISO timestamps for posts on the given day offsets from START, at the given hour (UTC wall clock). */
function at(days: readonly number[], hour = 18): string[] {
  return days.map((d) => new Date(START + d * DAY + hour * 3_600_000).toISOString().slice(0, 16));
}

function postTable(days: readonly number[], likes?: readonly number[]) {
  return makeTable({ date: at(days), ...(likes ? { likes: [...likes] } : {}) });
}

const every2 = Array.from({ length: 35 }, (_, k) => k * 2); // 35 posts over 10 weeks: 3.5 a week
const signal = (r: ReturnType<typeof cadenceFactor.evaluate>, id: string) => r.signals.find((s) => s.id === id);

describe("cadence factor", () => {
  it("rates a steady schedule ok on every signal", () => {
    const r = cadenceFactor.evaluate({ tables: [postTable(every2)] }, makeContext({ platform: "instagram" }));
    expect(r.assessed).toBe(true);
    expect(r.level).toBe("ok");
    expect(signal(r, "longest_gap_days")?.value).toBe(2);
    expect(signal(r, "gap_variation")?.value).toBe(0);
    expect(signal(r, "empty_week_share")?.value).toBe(0);
    // 35 posts over 69 days inclusive = 3.55 a week; Instagram's typical brand posts 4.5.
    expect(signal(r, "posts_per_week_vs_benchmark")?.value).toBeCloseTo(3.55 / 4.5, 2);
    expect(signal(r, "posts_per_week_vs_benchmark")?.benchmark?.id).toBe("rivaliq-2023.posts_per_week.instagram");
  });

  it("finds a three-week gap and cites the posts on either side", () => {
    // Posts every 2 days for 4 weeks, then nothing for 22 days, then every 2 days again.
    const days = [...Array.from({ length: 15 }, (_, k) => k * 2), ...Array.from({ length: 15 }, (_, k) => 50 + k * 2)];
    const r = cadenceFactor.evaluate({ tables: [postTable(days)] }, makeContext());
    const gap = signal(r, "longest_gap_days");
    expect(gap?.value).toBe(22);
    expect(gap?.level).toBe("critical");
    expect(r.level).toBe("critical");
    const finding = r.findings.find((f) => f.message.en.startsWith("No post for 22"));
    // Data rows 14 and 15 (0-based) are sheet rows 16 and 17.
    expect(finding?.rows).toEqual([16, 17]);
    expect(finding?.message.ru).toContain("22");
  });

  it("counts silent weeks and measures irregular rhythm with bursts as evidence", () => {
    // Week 0: 4 posts on day 0 (burst) + day 1; weeks 1–2 silent; week 3: day 21; week 4 silent; week 5: 3 days.
    const days = [0, 0, 0, 0, 1, 21, 35, 36, 37];
    const r = cadenceFactor.evaluate({ tables: [postTable(days)] }, makeContext());
    const empty = signal(r, "empty_week_share");
    expect(empty?.value).toBe(0.5); // 3 of 6 weeks
    expect(empty?.level).toBe("critical");
    const cv = signal(r, "gap_variation");
    expect(cv?.value).toBeGreaterThan(1);
    const burst = r.findings.find((f) => f.message.en.includes("burst"));
    // The four posts of the burst day, then the posts around the widest silence (days 1 → 21).
    expect(burst?.rows.slice(0, 6)).toEqual([2, 3, 4, 5, 6, 7]);
    // Silent stretches, longest first: days 1 → 21 (two empty weeks), then 21 → 35 (one).
    expect(r.findings.find((f) => f.message.en.includes("had no post"))?.rows).toEqual([6, 7, 8]);
  });

  it("compares posts per week with the platform benchmark only when the platform is known", () => {
    const weekly = Array.from({ length: 12 }, (_, k) => k * 7);
    const none = cadenceFactor.evaluate({ tables: [postTable(weekly)] }, makeContext());
    expect(signal(none, "posts_per_week_vs_benchmark")).toMatchObject({ value: null, level: "not_assessed" });
    expect(signal(none, "posts_per_week_vs_benchmark")?.note?.en).toContain("platform=");
    const x = cadenceFactor.evaluate({ tables: [postTable(weekly)] }, makeContext({ platform: "x" }));
    // 12 posts over 78 days = 1.08 a week, vs X's 3.9: 0.28×, below half (watch), above a quarter.
    expect(signal(x, "posts_per_week_vs_benchmark")?.value).toBeCloseTo(12 / (78 / 7) / 3.9, 2);
    expect(signal(x, "posts_per_week_vs_benchmark")?.level).toBe("watch");
    const vk = cadenceFactor.evaluate({ tables: [postTable(weekly)] }, makeContext({ platform: "vk" }));
    expect(signal(vk, "posts_per_week_vs_benchmark")?.value).toBeNull();
    expect(signal(vk, "posts_per_week_vs_benchmark")?.note?.en).toContain("no published");
  });

  it("finds most posts in the account's weakest slot and names the best slots", () => {
    // 40 posts on Mondays 09:00 with 10 likes; 10 on Tuesdays 18:00 and 10 on Wednesdays 18:00 with 100 likes.
    const dates = [
      ...Array.from({ length: 40 }, (_, k) => new Date(START + k * 7 * DAY + 9 * 3_600_000)),
      ...Array.from({ length: 10 }, (_, k) => new Date(START + (1 + k * 7) * DAY + 18 * 3_600_000)),
      ...Array.from({ length: 10 }, (_, k) => new Date(START + (2 + k * 7) * DAY + 18 * 3_600_000)),
    ].map((d) => d.toISOString().slice(0, 16));
    const likes = [...Array(40).fill(10), ...Array(20).fill(100)];
    const r = cadenceFactor.evaluate({ tables: [makeTable({ date: dates, likes })] }, makeContext());
    const slot = signal(r, "weak_slot_share");
    expect(slot?.value).toBeCloseTo(40 / 60, 3);
    expect(slot?.level).toBe("watch");
    const finding = r.findings.find((f) => f.message.en.includes("slots"));
    expect(finding?.message.en).toContain("Mon 09:00–10:00");
    expect(finding?.message.en).toMatch(/Best slots.*Tue 18:00–19:00/);
    expect(finding?.message.ru).toContain("пн 09:00–10:00");
    expect(finding?.rows).toHaveLength(20);
    expect(finding?.rows[0]).toBe(2);
  });

  it("reports the best slots as an ok finding when the schedule is fine", () => {
    const dates = Array.from({ length: 42 }, (_, k) => START + k * DAY + (k % 3 === 0 ? 9 : 18) * 3_600_000).map((t) =>
      new Date(t).toISOString().slice(0, 16),
    );
    const likes = dates.map((_, k) => (k % 3 === 0 ? 50 : 80));
    const r = cadenceFactor.evaluate({ tables: [makeTable({ date: dates, likes })] }, makeContext());
    expect(signal(r, "weak_slot_share")?.level).toBe("ok");
    expect(r.findings.some((f) => f.severity === "ok" && f.message.en.startsWith("Best posting slots"))).toBe(true);
  });

  it("needs 30 posts with engagement for the slot signal", () => {
    const r = cadenceFactor.evaluate({ tables: [postTable(every2.slice(0, 20), every2.slice(0, 20))] }, makeContext());
    expect(signal(r, "weak_slot_share")?.value).toBeNull();
    expect(signal(r, "weak_slot_share")?.note?.en).toContain("has 20");
  });

  it("is not assessed without dates, and says why when the dates belong to ads", () => {
    const none = cadenceFactor.evaluate({ tables: [makeTable({ likes: [1, 2, 3] })] }, makeContext());
    expect(none).toMatchObject({ assessed: false, level: "not_assessed", risk: null, missing: [["date"]] });
    const ads = makeTable(
      { date: at([0, 1, 2]), spend: [10, 20, 30], campaign: ["a", "a", "a"] },
      { rowKinds: ["ad", "ad", "ad"] },
    );
    const r = cadenceFactor.evaluate({ tables: [ads] }, makeContext());
    expect(r.assessed).toBe(false);
    expect(r.reason?.en).toContain("ad or message rows");
    expect(r.missing).toEqual([
      ["date", "text"],
      ["date", "likes"],
      ["date", "engagements"],
    ]);
    const one = cadenceFactor.evaluate({ tables: [postTable([0])] }, makeContext());
    expect(one.reason?.en).toContain("only one dated post");
  });

  it("applies threshold overrides", () => {
    const days = [0, 2, 4, 10, 12, 14, 16, 18, 20];
    const base = cadenceFactor.evaluate({ tables: [postTable(days)] }, makeContext());
    expect(signal(base, "longest_gap_days")?.level).toBe("ok");
    const strict = cadenceFactor.evaluate(
      { tables: [postTable(days)] },
      makeContext({ thresholds: { "cadence.longest_gap_days": { watch: 5, critical: 8 } } }),
    );
    expect(signal(strict, "longest_gap_days")).toMatchObject({ value: 6, watch: 5, critical: 8, level: "watch" });
  });

  it("trusts a handful of posts less than many", () => {
    const few = cadenceFactor.evaluate({ tables: [postTable([0, 20, 25, 30])] }, makeContext());
    const many = cadenceFactor.evaluate({ tables: [postTable(every2)] }, makeContext());
    expect(signal(few, "longest_gap_days")?.confidence).toBeLessThan(0.45);
    expect(few.confidence).toBeLessThan(many.confidence);
    // 20 days is above the watch line, but with 4 posts it must not read as a confident alarm.
    expect(few.risk ?? 0).toBeLessThan(signal(few, "longest_gap_days")?.risk ?? 0);
  });

  it("judges each platform of a mixed table on its own, the worst one driving the factor", () => {
    // Instagram every 2 days for 10 weeks; Facebook on the same days but silent from day 18 to day 46.
    const fbDays = every2.filter((d) => d < 20 || d > 44);
    const t = makeTable({
      date: [...at(every2), ...at(fbDays)],
      platform: [...every2.map(() => "Instagram"), ...fbDays.map(() => "FB")],
    });
    const r = cadenceFactor.evaluate({ tables: [t] }, makeContext());
    // Combined, the dates would show no gap above 2 days.
    expect(signal(r, "longest_gap_days")?.value).toBe(28);
    expect(r.level).toBe("critical");
    const finding = r.findings.find((f) => f.message.en.startsWith("facebook: No post for 28"));
    expect(finding?.message.ru).toMatch(/^facebook: Нет постов 28/);
    // Facebook's benchmark, not Instagram's, is the yardstick for the Facebook rows.
    expect(signal(r, "posts_per_week_vs_benchmark")?.benchmark?.id).toBe("rivaliq-2023.posts_per_week.facebook");
  });

  it("reads a posts export with a Conversions column as posts, and paid rows as ads", () => {
    const posts = readTable([["Date", "Conversions"], ...at(every2).map((d): Cell[] => [d, 1])]);
    expect(cadenceFactor.evaluate({ tables: [posts] }, makeContext()).assessed).toBe(true);
    const paid = readTable([["Date", "Conversions", "Spend"], ...at(every2).map((d): Cell[] => [d, 1, 20])]);
    expect(cadenceFactor.evaluate({ tables: [paid] }, makeContext()).assessed).toBe(false);
  });
});

describe("cadence helpers", () => {
  it("measures gaps, weeks and relative bursts", () => {
    const rows = [0, 0, 0, 1, 1, 1, 2, 9].map((d, i) => ({ t: START + d * DAY, i }));
    const c = cadenceOf(rows);
    expect(c.spanDays).toBe(10);
    expect(c.weeks).toBe(2);
    expect(c.emptyWeeks).toBe(0);
    expect(c.longestGap).toEqual({ days: 7, before: 6, after: 7 });
    // Three posts a day is this account's rhythm (median 3), so no day is a burst.
    expect(c.bursts).toEqual([]);
    const bursty = cadenceOf([0, 0, 0, 0, 2, 4, 6].map((d, i) => ({ t: START + d * DAY, i })));
    expect(bursty.bursts).toEqual([{ day: START / DAY, indices: [0, 1, 2, 3] }]);
  });

  it("compares whole weekdays when the dates carry no time", () => {
    const rows = Array.from({ length: 30 }, (_, k) => ({ t: START + k * DAY, i: k }));
    const values = rows.map((r) => (new Date(r.t).getUTCDay() === 0 ? 1 : 10));
    const a = slotAnalysis(rows, values);
    expect(a?.width).toBe(24);
    expect(a?.weak.map((s) => s.weekday)).toEqual([0]);
  });
});

describe("cadence on generated scenarios", () => {
  function evaluate(cause: "cadence" | null, seed: number) {
    const s = generateScenario({ seed, cause });
    const tables = [readTable(s.posts, { source: "posts" }), readTable(s.ads, { source: "ads" })];
    return cadenceFactor.evaluate({ tables }, makeContext({ platform: s.platform }));
  }
  it.each([42, 7, 2026])("seed %i: healthy is ok, the injected gap is critical", (seed) => {
    const healthy = evaluate(null, seed);
    expect(healthy.level).toBe("ok");
    const sick = evaluate("cadence", seed);
    expect(sick.level).toBe("critical");
    expect(signal(sick, "longest_gap_days")?.value).toBeGreaterThan(21);
  });
});

describe.each([
  ["X analytics, Nov 2019", SHARED.xNov2019, 28],
  ["X analytics, Mar 2020", SHARED.xMar2020, 39],
] as const)("cadence on the real export %s", (_name, key, posts) => {
  const path = sharedDataFile(key, "cadence real exports");
  it.skipIf(path === null)("is assessed from the tweet times", () => {
    const values = Papa.parse<string[]>(readSharedText(path as string), { skipEmptyLines: "greedy" }).data as Cell[][];
    const r = cadenceFactor.evaluate({ tables: [readTable(values, { source: key })] }, makeContext({ platform: "x" }));
    expect(r.assessed).toBe(true);
    expect(signal(r, "longest_gap_days")?.n).toBe(posts);
    expect(signal(r, "longest_gap_days")?.value).toBeGreaterThan(0);
    expect(signal(r, "longest_gap_days")?.value).toBeLessThan(14);
    expect(signal(r, "posts_per_week_vs_benchmark")?.benchmark?.value).toBe(3.9);
  });
});
