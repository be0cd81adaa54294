/** Documentation of the summary formulas (SMM_REPLY_RATE, SMM_CADENCE): docs, JSDoc and CLI help only. */
import type { FunctionHelp } from "../types";

export const SUMMARY_HELP: Readonly<Record<string, FunctionHelp>> = {
  SMM_REPLY_RATE: {
    summary: {
      en: "Reply rate to messages that need a reply (questions and complaints), with its 95 % Wilson interval.",
      ru: "Доля отвеченных сообщений, требующих ответа (вопросы и жалобы), с 95 % интервалом Уилсона.",
    },
    args: {
      replied: {
        en: "Whether each message got a reply: yes/no, TRUE/FALSE, да/нет, 1/0, or a count of replies / a response time (above 0 = replied). Empty = unknown, skipped.",
        ru: "Получило ли сообщение ответ: да/нет, TRUE/FALSE, yes/no, 1/0 или число ответов / время ответа (больше 0 — ответили). Пусто — неизвестно, строка пропускается.",
      },
      needs_reply: {
        en: 'Which messages need a reply: yes/no per row, or the message texts (questions with "?" or a question word, and complaints, need one). Omitted: every message counts.',
        ru: "Каким сообщениям нужен ответ: да/нет по строкам или тексты сообщений (ответ нужен вопросам — «?» или вопросительное слово — и жалобам). Не указано — считаются все сообщения.",
      },
    },
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
  },
  SMM_CADENCE: {
    summary: {
      en: "Posting rhythm from post dates: posts per week, median and longest gap, gap variation, empty weeks, burst days.",
      ru: "Ритм публикаций по датам постов: постов в неделю, медианная и самая длинная пауза, разброс пауз, пустые недели, дни-всплески.",
    },
    args: {
      dates: {
        en: "Publication date (and time) of each post: date cells, or text such as 2026-03-14 18:30, 14.03.2026 18:30, 3/14/2026. Any order.",
        ru: "Дата (и время) публикации каждого поста: ячейки с датой или текст вида 14.03.2026 18:30, 2026-03-14 18:30, 3/14/2026. Порядок любой.",
      },
    },
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
  },
};
