/** Documentation of the per-row metric formulas (SMM_ER … SMM_ROMI): docs, JSDoc and CLI help only. */
import type { Localized } from "../../i18n/localized";
import type { FunctionHelp } from "../types";

const COLUMN_BEHAVIOUR: Localized = {
  en: "Pass single cells for one value or whole columns for a column of results. A text header in the first row is skipped and the result gets a header too, so the formula can sit in the header row. Empty cells and zero denominators give a blank.",
  ru: "Передайте отдельные ячейки — получите одно значение, целые столбцы — столбец результатов. Текстовый заголовок в первой строке пропускается, и у результата тоже будет заголовок, поэтому формулу можно поставить в строку заголовков. Пустые ячейки и нулевой знаменатель дают пустую ячейку.",
};

const LENGTH_ERROR = (a: string, b: string): Localized => ({
  en: `"${a} has N rows but ${b} has M": select ranges of the same height (e.g. B2:B100 and C2:C100).`,
  ru: `«в ${a} строк: N, а в ${b}: M» — выделите диапазоны одной высоты (например, B2:B100 и C2:C100).`,
});
const NUMBER_ERROR = (a: string): Localized => ({
  en: `"${a} row 3 is "abc", expected a number": fix or clear that cell; "1 234,5", "$1,200" and "3,5%" are read as numbers, "-" as empty.`,
  ru: `«${a}, строка 3: "abc" — ожидалось число»: исправьте или очистите ячейку; «1 234,5», «1 200 ₽» и «3,5%» читаются как числа, «-» — как пустая.`,
});
const SHAPE_ERROR = (a: string): Localized => ({
  en: `"${a} must be one column": pass a single column such as B2:B100.`,
  ru: `«${a} должен быть одним столбцом»: передайте один столбец, например B2:B100.`,
});

/** Help for arguments several metrics share, defined once so it reads the same everywhere. */
const SPEND: Localized = { en: "Amount spent.", ru: "Расход." };
const CLICKS: Localized = { en: "Link clicks.", ru: "Клики по ссылке." };
const INTERACTIONS: Localized = {
  en: "Likes, comments, shares and (optionally) saves as adjacent columns, e.g. I2:L100 — each row is summed; or one column with the export's engagements total.",
  ru: "Лайки, комментарии, репосты и (по желанию) сохранения — соседние столбцы, например I2:L100, каждая строка суммируется; или один столбец с готовой суммой взаимодействий из выгрузки.",
};

interface MetricHelp extends Omit<FunctionHelp, "errors"> {
  /** The first two arguments (named in the row-count error) and the single-column one (in the shape error). */
  errorArgs: { first: string; second: string; singleColumn: string };
}

/** Every metric shares the column behaviour and the three input errors. */
function metricHelp({ errorArgs, returns, ...help }: MetricHelp): FunctionHelp {
  return {
    ...help,
    returns: { en: `${returns.en} ${COLUMN_BEHAVIOUR.en}`, ru: `${returns.ru} ${COLUMN_BEHAVIOUR.ru}` },
    errors: [
      LENGTH_ERROR(errorArgs.first, errorArgs.second),
      NUMBER_ERROR(errorArgs.first),
      SHAPE_ERROR(errorArgs.singleColumn),
    ],
  };
}

export const METRIC_HELP: Readonly<Record<string, FunctionHelp>> = {
  SMM_ER: metricHelp({
    summary: {
      en: "Engagement rate by followers per post: (likes + comments + shares [+ saves]) / followers.",
      ru: "Вовлечённость по подписчикам для каждого поста: (лайки + комментарии + репосты [+ сохранения]) / подписчики.",
    },
    args: {
      interactions: INTERACTIONS,
      followers: {
        en: "Followers at the time of each post (or one cell for all).",
        ru: "Подписчики на момент поста (или одна ячейка для всех).",
      },
    },
    returns: { en: "A fraction per row (0.012 = 1.2 %).", ru: "Доля для каждой строки (0,012 = 1,2 %)." },
    examples: [
      { formula: "=SMM_ER(120, 10000)", result: { en: "0.012 (1.2 %)", ru: "0,012 (1,2 %)" } },
      {
        formula: "=SMM_ER(I1:L100, F1:F100)",
        result: {
          en: 'A column: header "ER by followers", then one rate per post',
          ru: "Столбец: заголовок «ER по подписчикам», затем доля для каждого поста",
        },
      },
    ],
    errorArgs: { first: "interactions", second: "followers", singleColumn: "followers" },
  }),
  SMM_ERR: metricHelp({
    summary: {
      en: "Engagement rate by reach per post: (likes + comments + shares [+ saves]) / reach. Not Telegram's ERR (a read rate).",
      ru: "Вовлечённость по охвату для каждого поста: (лайки + комментарии + репосты [+ сохранения]) / охват. Не путать с ERR в Telegram (доля прочтений).",
    },
    args: {
      interactions: INTERACTIONS,
      reach: { en: "Reach of each post (unique people).", ru: "Охват каждого поста (уникальные люди)." },
    },
    returns: { en: "A fraction per row (0.04 = 4 %).", ru: "Доля для каждой строки (0,04 = 4 %)." },
    examples: [{ formula: "=SMM_ERR(120, 3000)", result: { en: "0.04 (4 %)", ru: "0,04 (4 %)" } }],
    errorArgs: { first: "interactions", second: "reach", singleColumn: "reach" },
  }),
  SMM_CTR: metricHelp({
    summary: { en: "Click-through rate: clicks / impressions.", ru: "CTR: клики / показы." },
    args: { clicks: CLICKS, impressions: { en: "Impressions (views of the ad or post).", ru: "Показы." } },
    returns: { en: "A fraction per row (0.009 = 0.9 %).", ru: "Доля для каждой строки (0,009 = 0,9 %)." },
    examples: [
      { formula: "=SMM_CTR(25, 1000)", result: { en: "0.025 (2.5 %)", ru: "0,025 (2,5 %)" } },
      { formula: "=SMM_CTR(F2:F500, E2:E500)", result: { en: "One CTR per row", ru: "CTR для каждой строки" } },
    ],
    errorArgs: { first: "clicks", second: "impressions", singleColumn: "clicks" },
  }),
  SMM_CPM: metricHelp({
    summary: { en: "Cost per thousand impressions: spend / impressions × 1000.", ru: "CPM: расход / показы × 1000." },
    args: { spend: SPEND, impressions: { en: "Impressions.", ru: "Показы." } },
    returns: {
      en: "Money per 1000 impressions, in the spend's currency.",
      ru: "Деньги за 1000 показов в валюте расхода.",
    },
    examples: [{ formula: "=SMM_CPM(70, 10000)", result: { en: "7", ru: "7" } }],
    errorArgs: { first: "spend", second: "impressions", singleColumn: "spend" },
  }),
  SMM_CPC: metricHelp({
    summary: { en: "Cost per click: spend / clicks.", ru: "CPC: расход / клики." },
    args: { spend: SPEND, clicks: CLICKS },
    returns: { en: "Money per click, in the spend's currency.", ru: "Деньги за клик в валюте расхода." },
    examples: [{ formula: "=SMM_CPC(172, 100)", result: { en: "1.72", ru: "1,72" } }],
    errorArgs: { first: "spend", second: "clicks", singleColumn: "spend" },
  }),
  SMM_CPA: metricHelp({
    summary: { en: "Cost per acquisition: spend / conversions.", ru: "CPA: расход / конверсии." },
    args: {
      spend: SPEND,
      conversions: { en: "Conversions: purchases, leads, results.", ru: "Конверсии: покупки, лиды, результаты." },
    },
    returns: { en: "Money per conversion, in the spend's currency.", ru: "Деньги за конверсию в валюте расхода." },
    examples: [{ formula: "=SMM_CPA(500, 20)", result: { en: "25", ru: "25" } }],
    errorArgs: { first: "spend", second: "conversions", singleColumn: "spend" },
  }),
  SMM_ROAS: metricHelp({
    summary: { en: "Return on ad spend: revenue / spend.", ru: "ROAS: доход / расход." },
    args: {
      revenue: {
        en: "Revenue attributed to the ads (conversion value).",
        ru: "Доход от рекламы (ценность конверсий).",
      },
      spend: SPEND,
    },
    returns: {
      en: "A ratio per row: 2.5 means 2.5 of revenue per 1 spent; below 1 loses money even before costs.",
      ru: "Отношение для каждой строки: 2,5 — это 2,5 дохода на 1 расхода; ниже 1 — убыток ещё до учёта себестоимости.",
    },
    examples: [{ formula: "=SMM_ROAS(1250, 500)", result: { en: "2.5", ru: "2,5" } }],
    errorArgs: { first: "revenue", second: "spend", singleColumn: "revenue" },
  }),
  SMM_ROMI: metricHelp({
    summary: {
      en: "Return on marketing investment: (revenue × margin − spend) / spend. Without a margin: (revenue − spend) / spend, which overstates profit.",
      ru: "ROMI: (доход × маржа − расход) / расход. Без маржи: (доход − расход) / расход — это завышает прибыль.",
    },
    args: {
      revenue: { en: "Revenue attributed to the ads.", ru: "Доход от рекламы." },
      spend: SPEND,
      margin: {
        en: "Gross margin as 0.3, 30% or 30 (one cell, or a column per row). Omitted: revenue counts as profit.",
        ru: "Валовая маржа: 0,3, 30% или 30 (одна ячейка или столбец). Не указана — весь доход считается прибылью.",
      },
    },
    returns: {
      en: "A fraction per row: 0.5 = +50 % return, −0.2 = a 20 % loss.",
      ru: "Доля для каждой строки: 0,5 = +50 % отдачи, −0,2 = убыток 20 %.",
    },
    examples: [
      { formula: "=SMM_ROMI(1000, 200, 0.3)", result: { en: "0.5 (+50 %)", ru: "0,5 (+50 %)" } },
      {
        formula: "=SMM_ROMI(1000, 500)",
        result: { en: "1 (+100 %, margin not given)", ru: "1 (+100 %, маржа не указана)" },
      },
    ],
    errorArgs: { first: "revenue", second: "spend", singleColumn: "revenue" },
  }),
};
