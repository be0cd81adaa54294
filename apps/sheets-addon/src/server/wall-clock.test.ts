import { describe, expect, it } from "vitest";
import { argsToWallClock, parseOffset, rangeToWallClock, toWallClock } from "./wall-clock";

const moscow = () => 180;
const localFields = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];

describe("toWallClock", () => {
  it("gives a Date whose local fields are the spreadsheet's wall clock", () => {
    // 00:30 on 3 March in Moscow is 21:30 on 2 March UTC.
    const cell = new Date(Date.UTC(2026, 2, 2, 21, 30));
    expect(localFields(toWallClock(cell, moscow))).toEqual([2026, 3, 3, 0, 30]);
  });

  it("returns the same Date when the zones agree, and leaves invalid dates alone", () => {
    const cell = new Date(Date.UTC(2026, 2, 2, 21, 30));
    expect(toWallClock(cell, () => -cell.getTimezoneOffset())).toBe(cell);
    const invalid = new Date(Number.NaN);
    expect(toWallClock(invalid, moscow)).toBe(invalid);
  });
});

describe("ranges and arguments", () => {
  it("copies only rows with dates and never changes the input", () => {
    const date = new Date(Date.UTC(2026, 2, 2, 21, 30));
    const values: unknown[][] = [
      ["Date", "Reach"],
      [date, 10],
    ];
    const out = rangeToWallClock(values, moscow);
    expect(out[0]).toBe(values[0]);
    expect(values[1]?.[0]).toBe(date);
    expect(localFields(out[1]?.[0] as Date)).toEqual([2026, 3, 3, 0, 30]);
    expect(rangeToWallClock(values, null)).toBe(values);
  });

  it("converts single Date arguments and ranges, nothing else", () => {
    const date = new Date(Date.UTC(2026, 2, 2, 21, 30));
    const [single, range, text] = argsToWallClock([date, [[date]], "x"], moscow) as [Date, Date[][], string];
    expect(localFields(single)).toEqual([2026, 3, 3, 0, 30]);
    expect(localFields(range[0]?.[0] as Date)).toEqual([2026, 3, 3, 0, 30]);
    expect(text).toBe("x");
  });

  it("reads Utilities' offsets", () => {
    expect(parseOffset("+0300")).toBe(180);
    expect(parseOffset("-0530")).toBe(-330);
    expect(() => parseOffset("GMT")).toThrow(/unexpected offset/);
  });
});
