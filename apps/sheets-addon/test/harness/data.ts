/**
 * Test data shaped the way Sheets `getValues()` returns it: ISO-like date text becomes a Date, "12.5%" becomes
 * the fraction 0.125, numeric text a number, empty cells "". Built from the core's seeded scenarios, so no file is needed.
 */
import { type Cell, generateScenario, type ScenarioOptions } from "@smm-risk/core";
import type { FakeCell } from "./fakes";

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;
const PERCENT = /^(-?\d+(?:\.\d+)?)\s*%$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

export function sheetsStyle(values: Cell[][]): FakeCell[][] {
  return values.map((row) =>
    row.map((cell): FakeCell => {
      if (cell === null || cell === undefined) return "";
      if (typeof cell !== "string") return cell;
      const date = DATE.exec(cell);
      if (date) {
        const [, y, m, d, hh, mm] = date;
        return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh ?? 0), Number(mm ?? 0)));
      }
      const percent = PERCENT.exec(cell);
      if (percent) return Number(percent[1]) / 100;
      if (NUMBER.test(cell)) return Number(cell);
      return cell;
    }),
  );
}

export function scenarioSheet(kind: "posts" | "ads" | "messages", options: ScenarioOptions = {}): FakeCell[][] {
  return sheetsStyle(generateScenario(options)[kind]);
}

/** A header row plus `rows` data rows of the given export, from as many long scenarios as it takes. */
export function manyRows(kind: "posts" | "ads", rows: number): FakeCell[][] {
  const out: FakeCell[][] = [];
  for (let seed = 1; out.length < rows + 1; seed++) {
    const sheet = scenarioSheet(kind, { seed, months: 120 });
    out.push(...(out.length === 0 ? sheet : sheet.slice(1)));
  }
  return out.slice(0, rows + 1);
}

/** A byte-for-byte comparable snapshot of a sheet's cells (Dates as ISO strings, with their type). */
export function snapshot(values: FakeCell[][]): string {
  return JSON.stringify(values, (_key, value) =>
    typeof value === "string" && /^\d{4}-\d\d-\d\dT/.test(value) ? `date:${value}` : value,
  );
}
