/** The span a set of dated rows covers, as ISO dates and an inclusive day count (plain JSON for every host). */
import { dayOf, isoDay } from "../metrics/cadence";
import type { ReadTable } from "../table/types";

export interface Period {
  start: string;
  end: string;
  /** Days from the first to the last dated row, inclusive (one day when they coincide). */
  days: number;
}

/** Earliest and latest timestamp among the given rows (all rows when `indices` is omitted); null when undated. */
export function dateRange(table: ReadTable, indices?: readonly number[]): { min: number; max: number } | null {
  const values = table.columns.date?.values;
  if (!values) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const visit = (v: number | null | undefined) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return;
    if (v < min) min = v;
    if (v > max) max = v;
  };
  if (indices) for (const i of indices) visit(values[i]);
  else for (const v of values) visit(v);
  return min <= max ? { min, max } : null;
}

export function periodOf(ranges: readonly ({ min: number; max: number } | null)[]): Period | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const r of ranges) {
    if (!r) continue;
    min = Math.min(min, r.min);
    max = Math.max(max, r.max);
  }
  if (!(min <= max)) return null;
  const first = dayOf(min);
  const last = dayOf(max);
  return { start: isoDay(first), end: isoDay(last), days: last - first + 1 };
}
