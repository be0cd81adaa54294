/**
 * Reading post activity for the cadence and analytics factors (post rows come from post-rows.ts): each post's interactions
 * (an exported engagements total, else likes + comments + shares + saves), the per-reach rate when reach is
 * tracked, and medians per label (format, topic, time slot).
 */
import { median } from "simple-statistics";
import type { TextField } from "../fields";
import type { ReadTable } from "../table/types";

/** Interaction counts that add up to a post's engagement when the export gives no total. */
const INTERACTION_FIELDS = ["likes", "comments", "shares", "saves"] as const;

export interface Interactions {
  /** Per data row; null when the row has no interaction count at all. */
  values: (number | null)[];
  /** Which columns the counts come from, for messages ("engagements" or "likes + comments + …"). */
  label: string;
}

/** Interactions per row: the exported engagements total when present in the row, else the sum of the parts. */
export function interactionsPerPost(table: ReadTable): Interactions | null {
  const total = table.columns.engagements?.values;
  const parts = INTERACTION_FIELDS.flatMap((f) => {
    const col = table.columns[f];
    return col ? [col.values] : [];
  });
  if (!total && parts.length === 0) return null;
  const values = table.rowNumbers.map((_, i) => {
    const exported = total?.[i];
    if (exported !== null && exported !== undefined) return exported;
    let sum: number | null = null;
    for (const part of parts) {
      const v = part[i];
      if (v !== null && v !== undefined) sum = (sum ?? 0) + v;
    }
    return sum;
  });
  const label = total ? "engagements" : INTERACTION_FIELDS.filter((f) => table.columns[f] !== undefined).join(" + ");
  return { values, label };
}

/**
 * A per-post engagement measure for comparing posts with each other: interactions / reach (ERR) when reach is
 * filled for at least half of the rows, so that posts shown to more people do not look better just for that;
 * else interactions per post.
 */
export function engagementPerPost(
  table: ReadTable,
  indices: readonly number[],
): { values: (number | null)[]; byReach: boolean; label: string } | null {
  const interactions = interactionsPerPost(table);
  if (!interactions) return null;
  const reach = table.columns.reach?.values;
  const filled = reach ? indices.filter((i) => (reach[i] ?? 0) > 0).length : 0;
  const byReach = reach !== undefined && filled * 2 >= indices.length;
  const values = interactions.values.map((v, i) => {
    if (v === null || !byReach) return v;
    const r = reach?.[i];
    return r !== null && r !== undefined && r > 0 ? v / r : null;
  });
  return { values, byReach, label: byReach ? `(${interactions.label}) / reach` : interactions.label };
}

export interface LabelGroup {
  name: string;
  indices: number[];
  median: number;
}

/** Groups rows with a value by a label (case- and space-insensitive), with each group's median value. */
export function groupMedians(
  labels: readonly string[],
  indices: readonly number[],
  values: readonly (number | null)[],
): LabelGroup[] {
  type Group = { name: string; indices: number[]; values: number[] };
  const groups = new Map<string, Group>();
  // Labels repeat on many rows: each distinct cell text is trimmed, normalised and looked up once.
  const byCell = new Map<string, Group | null>();
  for (const i of indices) {
    const v = values[i];
    const cell = labels[i];
    if (v === null || v === undefined || cell === undefined) continue;
    let g = byCell.get(cell);
    if (g === undefined) {
      const raw = cell.trim();
      g = null;
      if (raw) {
        const key = raw.toLowerCase().replace(/\s+/g, " ");
        g = groups.get(key) ?? null;
        if (!g) {
          g = { name: raw, indices: [], values: [] };
          groups.set(key, g);
        }
      }
      byCell.set(cell, g);
    }
    if (!g) continue;
    g.indices.push(i);
    g.values.push(v);
  }
  return [...groups.values()].map((g) => ({ name: g.name, indices: g.indices, median: median(g.values) }));
}

/** Text labels of a column as strings per row ("" for empty), for groupMedians. */
export function labelsOf(table: ReadTable, field: TextField): string[] | null {
  const col = table.columns[field];
  return col ? col.values.map((v) => v ?? "") : null;
}
