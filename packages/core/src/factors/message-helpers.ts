/**
 * Reading a message log for the community factor: which rows are incoming messages, which need a reply
 * (questions and complaints, told apart by the text in English and Russian), and whether each was answered.
 */
import type { AuditData } from "../audit/types";
import type { ReadTable } from "../table/types";

/** Columns that make a table a message log even when the reader marked no row as a message. */
const MESSAGE_COLUMNS = ["inbound", "replied", "response_time"] as const;

/**
 * Question markers: a question mark anywhere, or a message that starts with a question word (matched
 * case-insensitively; Russian stems cover the inflected forms).
 */
const QUESTION_STARTS = [
  "how ",
  "what ",
  "when ",
  "where ",
  "why ",
  "who ",
  "which ",
  "can ",
  "could ",
  "do ",
  "does ",
  "is ",
  "are ",
  "will ",
  "would ",
  "should ",
  "any update",
  "как ",
  "что ",
  "когда ",
  "где ",
  "почему ",
  "зачем ",
  "кто ",
  "какой ",
  "какая ",
  "какие ",
  "сколько ",
  "можно ",
  "подскажите",
  "скажите",
  "есть ли ",
  "будет ли ",
];

/**
 * Complaint vocabulary (EN/RU): words customers use when something went wrong. A complaint needs a reply even
 * without a question mark, and left unanswered it stays public under the post.
 */
export const COMPLAINT_WORDS = [
  "not working",
  "not happy",
  "unhappy",
  "stale",
  "charged me twice",
  "charged twice",
  "wrong item",
  "never showed up",
  "broke",
  "doesn't work",
  "does not work",
  "didn't work",
  "refund",
  "complain",
  "terrible",
  "awful",
  "worst",
  "scam",
  "fraud",
  "disappointed",
  "never arrived",
  "never received",
  "still waiting",
  "still no",
  "rude",
  "money back",
  "damaged",
  "wrong order",
  "unacceptable",
  "no one answers",
  "nobody answers",
  "не работает",
  "недовол",
  "несвеж",
  "поврежд",
  "порван",
  "дважды списали",
  "не тот товар",
  "не приехал",
  "не работают",
  "сломал",
  "жалоб",
  "вернит",
  "возврат",
  "ужасн",
  "отвратительн",
  "худш",
  "обман",
  "мошенн",
  "разочарован",
  "не пришел",
  "не пришёл",
  "не пришла",
  "не пришло",
  "до сих пор",
  "хамств",
  "хамят",
  "брак",
  "не доставлен",
  "кошмар",
  "безобрази",
  "никто не отвечает",
  "не отвечаете",
];

export type MessageNeed = "complaint" | "question" | "other";

/** A word just before a complaint word that turns it around: "never disappointed", "ни разу не разочаровался". */
const NEGATION_BEFORE = /(?:(?:^|[\s,.!;:])(?:never|not|no|ни разу не|никогда не|не)|n't)\s+$/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * All complaint words as one case-insensitive pattern, longest first, spaces matching any run of whitespace:
 * one regex pass per message instead of one substring scan per word keeps 100k messages fast.
 */
const COMPLAINT_PATTERN = new RegExp(
  [...COMPLAINT_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, "\\s+"))
    .join("|"),
  "gi",
);

/** A question word at the start of the message (entries ending in a space must be whole words). */
const QUESTION_START = new RegExp(
  `^\\s*(?:${QUESTION_STARTS.map((w) => (w.endsWith(" ") ? `${escapeRegExp(w.trim())}(?:\\s|$)` : escapeRegExp(w))).join("|")})`,
  "i",
);

/** Whether the text holds a complaint word without a negation right before it. */
function hasComplaint(text: string): boolean {
  COMPLAINT_PATTERN.lastIndex = 0;
  let match = COMPLAINT_PATTERN.exec(text);
  while (match) {
    if (!NEGATION_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) return true;
    match = COMPLAINT_PATTERN.exec(text);
  }
  return false;
}

/** Classifies one message text; complaints win over questions ("why is my order still not here?"). */
export function classifyMessage(text: string): MessageNeed {
  if (hasComplaint(text)) return "complaint";
  if (text.includes("?") || QUESTION_START.test(text)) return "question";
  return "other";
}

export interface MessageSet {
  table: ReadTable;
  /** Incoming messages (0-based data-row indices). */
  inbound: number[];
}

/**
 * The message log: rows the reader marked as messages, or every row of a table with an inbound, replied or
 * response-time column; narrowed to incoming rows when an inbound column is filled (the brand's own replies
 * are not messages to answer). Without an inbound column every row is taken as incoming, as in a comments export.
 */
export function pickMessages(data: AuditData): MessageSet | null {
  let best: { set: MessageSet; score: number } | null = null;
  for (const table of data.tables) {
    let rows: number[] = [];
    table.rowKinds.forEach((kind, i) => {
      if (kind === "message") rows.push(i);
    });
    if (rows.length === 0) {
      if (!MESSAGE_COLUMNS.some((f) => table.columns[f] !== undefined)) continue;
      rows = table.rowNumbers.map((_, i) => i);
    }
    const inboundCol = table.columns.inbound?.values;
    const inboundFilled = inboundCol?.some((v) => v !== null) ?? false;
    const inbound = inboundFilled ? rows.filter((i) => inboundCol?.[i] === true) : rows;
    const useful = ["replied", "replies", "response_time", "text"].filter(
      (f) => table.columns[f as keyof typeof table.columns] !== undefined,
    ).length;
    const score = useful * 1e9 + inbound.length;
    if (!best || score > best.score) best = { set: { table, inbound }, score };
  }
  return best?.set ?? null;
}

/**
 * Whether each row was answered: the replied column; else a brand-replies count above 0; else, when a response
 * time column has values, a filled response time means answered and an empty one not. Null = unknown.
 */
export function repliedOf(table: ReadTable): ((i: number) => boolean | null) | null {
  const replied = table.columns.replied?.values;
  const replies = table.columns.replies?.values;
  const times = table.columns.response_time?.values;
  const timesFilled = times?.some((v) => v !== null) ?? false;
  if (!replied && !replies && !timesFilled) return null;
  return (i) => {
    const r = replied?.[i];
    if (r !== null && r !== undefined) return r;
    const n = replies?.[i];
    if (n !== null && n !== undefined) return n > 0;
    if (timesFilled && times) return times[i] !== null && times[i] !== undefined;
    return null;
  };
}
