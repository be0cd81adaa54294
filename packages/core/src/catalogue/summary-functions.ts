/**
 * Functions that summarise a whole column into a small labelled table (label | value): the reply rate with its
 * Wilson interval, and the posting cadence. They use the same code as the community and cadence factors, so a
 * number in a sheet matches the number in the audit. Documentation: help/summaries.ts.
 */
import { classifyMessage } from "../factors/message-helpers";
import type { Lang, Localized } from "../i18n/localized";
import { cadenceOf } from "../metrics/cadence";
import { replyRate } from "../metrics/community";
import { fail } from "./errors";
import type { CatalogueFunction, SheetScalar } from "./types";
import { booleanArg, dateArg, readableBoolean, textArg } from "./values";

type Row = [Localized, number | null];

function labelled(rows: Row[], lang: Lang): SheetScalar[][] {
  return rows.map(([label, value]) => [label[lang], value === null || !Number.isFinite(value) ? "" : value]);
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** needs_reply as yes/no, or as message texts (questions and complaints need a reply, as the community factor decides). */
function needsReplyValues(fn: string, value: unknown, rows: number, siblingHasHeader: boolean): (boolean | null)[] {
  const texts = textArg(fn, "needs_reply", value);
  let values = texts.values;
  // A text column has no way to tell its header from a message: drop its first cell when it is one row longer than replied, which had a header.
  if (siblingHasHeader && !texts.single && values.length === rows + 1) values = values.slice(1);
  const allYesNo = values.every((v) => v === null || readableBoolean(v));
  if (allYesNo) return booleanArg(fn, "needs_reply", texts.single ? value : values.map((v) => [v ?? ""])).values;
  return values.map((text) => (text === null ? null : classifyMessage(text) !== "other"));
}

export const SMM_REPLY_RATE: CatalogueFunction = {
  name: "SMM_REPLY_RATE",
  category: "metric",
  args: [
    { name: "replied", type: "column", optional: false },
    { name: "needs_reply", type: "column", optional: true },
  ],
  impl: (args, ctx) => {
    const fn = "SMM_REPLY_RATE";
    const replied = booleanArg(fn, "replied", args[0]);
    const length = replied.single ? 1 : replied.rows.length;
    const omitted = args[1] === undefined || args[1] === null || args[1] === "";
    const needs = omitted ? null : needsReplyValues(fn, args[1], length, replied.header !== null);
    if (needs && needs.length !== 1 && needs.length !== length) {
      fail(
        fn,
        `replied has ${length} rows but needs_reply has ${needs.length}: use ranges of the same height`,
        `в replied строк: ${length}, а в needs_reply: ${needs.length} — возьмите диапазоны одной высоты`,
      );
    }
    let n = 0;
    let yes = 0;
    for (let i = 0; i < length; i++) {
      const r = replied.values[i];
      const need = needs === null ? true : needs.length === 1 ? needs[0] : needs[i];
      if (r === null || r === undefined || need !== true) continue;
      n += 1;
      if (r) yes += 1;
    }
    const interval = replyRate(yes, n);
    return labelled(
      [
        [{ en: "Reply rate", ru: "Доля ответов" }, interval ? round(interval.rate, 4) : null],
        [{ en: "95 % interval, low", ru: "95 % интервал, от" }, interval ? round(interval.low, 4) : null],
        [{ en: "95 % interval, high", ru: "95 % интервал, до" }, interval ? round(interval.high, 4) : null],
        [{ en: "Replied", ru: "Отвечено" }, yes],
        [{ en: "Needing a reply", ru: "Требовали ответа" }, n],
      ],
      ctx.lang,
    );
  },
};

export const SMM_CADENCE: CatalogueFunction = {
  name: "SMM_CADENCE",
  category: "metric",
  args: [{ name: "dates", type: "column", optional: false }],
  impl: (args, ctx) => {
    const fn = "SMM_CADENCE";
    const dates = dateArg(fn, "dates", args[0]);
    const rows = dates.values.flatMap((t, i) => (t === null ? [] : [{ t, i }]));
    if (rows.length < 2) {
      fail(
        fn,
        `dates needs at least 2 dates, got ${rows.length}: select the whole date column`,
        `нужно минимум 2 даты, а найдено ${rows.length}: выделите весь столбец дат`,
      );
    }
    const c = cadenceOf(rows);
    return labelled(
      [
        [{ en: "Posts", ru: "Постов" }, c.posts],
        [{ en: "Period (days)", ru: "Период (дней)" }, c.spanDays],
        [{ en: "Posts per week", ru: "Постов в неделю" }, round(c.postsPerWeek, 2)],
        [
          { en: "Median gap (days)", ru: "Медианная пауза (дней)" },
          c.medianGapDays === null ? null : round(c.medianGapDays, 2),
        ],
        [
          { en: "Longest gap (days)", ru: "Самая длинная пауза (дней)" },
          c.longestGap ? round(c.longestGap.days, 2) : null,
        ],
        [{ en: "Gap variation (CV)", ru: "Разброс пауз (CV)" }, c.dayGapCv === null ? null : round(c.dayGapCv, 2)],
        [{ en: "Weeks with no post (share)", ru: "Недель без постов (доля)" }, round(c.emptyWeekShare, 4)],
        [{ en: "Burst days", ru: "Дней-всплесков" }, c.bursts.length],
      ],
      ctx.lang,
    );
  },
};
