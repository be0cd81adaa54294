import { describe, expect, it } from "vitest";
import { describeMapping } from "./describe";
import { readTable } from "./read";

describe("describeMapping", () => {
  it("lists mapped fields, computed rates and unused columns in column order, with origin-aware letters", () => {
    const t = readTable(
      [
        ["Охват подписчиков", "Полный охват", "ER", "Заметки"],
        [100, 300, "2%", "x"],
      ],
      { origin: { row: 5, column: 3 } },
    );
    expect(describeMapping(t)).toEqual([
      {
        field: "reach",
        header: "Полный охват",
        column: "D",
        confidence: 1,
        reason: 'exact synonym "полный охват"; preferred over "Охват подписчиков"',
        alternatives: ["Охват подписчиков (C, 0.7)"],
      },
      {
        field: "rate:engagement_rate",
        header: "ER",
        column: "E",
        confidence: null,
        reason: "rate computed by the export (kept for reference, as a fraction)",
        alternatives: [],
      },
      { field: null, header: "Заметки", column: "F", confidence: null, reason: "no matching field", alternatives: [] },
    ]);
    expect(JSON.parse(JSON.stringify(describeMapping(t)))).toEqual(describeMapping(t));
  });
});
