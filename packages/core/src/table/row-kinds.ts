/**
 * Row kinds: what each data row describes, from which fields are non-empty in it.
 * - message: any message field (inbound, replied, response_time, replies) is filled;
 * - ad: money was spent (spend > 0), or the row names a campaign / ad set / segment AND carries ad metrics
 *   (a spend cell, even 0, impressions, reach, clicks, conversions or revenue): a paused day of a campaign is still
 *   an ad row;
 * - post: engagement, reach, text, date, id, link, format or topic is filled;
 * - unknown: anything else.
 * Conversions, revenue or clicks alone do not make an ad: organic posts exports (Instagram / Meta Business Suite,
 * VK) track conversions and link clicks per post, and such a post is still a post.
 */
import type { CanonicalField } from "../fields";
import type { RowKind, TableColumns } from "./types";

const MESSAGE_FIELDS: readonly CanonicalField[] = ["inbound", "replied", "response_time", "replies"];
/** Labels that only ad reports carry: a campaign, an ad set / ad group / segment. */
const AD_LABEL_FIELDS: readonly CanonicalField[] = ["campaign", "segment"];
/** Metrics an ad report gives per campaign or ad set (a labelled row with one of them is an ad row). */
export const AD_METRIC_FIELDS: readonly CanonicalField[] = [
  "spend",
  "impressions",
  "reach",
  "clicks",
  "conversions",
  "revenue",
];
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
  "conversions",
  "revenue",
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

/** Whether any of the columns has a value in row `i`; blank labels ("" or spaces) do not count. */
function anyPresent(lists: (readonly unknown[])[], i: number): boolean {
  for (const values of lists) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    return true;
  }
  return false;
}

/** Classifies every data row; the result has one kind per row. */
export function classifyRows(columns: TableColumns, rowCount: number): RowKind[] {
  const message = presentValues(columns, MESSAGE_FIELDS);
  const labels = presentValues(columns, AD_LABEL_FIELDS);
  const adMetrics = presentValues(columns, AD_METRIC_FIELDS);
  const post = presentValues(columns, POST_FIELDS);
  const spend = columns.spend?.values;
  const kinds: RowKind[] = new Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    if (message.length > 0 && anyPresent(message, i)) kinds[i] = "message";
    else if ((spend && (spend[i] ?? 0) > 0) || (labels.length > 0 && anyPresent(labels, i) && anyPresent(adMetrics, i)))
      kinds[i] = "ad";
    else if (anyPresent(post, i)) kinds[i] = "post";
    else kinds[i] = "unknown";
  }
  return kinds;
}
