import { describe, expect, it } from "vitest";
import { FACTORS } from "../factors/index";
import { OptionsError } from "../options/errors";
import type { Cell } from "../table/types";
import { auditValues } from "./values";

function posts(): Cell[][] {
  const rows: Cell[][] = [["Date", "Полный охват", "Охват подписчиков", "Likes", "Comments", "Spend", "Purchases"]];
  for (let d = 1; d <= 28; d++) {
    rows.push([`2026-02-${String(d).padStart(2, "0")}`, 1000 + d * 10, 800, 40 + (d % 5), 3, "", ""]);
  }
  rows.push(["2026-02-28", "", "", "", "", "1 200,50", 10]);
  return rows;
}

describe("auditValues", () => {
  it("reads and audits in one call, returning plain JSON", () => {
    const result = auditValues(posts(), "platform=instagram; currency=USD", { source: "Sheet1!A1:G30" });
    expect(result.inputs.sources).toEqual(["Sheet1!A1:G30"]);
    expect(result.inputs.rows).toBe(29);
    expect(result.inputs.platform).toBe("instagram");
    expect(result.inputs.period).toEqual({ start: "2026-02-01", end: "2026-02-28", days: 28 });
    expect(result.factors.map((f) => f.id)).toEqual(FACTORS.map((p) => p.id));
    expect(result.verdict.spend).toBeCloseTo(1200.5, 2);
    expect(result.verdict.conversions).toBe(10);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("passes the options' mapping to the reader", () => {
    const mapped = auditValues(posts(), "map.reach=Охват подписчиков");
    const reach = mapped.inputs.mapping[0]?.find((m) => m.field === "reach");
    expect(reach?.header).toBe("Охват подписчиков");
    const removed = auditValues(posts(), { mapping: { spend: null } });
    expect(removed.inputs.mapping[0]?.some((m) => m.field === "spend")).toBe(false);
    expect(removed.verdict.assessed).toBe(false);
  });

  it("throws OptionsError before reading when options are wrong", () => {
    expect(() => auditValues(posts(), "platfrom=vk")).toThrow(OptionsError);
  });

  it("survives an empty or headerless range", () => {
    const result = auditValues([]);
    expect(result.level).toBe("not_assessed");
    expect(result.risk).toBeNull();
    expect(
      auditValues([
        ["", ""],
        [1, 2],
      ]).level,
    ).toBe("not_assessed");
  });
});
