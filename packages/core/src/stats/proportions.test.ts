import { describe, expect, it } from "vitest";
import { twoProportionTest, wilson } from "./proportions";

describe("wilson", () => {
  it("matches the textbook interval for 8/10", () => {
    const r = wilson(8, 10);
    expect(r.rate).toBeCloseTo(0.8, 6);
    expect(r.low).toBeCloseTo(0.4902, 3);
    expect(r.high).toBeCloseTo(0.9433, 3);
  });
  it("is wide for tiny samples and narrow for large ones", () => {
    const small = wilson(1, 2);
    const large = wilson(500, 1000);
    expect(small.high - small.low).toBeGreaterThan(0.6);
    expect(large.high - large.low).toBeLessThan(0.07);
  });
  it("handles n = 0 without NaN bounds", () => {
    expect(wilson(0, 0)).toMatchObject({ low: 0, high: 1, n: 0 });
  });
});

describe("twoProportionTest", () => {
  it("finds 10% vs 2% on 500 each significant", () => {
    const r = twoProportionTest(50, 500, 10, 500);
    expect(r.z).toBeGreaterThan(5);
    expect(r.p).toBeLessThan(0.001);
  });
  it("does not call 3/30 vs 2/30 different", () => {
    expect(twoProportionTest(3, 30, 2, 30).p).toBeGreaterThan(0.5);
  });
  it("returns p = 1 for empty samples", () => {
    expect(twoProportionTest(0, 0, 1, 10)).toEqual({ z: 0, p: 1 });
  });
});
