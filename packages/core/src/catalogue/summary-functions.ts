/**
 * Functions that summarise a whole column into a small labelled table (label | value): the reply rate with its
 * Wilson interval, and the posting cadence. They use the same code as the community and cadence factors, so a
 * number in a sheet matches the number in the audit.
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
  summary: {
    en: "Reply rate to messages that need a reply (questions and complaints), with its 95 % Wilson interval.",
    ru: "Доля отвеченных сообщений, требующих ответа (вопросы и жалобы), с 95 % интервалом Уилсона.",
  },
  args: [
    {
      name: "replied",
      type: "column",
      optional: false,
      help: {
        en: "Whether each message got a reply: yes/no, TRUE/FALSE, да/нет, 1/0, or a count of replies / a response time (above 0 = replied). Empty = unknown, skipped.",
        ru: "Получило ли сообщение ответ: да/нет, TRUE/FALSE, yes/no, 1/0 или число ответов / время ответа (больше 0 — ответили). Пусто — неизвестно, строка пропускается.",
      },
    },
    {
      name: "needs_reply",
      type: "column",
      optional: true,
      help: {
        en: 'Which messages need a reply: yes/no per row, or the message texts (questions with "?" or a question word, and complaints, need one). Omitted: every message counts.',
        ru: "Каким сообщениям нужен ответ: да/нет по строкам или тексты сообщений (ответ нужен вопросам — «?» или вопросительное слово — и жалобам). Не указано — считаются все сообщения.",
      },
    },
  ],
  returns: {
    en: "A 2-column table: reply rate, 95 % interval low and high (fractions), replied, messages needing a reply. Use INDEX(…, 1, 2) for the rate alone. A text header in the first row of the ranges is skipped.",
    ru: "Таблица из 2 столбцов: доля ответов, нижняя и верхняя граница 95 % интервала (доли), отвечено, сообщений, требующих ответа. Только доля: INDEX(…; 1; 2). Текстовый заголовок в первой строке диапазонов пропускается.",
  },
  examples: [
    {
      formula: '=SMM_REPLY_RATE({"yes";"yes";"no";"yes"})',
      result: {
        en: "Reply rate 0.75, interval 0.30–0.95, 3 of 4",
        ru: "Доля ответов 0,75, интервал 0,30–0,95, 3 из 4",
      },
    },
    {
      formula: "=SMM_REPLY_RATE(D2:D400, B2:B400)",
      result: {
        en: "Reply rate to the questions and complaints found in the message texts of column B",
        ru: "Доля ответов на вопросы и жалобы, найденные в текстах столбца B",
      },
    },
  ],
  errors: [
    {
      en: '"replied row 4 is "maybe", expected yes/no": write yes/no, TRUE/FALSE, да/нет or 1/0.',
      ru: "«replied, строка 4: „maybe“ — ожидалось да/нет»: впишите да/нет, TRUE/FALSE, yes/no или 1/0.",
    },
    {
      en: '"replied has N rows but needs_reply has M": select ranges of the same height.',
      ru: "«в replied строк: N, а в needs_reply: M» — выделите диапазоны одной высоты.",
    },
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
  summary: {
    en: "Posting rhythm from post dates: posts per week, median and longest gap, gap variation, empty weeks, burst days.",
    ru: "Ритм публикаций по датам постов: постов в неделю, медианная и самая длинная пауза, разброс пауз, пустые недели, дни-всплески.",
  },
  args: [
    {
      name: "dates",
      type: "column",
      optional: false,
      help: {
        en: "Publication date (and time) of each post: date cells, or text such as 2026-03-14 18:30, 14.03.2026 18:30, 3/14/2026. Any order.",
        ru: "Дата (и время) публикации каждого поста: ячейки с датой или текст вида 14.03.2026 18:30, 2026-03-14 18:30, 3/14/2026. Порядок любой.",
      },
    },
  ],
  returns: {
    en: "A 2-column table: posts, period in days, posts per week, median gap (days), longest gap (days), gap variation (coefficient of variation between posting days), share of weeks with no post, burst days (3+ posts and 3× the usual day). A text header in the first row is skipped; blank cells are ignored.",
    ru: "Таблица из 2 столбцов: постов, период (дней), постов в неделю, медианная пауза (дней), самая длинная пауза (дней), разброс пауз (коэффициент вариации между днями публикаций), доля недель без постов, дни-всплески (3+ поста и втрое больше обычного дня). Текстовый заголовок в первой строке пропускается, пустые ячейки не учитываются.",
  },
  examples: [
    {
      formula: "=SMM_CADENCE(A2:A200)",
      result: {
        en: "e.g. Posts per week 4.8, Longest gap (days) 3.1",
        ru: "например, Постов в неделю 4,8; Самая длинная пауза (дней) 3,1",
      },
    },
  ],
  errors: [
    {
      en: '"dates row 5 is "soon", expected a date": fix that cell or clear it.',
      ru: "«dates, строка 5: „soon“ — ожидалась дата»: исправьте или очистите ячейку.",
    },
    {
      en: '"dates needs at least 2 dates": select the whole date column.',
      ru: "«нужно минимум 2 даты»: выделите весь столбец дат.",
    },
  ],
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
