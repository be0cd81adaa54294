import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumberCell } from "./numbers";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("parseNumberCell: tricky formats", () => {
  const cases: [string | number, number | null, string?][] = [
    ["1 234,5", 1234.5],
    [`1${NBSP}234,5`, 1234.5],
    [`1${NNBSP}234${NNBSP}567,25`, 1234567.25],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["7767.0", 7767],
    ["58.0", 58],
    ["5.595970900951316E-4", 5.595970900951316e-4],
    ["1,5e3", 1500],
    ["3,5%", 0.035],
    ["12.5 %", 0.125],
    ["-0,5%", -0.005],
    ["₽1 200", 1200, "RUB"],
    ["$1,200.50", 1200.5, "USD"],
    ["1 200 руб.", 1200, "RUB"],
    ["1 200,50 ₽", 1200.5, "RUB"],
    ["€ 99,90", 99.9, "EUR"],
    ["-$1,200", -1200, "USD"],
    ["(1 200)", -1200],
    ["−42", -42],
    ["+7", 7],
    [",5", 0.5],
    [".5", 0.5],
    ["0,035", 0.035],
    ["  42  ", 42],
    [42, 42],
    [0, 0],
    ["-", null],
    ["—", null],
    ["–", null],
    ["NA", null],
    ["N/A", null],
    ["n/a", null],
    ["null", null],
    ["", null],
    ["   ", null],
  ];
  it.each(cases)("%j → %j", (raw, expected, currency) => {
    const r = parseNumberCell(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    if (expected === null) expect(r.value).toBeNull();
    else expect(r.value).toBeCloseTo(expected, 12);
    if (currency) expect(r.currency).toBe(currency);
  });

  it("reads the ambiguous 1,234 / 1.234 by the column's decimal separator", () => {
    expect(parseNumberCell("1,234").ok && parseNumberCell("1,234")).toMatchObject({ value: 1234 });
    expect(parseNumberCell("1,234", { decimal: "comma" })).toMatchObject({ value: 1.234 });
    expect(parseNumberCell("1,234", { decimal: "dot" })).toMatchObject({ value: 1234 });
    expect(parseNumberCell("1.234", { decimal: "dot" })).toMatchObject({ value: 1.234 });
    expect(parseNumberCell("1.234", { decimal: "comma" })).toMatchObject({ value: 1234 });
  });

  it.each([
    "abc",
    "12abc",
    "1,2,3.4.5",
    "1 23",
    "1..5",
    "0x1F",
    "Infinity",
    "1e999",
    "12-34",
    "$$5",
    "5%%",
    "1.234.5",
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    new Date(0),
  ])("%j is unreadable with a reason in both languages", (raw) => {
    const r = parseNumberCell(raw as string);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.en).toMatch(/not a number/);
      expect(r.reason.ru).toMatch(/не число/);
    }
  });
});

/** Formats a number the way a locale would: thousands separator, decimal separator, fixed decimals. */
function format(value: number, decimals: number, thousands: string, decimal: string): string {
  const negative = value < 0;
  const [int, frac] = Math.abs(value).toFixed(decimals).split(".") as [string, string | undefined];
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands) : int;
  return `${negative ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

describe("parseNumberCell: property-based", () => {
  const conventions = fc.constantFrom(
    { thousands: " ", decimal: "," as const, name: "comma" as const },
    { thousands: NBSP, decimal: ",", name: "comma" as const },
    { thousands: NNBSP, decimal: ",", name: "comma" as const },
    { thousands: ".", decimal: ",", name: "comma" as const },
    { thousands: "", decimal: ",", name: "comma" as const },
    { thousands: ",", decimal: ".", name: "dot" as const },
    { thousands: "", decimal: ".", name: "dot" as const },
    { thousands: "'", decimal: ".", name: "dot" as const },
  );

  it("a formatted number reads back equal under its convention", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 4 }),
        conventions,
        (raw, decimals, c) => {
          const text = format(raw, decimals, c.thousands, c.decimal);
          // Exactly what Number() gives for the same number written plainly ("-1234.5").
          const expected = Number(`${raw < 0 ? "-" : ""}${Math.abs(raw).toFixed(decimals)}`);
          const r = parseNumberCell(text, { decimal: c.name });
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value).toBe(expected === 0 ? r.value : expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("percent texts read as fractions", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(",", "."), (hundredths, sep) => {
        const text = `${Math.floor(hundredths / 100)}${sep}${String(hundredths % 100).padStart(2, "0")}%`;
        const r = parseNumberCell(text);
        expect(r.ok && r.percent).toBe(true);
        if (r.ok) expect(r.value).toBeCloseTo(hundredths / 10_000, 10);
      }),
    );
  });

  it("never throws on arbitrary strings and never returns NaN", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 30 }), (s) => {
        const r = parseNumberCell(s);
        if (r.ok && r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
