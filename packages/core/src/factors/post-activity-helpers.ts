/**
 * Reading post activity for the cadence and analytics factors: which rows are posts, each post's interactions
 * (an exported engagements total, else likes + comments + shares + saves), the per-reach rate when reach is
 * tracked, and medians per label (format, topic, time slot).
 */
import { median } from "simple-statistics";
import type { AuditData } from "../audit/types";
import type { TextField } from "../fields";
import type { ReadTable } from "../table/types";

/** Interaction counts that add up to a post's engagement when the export gives no total. */
const INTERACTION_FIELDS = ["likes", "comments", "shares", "saves"] as const;

/**
 * Data-row indices of posts in a table: rows the reader marked as posts. In a table with no spend and no campaign
 * column, rows marked as ads are posts too: the reader calls a row with conversions an ad, but a post export that
 * tracks conversions has no money in it. When the reader marked no post and the table has no ad or message rows and
 * no spend or inbound columns, every row counts (a plain list of posts it could not classify). Ad days and messages
 * are never treated as posts: their dates are not a publishing schedule.
 */
export function postIndices(table: ReadTable): number[] {
  const organic = !table.columns.spend && !table.columns.campaign;
  const posts: number[] = [];
  table.rowKinds.forEach((kind, i) => {
    if (kind === "post" || (organic && kind === "ad")) posts.push(i);
  });
  if (posts.length > 0) return posts;
  const otherKinds = table.kinds.ad + table.kinds.message;
  const otherColumns = table.columns.spend || table.columns.inbound || table.columns.replied;
  if (otherKinds > 0 || otherColumns) return [];
  return table.rowNumbers.map((_, i) => i);
}

export interface PostSet {
  table: ReadTable;
  indices: number[];
}

/** The table with the most post rows that `accept` keeps; ties go to the table with an engagement measure. */
export function pickPosts(data: AuditData, accept: (table: ReadTable, i: number) => boolean): PostSet | null {
  let best: { set: PostSet; score: number } | null = null;
  for (const table of data.tables) {
    const indices = postIndices(table).filter((i) => accept(table, i));
    if (indices.length === 0) continue;
    const score = indices.length * 2 + (hasInteractions(table) ? 1 : 0);
    if (!best || score > best.score) best = { set: { table, indices }, score };
  }
  return best?.set ?? null;
}

export interface Interactions {
  /** Per data row; null when the row has no interaction count at all. */
  values: (number | null)[];
  /** Which columns the counts come from, for messages ("engagements" or "likes + comments + …"). */
  label: string;
}

/** Whether the table has any interaction column (cheap: no per-row work). */
export function hasInteractions(table: ReadTable): boolean {
  return table.columns.engagements !== undefined || INTERACTION_FIELDS.some((f) => table.columns[f] !== undefined);
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
  const groups = new Map<string, { name: string; indices: number[]; values: number[] }>();
  for (const i of indices) {
    const v = values[i];
    const raw = labels[i]?.trim();
    if (v === null || v === undefined || !raw) continue;
    const key = raw.toLowerCase().replace(/\s+/g, " ");
    let g = groups.get(key);
    if (!g) {
      g = { name: raw, indices: [], values: [] };
      groups.set(key, g);
    }
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
