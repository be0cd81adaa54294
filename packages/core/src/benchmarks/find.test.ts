import { describe, expect, it } from "vitest";
import { BENCHMARKS } from "./data";
import { findBenchmark } from "./find";

describe("findBenchmark", () => {
  it("returns the chosen study's figure for the platform", () => {
    expect(findBenchmark("er_by_followers", "instagram", "socialinsider-2023")?.value).toBe(0.006);
    expect(findBenchmark("er_by_followers", "facebook", "rivaliq-2024")?.value).toBe(0.00063);
  });
  it("falls back to the default study when the chosen one lacks the platform", () => {
    const b = findBenchmark("er_by_followers", "instagram", "rivaliq-2024");
    expect(b?.study).toBe("rivaliq-2023");
    expect(b?.value).toBe(0.0047);
  });
  it("never compares across platforms", () => {
    expect(findBenchmark("er_by_followers", "linkedin")).toBeNull();
    expect(findBenchmark("er_by_followers", null)).toBeNull();
  });
  it("stores every figure with a source, years and a bilingual denominator", () => {
    for (const b of BENCHMARKS) {
      expect(b.source.length).toBeGreaterThan(5);
      expect(b.year).toBeGreaterThanOrEqual(2017);
      expect(b.denominator.en && b.denominator.ru).toBeTruthy();
      expect(b.value).toBeGreaterThan(0);
    }
    expect(new Set(BENCHMARKS.map((b) => b.id)).size).toBe(BENCHMARKS.length);
  });
});
