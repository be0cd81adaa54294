import { describe, expect, it } from "vitest";
import { makeTable } from "../testing/table";
import { dateRange, periodOf } from "./period";

describe("period", () => {
  const t = makeTable({ date: ["2026-01-10T23:30:00Z", null, "2026-01-01T08:00:00Z", "2026-02-01"] });

  it("finds the earliest and latest dated rows, optionally among some rows", () => {
    expect(dateRange(t)).toEqual({ min: Date.parse("2026-01-01T08:00:00Z"), max: Date.parse("2026-02-01T00:00:00Z") });
    expect(dateRange(t, [0, 1])).toEqual({
      min: Date.parse("2026-01-10T23:30:00Z"),
      max: Date.parse("2026-01-10T23:30:00Z"),
    });
    expect(dateRange(t, [1])).toBeNull();
    expect(dateRange(makeTable({ reach: [1] }))).toBeNull();
  });

  it("spans several tables in whole days, inclusive", () => {
    const other = makeTable({ date: ["2025-12-31T22:00:00Z"] });
    expect(periodOf([dateRange(t), dateRange(other)])).toEqual({ start: "2025-12-31", end: "2026-02-01", days: 33 });
    expect(periodOf([dateRange(t, [0])])).toEqual({ start: "2026-01-10", end: "2026-01-10", days: 1 });
    expect(periodOf([null])).toBeNull();
  });
});
