/**
 * Why each community signal's thresholds sit where they do: docs-only text (the methodology pages print it), kept out
 * of community.ts so that bundles which never print it (the Apps Script server, the playground worker) do not carry it.
 */
import type { SignalRationales } from "./rationales";

export const COMMUNITY_RATIONALES: SignalRationales = {
  reply_rate: {
    en: "Replied / incoming messages that need a reply (questions and complaints; every incoming message when there is no text). Sprout Social Index 2020: 79 % of consumers expect a brand to reply within 24 hours, so leaving more than one in five unanswered disappoints most of them; answering fewer than half is ignoring the audience.",
    ru: "Отвеченные / входящие сообщения, требующие ответа (вопросы и жалобы; все входящие, если текста нет). Sprout Social Index 2020: 79 % потребителей ждут ответа бренда в течение 24 часов, поэтому без ответа больше чем каждый пятый — это разочарование большинства; ответ меньше чем на половину — игнорирование аудитории.",
  },
  response_time_median_hours: {
    en: "Hours from the message to the brand's first reply, median over answered messages. 4 hours is what consumers called a reasonable wait (Sprout Social 2016); 24 hours is the ceiling 79 % of them expect (Sprout Social Index 2020).",
    ru: "Часы от сообщения до первого ответа бренда, медиана по отвеченным. 4 часа потребители называли разумным ожиданием (Sprout Social 2016); 24 часа — предел, которого ждут 79 % из них (Sprout Social Index 2020).",
  },
  response_time_p90_hours: {
    en: "The slowest tenth of replies: when it exceeds 24 hours, more than one person in ten waits longer than the wait 79 % of consumers accept (Sprout Social Index 2020); three days is a reply that no longer helps anyone.",
    ru: "Самая медленная десятая часть ответов: если она дольше 24 часов, больше чем каждый десятый ждёт дольше, чем готовы 79 % потребителей (Sprout Social Index 2020); три дня — ответ, который уже никому не помогает.",
  },
  unanswered_complaint_share: {
    en: "Unanswered complaints / all incoming messages. An unanswered complaint stays public under the post and is read by everyone who comes later, so even 1 % is worth a look and 5 % is a visible pattern (METHODOLOGY starting thresholds). Complaints are told by words such as 'refund', 'not working', 'верните', 'не работает'.",
    ru: "Жалобы без ответа / все входящие сообщения. Жалоба без ответа остаётся публичной под постом, её читают все, кто придёт позже, поэтому уже 1 % заслуживает внимания, а 5 % — заметная закономерность (стартовые пороги METHODOLOGY). Жалобы распознаются по словам вроде «верните», «не работает», 'refund', 'not working'.",
  },
};
