/**
 * Which rows are posts, for every post-level factor (audience, needs, content, cadence, analytics): the rows the
 * table reader classified as posts (table/row-kinds.ts), and the table that holds the most useful ones.
 */
import { hasFields, type RowSet } from "../audit/rows";
import type { AuditData } from "../audit/types";
import type { CanonicalField } from "../fields";
import type { ReadTable } from "../table/types";

/** Interaction columns; a table with one of them wins a tie between otherwise equal post tables. */
const INTERACTION_FIELDS: readonly CanonicalField[] = ["engagements", "likes", "comments", "shares", "saves"];

/**
 * Data-row indices of the posts in a table: the rows the reader marked as posts. When it marked none, a table with
 * no ad or message rows and no spend, inbound or replied column is a plain list the reader could not classify, and
 * its unclassified rows count. Ad rows and messages are never posts: their dates are not a publishing schedule and
 * their texts are not captions.
 */
export function postIndices(table: ReadTable): number[] {
  const posts: number[] = [];
  const unknown: number[] = [];
  const kinds = table.rowKinds;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] === "post") posts.push(i);
    else if (kinds[i] === "unknown") unknown.push(i);
  }
  if (posts.length > 0) return posts;
  const otherKinds = table.kinds.ad + table.kinds.message;
  const otherColumns = table.columns.spend || table.columns.inbound || table.columns.replied;
  return otherKinds > 0 || otherColumns ? [] : unknown;
}

export interface PostRowQuery {
  /** Alternative sets of required fields: a table qualifies when it has every field of at least one set. */
  needs?: readonly (readonly CanonicalField[])[];
  /** Fields that make a table more useful: the table with most of them wins before row counts are compared. */
  preferred?: readonly CanonicalField[];
  /** Keeps only the post rows this accepts (e.g. dated ones). */
  accept?: (table: ReadTable, index: number) => boolean;
}

/**
 * The best post table of an audit and its post rows: among tables with the needed fields and at least one
 * accepted post row, most `preferred` fields present, then most post rows, then one with an interaction column.
 */
export function pickPostRows(data: AuditData, query: PostRowQuery = {}): RowSet | null {
  const { needs, preferred = [], accept } = query;
  let best: { set: RowSet; score: number } | null = null;
  for (const table of data.tables) {
    if (needs && needs.length > 0 && !needs.some((required) => hasFields(table, required))) continue;
    let indices = postIndices(table);
    if (accept) indices = indices.filter((i) => accept(table, i));
    if (indices.length === 0) continue;
    const withInteractions = INTERACTION_FIELDS.some((f) => table.columns[f] !== undefined) ? 1 : 0;
    const score =
      preferred.filter((f) => table.columns[f] !== undefined).length * 1e9 + indices.length * 2 + withInteractions;
    if (!best || score > best.score) best = { set: { table, indices }, score };
  }
  return best?.set ?? null;
}
