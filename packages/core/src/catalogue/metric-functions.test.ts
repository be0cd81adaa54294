/**
 * Sheets behaviour of the per-row metric functions: a single cell gives a single value, columns give a column,
 * empty cells and zero denominators give blanks, export-style number text is read, bad cells and mismatched
 * heights are clear errors, a header row is skipped and answered with a header, 100k rows are fast.
 */
import { describe, expect, it } from "vitest";
import { callFunction } from "./registry";

const col = (...values: unknown[]) => values.map((v) => [v]);
/** The result must be a plain number (a scalar), not a 1×1 array that happens to compare equal. */
function num(value: unknown): number {
  if (typeof value !== "number") throw new Error(`expected a scalar number, got ${JSON.stringify(value)}`);
  return value;
}

/** name, arguments, expected scalar result. */
const FORMULAS: [string, unknown[], number][] = [
  ["SMM_ER", [120, 10000], 0.012],
  ["SMM_ERR", [120, 3000], 0.04],
  ["SMM_CTR", [25, 1000], 0.025],
  ["SMM_CPM", [70, 10000], 7],
  ["SMM_CPC", [172, 100], 1.72],
  ["SMM_CPA", [500, 20], 25],
  ["SMM_ROAS", [1250, 500], 2.5],
  ["SMM_ROMI", [1000, 200, 0.3], 0.5],
  ["SMM_ROMI", [1000, 500], 1],
];

describe.each(FORMULAS)("%s%j", (name, args, expected) => {
  it("single cells in, a single value out", () => {
    expect(num(callFunction(name, args))).toBeCloseTo(expected, 10);
    // A 1×1 range is a single cell too.
    const oneByOne = args.map((a) => [[a]]);
    expect(num(callFunction(name, oneByOne))).toBeCloseTo(expected, 10);
  });

  it("columns in, a column out, blanks for empty cells and zero denominators", () => {
    const columns = args.map((a, k) => col(a, "", a, k === 1 ? 0 : a));
    const out = callFunction(name, columns) as unknown[][];
    expect(out).toHaveLength(4);
    expect(out[0]?.[0]).toBeCloseTo(expected, 10);
    expect(out[1]).toEqual([""]);
    expect(out[2]?.[0]).toBeCloseTo(expected, 10);
    expect(out[3]).toEqual([""]);
  });

  it("reads numbers written as text, with spaces, commas, currency and percent", () => {
    const asText = args.map((a) => (typeof a === "number" ? `${String(a).replace(".", ",")}` : a));
    expect(num(callFunction(name, asText))).toBeCloseTo(expected, 10);
    const spaced = args.map((a) =>
      typeof a === "number" && a >= 1000 ? `${Math.floor(a / 1000)} ${String(a % 1000).padStart(3, "0")}` : a,
    );
    expect(num(callFunction(name, spaced))).toBeCloseTo(expected, 10);
  });

  it("names the argument and the row of an unreadable cell", () => {
    const first =
      name === "SMM_ER" || name === "SMM_ERR" ? "interactions" : (args.length && callFunctionArgName(name)) || "";
    const bad = args.map((a, k) => (k === 0 ? col(a, a, "abc") : col(a, a, a)));
    expect(() => callFunction(name, bad)).toThrow(`${name}: ${first} row 3 is "abc", expected a number`);
  });

  it("refuses ranges of different heights", () => {
    const uneven = args.map((a, k) => (k === 0 ? col(a, a, a) : col(a, a)));
    expect(() => callFunction(name, uneven)).toThrow(/has 3 rows but .* has 2: use ranges of the same height/);
  });
});

function callFunctionArgName(name: string): string {
  return {
    SMM_CTR: "clicks",
    SMM_CPM: "spend",
    SMM_CPC: "spend",
    SMM_CPA: "spend",
    SMM_ROAS: "revenue",
    SMM_ROMI: "revenue",
  }[name] as string;
}

describe("column arguments", () => {
  it("skips a text header, answers with a localized header, and lines up with the data", () => {
    expect(callFunction("SMM_CTR", [col("Link clicks", 10, 20), col("Impressions", 1000, 1000)])).toEqual([
      ["CTR"],
      [0.01],
      [0.02],
    ]);
    // Header only on one side: the header row is dropped from that one before lengths are compared.
    expect(callFunction("SMM_CPC", [col("Расход (руб.)", 100, 300), col(10, 20)], { lang: "ru" })).toEqual([
      ["CPC"],
      [10],
      [15],
    ]);
    expect(
      callFunction(
        "SMM_ER",
        [
          [
            ["Likes", "Comments"],
            [90, 10],
          ],
          col("Followers", 10000),
        ],
        { lang: "ru" },
      ),
    ).toEqual([["ER по подписчикам"], [0.01]]);
  });

  it("treats a header above blank cells as a header, and gives blanks", () => {
    expect(callFunction("SMM_CTR", [col("Clicks", "", ""), col("Impressions", "", "")])).toEqual([["CTR"], [""], [""]]);
  });

  it("does not mistake a bad first cell for a header when nothing below is a number", () => {
    expect(() => callFunction("SMM_CTR", [col("abc", "def"), col(1, 2)])).toThrow(
      'SMM_CTR: clicks row 1 is "abc", expected a number',
    );
  });

  it("sums adjacent interaction columns per row and treats a blank cell beside a value as 0", () => {
    const interactions = [
      [80, 10, 5, 5],
      [40, "", 5, ""],
      ["", "", "", ""],
    ];
    expect(callFunction("SMM_ER", [interactions, col(10000, 10000, 10000)])).toEqual([[0.01], [0.0045], [""]]);
    // One row of adjacent columns is one post: a single value out.
    expect(callFunction("SMM_ERR", [[[80, 10, 5, 5]], 5000])).toBe(0.02);
    expect(callFunction("SMM_ER", [[[80, 10, 5, 5]], col(10000, 5000)])).toEqual([[0.01], [0.02]]);
  });

  it("broadcasts a single cell against a column", () => {
    expect(callFunction("SMM_ER", [col(100, 200), 10000])).toEqual([[0.01], [0.02]]);
    expect(callFunction("SMM_ROMI", [col(1000, 500), col(200, 500), "30%"])).toEqual([[0.5], [-0.7]]);
  });

  it("refuses several columns where one is expected, and a row", () => {
    expect(() =>
      callFunction("SMM_CTR", [
        [
          [1, 2],
          [3, 4],
        ],
        col(1, 2),
      ]),
    ).toThrow("SMM_CTR: clicks must be one column (a range like B2:B100), got 2 columns");
    expect(() => callFunction("SMM_CTR", [[[1, 2, 3]], [[1, 2, 3]]])).toThrow("got a row of 3 cells");
  });

  it("reads export number text and treats dashes as empty", () => {
    expect(callFunction("SMM_CPC", [col("1 234,5", "$1,200.50", "-"), col(10, 100, 5)])).toEqual([
      [123.45],
      [12.005],
      [""],
    ]);
    expect(num(callFunction("SMM_CTR", ["3,5%", 1]))).toBeCloseTo(0.035, 10);
  });

  it("checks the ROMI margin per row: 0.3, 30% and 30 mean the same, 150% is an error", () => {
    expect(num(callFunction("SMM_ROMI", [1000, 200, 30]))).toBeCloseTo(0.5, 10);
    expect(num(callFunction("SMM_ROMI", [1000, 200, "30%"]))).toBeCloseTo(0.5, 10);
    expect(() => callFunction("SMM_ROMI", [col(1000, 1000), col(200, 200), col(0.3, "150%")])).toThrow(
      'SMM_ROMI: margin row 2 is "150%", expected a gross margin between 0 and 1 (e.g. 0.3 or 30%)',
    );
    expect(callFunction("SMM_ROMI", [1000, 200, ""])).toBe(4);
  });

  it("returns a blank for an empty single cell and for an empty range", () => {
    expect(callFunction("SMM_CTR", ["", 100])).toBe("");
    expect(callFunction("SMM_CTR", [[], []])).toBe("");
  });

  it("rejects values that are not cells", () => {
    expect(() => callFunction("SMM_CTR", [{ a: 1 }, 5])).toThrow(
      "SMM_CTR: clicks must be a cell or a range, got object",
    );
  });

  it("computes 100k rows in well under a second", () => {
    const n = 100_000;
    const clicks = Array.from({ length: n }, (_, i) => [i % 97]);
    const impressions = Array.from({ length: n }, (_, i) => [i % 13 === 0 ? "" : 1000 + (i % 500)]);
    const started = performance.now();
    const out = callFunction("SMM_CTR", [clicks, impressions]) as unknown[][];
    const elapsed = performance.now() - started;
    expect(out).toHaveLength(n);
    expect(out[1]?.[0]).toBeCloseTo(1 / 1001, 10);
    expect(out[13]).toEqual([""]);
    expect(elapsed).toBeLessThan(1500);
    const text = Array.from({ length: n }, (_, i) => [`${1000 + i},5`]);
    const started2 = performance.now();
    expect((callFunction("SMM_CPM", [text, impressions]) as unknown[][]).length).toBe(n);
    expect(performance.now() - started2).toBeLessThan(2500);
  });
});
