import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { generateScenario } from "../scenarios/index";
import { readTable } from "../table/index";
import type { Cell } from "../table/types";
import { makeContext } from "../testing/context";
import { makeTable } from "../testing/table";
import { analyticsFactor, hasUtm, hostOf } from "./analytics";

const signal = (r: ReturnType<typeof analyticsFactor.evaluate>, id: string) => r.signals.find((s) => s.id === id);
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5);
const day = (k: number) => new Date(START + k * DAY).toISOString().slice(0, 10);

describe("analytics factor: key metrics", () => {
  it("is ok when reach, clicks and conversions are tracked (across tables)", () => {
    const posts = makeTable({ reach: [100, 200, 300], clicks: [1, 2, 3], likes: [5, 6, 7] });
    const ads = makeTable({ spend: [10, 20], clicks: [3, 4], conversions: [1, 2] }, { rowKinds: ["ad", "ad"] });
    const r = analyticsFactor.evaluate({ tables: [posts, ads] }, makeContext());
    expect(signal(r, "untracked_key_metrics")).toMatchObject({ value: 0, level: "ok" });
  });

  it("counts a missing or mostly empty metric and cites the empty rows", () => {
    const t = makeTable({ reach: [100, null, null, 50], clicks: [1, 2, 3, 4], conversions: [1, 0, 0, 1] });
    const r = analyticsFactor.evaluate({ tables: [t] }, makeContext());
    const s = signal(r, "untracked_key_metrics");
    expect(s).toMatchObject({ value: 0, level: "ok" }); // half filled counts as tracked
    const sparse = makeTable({ reach: [100, null, null, null], clicks: [1, 2, 3, 4], conversions: [1, 0, 0, 1] });
    const r2 = analyticsFactor.evaluate({ tables: [sparse] }, makeContext());
    expect(signal(r2, "untracked_key_metrics")).toMatchObject({ value: 1, level: "watch" });
    const f = r2.findings.find((x) => x.message.en.startsWith("Not tracked"));
    expect(f?.message.en).toContain("filled in only 25%");
    expect(f?.rows).toEqual([3, 4, 5]);
  });

  it("is critical when money is spent on rows with neither clicks nor conversions", () => {
    const posts = makeTable({ reach: [100, 200], clicks: [1, 2] });
    const ads = makeTable({ spend: [10, 20], impressions: [1000, 2000] }, { rowKinds: ["ad", "ad"] });
    const r = analyticsFactor.evaluate({ tables: [posts, ads] }, makeContext());
    expect(signal(r, "untracked_key_metrics")).toMatchObject({ value: 3, level: "critical" });
    expect(r.findings[0]?.message.en).toContain("neither clicks nor conversions");
  });
});

describe("analytics factor: UTM tags", () => {
  it("reads hosts and utm parameters", () => {
    expect(hostOf("https://www.Shop.example/p?a=1")).toBe("shop.example");
    expect(hostOf("shop.example/p")).toBe("shop.example");
    expect(hostOf("not a link")).toBeNull();
    expect(hasUtm("https://shop.example/?utm_source=ig&utm_medium=social")).toBe(true);
    expect(hasUtm("https://shop.example/?ref=ig")).toBe(false);
  });

  it("measures the share of tagged outbound links, ignoring links to the platforms themselves", () => {
    const link = [
      "https://shop.example/a?utm_source=instagram",
      "https://shop.example/b",
      "https://shop.example/c",
      "https://twitter.com/brand/status/1",
      "",
      ...Array.from({ length: 7 }, (_, k) => `https://shop.example/d${k}`),
    ];
    const r = analyticsFactor.evaluate({ tables: [makeTable({ link, reach: link.map(() => 10) })] }, makeContext());
    const s = signal(r, "utm_share");
    expect(s?.value).toBe(0.1); // 1 of 10 outbound links
    expect(s?.n).toBe(10);
    expect(s?.level).toBe("critical");
    const f = r.findings.find((x) => x.message.en.includes("UTM"));
    expect(f?.rows.slice(0, 3)).toEqual([3, 4, 7]);
  });

  it("has no value without links, and says why", () => {
    const r = analyticsFactor.evaluate(
      { tables: [makeTable({ link: ["https://t.me/brand"], reach: [1] })] },
      makeContext(),
    );
    expect(signal(r, "utm_share")?.value).toBeNull();
    expect(signal(r, "utm_share")?.note?.en).toContain("social platforms");
  });
});

describe("analytics factor: adaptation", () => {
  /** 60 posts over 60 days: "promo" posts get 10 likes, others 50; promo share per half as given. */
  function posts(promoFirst: number, promoSecond: number) {
    const formats = Array.from({ length: 60 }, (_, k) =>
      k < 30
        ? k < promoFirst * 30
          ? "promo"
          : k % 2
            ? "reel"
            : "photo"
        : k - 30 < promoSecond * 30
          ? "promo"
          : k % 2
            ? "reel"
            : "photo",
    );
    return makeTable({
      date: formats.map((_, k) => day(k)),
      format: formats,
      likes: formats.map((f) => (f === "promo" ? 10 : 50)),
    });
  }

  it("is ok when the weak format's share falls", () => {
    const s = signal(analyticsFactor.evaluate({ tables: [posts(0.5, 0.2)] }, makeContext()), "weak_share_change");
    expect(s?.value).toBeCloseTo(-0.3, 3);
    expect(s?.level).toBe("ok");
  });

  it("is watch when it does not fall and critical when it rises, citing the weak posts of the second half", () => {
    const flat = analyticsFactor.evaluate({ tables: [posts(0.4, 0.4)] }, makeContext());
    expect(signal(flat, "weak_share_change")).toMatchObject({ value: 0, level: "watch" });
    const rising = analyticsFactor.evaluate({ tables: [posts(0.3, 0.6)] }, makeContext());
    expect(signal(rising, "weak_share_change")).toMatchObject({ value: 0.3, level: "critical" });
    const f = rising.findings.find((x) => x.message.en.startsWith("Weak formats"));
    expect(f?.message.en).toContain("promo");
    expect(f?.rows[0]).toBe(32); // first promo post of the second half (data row 30)
    expect(signal(rising, "weak_share_change")?.note?.en).toMatch(
      /30% of 30 posts, then 60% of 30; two-proportion test p = 0\.0\d\d/,
    );
  });

  it("has no value when no format is clearly weaker", () => {
    const t = makeTable({
      date: Array.from({ length: 40 }, (_, k) => day(k)),
      format: Array.from({ length: 40 }, (_, k) => (k % 2 ? "reel" : "photo")),
      likes: Array.from({ length: 40 }, (_, k) => 40 + (k % 5)),
    });
    const s = signal(analyticsFactor.evaluate({ tables: [t] }, makeContext()), "weak_share_change");
    expect(s?.value).toBeNull();
    expect(s?.note?.en).toContain("nothing to cut back");
  });

  it("applies threshold overrides", () => {
    const r = analyticsFactor.evaluate(
      { tables: [posts(0.4, 0.4)] },
      makeContext({ thresholds: { "analytics.weak_share_change": { watch: 0.1, critical: 0.2 } } }),
    );
    expect(signal(r, "weak_share_change")?.level).toBe("ok");
  });
});

describe("analytics factor: not assessed", () => {
  it("needs post or ad rows", () => {
    const messages = makeTable({ text: ["hi?"], replied: [true] }, { rowKinds: ["message"] });
    const r = analyticsFactor.evaluate({ tables: [messages] }, makeContext());
    expect(r.assessed).toBe(false);
    expect(r.missing.length).toBeGreaterThan(0);
  });
});

describe("analytics on generated scenarios", () => {
  function evaluate(cause: "analytics" | null, seed: number) {
    const s = generateScenario({ seed, cause });
    const tables = [
      readTable(s.posts, { source: "posts" }),
      readTable(s.ads, { source: "ads" }),
      readTable(s.messages, { source: "messages" }),
    ];
    return analyticsFactor.evaluate({ tables }, makeContext({ platform: s.platform }));
  }
  it.each([42, 7, 2026])("seed %i: healthy is ok, untracked conversions are critical", (seed) => {
    expect(evaluate(null, seed).level).toBe("ok");
    const sick = evaluate("analytics", seed);
    expect(sick.level).toBe("critical");
    expect(signal(sick, "utm_share")?.value).toBeLessThan(0.1);
  });
});

describe.each([
  ["X analytics, Nov 2019", SHARED.xNov2019],
  ["A/B test campaign", SHARED.abTest],
] as const)("analytics on the real export %s", (_name, key) => {
  const path = sharedDataFile(key, "analytics real exports");
  it.skipIf(path === null)("is assessed from the columns present", () => {
    const values = Papa.parse<string[]>(readSharedText(path as string), { skipEmptyLines: "greedy" }).data as Cell[][];
    const r = analyticsFactor.evaluate({ tables: [readTable(values, { source: key })] }, makeContext());
    expect(r.assessed).toBe(true);
    // X tracks impressions and URL clicks but not conversions; the A/B export tracks all three.
    expect(signal(r, "untracked_key_metrics")?.value).toBe(key === SHARED.abTest ? 0 : 1);
    expect(signal(r, "utm_share")?.note?.en).toContain("link column");
  });
});
