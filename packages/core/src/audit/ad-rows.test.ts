/**
 * Ad rows across tables: two ad exports are judged as one account (the verdict, budget and segmentation see both),
 * units stay apart by file, row numbers stay the files' own, and a table in another currency is left out by name.
 */
import { describe, expect, it } from "vitest";
import { budgetFactor } from "../factors/budget";
import { makeTable } from "../testing/table";
import { mergedAdRows, mergeNote } from "./ad-rows";
import { audit } from "./engine";

type AdRow = [date: string, campaign: string, spend: number, conversions: number];

/** An ad export; impressions follow spend and the day, as delivery counts do (never round like a daily budget). */
function ads(rows: AdRow[], source: string, currency = "USD") {
  return makeTable(
    {
      date: rows.map((r) => r[0]),
      campaign: rows.map((r) => r[1]),
      spend: rows.map((r) => r[2]),
      impressions: rows.map((r) => r[2] * 97 + Number(r[0].slice(-2))),
      conversions: rows.map((r) => r[3]),
    },
    { rowKinds: rows.map(() => "ad"), source, currency },
  );
}

/** `days` days of one campaign, one row a day, in June 2026. */
function daily(campaign: string, days: number, spend: number, conversions: number, from = 1): AdRow[] {
  return Array.from({ length: days }, (_, k) => [
    `2026-06-${String(from + k).padStart(2, "0")}`,
    campaign,
    spend,
    conversions,
  ]);
}

const posts = makeTable(
  { date: ["2026-06-01", "2026-06-02"], reach: [100, 200] },
  { rowKinds: ["post", "post"], source: "posts.csv" },
);

describe("mergedAdRows", () => {
  it("is null when fewer than two tables have ad rows, so the caller's own choice stands", () => {
    expect(mergedAdRows({ tables: [posts, ads(daily("A", 3, 10, 1), "meta.csv")] }, ["spend"])).toBeNull();
    expect(mergedAdRows({ tables: [posts] }, ["spend"])).toBeNull();
  });

  it("merges the ad rows of two tables: every row once, file row numbers kept, unit labels prefixed by file", () => {
    const meta = ads(daily("Retargeting", 3, 10, 1), "meta.csv");
    const vk = ads(daily("Retargeting", 2, 20, 0), "vk.csv");
    const merged = mergedAdRows({ tables: [posts, meta, vk] }, ["spend"]);
    expect(merged?.sources).toEqual(["meta.csv", "vk.csv"]);
    expect(merged?.excluded).toEqual([]);
    const table = merged?.table;
    expect(table?.rowCount).toBe(5);
    expect(table?.rowNumbers).toEqual([2, 3, 4, 2, 3]);
    expect(table?.columns.spend?.values).toEqual([10, 10, 10, 20, 20]);
    expect(table?.columns.campaign?.values).toEqual([
      "meta.csv · Retargeting",
      "meta.csv · Retargeting",
      "meta.csv · Retargeting",
      "vk.csv · Retargeting",
      "vk.csv · Retargeting",
    ]);
    expect(table?.currency).toBe("USD");
    expect(table?.source).toBe("meta.csv + vk.csv");
  });

  it("fills a column one table lacks with blanks, and names the file as the unit of a table without the label", () => {
    const meta = ads(daily("A", 2, 10, 1), "meta.csv");
    const bare = makeTable({ date: ["2026-06-03"], spend: [5] }, { rowKinds: ["ad"], source: "bare.csv" });
    const table = mergedAdRows({ tables: [meta, bare] }, ["spend"])?.table;
    expect(table?.columns.conversions?.values).toEqual([1, 1, null]);
    expect(table?.columns.campaign?.values).toEqual(["meta.csv · A", "meta.csv · A", "bare.csv"]);
    expect(table?.columns.date?.offsetMinutes).toEqual([null, null, null]);
  });

  it("leaves out a table in another currency than the one with the most ad rows (or the options'), and says so", () => {
    const usd = ads(daily("A", 4, 100, 1), "meta.csv", "USD");
    const rub = ads(daily("B", 3, 5000, 1), "vk.csv", "RUB");
    const merged = mergedAdRows({ tables: [rub, usd] }, ["spend"]);
    expect(merged?.table).toBe(usd);
    expect(merged?.excluded).toEqual([{ source: "vk.csv", currency: "RUB", rows: 3 }]);
    expect(mergedAdRows({ tables: [rub, usd] }, ["spend"], "RUB")?.table).toBe(rub);
    expect(mergeNote(merged ?? { sources: [], excluded: [], repeated: [] })?.en).toBe(
      "Left out, in another currency (amounts are not converted): vk.csv (RUB, 3); audit it separately.",
    );
  });
});

describe("overlapping ad exports", () => {
  const whole = [...daily("A", 30, 100, 5), ...daily("B", 30, 50, 1)];
  const inRange = (from: number, to: number) =>
    whole.filter((r) => Number(r[0].slice(-2)) >= from && Number(r[0].slice(-2)) <= to);

  it("counts a row two exports both hold once, and says how many", () => {
    const first = ads(inRange(1, 20), "ads-1.csv");
    const second = ads(inRange(11, 30), "ads-2.csv");
    const merged = mergedAdRows({ tables: [first, second] }, ["spend"]);
    expect(merged?.table.rowCount).toBe(60);
    expect(merged?.repeated).toEqual([{ source: "ads-2.csv", of: "ads-1.csv", rows: 20 }]);
    const both = audit([first, second], { targetCpa: 50 });
    const one = audit([ads(whole, "ads.csv")], { targetCpa: 50 });
    expect(both.verdict.spend).toBe(one.verdict.spend);
    expect(both.verdict.conversions).toBe(one.verdict.conversions);
    expect(both.warnings.map((w) => w.en)).toContain(
      "Ad rows of ads-2.csv that repeat rows of ads-1.csv (same date, unit and figures: overlapping exports): 20, counted once.",
    );
  });

  it("keeps rows repeated inside one table, and rows without a date or a delivery count", () => {
    const twice = ads([...daily("A", 2, 100, 5), ...daily("A", 2, 100, 5)], "a.csv");
    const other = ads(daily("B", 2, 100, 5), "b.csv");
    expect(mergedAdRows({ tables: [twice, other] }, ["spend"])?.table.rowCount).toBe(6);
    const undated = (source: string) =>
      makeTable({ campaign: ["A", "A"], spend: [10, 10] }, { rowKinds: ["ad", "ad"], source, currency: "USD" });
    const merged = mergedAdRows({ tables: [undated("u1.csv"), undated("u2.csv")] }, ["spend"]);
    expect(merged?.table.rowCount).toBe(4);
    expect(merged?.repeated).toEqual([]);
    // Two platforms spending the same round budget on a same-named campaign the same day are two rows.
    const budgetOnly = (source: string) =>
      makeTable(
        { date: ["2026-06-01"], campaign: ["Spring"], spend: [100] },
        { rowKinds: ["ad"], source, currency: "USD" },
      );
    expect(mergedAdRows({ tables: [budgetOnly("meta.csv"), budgetOnly("vk.csv")] }, ["spend"])?.table.rowCount).toBe(2);
  });
});

describe("the audit with two ad exports", () => {
  const meta = ads([...daily("A", 10, 100, 10), ...daily("B", 10, 100, 10)], "meta.csv");
  const vk = ads(daily("Wasted", 10, 100, 0), "vk.csv");

  it("gives the money verdict over both: spend and conversions are the sums, the message names both files", () => {
    const both = audit([meta, vk], { targetCpa: 20 });
    const alone = audit([meta], { targetCpa: 20 });
    expect(alone.verdict.spend).toBe(2000);
    expect(both.verdict.spend).toBe(3000);
    expect(both.verdict.conversions).toBe(200);
    expect(both.verdict.cpa).toBe(15);
    expect(both.verdict.periodDays).toBe(10);
    expect(both.verdict.message.en).toContain("Ad rows of meta.csv, vk.csv are judged together.");
    expect(both.verdict.message.ru).toContain("Строки рекламы из meta.csv, vk.csv оцениваются вместе.");
    const wasted = both.verdict.savingsUnits.find((u) => u.name === "vk.csv · Wasted");
    expect(wasted?.savings).toBe(1000);
    expect(wasted?.rows.slice(0, 3)).toEqual([2, 3, 4]);
  });

  it("lets the budget factor see the campaign that only the second export holds", () => {
    const factor = (tables: Parameters<typeof audit>[0]) =>
      audit(tables, { targetCpa: 20 }, [budgetFactor]).factors.find((f) => f.id === "budget");
    const alone = factor([meta]);
    const both = factor([meta, vk]);
    expect(alone?.level).toBe("ok");
    expect(both?.level).not.toBe("ok");
    expect((both?.risk ?? 0) - (alone?.risk ?? 0)).toBeGreaterThan(30);
    expect(both?.findings.map((f) => f.message.en).join(" ")).toContain("vk.csv · Wasted");
  });

  it("warns when an ad export is left out for its currency", () => {
    const rub = ads(daily("B", 5, 1000, 1), "vk-rub.csv", "RUB");
    const result = audit([meta, rub]);
    expect(result.warnings.map((w) => w.en)).toContain(
      "Left out, in another currency (amounts are not converted): vk-rub.csv (RUB, 5); audit it separately.",
    );
    expect(result.verdict.spend).toBe(2000);
    expect(result.verdict.currency).toBe("USD");
  });
});
