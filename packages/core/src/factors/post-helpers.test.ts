import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeTable } from "../testing/table";
import {
  halves,
  interactionsOf,
  MAX_TREND_POINTS,
  postPoints,
  rateBaseOf,
  rateRatio,
  robustTrend,
  smallestBy,
} from "./post-helpers";

describe("interactionsOf", () => {
  it("sums the parts present and ignores an exported total (X counts clicks in it)", () => {
    const t = makeTable({ likes: [10, null, null], shares: [2, 3, null], engagements: [99, 99, 99] });
    const i = interactionsOf(t);
    expect(i?.source).toBe("parts");
    expect(i?.values).toEqual([12, 3, null]);
    expect(i?.note.en).toBe("Interactions = likes + shares (the columns present).");
    expect(i?.note.ru).toContain("лайки + репосты");
  });
  it("falls back to the engagements total and says so; saves alone are not interactions", () => {
    const t = makeTable({ saves: [1, 2], engagements: [7, 8] });
    expect(interactionsOf(t)).toMatchObject({ source: "total", values: [7, 8] });
    expect(interactionsOf(makeTable({ saves: [1] }))).toBeNull();
  });
});

describe("postPoints and rateBaseOf", () => {
  it("prefers reach, skips rows without a positive denominator and orders by date", () => {
    const t = makeTable({
      date: ["2026-01-03", "2026-01-01", "2026-01-02", null],
      likes: [30, 10, 20, 5],
      reach: [300, 100, 0, 50],
      impressions: [1, 1, 1, 1],
    });
    expect(rateBaseOf(t)).toBe("reach");
    const points = postPoints(
      t,
      [0, 1, 2, 3],
      interactionsOf(t) as NonNullable<ReturnType<typeof interactionsOf>>,
      "reach",
    );
    expect(points.map((p) => p.index)).toEqual([1, 0, 3]);
    expect(points.map((p) => p.rate)).toEqual([0.1, 0.1, 0.1]);
  });
});

describe("rateRatio", () => {
  it("finds 50 → 100 events per equal exposure a significant doubling", () => {
    const r = rateRatio(50, 10_000, 100, 10_000);
    expect(r?.ratio).toBeCloseTo(2, 6);
    expect(r?.p).toBeLessThan(0.001);
  });
  it("keeps 0 → 3 finite and not significant, and 0 → 0 as no change", () => {
    const r = rateRatio(0, 1000, 3, 1000);
    expect(r?.ratio).toBeCloseTo(6, 6);
    expect(r?.p).toBeGreaterThan(0.05);
    expect(rateRatio(0, 10, 0, 10)).toEqual({ ratio: 1, p: 1 });
    expect(rateRatio(1, 0, 1, 10)).toBeNull();
  });
});

describe("robustTrend", () => {
  it("thins long series and still recovers the slope over the whole span, reporting the full n", () => {
    const n = 50_000;
    const xs = Array.from({ length: n }, (_, i) => i);
    const ys = xs.map((x) => 1000 - 0.01 * x + ((x * 37) % 11));
    const started = performance.now();
    const t = robustTrend(xs, ys);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(t?.n).toBe(n);
    expect(t?.slope).toBeCloseTo(-0.01, 3);
    expect(t?.end).toBeLessThan((t?.start ?? 0) - 450);
    expect(t?.p).toBeLessThan(0.001);
    expect(MAX_TREND_POINTS).toBeLessThan(n);
  });
});

describe("halves", () => {
  it("splits in time order with the middle item in the later half", () => {
    expect(halves([1, 2, 3, 4, 5])).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });
});

describe("smallestBy against sorting everything", () => {
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }) },
    { weight: 2, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0) },
  );
  it("keeps exactly the first k items of the stable comparator sort, ties in input order", () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), fc.integer({ min: 0, max: 25 }), (keys, k) => {
        const items = keys.map((v, id) => ({ v, id }));
        const expected = items
          .slice()
          .sort((a, b) => a.v - b.v)
          .slice(0, k);
        expect(smallestBy(items, (item) => item.v, k)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
