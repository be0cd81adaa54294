/**
 * The canonical fields every export is mapped onto, and the kind of value each holds.
 * One list for the whole product: header synonyms (table/synonyms.ts), factor needs and docs all refer to it.
 */

export const CANONICAL_FIELDS = [
  "date",
  "platform",
  "campaign",
  "segment",
  "format",
  "topic",
  "text",
  "link",
  "post_id",
  "account",
  "author",
  "message_id",
  "reply_to",
  "response_ids",
  "followers",
  "impressions",
  "reach",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
  "engagements",
  "negative",
  "spend",
  "conversions",
  "revenue",
  "inbound",
  "replied",
  "replies",
  "response_time",
] as const;

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Fields whose cells are free text or labels. */
export const TEXT_FIELDS = [
  "platform",
  "campaign",
  "segment",
  "format",
  "topic",
  "text",
  "link",
  "post_id",
  /** The page, channel, community, seller or client a row belongs to, when a table holds several. */
  "account",
  /** Who wrote a message or comment (a handle or an id): tells customers from the brand in conversation logs. */
  "author",
  /** A message's or comment's own id, when the table also has the post id it belongs to. */
  "message_id",
  /** The id of the message or comment this row answers (in_response_to, parent id). */
  "reply_to",
  /** Ids of the messages that answer this row, one or a comma-separated list (response_tweet_id). */
  "response_ids",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Fields whose cells are counts or money amounts. */
export const NUMBER_FIELDS = [
  "followers",
  "impressions",
  "reach",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
  "engagements",
  "negative",
  "spend",
  "conversions",
  "revenue",
  "replies",
  /** Minutes from the incoming message to the brand's first reply (converted from the header's unit). */
  "response_time",
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** Fields whose cells are yes/no. */
export const BOOLEAN_FIELDS = ["inbound", "replied"] as const;
export type BooleanField = (typeof BOOLEAN_FIELDS)[number];

export type DateField = "date";

/** Fields that hold money in the export's currency. */
export const MONEY_FIELDS = ["spend", "revenue"] as const satisfies readonly NumberField[];

export type FieldKind = "text" | "number" | "boolean" | "date";

export function fieldKind(field: CanonicalField): FieldKind {
  if (field === "date") return "date";
  if ((BOOLEAN_FIELDS as readonly string[]).includes(field)) return "boolean";
  if ((NUMBER_FIELDS as readonly string[]).includes(field)) return "number";
  return "text";
}

export function isCanonicalField(value: string): value is CanonicalField {
  return (CANONICAL_FIELDS as readonly string[]).includes(value);
}
