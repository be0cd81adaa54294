import { describe, expect, it } from "vitest";
import { generateScenario } from "../scenarios/index";
import { readTable } from "../table/read";
import { makeTable } from "../testing/table";
import { pickPostRows, postIndices } from "./post-rows";

describe("postIndices", () => {
  it("keeps post rows and leaves ads and messages out", () => {
    const t = makeTable({ likes: [1, 2, 3], spend: [null, 5, null] }, { rowKinds: ["post", "ad", "message"] });
    expect(postIndices(t)).toEqual([0]);
  });
  it("never turns ad rows into posts, whatever columns they have", () => {
    const t = makeTable({ likes: [1, 2], conversions: [1, null] }, { rowKinds: ["ad", "post"] });
    expect(postIndices(t)).toEqual([1]);
    expect(postIndices(makeTable({ likes: [1, 2], conversions: [1, 2] }, { rowKinds: ["ad", "ad"] }))).toEqual([]);
  });
  it("takes every row of an unclassified table without money or message columns", () => {
    expect(postIndices(makeTable({ likes: [1, 2] }, { rowKinds: ["unknown", "unknown"] }))).toEqual([0, 1]);
    expect(postIndices(makeTable({ replied: [true, false] }, { rowKinds: ["unknown", "unknown"] }))).toEqual([]);
    expect(postIndices(makeTable({ likes: [1, 2] }, { rowKinds: ["unknown", "ad"] }))).toEqual([]);
  });
});

describe("pickPostRows", () => {
  const scenario = generateScenario({ seed: 42 });
  const posts = readTable(scenario.posts, { source: "posts" });
  const ads = readTable(scenario.ads, { source: "ads" });
  const messages = readTable(scenario.messages, { source: "messages" });

  it("finds the posts export of posts + ads + messages, with all its rows (conversions do not make them ads)", () => {
    const set = pickPostRows({ tables: [ads, messages, posts] }, { needs: [["text"]] });
    expect(set?.table.source).toBe("posts");
    expect(set?.indices).toHaveLength(posts.rowCount);
  });
  it("returns null when only ads and messages are present", () => {
    expect(pickPostRows({ tables: [ads, messages] })).toBeNull();
  });
  it("requires one of the alternative field sets, prefers tables with more preferred fields, then more posts", () => {
    const small = makeTable({ text: ["a", "b"], reach: [1, 2] }, { source: "small" });
    const big = makeTable({ text: ["a", "b", "c"] }, { source: "big" });
    expect(pickPostRows({ tables: [small, big] }, { needs: [["text"]] })?.table.source).toBe("big");
    expect(pickPostRows({ tables: [small, big] }, { needs: [["text"]], preferred: ["reach"] })?.table.source).toBe(
      "small",
    );
    expect(pickPostRows({ tables: [small, big] }, { needs: [["likes"], ["followers"]] })).toBeNull();
  });
  it("keeps only accepted rows and breaks a tie towards a table with interactions", () => {
    const plain = makeTable({ date: ["2026-01-01", null, "2026-01-03"] }, { source: "plain" });
    const liked = makeTable({ date: ["2026-01-01", "2026-01-02", null], likes: [1, 2, 3] }, { source: "liked" });
    const set = pickPostRows(
      { tables: [plain, liked] },
      { accept: (table, i) => table.columns.date?.values[i] !== null },
    );
    expect(set?.table.source).toBe("liked");
    expect(set?.indices).toEqual([0, 1]);
  });
});
