import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS } from "../options/defaults";
import { makeTable } from "../testing/table";
import type { AuditOptions } from "./types";
import { moneyVerdict } from "./verdict";

const options = (o: Partial<AuditOptions> = {}): AuditOptions => ({
  ...DEFAULT_OPTIONS,
  thresholds: {},
  mapping: {},
  ...o,
});

/** 30 days, three campaigns: A and B at CPA 10, C at CPA 50 (same spend per day). */
function campaigns(withRevenue = false) {
  const date: string[] = [];
  const campaign: string[] = [];
  const spend: number[] = [];
  const conversions: number[] = [];
  const revenue: number[] = [];
  for (let d = 1; d <= 30; d++) {
    for (const [name, conv] of [
      ["A", 10],
      ["B", 10],
      ["C", 2],
    ] as const) {
      date.push(`2026-06-${String(d).padStart(2, "0")}`);
      campaign.push(name);
      spend.push(100);
      conversions.push(conv);
      revenue.push(conv * 30);
    }
  }
  return makeTable(
    { date, campaign, spend, conversions, ...(withRevenue ? { revenue } : {}) },
    { rowKinds: date.map(() => "ad"), currency: "USD" },
  );
}

describe("moneyVerdict", () => {
  it("is not assessed without spend, listing what would enable it", () => {
    const v = moneyVerdict({ tables: [makeTable({ date: ["2026-01-01"], reach: [100] })] }, options(), null);
    expect(v.assessed).toBe(false);
    expect(v.missing).toEqual([
      ["spend", "revenue"],
      ["spend", "conversions"],
    ]);
    expect(v.message.en).toMatch(/no ad spend column/);
  });

  it("computes ROAS, ROMI, monthly result and break-even margin from revenue", () => {
    const v = moneyVerdict({ tables: [campaigns(true)] }, options({ margin: 0.5 }), "USD");
    // spend 9000, conversions 660, revenue 19800 over 30 days
    expect(v).toMatchObject({ assessed: true, spend: 9000, conversions: 660, revenue: 19800, periodDays: 30 });
    expect(v.roas).toBeCloseTo(2.2, 4);
    expect(v.romi).toBeCloseTo((19800 * 0.5 - 9000) / 9000, 4);
    expect(v.monthlyResult).toBeCloseTo(19800 * 0.5 - 9000, 2);
    expect(v.breakEvenMargin).toBeCloseTo(9000 / 19800, 4);
    expect(v.message.en).toMatch(
      /^ROAS 2\.20: spend of \$9,000 .* At a 50% margin ROMI is 10%: a profit of about \$900 per 30 days/,
    );
    expect(v.message.ru).toMatch(/ROAS 2,20/);
  });

  it("states the break-even margin when the margin is unknown", () => {
    const v = moneyVerdict({ tables: [campaigns(true)] }, options(), "USD");
    expect(v.romi).toBeNull();
    expect(v.monthlyResult).toBeNull();
    expect(v.message.en).toMatch(/breaking even needs a gross margin of at least 45%/);
  });

  it("prices the worst campaigns at the median CPA", () => {
    const v = moneyVerdict({ tables: [campaigns()] }, options(), "USD");
    expect(v.cpa).toBeCloseTo(9000 / 660, 2);
    // median CPA of A, B, C = 10; C spent 3000 for 60 conversions, worth 600 at the median: saves 2400 per 30 days
    expect(v.savingsUnits).toHaveLength(1);
    expect(v.savingsUnits[0]).toMatchObject({ name: "C", spend: 3000, efficiency: 50, metric: "cpa", savings: 2400 });
    expect(v.savingsUnits[0]?.rows.slice(0, 3)).toEqual([4, 7, 10]);
    expect(v.monthlySavings).toBe(2400);
    expect(v.message.en).toMatch(
      /Running the worst campaign at the median CPA of \$10\.00 would save about \$2,400 per 30 days/,
    );
    expect(v.message.en).toMatch(/add a revenue column or set averageOrderValue or targetCpa/);
    expect(v.message.ru).toMatch(/Если бы худшая кампания работала с медианным CPA 10,00\s\$, экономия составила бы/);
    expect(v.missing).toEqual([["revenue"]]);
  });

  it("prices the worst campaigns at the median ROAS when revenue is known", () => {
    const v = moneyVerdict({ tables: [campaigns(true)] }, options(), "USD");
    // ROAS: A, B = 3, C = 0.6; median 3; C's revenue 1800 would cost 600 at ROAS 3: saves 2400
    expect(v.savingsUnits[0]).toMatchObject({ name: "C", metric: "roas", efficiency: 0.6, savings: 2400 });
  });

  it("estimates revenue from conversions × average order value and says so", () => {
    const v = moneyVerdict({ tables: [campaigns()] }, options({ averageOrderValue: 30, margin: 0.5 }), "USD");
    expect(v.revenue).toBe(19800);
    expect(v.message.en).toMatch(/estimated as conversions × average order value \$30/);
  });

  it("compares with a target CPA when there is no revenue", () => {
    const v = moneyVerdict({ tables: [campaigns()] }, options({ targetCpa: 12 }), "USD");
    expect(v.monthlyResult).toBe(660 * 12 - 9000);
    expect(v.message.en).toMatch(/about \$1,080 per 30 days over target/);
  });

  it("normalises per 30 days by the dated span", () => {
    const t = makeTable(
      { date: ["2026-01-01", "2026-01-10"], spend: [500, 500], revenue: [400, 400] },
      { rowKinds: ["ad", "ad"] },
    );
    const v = moneyVerdict({ tables: [t] }, options({ margin: 1 }), null);
    expect(v.periodDays).toBe(10);
    expect(v.monthlySpend).toBe(3000);
    expect(v.monthlyResult).toBe(-600);
  });

  it("gives no monthly figures for undated rows and says why", () => {
    const t = makeTable({ spend: [100, 200], conversions: [1, 2] }, { rowKinds: ["ad", "ad"] });
    const v = moneyVerdict({ tables: [t] }, options(), null);
    expect(v.periodDays).toBeNull();
    expect(v.monthlySpend).toBeNull();
    expect(v.cpa).toBe(100);
    expect(v.message.en).toMatch(/no dates, so there are no per-month figures/);
  });

  it("asks for conversions or revenue when there is spend only", () => {
    const t = makeTable({ date: ["2026-01-01"], spend: [100] }, { rowKinds: ["ad"] });
    const v = moneyVerdict({ tables: [t] }, options(), "EUR");
    expect(v.assessed).toBe(true);
    expect(v.missing).toEqual([["revenue"], ["conversions"]]);
    expect(v.message.en).toMatch(/add a conversions or revenue column/);
    expect(v.message.en).toMatch(/only 1 days/);
  });

  it("counts a campaign with spend but no conversions as all waste", () => {
    const t = makeTable(
      {
        campaign: ["A", "B", "C", "D"],
        spend: [100, 100, 100, 400],
        conversions: [10, 10, 8, 0],
      },
      { rowKinds: ["ad", "ad", "ad", "ad"] },
    );
    const v = moneyVerdict({ tables: [t] }, options(), null);
    // portfolio CPA 700/28 = 25, D spent 400 ≥ 3 × 25: eligible; CPAs 10, 10, 12.5, ∞ → median 11.25
    expect(v.savingsUnits.map((u) => [u.name, u.savings, u.efficiency])).toEqual([
      ["D", 400, 400],
      ["C", 10, 12.5],
    ]);
  });

  it("ignores organic rows and units with too little data", () => {
    const t = makeTable(
      { campaign: ["A", "B", "tiny", "post"], spend: [1000, 1000, 5, null], conversions: [50, 20, 0, null] },
      { rowKinds: ["ad", "ad", "ad", "post"] },
    );
    const v = moneyVerdict({ tables: [t] }, options(), null);
    expect(v.spend).toBe(2005);
    expect(v.savingsUnits.map((u) => u.name)).toEqual(["B"]);
  });
});
