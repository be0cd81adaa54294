import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { WATCH_RISK } from "../audit/score";
import { generateScenario, type ScenarioCause } from "../scenarios/index";
import { readTable } from "../table/index";
import { makeContext } from "../testing/context";
import { makeTable } from "../testing/table";
import { needsFactor } from "./needs";

const days = (n: number, step = 2) =>
  Array.from({ length: n }, (_, i) =>
    new Date(Date.UTC(2026, 0, 1) + i * step * 86_400_000).toISOString().slice(0, 10),
  );
type Result = ReturnType<typeof needsFactor.evaluate>;
const signal = (r: Result, id: string) => r.signals.find((s) => s.id === id);
const run = (columns: Parameters<typeof makeTable>[0], options: Parameters<typeof makeContext>[0] = {}) =>
  needsFactor.evaluate({ tables: [makeTable(columns)] }, makeContext(options));
/** Deterministic ±15 % wiggle so trends are not perfectly straight lines. */
const wiggle = (i: number) => 1 + 0.15 * Math.sin(i * 2.3);

describe("needs: engagement trend", () => {
  const n = 40;
  const date = days(n);
  const reach = Array(n).fill(1000);

  it("is critical when engagement per reach halves over the period, citing late weak posts", () => {
    const likes = Array.from({ length: n }, (_, i) => Math.round((100 - (50 * i) / (n - 1)) * wiggle(i)));
    const r = run({ date, likes, reach });
    const s = signal(r, "engagement_trend");
    expect(s?.value).toBeLessThan(-0.4);
    expect(s?.value).toBeGreaterThan(-0.6);
    expect(s?.level).toBe("critical");
    const f = r.findings.find((x) => x.message.en.startsWith("Engagement is falling"));
    expect(f?.rows.length).toBeGreaterThan(0);
    expect(Math.min(...(f?.rows ?? []))).toBeGreaterThanOrEqual(2 + Math.floor((2 * n) / 3));
  });

  it("is ok on flat noisy engagement", () => {
    const likes = Array.from({ length: n }, (_, i) => Math.round(80 * wiggle(i)));
    const s = signal(run({ date, likes, reach }), "engagement_trend");
    expect(s?.level).toBe("ok");
  });

  it("counts a non-significant fall as no change, and says so", () => {
    const s = signal(
      run({ date: days(5, 3), likes: [90, 40, 100, 30, 60], reach: Array(5).fill(1000) }),
      "engagement_trend",
    );
    expect(s?.value).toBe(0);
    expect(s?.note?.en).toMatch(/Not significant/);
    expect(s?.confidence).toBeLessThan(0.5);
  });

  it("honours threshold overrides", () => {
    const likes = Array.from({ length: n }, (_, i) => Math.round((100 - (30 * i) / (n - 1)) * wiggle(i)));
    const strict = run(
      { date, likes, reach },
      { thresholds: { "needs.engagement_trend": { watch: -0.05, critical: -0.1 } } },
    );
    expect(signal(strict, "engagement_trend")?.level).toBe("critical");
  });
});

describe("needs: posts in weak topics", () => {
  it("is critical when most posts go to a topic the audience ignores, even though it sets the account median", () => {
    const topic = [...Array(32).fill("Memes"), ...Array(10).fill("Product"), ...Array(10).fill("Tips")];
    const likes = topic.map((t, i) => (t === "Memes" ? 10 : t === "Product" ? 50 : 40) * wiggle(i));
    const r = run({ topic, likes, reach: Array(topic.length).fill(1000) });
    const s = signal(r, "weak_topic_share");
    expect(s?.value).toBeCloseTo(32 / 52, 6);
    expect(s?.level).toBe("critical");
    expect(r.findings[0]?.message.en).toContain('"Memes" 32 posts');
  });

  it("is ok when topics perform alike and uses format when there is no topic", () => {
    const format = Array.from({ length: 30 }, (_, i) => ["photo", "video", "carousel"][i % 3] as string);
    const likes = format.map((_, i) => 40 * wiggle(i));
    const s = signal(run({ format, likes, reach: Array(30).fill(1000) }), "weak_topic_share");
    expect(s?.value).toBe(0);
    expect(s?.note?.en).toMatch(/3 formats judged/);
  });

  it("does not judge topics with fewer than 5 posts", () => {
    const topic = ["A", "A", "A", "B", "B", "B", "C", "C"];
    const s = signal(run({ topic, likes: [1, 1, 1, 50, 50, 50, 9, 9], reach: Array(8).fill(100) }), "weak_topic_share");
    expect(s?.value).toBeNull();
    expect(s?.note?.en).toMatch(/at least 2 topics/);
  });
});

describe("needs: negative feedback", () => {
  const n = 20;
  const date = days(n);
  const reach = Array(n).fill(2000);
  const likes = Array(n).fill(50);

  it("is critical when hides per 1000 reach more than double", () => {
    const negative = Array.from({ length: n }, (_, i) => (i < n / 2 ? 2 : 5));
    const r = run({ date, likes, reach, negative });
    const s = signal(r, "negative_feedback_growth");
    expect(s?.value).toBeCloseTo(2.5, 6);
    expect(s?.level).toBe("critical");
    expect(r.findings.some((f) => f.message.en.startsWith("Negative feedback is rising"))).toBe(true);
  });

  it("is ok when stable and treats a rise on a handful of hides as noise", () => {
    expect(signal(run({ date, likes, reach, negative: Array(n).fill(3) }), "negative_feedback_growth")?.value).toBe(1);
    const few = Array.from({ length: n }, (_, i) => (i === 3 ? 1 : i === 15 || i === 16 ? 1 : 0));
    const s = signal(run({ date, likes, reach, negative: few }), "negative_feedback_growth");
    expect(s?.value).toBe(1);
    expect(s?.note?.en).toMatch(/×2\.00.*Not significant/);
  });
});

describe("needs: columns", () => {
  it("is not assessed without engagement or negative feedback", () => {
    const r = run({ date: days(10), text: Array(10).fill("x") });
    expect(r.assessed).toBe(false);
    expect(r.missing).toContainEqual(["date", "likes"]);
  });
});

/** A real export read the way users read it: papaparse splits the CSV, the table reader maps the columns. */
function readShared(path: string) {
  const rows = Papa.parse<string[]>(readSharedText(path), { skipEmptyLines: "greedy" }).data;
  return readTable(rows, { source: path.split("/").pop() ?? path });
}

const xMar = sharedDataFile(SHARED.xMar2020, "needs factor");
const xNov = sharedDataFile(SHARED.xNov2019, "needs factor");
describe.skipIf(xMar === null || xNov === null)("needs on the real X Analytics exports", () => {
  it("finds the significant fall of engagement per impression in March 2020, not the noise of November 2019", () => {
    const march = needsFactor.evaluate({ tables: [readShared(xMar as string)] }, makeContext({ platform: "x" }));
    const trend = signal(march, "engagement_trend");
    expect(trend?.n).toBe(39);
    expect(trend?.value).toBeCloseTo(-0.648, 2); // 0.35 % → 0.12 % of impressions, Mann–Kendall p ≈ 0.046
    expect(trend?.level).toBe("critical");
    expect(trend?.note?.en).toMatch(/ER by impressions/);
    expect(march.findings[0]?.rows.length).toBeGreaterThan(0);

    const november = needsFactor.evaluate({ tables: [readShared(xNov as string)] }, makeContext({ platform: "x" }));
    const flat = signal(november, "engagement_trend");
    expect(flat?.value).toBe(0); // −23 % estimated, p ≈ 0.4: not significant, counted as no change
    expect(flat?.note?.en).toMatch(/Not significant/);
    expect(signal(november, "weak_topic_share")?.note?.en).toMatch(/topic/);
    expect(signal(november, "negative_feedback_growth")?.value).toBeNull();
  });
});

describe("needs on the seeded scenarios", () => {
  const evaluate = (seed: number, cause: ScenarioCause | null) => {
    const s = generateScenario({ seed, cause });
    const tables = [readTable(s.posts), readTable(s.ads), readTable(s.messages)];
    return needsFactor.evaluate({ tables }, makeContext({ platform: s.platform }));
  };
  it.each([42, 7, 2026])("seed %i: healthy data is ok, the injected needs cause is above watch", (seed) => {
    const healthy = evaluate(seed, null);
    expect(healthy.assessed).toBe(true);
    expect(healthy.level).toBe("ok");
    const injected = evaluate(seed, "needs");
    expect(injected.risk ?? 0).toBeGreaterThanOrEqual(WATCH_RISK);
    expect(injected.findings.length).toBeGreaterThan(0);
    expect(signal(injected, "engagement_trend")?.value).toBeLessThan(-0.4); // engagement halves
  });
});
