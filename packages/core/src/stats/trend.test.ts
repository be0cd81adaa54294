import fc from "fast-check";
import { sampleCorrelation } from "simple-statistics";
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

describe("spearman against its tuple-sort definition", () => {
  /** Average ranks by sorting [value, index] pairs with a comparator: how spearman ranked before the typed sort. */
  function tupleRanks(values: number[]): number[] {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const out = new Array<number>(values.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
      for (let k = i; k <= j; k++) out[order[k]?.[1] as number] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return out;
  }
  function reference(xs: number[], ys: number[]): number | null {
    const n = Math.min(xs.length, ys.length);
    if (n < 3) return null;
    const r = sampleCorrelation(tupleRanks(xs.slice(0, n)), tupleRanks(ys.slice(0, n)));
    return Number.isFinite(r) ? r : null;
  }
  // Few distinct values (many ties), both zeros, infinities and the odd NaN.
  const value = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -4, max: 4 }).map((v) => v / 2) },
    { weight: 4, arbitrary: fc.double({ noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(-0, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN) },
  );

  it("gives exactly the same coefficient on arbitrary series", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), fc.array(value, { maxLength: 40 }), (xs, ys) => {
        expect(spearman(xs, ys)).toBe(reference(xs, ys));
      }),
      { numRuns: 3000 },
    );
  });
  it("gives exactly the same coefficient on 20k values with ties", () => {
    const xs = Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 1013) / 7);
    const ys = Array.from({ length: 20_000 }, (_, i) => ((i * 104_729) % 97) + (i % 3 === 0 ? 0.5 : 0));
    expect(spearman(xs, ys)).toBe(reference(xs, ys));
  });
});
