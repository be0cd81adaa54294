import { describe, expect, it } from "vitest";
import { makeTable } from "../testing/table";
import { groupUnits } from "./units";

describe("groupUnits", () => {
  const table = makeTable(
    {
      campaign: ["Spring", "spring ", "Retarget", null, "Retarget"],
      spend: [100, 50, 300, 10, null],
      conversions: [5, 2, 3, null, 1],
    },
    { rowKinds: ["ad", "ad", "ad", "ad", "ad"] },
  );
  it("sums per label, case- and space-insensitively, largest spend first", () => {
    const units = groupUnits(table, [0, 1, 2, 3, 4], "campaign");
    expect(units.map((u) => [u.name, u.spend, u.conversions, u.indices.length])).toEqual([
      ["Retarget", 300, 4, 2],
      ["Spring", 150, 7, 2],
      ["(blank)", 10, 0, 1],
    ]);
  });
  it("tells a measured zero from an empty column", () => {
    const units = groupUnits(table, [3], "campaign");
    expect(units[0]?.has).toMatchObject({ spend: true, conversions: false, revenue: false });
  });
});
