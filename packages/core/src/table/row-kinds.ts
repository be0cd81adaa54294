/**
 * Row kinds: what each data row describes, from which fields are non-empty in it. Message fields (inbound, replied,
 * response_time, replies) make a message; otherwise spend > 0, a campaign, conversions or revenue make an ad;
 * otherwise engagement, reach, text, date, id, link, format or topic make a post; anything else is unknown.
 */
import type { CanonicalField } from "../fields";
import type { RowKind, TableColumns } from "./types";

const MESSAGE_FIELDS: readonly CanonicalField[] = ["inbound", "replied", "response_time", "replies"];
const AD_FIELDS: readonly CanonicalField[] = ["campaign", "conversions", "revenue"];
const POST_FIELDS: readonly CanonicalField[] = [
  "likes",
  "comments",
  "shares",
  "saves",
  "reach",
  "views",
  "impressions",
  "engagements",
  "clicks",
  "negative",
  "text",
  "date",
  "post_id",
  "link",
  "format",
  "topic",
];

function presentValues(columns: TableColumns, fields: readonly CanonicalField[]): (readonly unknown[])[] {
  const out: (readonly unknown[])[] = [];
  for (const f of fields) {
    const column = columns[f];
    if (column) out.push(column.values);
  }
  return out;
}

function anyPresent(lists: (readonly unknown[])[], i: number): boolean {
  for (const values of lists) if (values[i] !== null && values[i] !== undefined) return true;
  return false;
}

/** Classifies every data row; the result has one kind per row. */
export function classifyRows(columns: TableColumns, rowCount: number): RowKind[] {
  const message = presentValues(columns, MESSAGE_FIELDS);
  const ad = presentValues(columns, AD_FIELDS);
  const post = presentValues(columns, POST_FIELDS);
  const spend = columns.spend?.values;
  const kinds: RowKind[] = new Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    if (anyPresent(message, i)) kinds[i] = "message";
    else if ((spend && (spend[i] ?? 0) > 0) || anyPresent(ad, i)) kinds[i] = "ad";
    else if (anyPresent(post, i)) kinds[i] = "post";
    else kinds[i] = "unknown";
  }
  return kinds;
}
