/**
 * A plain, JSON-safe description of how a table was understood, for hosts to print (CLI table, sidebar, docs
 * playground): one line per mapped field, computed rate and unused column, with sheet column letters.
 */
import { columnLetter } from "./address";
import type { ReadTable } from "./types";

export interface MappingLine {
  /** A canonical field, `rate:<metric>` for a computed rate, or null for an unused column. */
  field: string | null;
  header: string;
  /** Sheet column letter, origin-aware ("C" for the first column of a range starting at C5). */
  column: string;
  confidence: number | null;
  reason: string;
  /** Other columns that matched the same field: "Header (B, 0.7)". */
  alternatives: string[];
}

/** Describes a read table's mapping, computed rates and unused columns, in column order. */
export function describeMapping(table: ReadTable): MappingLine[] {
  const letter = (index: number) => columnLetter(table.origin.column + index);
  const lines: (MappingLine & { index: number })[] = [];
  for (const m of table.mapping) {
    lines.push({
      index: m.index,
      field: m.field,
      header: m.header,
      column: letter(m.index),
      confidence: m.confidence,
      reason: m.reason,
      alternatives: m.alternatives.map((a) => `${a.header} (${letter(a.index)}, ${a.confidence})`),
    });
  }
  for (const d of table.derived) {
    lines.push({
      index: d.index,
      field: `rate:${d.metric}`,
      header: d.header,
      column: letter(d.index),
      confidence: null,
      reason: "rate computed by the export (kept for reference, as a fraction)",
      alternatives: [],
    });
  }
  for (const u of table.unmapped) {
    lines.push({
      index: u.index,
      field: null,
      header: u.header,
      column: letter(u.index),
      confidence: null,
      reason: "no matching field",
      alternatives: [],
    });
  }
  lines.sort((a, b) => a.index - b.index);
  return lines.map(({ index: _index, ...line }) => line);
}
