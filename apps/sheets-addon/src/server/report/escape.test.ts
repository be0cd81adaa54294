import { describe, expect, it } from "vitest";
import { escapeCellText, escapeRow } from "./escape";

describe("escapeCellText", () => {
  it("prefixes text that Sheets would turn into a formula", () => {
    for (const text of ["=SUM(A1)", "+7 999", "-minus", "@mention", "\t=x"])
      expect(escapeCellText(text)).toBe(`'${text}`);
  });

  it("leaves other text alone", () => {
    for (const text of ["Reach", "a=b", "", " =x", "'quoted"]) expect(escapeCellText(text)).toBe(text);
  });

  it("escapes only strings in a row", () => {
    expect(escapeRow(["=1", -5, "ok"])).toEqual(["'=1", -5, "ok"]);
  });
});
