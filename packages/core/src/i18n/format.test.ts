import { describe, expect, it } from "vitest";
import { both, formatMoney, formatNumber, formatPercent } from "./format";

describe("format", () => {
  it("groups and separates decimals per language", () => {
    expect(formatNumber(1234567.891, "en", 2)).toBe("1,234,567.89");
    expect(formatNumber(1234567.891, "ru", 2)).toBe("1\u00a0234\u00a0567,89");
    expect(formatNumber(-5, "en")).toBe("−5");
    expect(formatNumber(Number.NaN, "en")).toBe("—");
  });
  it("formats percents with adaptive digits", () => {
    expect(formatPercent(0.125, "en")).toBe("13%");
    expect(formatPercent(0.0047, "en")).toBe("0.47%");
    expect(formatPercent(0, "en")).toBe("0%");
    expect(formatPercent(0.00001, "en")).toBe("0.001%");
    expect(formatPercent(0.035, "ru")).toBe("3,5\u00a0%");
  });
  it("formats money", () => {
    expect(formatMoney(1200, "USD", "en")).toBe("$1,200");
    expect(formatMoney(-1200, "USD", "en")).toBe("−$1,200");
    expect(formatMoney(1200, "RUB", "ru")).toBe("1\u00a0200\u00a0₽");
    expect(formatMoney(1200, "RUB", "en")).toBe("1,200 RUB");
    expect(formatMoney(5, null, "en")).toBe("5");
  });
  it("builds both languages", () => {
    expect(both((l) => formatNumber(1.5, l, 1))).toEqual({ en: "1.5", ru: "1,5" });
  });
});
