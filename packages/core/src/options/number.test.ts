import { describe, expect, it } from "vitest";
import { parseLooseNumber } from "./number";

describe("parseLooseNumber", () => {
  it.each([
    ["1 200,5", 1200.5],
    ["1\u00a0200,5", 1200.5],
    ["1,200.50", 1200.5],
    ["1.200,50", 1200.5],
    ["1,200", 1200],
    ["0,25", 0.25],
    ["1,5", 1.5],
    ["$1,200", 1200],
    ["1 200 ₽", 1200],
    ["−3", -3],
    ["12.345.678", 12345678],
  ])("%s → %d", (text, value) => {
    expect(parseLooseNumber(text)).toEqual({ value, percent: false });
  });

  it("flags percents", () => {
    expect(parseLooseNumber("30%")).toEqual({ value: 30, percent: true });
    expect(parseLooseNumber("3,5 %")).toEqual({ value: 3.5, percent: true });
  });

  it("returns null for non-numbers", () => {
    for (const bad of ["abc", "", "-", "1-2", Number.NaN, Number.POSITIVE_INFINITY, true, null, {}]) {
      expect(parseLooseNumber(bad)).toBeNull();
    }
  });
});
