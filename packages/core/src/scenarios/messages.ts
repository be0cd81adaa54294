/**
 * The synthetic inbox export: about 2.5 messages a day (≈ 300 over four months), 40 % questions, 7 % complaints,
 * the rest praise and chatter, plus a few of the brand's own outbound messages. Healthy: 95 % of questions and
 * 99 % of complaints answered, median response ≈ 75 minutes. Community cause: 10 % answered, median ≈ 30 hours.
 */
import type { Cell } from "../table/types";
import { formatDateTime, MINUTE_MS, SCENARIO_START } from "./calendar";
import { MESSAGE_HEADERS, type MessageColumn, YES_NO } from "./headers";
import type { ScenarioSetup } from "./setup";
import { CITIES, COMPLAINTS, fill, OUTBOUND, PRODUCTS, QUESTIONS, REMARKS } from "./vocabulary";

const MESSAGES_PER_DAY = 2.45;
/** Relative message volume by hour of day (people write in the evening, rarely at night). */
const HOUR_WEIGHTS = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1, 1, 1.1, 1.3, 1.2, 1, 1, 1.1, 1.2, 1.4, 1.6, 1.7, 1.5, 1, 0.5,
];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

type Kind = "question" | "complaint" | "remark" | "outbound";

export function generateMessages(setup: ScenarioSetup): Cell[][] {
  const { random, lang, cause, days } = setup;
  const yesNo = YES_NO[lang];
  const count = Math.max(1, random.poisson(days * MESSAGES_PER_DAY));
  const hourOf = () => {
    let r = random.next() * HOUR_TOTAL;
    for (let h = 0; h < HOUR_WEIGHTS.length; h += 1) {
      r -= HOUR_WEIGHTS[h] ?? 0;
      if (r < 0) return h;
    }
    return 12;
  };
  const times = Array.from(
    { length: count },
    () => random.int(0, days - 1) * 1440 + hourOf() * 60 + random.int(0, 59),
  ).sort((a, b) => a - b);
  const columns = Object.keys(MESSAGE_HEADERS[lang]) as MessageColumn[];
  const rows: Cell[][] = [columns.map((column) => MESSAGE_HEADERS[lang][column])];
  const neglected = cause === "community";

  for (const minutes of times) {
    const r = random.next();
    const kind: Kind = r < 0.4 ? "question" : r < 0.47 ? "complaint" : r < 0.96 ? "remark" : "outbound";
    const templates =
      kind === "question" ? QUESTIONS : kind === "complaint" ? COMPLAINTS : kind === "remark" ? REMARKS : OUTBOUND;
    const text = fill(random.pick(templates[lang]), {
      product: random.pick(PRODUCTS).name[lang],
      city: random.pick(CITIES[lang]),
      order: String(random.int(10000, 99999)),
    });
    const needsReply = kind === "question" || kind === "complaint";
    // A healthy brand answers almost every complaint (they stay public) and nearly all questions.
    const replyChance = neglected
      ? needsReply
        ? 0.1
        : 0.05
      : kind === "complaint"
        ? 0.99
        : kind === "question"
          ? 0.95
          : 0.55;
    const replied = kind !== "outbound" && random.chance(replyChance);
    const responseMinutes = replied
      ? Math.max(1, Math.round(random.logNormal(neglected ? 1800 : 75, neglected ? 0.5 : 0.8)))
      : "";
    const values: Record<MessageColumn, Cell> = {
      date: formatDateTime(SCENARIO_START + minutes * MINUTE_MS, lang),
      text,
      inbound: kind === "outbound" ? yesNo.no : yesNo.yes,
      replied: kind === "outbound" ? "" : replied ? yesNo.yes : yesNo.no,
      response_time: responseMinutes,
    };
    rows.push(columns.map((column) => values[column]));
  }
  return rows;
}
