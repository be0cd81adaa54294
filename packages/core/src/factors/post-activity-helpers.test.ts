import { describe, expect, it } from "vitest";
import { makeTable } from "../testing/table";
import { engagementPerPost, groupMedians, interactionsPerPost } from "./post-activity-helpers";

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
