import { describe, expect, it } from "vitest";
import { escapeCellText, escapeRow } from "./escape";

describe("escapeCellText", () => {
  it("prefixes text that Sheets would turn into a formula", () => {
    for (const text of ["=SUM(A1)", "+7 999", "-minus", "@mention", "\t=x"])
      expect(escapeCellText(text)).toBe(`'${text}`);
  });

  it("prefixes text that Sheets would turn into a number, percentage, date or boolean", () => {
    for (const text of ["2020", "12, 15, 18", "1 234,5", "12%", "$1,200", "2026-11-26 10:15 UTC", "01.03.2020", "TRUE"])
      expect(escapeCellText(text)).toBe(`'${text}`);
  });

  it("leaves other text alone", () => {
    for (const text of ["Reach", "a=b", "", " =x", "'quoted", "Q1 2020", "ROAS 0.81: spend", "A1:H9"])
      expect(escapeCellText(text)).toBe(text);
  });

  it("escapes only strings in a row", () => {
    expect(escapeRow(["=1", -5, "ok", "7"])).toEqual(["'=1", -5, "ok", "'7"]);
  });
});
