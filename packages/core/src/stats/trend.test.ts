import { describe, expect, it } from "vitest";
import { spearman, theilSen } from "./trend";

describe("theilSen", () => {
  it("recovers a falling line despite outliers and calls it significant", () => {
    const xs = Array.from({ length: 60 }, (_, i) => i);
    const ys = xs.map((x) => 100 - x + (x % 7 === 0 ? 400 : 0));
    const t = theilSen(xs, ys);
    expect(t?.slope).toBeCloseTo(-1, 1);
    expect(t?.p).toBeLessThan(0.01);
  });
  it("finds no significant trend in flat noise", () => {
    const xs = Array.from({ length: 60 }, (_, i) => i);
    const ys = xs.map((x) => 50 + ((x * 37) % 11) - 5);
    expect(theilSen(xs, ys)?.p).toBeGreaterThan(0.05);
  });
  it("subsamples pairs on long series and still finds the slope", () => {
    const xs = Array.from({ length: 3000 }, (_, i) => i);
    const ys = xs.map((x) => 2 * x + ((x * 13) % 17));
    expect(theilSen(xs, ys)?.slope).toBeCloseTo(2, 1);
  });
  it("needs three points", () => {
    expect(theilSen([1, 2], [1, 2])).toBeNull();
  });
});

describe("spearman", () => {
  it("is 1 for any monotone relation and handles ties", () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 6);
    expect(spearman([1, 2, 2, 3], [3, 2, 2, 1])).toBeCloseTo(-1, 6);
  });
  it("is null for a constant side", () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});
