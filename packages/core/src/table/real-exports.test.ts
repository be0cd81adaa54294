/**
 * The reader on real public exports from ../shared/data (X/Twitter Analytics, a Meta-style A/B campaign report).
 * CSV text is split with papaparse here only (a test-only dependency; core itself never parses CSV).
 */
import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readTable } from "./read";
import type { ReadTable } from "./types";

function load(path: string, delimiter?: string): string[][] {
  const parsed = Papa.parse<string[]>(readSharedText(path), { delimiter: delimiter ?? "", skipEmptyLines: false });
  return parsed.data;
}

function dataRowCount(rows: string[][]): number {
  return rows.slice(1).filter((r) => r.some((c) => c.trim() !== "")).length;
}

function fieldsByHeader(t: ReadTable): Record<string, string> {
  return Object.fromEntries(t.mapping.map((m) => [m.header, m.field]));
}

/** Every numeric cell of every mapped number column and computed rate equals Number(raw); "-" and "" are null. */
function expectNumbersExact(t: ReadTable, rows: string[][]) {
  const dataRows = rows.slice(1).filter((r) => r.some((c) => c.trim() !== ""));
  let checked = 0;
  const columns = [
    ...Object.values(t.columns).filter((c) => c?.kind === "number"),
    ...t.derived.map((d) => ({ ...d, kind: "number" as const })),
  ];
  for (const column of columns) {
    if (!column) continue;
    dataRows.forEach((row, i) => {
      const raw = (row[column.index] ?? "").trim();
      const expected = raw === "-" || raw === "" ? null : Number(raw);
      expect(column.values[i], `${column.header} row ${i + 2}: ${raw}`).toBe(expected);
      checked++;
    });
  }
  return checked;
}

/** Data rows counted independently with Python's csv module: 28 tweets in November 2019, 39 in March 2020. */
const xFiles = [
  ["November 2019", sharedDataFile(SHARED.xNov2019), 28],
  ["March 2020", sharedDataFile(SHARED.xMar2020), 39],
] as const;

for (const [name, path, tweets] of xFiles) {
  describe.skipIf(path === null)(`X/Twitter Analytics export, ${name}`, () => {
    const rows = path ? load(path) : [];
    const t = readTable(rows, { source: path ?? "" });

    it("maps the expected fields", () => {
      expect(fieldsByHeader(t)).toMatchObject({
        "Tweet id": "post_id",
        "Tweet text": "text",
        time: "date",
        impressions: "impressions",
        engagements: "engagements",
        retweets: "shares",
        replies: "comments",
        likes: "likes",
        "url clicks": "clicks",
      });
      expect(t.columns.link).toBeUndefined();
      expect(t.mapping.some((m) => m.header.startsWith("promoted"))).toBe(false);
      expect(t.derived.map((d) => [d.header, d.metric])).toEqual([["engagement rate", "engagement_rate"]]);
    });

    it("reads every row and every numeric cell exactly, with no errors", () => {
      expect(t.rowCount).toBe(dataRowCount(rows));
      expect(t.rowCount).toBe(tweets);
      expect(t.kinds.post).toBe(t.rowCount);
      // impressions, engagements, retweets, replies, likes, url clicks, media views + engagement rate.
      expect(expectNumbersExact(t, rows)).toBe(t.rowCount * 8);
      expect(t.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    });

    it("keeps 19-digit ids as text and dates at offset 0 in wall-clock time", () => {
      const dataRows = rows.slice(1).filter((r) => r.some((c) => c.trim() !== ""));
      expect(t.columns.post_id?.values).toEqual(dataRows.map((r) => r[0]));
      expect(t.columns.post_id?.values.every((v) => /^\d{18,19}$/.test(v ?? ""))).toBe(true);
      expect(t.columns.date?.offsetMinutes.every((o) => o === 0)).toBe(true);
      dataRows.forEach((r, i) => {
        const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) \+0000$/.exec(r[3] ?? "");
        expect(m, r[3]).not.toBeNull();
        if (!m) return;
        expect(t.columns.date?.values[i]).toBe(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!));
      });
    });
  });
}

const abPath = sharedDataFile(SHARED.abTest);
describe.skipIf(abPath === null)("A/B test campaign export (semicolon, D.MM.YYYY, Spend [USD])", () => {
  const rows = abPath ? load(abPath, ";") : [];
  const t = readTable(rows);

  it("maps campaign, date, spend, impressions, reach, clicks and purchases as conversions", () => {
    expect(fieldsByHeader(t)).toEqual({
      "Campaign Name": "campaign",
      Date: "date",
      "Spend [USD]": "spend",
      "# of Impressions": "impressions",
      Reach: "reach",
      "# of Website Clicks": "clicks",
      "# of Purchase": "conversions",
    });
    const conversions = t.mapping.find((m) => m.field === "conversions");
    expect(conversions?.alternatives.map((a) => a.header).sort()).toEqual([
      "# of Add to Cart",
      "# of Searches",
      "# of View Content",
    ]);
    expect(t.currency).toBe("USD");
  });

  it("reads all days, day-first, every number exactly, no errors", () => {
    expect(t.rowCount).toBe(dataRowCount(rows));
    expect(t.rowCount).toBe(30);
    expect(t.kinds.ad).toBe(30);
    expect(t.columns.date?.order).toBe("day-first");
    const dataRows = rows.slice(1).filter((r) => r.some((c) => c.trim() !== ""));
    dataRows.forEach((r, i) => {
      const [d, m, y] = (r[1] ?? "").split(".").map(Number) as [number, number, number];
      expect(t.columns.date?.values[i]).toBe(Date.UTC(y, m - 1, d));
    });
    expectNumbersExact(t, rows);
    expect(t.diagnostics).toEqual([]);
  });
});
