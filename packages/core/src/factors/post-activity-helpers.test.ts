import { describe, expect, it } from "vitest";
import { makeTable } from "../testing/table";
import { engagementPerPost, groupMedians, interactionsPerPost, postIndices } from "./post-activity-helpers";

describe("postIndices", () => {
  it("keeps post rows and leaves ads and messages out", () => {
    const t = makeTable({ likes: [1, 2, 3], spend: [null, 5, null] }, { rowKinds: ["post", "ad", "message"] });
    expect(postIndices(t)).toEqual([0]);
  });
  it("counts conversion-bearing rows of an organic table (no spend, no campaign) as posts", () => {
    const t = makeTable({ likes: [1, 2], conversions: [1, null] }, { rowKinds: ["ad", "post"] });
    expect(postIndices(t)).toEqual([0, 1]);
  });
  it("takes every row of an unclassified table without money or message columns", () => {
    expect(postIndices(makeTable({ likes: [1, 2] }, { rowKinds: ["unknown", "unknown"] }))).toEqual([0, 1]);
    expect(postIndices(makeTable({ replied: [true, false] }, { rowKinds: ["unknown", "unknown"] }))).toEqual([]);
  });
});

describe("interactions and engagement per post", () => {
  it("uses the exported total when present, else sums the parts, and keeps empty rows empty", () => {
    const t = makeTable({ engagements: [10, null, null], likes: [1, 2, null], comments: [1, 1, null] });
    expect(interactionsPerPost(t)?.values).toEqual([10, 3, null]);
    expect(interactionsPerPost(makeTable({ reach: [1] }))).toBeNull();
  });
  it("divides by reach when reach is mostly filled", () => {
    const t = makeTable({ likes: [10, 20, 30], reach: [100, 0, 300] });
    const e = engagementPerPost(t, [0, 1, 2]);
    expect(e?.byReach).toBe(true);
    expect(e?.values).toEqual([0.1, null, 0.1]);
    const sparse = makeTable({ likes: [10, 20, 30], reach: [100, null, null] });
    expect(engagementPerPost(sparse, [0, 1, 2])?.byReach).toBe(false);
  });
});

describe("groupMedians", () => {
  it("groups labels case- and space-insensitively and skips rows without a value or label", () => {
    const groups = groupMedians(["Reel", "reel ", "Photo", "", "photo"], [0, 1, 2, 3, 4], [1, 3, 10, 99, null]);
    expect(groups.map((g) => [g.name, g.indices, g.median])).toEqual([
      ["Reel", [0, 1], 2],
      ["Photo", [2], 10],
    ]);
  });
});
