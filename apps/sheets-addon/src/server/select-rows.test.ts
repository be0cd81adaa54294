import { describe, expect, it } from "vitest";
import { rowRangesA1 } from "./select-rows";

describe("rowRangesA1", () => {
  it("merges consecutive rows and limits the ranges to the audited columns", () => {
    expect(rowRangesA1([12, 5, 6, 7, 6], 1, 4)).toEqual(["A5:D7", "A12:D12"]);
    expect(rowRangesA1([30], 3, 28)).toEqual(["C30:AB30"]);
  });

  it("ignores rows that are not sheet rows", () => {
    expect(rowRangesA1([0, -1, 2.5, Number.NaN], 1, 2)).toEqual([]);
  });
});
