/**
 * The catalogue on the real public exports in ../shared/data, read the way a user pastes them: every audit
 * function answers (or says clearly what is missing), and the metric functions work on whole export columns.
 */
import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { callFunction } from "./registry";

const rowsOf = (path: string) => Papa.parse<string[]>(readSharedText(path), { skipEmptyLines: "greedy" }).data;
const columnOf = (rows: string[][], header: string) => {
  const index = (rows[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return rows.map((row) => [row[index] ?? ""]);
};

const paths = [SHARED.xNov2019, SHARED.xMar2020, SHARED.abTest].map((p) =>
  sharedDataFile(p, "catalogue on real exports"),
);

describe.skipIf(paths.some((p) => p === null))("catalogue on the real exports", () => {
  const [xNov, xMar, ab] = paths.map((p) => rowsOf(p as string)) as [string[][], string[][], string[][]];

  it.each([
    ["X Nov 2019", () => xNov],
    ["X Mar 2020", () => xMar],
    ["A/B test campaign", () => ab],
  ])("%s: SMM_RISK is a number, SMM_AUDIT a 10×5 table, SMM_VERDICT 14 rows", (_, rows) => {
    const risk = callFunction("SMM_RISK", [rows()]);
    expect(typeof risk).toBe("number");
    expect(risk).toBeGreaterThanOrEqual(0);
    expect(risk).toBeLessThanOrEqual(100);
    const table = callFunction("SMM_AUDIT", [rows()]) as unknown[][];
    expect(table).toHaveLength(10);
    const notAssessed = table.slice(2).filter((row) => row[2] === "not assessed");
    for (const row of notAssessed) expect(String(row[4]).length).toBeGreaterThan(10);
    expect(callFunction("SMM_VERDICT", [rows()])).toHaveLength(14);
  });

  it("computes CTR for every tweet from the export's own columns, with the header line", () => {
    const ctr = callFunction("SMM_CTR", [columnOf(xNov, "url clicks"), columnOf(xNov, "impressions")]) as unknown[][];
    expect(ctr).toHaveLength(xNov.length);
    expect(ctr[0]).toEqual(["CTR"]);
    const values = ctr.slice(1).map((r) => r[0]);
    expect(values.every((v) => v === "" || (typeof v === "number" && v >= 0 && v < 1))).toBe(true);
    const cadence = callFunction("SMM_CADENCE", [columnOf(xNov, "time")]) as unknown[][];
    expect(cadence.find((r) => r[0] === "Posts")?.[1]).toBe(xNov.length - 1);
  });

  it("reads the A/B export's day-first dates and CPA from spend and purchases", () => {
    const cpa = callFunction("SMM_CPA", [columnOf(ab, "Spend [USD]"), columnOf(ab, "# of Purchase")]) as unknown[][];
    expect(cpa[0]).toEqual(["CPA"]);
    expect(cpa.slice(1).some((r) => typeof r[0] === "number" && r[0] > 0)).toBe(true);
    const cadence = callFunction("SMM_CADENCE", [columnOf(ab, "Date")]) as unknown[][];
    expect(cadence.find((r) => r[0] === "Period (days)")?.[1]).toBeGreaterThanOrEqual(28);
  });
});
