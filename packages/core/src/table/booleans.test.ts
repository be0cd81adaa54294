import { describe, expect, it } from "vitest";
import { parseBooleanCell } from "./booleans";

describe("parseBooleanCell", () => {
  it.each([
    [true, true],
    [false, false],
    ["TRUE", true],
    ["FALSE", false],
    ["true", true],
    ["да", true],
    ["Нет", false],
    ["yes", true],
    ["No", false],
    ["y", true],
    ["n", false],
    [1, true],
    [0, false],
    ["1", true],
    ["0", false],
    ["✓", true],
    ["Входящее", true],
    ["исходящее", false],
    ["incoming", true],
    ["", null],
    ["-", null],
    [null, null],
  ])("%j → %j", (raw, expected) => {
    expect(parseBooleanCell(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(["maybe", 2, "возможно", new Date(0)])("%j is unreadable", (raw) => {
    const r = parseBooleanCell(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.en).toMatch(/yes\/no/);
  });
});
