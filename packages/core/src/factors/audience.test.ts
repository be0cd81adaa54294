import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { WATCH_RISK } from "../audit/score";
import { generateScenario, type ScenarioCause } from "../scenarios/index";
import { readTable } from "../table/index";
import { makeContext } from "../testing/context";
import { makeTable } from "../testing/table";
import { audienceFactor } from "./audience";

const days = (n: number, step = 3) =>
  Array.from({ length: n }, (_, i) =>
    new Date(Date.UTC(2026, 0, 1) + i * step * 86_400_000).toISOString().slice(0, 10),
  );
const signal = (r: ReturnType<typeof audienceFactor.evaluate>, id: string) => r.signals.find((s) => s.id === id);
const audit = (columns: Parameters<typeof makeTable>[0], options: Parameters<typeof makeContext>[0] = {}) =>
  audienceFactor.evaluate({ tables: [makeTable(columns)] }, makeContext(options));

describe("audience: ER by followers vs the platform benchmark", () => {
  it("is ok at the Instagram median and critical far below it, citing the weakest posts", () => {
    const n = 12;
    const healthy = audit(
      { likes: Array(n).fill(40), comments: Array(n).fill(7), followers: Array(n).fill(10_000) },
      { platform: "instagram" },
    );
    const s = signal(healthy, "er_vs_benchmark");
    expect(s?.value).toBeCloseTo(1, 6); // 47 / 10 000 = 0.47 % = Rival IQ 2023 Instagram median
    expect(s?.level).toBe("ok");
    expect(s?.benchmark?.id).toBe("rivaliq-2023.er_by_followers.instagram");

    const many = 32; // four times the minimum sample: full confidence, so the critical signal is not discounted
    const likes = Array.from({ length: many }, (_, i) => (i === 5 ? 1 : 10));
    const weak = audit({ likes, followers: Array(many).fill(10_000) }, { platform: "instagram" });
    const w = signal(weak, "er_vs_benchmark");
    expect(w?.value).toBeCloseTo(0.001 / 0.0047, 6);
    expect(w?.level).toBe("critical");
    expect(weak.level).toBe("critical");
    const finding = weak.findings.find((f) => f.message.en.includes("benchmark"));
    expect(finding?.rows[0]).toBe(7); // data row 5 → sheet row 7 (the post with 1 like)
  });

  it("compares only the rows of the benchmark's platform in a mixed export", () => {
    const platform = [...Array(16).fill("Instagram"), ...Array(16).fill("FB")];
    const likes = platform.map((p) => (p === "FB" ? 6 : 47));
    const r = audit({ platform, likes, followers: Array(32).fill(10_000) }, { platform: "instagram" });
    const s = signal(r, "er_vs_benchmark");
    expect(s?.n).toBe(16);
    expect(s?.value).toBeCloseTo(1, 6);
    expect(s?.note?.en).toMatch(/16 rows of other platforms left out/);
  });

  it("says why when no post has followers", () => {
    const r = audit({ likes: [5, 6], followers: [null, 0] }, { platform: "instagram" });
    expect(signal(r, "er_vs_benchmark")?.note?.en).toMatch(/No post has both/);
  });

  it("does not compare ERR by reach with a by-followers benchmark", () => {
    const r = audit({ likes: Array(10).fill(50), reach: Array(10).fill(1000) }, { platform: "instagram" });
    const s = signal(r, "er_vs_benchmark");
    expect(s?.value).toBeNull();
    expect(s?.note?.en).toMatch(/not like-for-like/);
    expect(r.assessed).toBe(false); // nothing else computable: not assessed, never "zero risk"
  });

  it("asks for a platform when none is known", () => {
    const r = audit({ likes: Array(10).fill(50), followers: Array(10).fill(1000) });
    expect(signal(r, "er_vs_benchmark")?.note?.en).toMatch(/platform=instagram/);
  });

  it("lowers confidence on a handful of posts and honours threshold overrides", () => {
    const few = audit({ likes: [10, 10, 10], followers: [10_000, 10_000, 10_000] }, { platform: "instagram" });
    expect(signal(few, "er_vs_benchmark")?.confidence).toBeLessThan(0.3);
    const lenient = audit(
      { likes: Array(10).fill(10), followers: Array(10).fill(10_000) },
      { platform: "instagram", thresholds: { "audience.er_vs_benchmark": { watch: 0.2, critical: 0.1 } } },
    );
    expect(signal(lenient, "er_vs_benchmark")?.level).toBe("ok");
  });
});

describe("audience: engagement vs clicks (jokes without sales)", () => {
  const n = 30;
  const reach = Array(n).fill(1000);
  const likes = Array.from({ length: n }, (_, i) => 20 + i * 3);

  it("is ok when the most engaging posts also bring clicks", () => {
    const clicks = likes.map((l) => Math.round(l / 4));
    const s = signal(audit({ likes, reach, clicks }), "engagement_action_correlation");
    expect(s?.value).toBeGreaterThan(0.9);
    expect(s?.level).toBe("ok");
  });

  it("is critical when engagement and clicks go opposite ways, and cites the most liked, least clicked posts", () => {
    const clicks = likes.map((_, i) => n - i);
    const r = audit({ likes, reach, clicks });
    const s = signal(r, "engagement_action_correlation");
    expect(s?.value).toBeCloseTo(-1, 6);
    expect(s?.level).toBe("critical");
    const f = r.findings.find((x) => x.message.en.includes("Spearman"));
    expect(f?.rows[0]).toBe(n + 1); // the last post: most likes, fewest clicks
  });

  it("prefers conversions when at least 20 posts report 5+ each at the median, else clicks", () => {
    const clicks = likes.map((l) => l);
    const conversions = likes.map((_, i) => (i < 15 ? 10 : 5));
    const sparse = likes.map((_, i) => (i < 15 ? 1 : 0));
    const bySparse = signal(audit({ likes, reach, clicks, conversions: sparse }), "engagement_action_correlation");
    expect(bySparse?.value).toBeCloseTo(1, 6);
    expect(bySparse?.note?.en).toMatch(/clicks/);
    const s = signal(audit({ likes, reach, clicks, conversions }), "engagement_action_correlation");
    expect(s?.value).toBeLessThan(0);
    expect(s?.note?.en).toMatch(/conversions/);
  });

  it("needs 20 posts", () => {
    const s = signal(
      audit({ likes: likes.slice(0, 12), reach: reach.slice(0, 12), clicks: likes.slice(0, 12) }),
      "engagement_action_correlation",
    );
    expect(s?.value).toBeNull();
    expect(s?.note?.en).toMatch(/at least 20/);
  });
});

describe("audience: followers without reach", () => {
  const n = 20;
  const date = days(n);
  const growing = Array.from({ length: n }, (_, i) => 1000 + (600 * i) / (n - 1)); // +60 %

  it("is critical when followers grow 60 % while reach stays flat", () => {
    const r = audit({ date, likes: Array(n).fill(30), reach: Array(n).fill(500), followers: growing });
    const s = signal(r, "follower_growth_without_reach");
    expect(s?.value).toBeCloseTo(0.6, 2);
    expect(s?.level).toBe("critical");
    expect(r.findings.some((f) => f.message.en.startsWith("Followers +60%"))).toBe(true);
  });

  it("is ok when reach grows with followers, and when followers shrink with reach", () => {
    const reach = growing.map((f) => f / 2);
    expect(
      signal(audit({ date, likes: reach, reach, followers: growing }), "follower_growth_without_reach")?.level,
    ).toBe("ok");
    const falling = Array.from({ length: n }, (_, i) => 1000 - 5 * i);
    const reachFalling = Array.from({ length: n }, (_, i) => 800 - 20 * i);
    const s = signal(
      audit({ date, likes: reachFalling, reach: reachFalling, followers: falling }),
      "follower_growth_without_reach",
    );
    expect(s?.value).toBeLessThan(0);
    expect(s?.level).toBe("ok");
  });
});

describe("audience: columns", () => {
  it("reads an organic posts export with tracked conversions as posts, but not paid rows", () => {
    const n = 10;
    const organic = readTable([
      ["Likes", "Followers", "Conversions"],
      ...Array.from({ length: n }, () => [47, 10_000, 1]),
    ]);
    expect(organic.kinds.post).toBe(n);
    const r = audienceFactor.evaluate({ tables: [organic] }, makeContext({ platform: "instagram" }));
    expect(signal(r, "er_vs_benchmark")?.n).toBe(n);
    const paid = readTable([
      ["Likes", "Followers", "Conversions", "Amount spent"],
      ...Array.from({ length: n }, () => [47, 10_000, 1, 20]),
    ]);
    expect(paid.kinds.ad).toBe(n);
    expect(audienceFactor.evaluate({ tables: [paid] }, makeContext({ platform: "instagram" })).assessed).toBe(false);
  });

  it("is not assessed without interactions and a denominator, listing what would enable it", () => {
    const r = audit({ date: days(10), text: Array(10).fill("hello") });
    expect(r.assessed).toBe(false);
    expect(r.missing).toContainEqual(["likes", "followers"]);
    expect(r.risk).toBeNull();
  });
});

/** A real export read the way users read it: papaparse splits the CSV, the table reader maps the columns. */
function readShared(path: string) {
  const rows = Papa.parse<string[]>(readSharedText(path), { skipEmptyLines: "greedy" }).data;
  return readTable(rows, { source: path.split("/").pop() ?? path });
}

const xNov = sharedDataFile(SHARED.xNov2019, "audience factor");
describe.skipIf(xNov === null)("audience on the real X Analytics export (impressions, no followers)", () => {
  it("correlates engagement with url clicks per impression and does not compare with a by-followers benchmark", () => {
    const r = audienceFactor.evaluate({ tables: [readShared(xNov as string)] }, makeContext({ platform: "x" }));
    expect(r.assessed).toBe(true);
    const corr = signal(r, "engagement_action_correlation");
    expect(corr?.n).toBe(28);
    expect(corr?.value).toBeCloseTo(0.478, 2); // measured: engaging tweets do bring url clicks
    expect(corr?.level).toBe("ok");
    expect(signal(r, "er_vs_benchmark")?.value).toBeNull();
    expect(signal(r, "er_vs_benchmark")?.note?.en).toMatch(/ER by impressions/);
    expect(signal(r, "follower_growth_without_reach")?.value).toBeNull();
  });
});

const abTest = sharedDataFile(SHARED.abTest, "audience factor");
describe.skipIf(abTest === null)("audience on the real ad report (no posts)", () => {
  it("is not assessed and names the columns", () => {
    const r = audienceFactor.evaluate({ tables: [readShared(abTest as string)] }, makeContext());
    expect(r.assessed).toBe(false);
    expect(r.reason?.en).toMatch(/likes \+ followers/);
  });
});

describe("audience on the seeded scenarios", () => {
  const evaluate = (seed: number, cause: ScenarioCause | null) => {
    const s = generateScenario({ seed, cause });
    const tables = [readTable(s.posts), readTable(s.ads), readTable(s.messages)];
    return audienceFactor.evaluate({ tables }, makeContext({ platform: s.platform }));
  };
  it.each([42, 7, 2026])("seed %i: healthy data is ok, the injected audience cause is above watch", (seed) => {
    const healthy = evaluate(seed, null);
    expect(healthy.assessed).toBe(true);
    expect(healthy.level).toBe("ok");
    const injected = evaluate(seed, "audience");
    expect(injected.risk ?? 0).toBeGreaterThanOrEqual(WATCH_RISK);
    expect(injected.findings.length).toBeGreaterThan(0);
    // Bought followers: +80 % followers with reach falling; clicks stop following engagement.
    expect(signal(injected, "follower_growth_without_reach")?.level).toBe("critical");
  });
});
