/**
 * Test-only helpers for reading the generator's own output back (columns by header, dates to milliseconds).
 * Kept beside the tests and out of the barrel; the audit itself reads exports with the table reader.
 */
import type { Cell } from "../table/types";

export function columnOf(table: Cell[][], header: string): Cell[] {
  const index = (table[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no column "${header}" in ${JSON.stringify(table[0])}`);
  return table.slice(1).map((row) => row[index]);
}

export function numbersOf(table: Cell[][], header: string): number[] {
  return columnOf(table, header).map((v) => (typeof v === "number" ? v : Number.NaN));
}

/** "2026-03-14 18:30", "14.03.2026 18:30", "2026-03-02" or "02.03.2026" → UTC milliseconds of that wall clock. */
export function parseScenarioDate(value: Cell): number {
  const text = String(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(text);
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})(?: (\d{2}):(\d{2}))?$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : ru ? [ru[3], ru[2], ru[1], ru[4], ru[5]] : null;
  if (!parts) throw new Error(`not a scenario date: ${text}`);
  const [y, m, d, hh, mm] = parts.map((p) => Number(p ?? 0));
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
}

export function medianOf(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function sumOf(values: readonly number[]): number {
  return values.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
}

/** Longest gap between consecutive dates, in days. */
export function longestGapDays(dates: readonly number[]): number {
  const sorted = [...dates].sort((a, b) => a - b);
  let longest = 0;
  for (let i = 1; i < sorted.length; i += 1) longest = Math.max(longest, (sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  return longest / 86_400_000;
}

/** Lower-cased word set of a caption, for near-duplicate checks. */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared || 1);
}
