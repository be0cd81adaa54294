import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { generateScenario } from "../scenarios/index";
import { readTable } from "../table/index";
import type { Cell } from "../table/types";
import { makeContext } from "../testing/context";
import { makeTable } from "../testing/table";
import { budgetFactor } from "./budget";

const signal = (r: ReturnType<typeof budgetFactor.evaluate>, id: string) => r.signals.find((s) => s.id === id);

/** Ad rows: one per [campaign, spend, conversions, revenue]. */
function ads(rows: [string, number, number | null, number | null][], withRevenue = true) {
  return makeTable(
    {
      campaign: rows.map((r) => r[0]),
      spend: rows.map((r) => r[1]),
      conversions: rows.map((r) => r[2]),
      ...(withRevenue ? { revenue: rows.map((r) => r[3]) } : {}),
    },
    { rowKinds: rows.map(() => "ad" as const), currency: "USD" },
  );
}

describe("budget factor", () => {
  it("is ok when every campaign earns several times its spend", () => {
    const t = ads([
      ["A", 1000, 50, 5000],
      ["B", 1000, 45, 4500],
      ["C", 500, 30, 2000],
    ]);
    const r = budgetFactor.evaluate({ tables: [t] }, makeContext());
    expect(r.level).toBe("ok");
    expect(signal(r, "loss_spend_share")?.value).toBe(0);
    expect(signal(r, "roas")?.value).toBe(4.6);
    expect(signal(r, "spend_result_disproportion")?.level).toBe("ok");
  });

  it("measures the spend share of campaigns with ROAS < 1 and cites their rows, largest spend first", () => {
    const t = ads([
      ["Winner", 1000, 60, 6000],
      ["Loser", 300, 5, 200],
      ["Loser", 500, 5, 250],
      ["Winner", 200, 10, 900],
    ]);
    const r = budgetFactor.evaluate({ tables: [t] }, makeContext());
    const s = signal(r, "loss_spend_share");
    expect(s?.value).toBe(0.4); // 800 of 2000
    expect(s?.level).toBe("critical");
    const f = r.findings.find((x) => x.message.en.includes("ROAS below 1"));
    expect(f?.rows).toEqual([4, 3]);
    expect(f?.message.en).toContain("$800");
    expect(f?.message.ru).toContain("800");
  });

  it("uses ROMI at the given margin instead of ROAS", () => {
    const t = ads([
      ["A", 1000, 20, 2500],
      ["B", 1000, 20, 2300],
    ]);
    const r = budgetFactor.evaluate({ tables: [t] }, makeContext({ margin: 0.4 }));
    // (4800 × 0.4 − 2000) / 2000 = −0.04: a loss.
    expect(signal(r, "romi")).toMatchObject({ value: -0.04, level: "critical" });
    expect(signal(r, "roas")).toBeUndefined();
    const unknown = budgetFactor.evaluate({ tables: [t] }, makeContext());
    expect(signal(unknown, "roas")).toMatchObject({ value: 2.4, level: "ok" });
    expect(signal(unknown, "roas")?.note?.en).toContain("margin");
  });

  it("judges campaigns by a target CPA when there is no revenue", () => {
    const t = ads(
      [
        ["Cheap", 1000, 100, null],
        ["Dear", 1000, 20, null],
      ],
      false,
    );
    const r = budgetFactor.evaluate({ tables: [t] }, makeContext({ targetCpa: 20 }));
    expect(signal(r, "loss_spend_share")?.value).toBe(0.5); // "Dear" pays 50 per conversion
    // Overall CPA 2000 / 120 = 16.67 against 20.
    expect(signal(r, "cpa_to_target")?.value).toBeCloseTo(0.83, 2);
    expect(signal(r, "cpa_to_target")?.level).toBe("ok");
  });

  it("estimates revenue from the average order value", () => {
    const t = ads(
      [
        ["A", 1000, 10, null],
        ["B", 1000, 30, null],
      ],
      false,
    );
    const r = budgetFactor.evaluate({ tables: [t] }, makeContext({ averageOrderValue: 50 }));
    // A: 500 revenue on 1000 spend (ROAS 0.5); B: 1500 on 1000. Overall ROAS 1.
    expect(signal(r, "loss_spend_share")?.value).toBe(0.5);
    expect(signal(r, "roas")?.value).toBe(1);
    expect(signal(r, "roas")?.note?.en).toContain("average order value");
  });

  it("explains what is missing when there is no revenue, order value or target CPA", () => {
    const t = ads([["Only", 1000, 40, null]], false);
    const r = budgetFactor.evaluate({ tables: [t] }, makeContext());
    expect(r.assessed).toBe(false);
    expect(r.reason?.en).toContain("CPA $25.00");
    expect(r.reason?.en).toContain("targetCpa");
    expect(r.reason?.ru).toContain("targetCpa");
  });

  it("finds a unit whose spend share far exceeds its conversion share, conservatively", () => {
    const t = ads(
      [
        ["Broad", 6000, 40, null],
        ["Retargeting", 2000, 200, null],
        ["Lookalike", 2000, 160, null],
      ],
      false,
    );
    const r = budgetFactor.evaluate({ tables: [t] }, makeContext());
    const s = signal(r, "spend_result_disproportion");
    // Broad: 60 % of spend, 10 % of conversions (Wilson upper bound 13.3 %): at least 4.5×.
    expect(s?.value).toBeGreaterThan(4);
    expect(s?.value).toBeLessThan(6);
    expect(s?.level).toBe("critical");
    expect(r.findings.find((f) => f.message.en.includes('"Broad"'))?.rows).toEqual([2]);
  });

  it("does not call a small unit with a few unlucky conversions disproportionate", () => {
    const t = ads(
      [
        ["A", 500, 2, null],
        ["B", 500, 5, null],
      ],
      false,
    );
    const s = signal(budgetFactor.evaluate({ tables: [t] }, makeContext()), "spend_result_disproportion");
    // Raw ratio 0.5 / (2/7) = 1.75, but 7 conversions cannot show it: the conservative ratio stays low.
    expect(s?.value).toBeLessThan(1.2);
  });

  it("is not assessed without spend, and names the columns", () => {
    const r = budgetFactor.evaluate({ tables: [makeTable({ likes: [1, 2] })] }, makeContext());
    expect(r).toMatchObject({
      assessed: false,
      missing: [
        ["spend", "revenue"],
        ["spend", "conversions"],
      ],
    });
    const noResults = budgetFactor.evaluate(
      { tables: [makeTable({ spend: [10, 20] }, { rowKinds: ["ad", "ad"] })] },
      makeContext(),
    );
    expect(noResults.reason?.en).toContain("no conversions or revenue");
  });

  it("applies threshold overrides", () => {
    const t = ads([
      ["A", 1000, 20, 2500],
      ["B", 1000, 20, 2300],
    ]);
    const r = budgetFactor.evaluate(
      { tables: [t] },
      makeContext({ thresholds: { "budget.roas": { watch: 3, critical: 2 } } }),
    );
    expect(signal(r, "roas")).toMatchObject({ value: 2.4, watch: 3, critical: 2, level: "watch" });
  });

  it("trusts a ROAS from a few conversions less", () => {
    const t = ads([
      ["A", 1000, 3, 500],
      ["B", 1000, 2, 400],
    ]);
    expect(signal(budgetFactor.evaluate({ tables: [t] }, makeContext()), "roas")?.confidence).toBeLessThan(0.3);
  });
});

describe("budget on generated scenarios", () => {
  function evaluate(cause: "budget" | null, seed: number) {
    const s = generateScenario({ seed, cause });
    const tables = [readTable(s.posts, { source: "posts" }), readTable(s.ads, { source: "ads" })];
    return budgetFactor.evaluate({ tables }, makeContext({ platform: s.platform }));
  }
  it.each([42, 7, 2026])("seed %i: healthy is ok, money-losing campaigns are critical", (seed) => {
    expect(evaluate(null, seed).level).toBe("ok");
    const sick = evaluate("budget", seed);
    expect(sick.level).toBe("critical");
    expect(signal(sick, "roas")?.value).toBeLessThan(1);
  });
});

describe("budget on the real A/B test campaign", () => {
  const path = sharedDataFile(SHARED.abTest, "budget real exports");
  const table = () =>
    readTable(Papa.parse<string[]>(readSharedText(path as string), { skipEmptyLines: "greedy" }).data as Cell[][], {
      source: SHARED.abTest,
    });
  it.skipIf(path === null)("explains that one campaign without revenue needs a target CPA", () => {
    const r = budgetFactor.evaluate({ tables: [table()] }, makeContext());
    expect(r.assessed).toBe(false);
    expect(r.reason?.en).toMatch(/\$76,892 spent for 15,637 conversions \(CPA \$4\.92\)/);
  });
  it.skipIf(path === null)("judges the CPA against a target when one is given", () => {
    const r = budgetFactor.evaluate({ tables: [table()] }, makeContext({ targetCpa: 4 }));
    expect(r.assessed).toBe(true);
    expect(signal(r, "cpa_to_target")?.value).toBeCloseTo(4.92 / 4, 2);
    expect(signal(r, "cpa_to_target")?.level).toBe("watch");
    expect(signal(r, "loss_spend_share")?.value).toBe(1);
  });
});
