/**
 * Factor "community" (ignoring followers' questions and complaints): the reply rate to messages that need an
 * answer, how long people wait (median and 90th percentile), and complaints left without any answer.
 */
import type { AuditData, FactorContext, FactorPlugin, Finding, SignalResult, SignalSpec } from "../audit/types";
import { both, formatNumber, formatPercent } from "../i18n/format";
import { type Lang, loc } from "../i18n/localized";
import { NOUNS, obliqueRu, type PluralForms, plural, RU_OBLIQUE } from "../i18n/plural";

import { replyRate, responseTimeStats } from "../metrics/community";
import { assembleResult, notAssessed } from "./common";
import { classifyMessage, type MessageNeed, pickMessages, repliedOf } from "./message-helpers";
import { findingFor, measure, present, unmeasured } from "./scoring-helpers";

const MESSAGES = loc("messages", "сообщений");
/** "4 complaints were left" / "Без ответа остались 4 жалобы". */
const LEFT: PluralForms = { en: ["was", "were"], ru: ["осталась", "остались", "остались"] };

export const COMMUNITY_SIGNALS: SignalSpec[] = [
  {
    id: "reply_rate",
    title: loc("Reply rate to questions and complaints", "Доля ответов на вопросы и жалобы"),
    unit: "fraction",
    direction: "lower_is_worse",
    watch: 0.8,
    critical: 0.5,
    minSample: { n: 30, unit: MESSAGES },
  },
  {
    id: "response_time_median_hours",
    title: loc("Median response time", "Медианное время ответа"),
    unit: "hours",
    direction: "higher_is_worse",
    watch: 4,
    critical: 24,
    minSample: { n: 30, unit: MESSAGES },
  },
  {
    id: "response_time_p90_hours",
    title: loc("Response time, 90th percentile", "Время ответа, 90-й процентиль"),
    unit: "hours",
    direction: "higher_is_worse",
    watch: 24,
    critical: 72,
    minSample: { n: 30, unit: MESSAGES },
  },
  {
    id: "unanswered_complaint_share",
    title: loc("Unanswered complaints", "Жалобы без ответа"),
    unit: "fraction",
    direction: "higher_is_worse",
    watch: 0.01,
    critical: 0.05,
    minSample: { n: 30, unit: MESSAGES },
  },
];

function evaluateCommunity(data: AuditData, ctx: FactorContext) {
  const set = pickMessages(data);
  if (!set) return notAssessed(communityFactor);
  const { table, inbound } = set;
  if (inbound.length === 0) {
    return notAssessed(
      communityFactor,
      loc(
        "Not assessed: the message table has no incoming messages (inbound = yes).",
        "Не оценено: в таблице сообщений нет входящих (входящее = да).",
      ),
    );
  }
  const texts = table.columns.text?.values;
  const need: MessageNeed[] = inbound.map((i) => {
    if (!texts) return "question";
    const t = texts[i];
    return t ? classifyMessage(t) : "other";
  });
  const needsReply = inbound.filter((_, k) => need[k] !== "other");
  const needOf = new Map(inbound.map((i, k) => [i, need[k] as MessageNeed]));
  const replied = repliedOf(table);
  const times = table.columns.response_time?.values;

  const signals: SignalResult[] = [];
  const findings: (Finding | null)[] = [];
  const basis = texts
    ? loc("questions and complaints (told by the message text)", "вопросы и жалобы (по тексту сообщения)")
    : loc(
        "all incoming messages (no text column to tell questions)",
        "все входящие (нет текста, чтобы выделить вопросы)",
      );

  // Reply rate with its Wilson interval.
  if (!replied) {
    signals.push(
      unmeasured(
        communityFactor,
        ctx,
        "reply_rate",
        loc(
          "needs a replied (yes/no), brand replies or response time column",
          "нужен столбец «отвечено» (да/нет), число ответов бренда или время ответа",
        ),
      ),
    );
  } else {
    const known = needsReply.filter((i) => replied(i) !== null);
    const unanswered = known.filter((i) => replied(i) === false);
    const answered = known.length - unanswered.length;
    const ci = replyRate(answered, known.length);
    const rate = ci ? ci.rate : null;
    const interval = (lang: Lang) => (ci ? `${formatPercent(ci.low, lang)}–${formatPercent(ci.high, lang)}` : "–");
    const signal = measure(
      communityFactor,
      ctx,
      "reply_rate",
      rate === null ? null : round3(rate),
      known.length,
      rate === null
        ? { note: loc("no incoming question or complaint to reply to", "нет входящих вопросов или жалоб") }
        : {
            note: both((lang) =>
              lang === "en"
                ? `${answered} of ${known.length} ${basis.en}; 95 % interval ${interval(lang)}`
                : `${answered} из ${known.length}: ${basis.ru}; 95 % интервал ${interval(lang)}`,
            ),
          },
    );
    signals.push(signal);
    const ordered = [...unanswered].sort((a, b) => rank(needOf.get(a)) - rank(needOf.get(b)) || a - b);
    findings.push(
      findingFor(
        communityFactor,
        signal,
        both((lang) =>
          lang === "en"
            ? `Only ${formatPercent(rate ?? 0, lang)} of ${known.length} ${texts ? "questions and complaints" : "incoming messages"} got a reply (95 % interval ${interval(lang)}); ${unanswered.length} are unanswered.`
            : `Ответ получили лишь ${formatPercent(rate ?? 0, lang)} из ${known.length} ${texts ? "вопросов и жалоб" : "входящих сообщений"} (95 % интервал ${interval(lang)}); без ответа ${unanswered.length}.`,
        ),
        table,
        ordered,
      ),
    );

    // Unanswered complaints, as a share of all incoming messages.
    const knownAll = inbound.filter((i) => replied(i) !== null);
    const complaints = knownAll.filter((i) => needOf.get(i) === "complaint" && replied(i) === false);
    if (!texts) {
      signals.push(
        unmeasured(
          communityFactor,
          ctx,
          "unanswered_complaint_share",
          loc("needs the message text to tell complaints", "нужен текст сообщений, чтобы распознать жалобы"),
        ),
      );
    } else {
      const share = knownAll.length ? complaints.length / knownAll.length : null;
      const s = measure(
        communityFactor,
        ctx,
        "unanswered_complaint_share",
        share === null ? null : round4(share),
        knownAll.length,
      );
      signals.push(s);
      findings.push(
        findingFor(
          communityFactor,
          s,
          both((lang) =>
            lang === "en"
              ? `${complaints.length} ${plural(complaints.length, lang, NOUNS.complaints)} (${formatPercent(share ?? 0, lang)} of ${knownAll.length} incoming messages) ${plural(complaints.length, lang, LEFT)} left without a reply.`
              : `Без ответа ${plural(complaints.length, lang, LEFT)} ${complaints.length} ${plural(complaints.length, lang, NOUNS.complaints)} (${formatPercent(share ?? 0, lang)} из ${knownAll.length} ${obliqueRu(knownAll.length, RU_OBLIQUE.incoming)}).`,
          ),
          table,
          complaints,
        ),
      );
    }
  }

  // Response time: median and 90th percentile (metrics/community.ts: linear interpolation, type 7), in hours.
  const timed = (times ? needsReply.filter((i) => times[i] !== null && times[i] !== undefined) : []).filter(
    (i) => (times?.[i] as number) >= 0,
  );
  const stats = times ? responseTimeStats(timed.map((i) => times[i])) : null;
  if (!times || !stats) {
    const note = times
      ? loc(
          "no answered question or complaint has a response time",
          "ни у одного отвеченного вопроса нет времени ответа",
        )
      : loc("needs a response time column", "нужен столбец времени ответа");
    signals.push(unmeasured(communityFactor, ctx, "response_time_median_hours", note));
    signals.push(unmeasured(communityFactor, ctx, "response_time_p90_hours", note));
  } else {
    const { medianHours: med, p90Hours: p90 } = stats;
    const slowest = [...timed].sort((a, b) => (times[b] as number) - (times[a] as number) || a - b);
    const medSignal = measure(communityFactor, ctx, "response_time_median_hours", round2(med), stats.count);
    const p90Signal = measure(communityFactor, ctx, "response_time_p90_hours", round2(p90), stats.count);
    signals.push(medSignal, p90Signal);
    const message = both((lang) =>
      lang === "en"
        ? `Replies take ${formatNumber(med, lang, 1)} h at the median and ${formatNumber(p90, lang, 1)} h for the slowest tenth (${stats.count} replies).`
        : `Ответ занимает ${formatNumber(med, lang, 1)} ч по медиане и ${formatNumber(p90, lang, 1)} ч у самой медленной десятой части (ответов: ${stats.count}).`,
    );
    findings.push(findingFor(communityFactor, worse(medSignal, p90Signal), message, table, slowest));
  }

  return assembleResult(
    communityFactor,
    signals,
    present(findings),
    loc(
      "Not assessed: the messages have no replied, brand replies or response time column.",
      "Не оценено: у сообщений нет столбцов «отвечено», ответов бренда или времени ответа.",
    ),
  );
}

/** Complaints first, then questions, then the rest. */
function rank(need: MessageNeed | undefined): number {
  return need === "complaint" ? 0 : need === "question" ? 1 : 2;
}

function worse(a: SignalResult, b: SignalResult): SignalResult {
  return b.risk > a.risk ? b : a;
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const round3 = (v: number) => Math.round(v * 1000) / 1000;
const round4 = (v: number) => Math.round(v * 10000) / 10000;

export const communityFactor: FactorPlugin = {
  id: "community",
  title: loc("Ignoring questions and complaints", "Игнорирование вопросов и жалоб"),
  summary: loc(
    "Followers' questions and complaints go unanswered or wait too long for a reply.",
    "Вопросы и жалобы подписчиков остаются без ответа или ждут его слишком долго.",
  ),
  needs: [["replied"], ["response_time"]],
  signals: COMMUNITY_SIGNALS,
  recommendation: loc(
    "Answer every question and complaint, the same working day where possible: set a reply-time target (under 4 hours), assign who monitors comments and messages, and close complaints publicly.",
    "Отвечайте на каждый вопрос и жалобу, по возможности в тот же рабочий день: задайте целевое время ответа (до 4 часов), назначьте ответственного за комментарии и сообщения и закрывайте жалобы публично.",
  ),
  evaluate: evaluateCommunity,
};
