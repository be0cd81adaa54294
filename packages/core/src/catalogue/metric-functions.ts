/**
 * Per-row metric functions: each takes whole columns and returns a column, so one formula in the header row
 * serves a whole report. Formulas and denominators follow METHODOLOGY.md "Metric definitions"; rates are
 * fractions (format the cells as percent). The arithmetic is core's metrics module (the same functions the factors
 * use); this file only adds the spreadsheet shape. A zero or negative denominator gives a blank.
 */
import type { Localized } from "../i18n/localized";
import { cpa, cpc, cpm, ctr, roas, romi } from "../metrics/ads";
import { engagementRateByFollowers, engagementRateByReach } from "../metrics/engagement";
import type { Cell } from "../table/types";
import { type MetricArg, runColumnMetric } from "./column-metric";
import type { CatalogueArg, CatalogueFunction } from "./types";

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

function column(name: string, en: string, ru: string, optional = false): CatalogueArg {
  return { name, type: "column", optional, help: { en, ru } };
}

interface MetricDefinition {
  name: string;
  summary: Localized;
  args: (CatalogueArg & { multiColumn?: boolean; fallback?: number; check?: MetricArg["check"] })[];
  label: Localized;
  returns: Localized;
  compute: (values: number[]) => number | null;
  examples: CatalogueFunction["examples"];
}

function metricFunction(def: MetricDefinition): CatalogueFunction {
  const [first, second] = def.args;
  return {
    name: def.name,
    category: "metric",
    summary: def.summary,
    args: def.args.map(({ name, type, optional, help }) => ({ name, type, optional, help })),
    returns: { en: `${def.returns.en} ${COLUMN_BEHAVIOUR.en}`, ru: `${def.returns.ru} ${COLUMN_BEHAVIOUR.ru}` },
    examples: def.examples,
    errors: [
      LENGTH_ERROR(first?.name ?? "", second?.name ?? ""),
      NUMBER_ERROR(first?.name ?? ""),
      SHAPE_ERROR(def.args.find((a) => !a.multiColumn)?.name ?? ""),
    ],
    impl: (args, ctx) =>
      runColumnMetric(
        {
          name: def.name,
          label: def.label,
          compute: def.compute,
          args: def.args.map(({ name, multiColumn, fallback, check }) => ({
            name,
            ...(multiColumn ? { multiColumn } : {}),
            ...(fallback !== undefined ? { fallback } : {}),
            ...(check ? { check } : {}),
          })),
        },
        args,
        ctx,
      ),
  };
}

/** Arguments several metrics share, defined once so their help reads the same everywhere. */
const SPEND = column("spend", "Amount spent.", "Расход.");
const CLICKS = column("clicks", "Link clicks.", "Клики по ссылке.");

const pair = (f: (a: number, b: number) => number | null) => (v: number[]) => f(v[0] ?? 0, v[1] ?? 0);

const INTERACTIONS: CatalogueArg & { multiColumn: boolean } = {
  name: "interactions",
  type: "range",
  optional: false,
  multiColumn: true,
  help: {
    en: "Likes, comments, shares and (optionally) saves as adjacent columns, e.g. I2:L100 — each row is summed; or one column with the export's engagements total.",
    ru: "Лайки, комментарии, репосты и (по желанию) сохранения — соседние столбцы, например I2:L100, каждая строка суммируется; или один столбец с готовой суммой взаимодействий из выгрузки.",
  },
};

/**
 * Gross margin as a fraction: 0.3, "30%" and a bare 30 all mean 30 % (a margin above 100 % does not exist, so a
 * number in (1, 100] can only be percent points); percent text was already turned into a fraction by the parser.
 */
export function checkMargin(value: number, cell: Cell): number | Localized {
  const percentText = typeof cell === "string" && cell.trim().endsWith("%");
  const fraction = !percentText && value > 1 && value <= 100 ? value / 100 : value;
  return fraction >= 0 && fraction <= 1
    ? fraction
    : { en: "a gross margin between 0 and 1 (e.g. 0.3 or 30%)", ru: "валовая маржа от 0 до 1 (например, 0,3 или 30%)" };
}

export const METRIC_FUNCTIONS: readonly CatalogueFunction[] = [
  metricFunction({
    name: "SMM_ER",
    summary: {
      en: "Engagement rate by followers per post: (likes + comments + shares [+ saves]) / followers.",
      ru: "Вовлечённость по подписчикам для каждого поста: (лайки + комментарии + репосты [+ сохранения]) / подписчики.",
    },
    args: [
      INTERACTIONS,
      column(
        "followers",
        "Followers at the time of each post (or one cell for all).",
        "Подписчики на момент поста (или одна ячейка для всех).",
      ),
    ],
    label: { en: "ER by followers", ru: "ER по подписчикам" },
    returns: { en: "A fraction per row (0.012 = 1.2 %).", ru: "Доля для каждой строки (0,012 = 1,2 %)." },
    compute: pair(engagementRateByFollowers),
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
  }),
  metricFunction({
    name: "SMM_ERR",
    summary: {
      en: "Engagement rate by reach per post: (likes + comments + shares [+ saves]) / reach. Not Telegram's ERR (a read rate).",
      ru: "Вовлечённость по охвату для каждого поста: (лайки + комментарии + репосты [+ сохранения]) / охват. Не путать с ERR в Telegram (доля прочтений).",
    },
    args: [
      INTERACTIONS,
      column("reach", "Reach of each post (unique people).", "Охват каждого поста (уникальные люди)."),
    ],
    label: { en: "ERR", ru: "ERR" },
    returns: { en: "A fraction per row (0.04 = 4 %).", ru: "Доля для каждой строки (0,04 = 4 %)." },
    compute: pair(engagementRateByReach),
    examples: [{ formula: "=SMM_ERR(120, 3000)", result: { en: "0.04 (4 %)", ru: "0,04 (4 %)" } }],
  }),
  metricFunction({
    name: "SMM_CTR",
    summary: { en: "Click-through rate: clicks / impressions.", ru: "CTR: клики / показы." },
    args: [CLICKS, column("impressions", "Impressions (views of the ad or post).", "Показы.")],
    label: { en: "CTR", ru: "CTR" },
    returns: { en: "A fraction per row (0.009 = 0.9 %).", ru: "Доля для каждой строки (0,009 = 0,9 %)." },
    compute: pair(ctr),
    examples: [
      { formula: "=SMM_CTR(25, 1000)", result: { en: "0.025 (2.5 %)", ru: "0,025 (2,5 %)" } },
      { formula: "=SMM_CTR(F2:F500, E2:E500)", result: { en: "One CTR per row", ru: "CTR для каждой строки" } },
    ],
  }),
  metricFunction({
    name: "SMM_CPM",
    summary: { en: "Cost per thousand impressions: spend / impressions × 1000.", ru: "CPM: расход / показы × 1000." },
    args: [SPEND, column("impressions", "Impressions.", "Показы.")],
    label: { en: "CPM", ru: "CPM" },
    returns: {
      en: "Money per 1000 impressions, in the spend's currency.",
      ru: "Деньги за 1000 показов в валюте расхода.",
    },
    compute: pair(cpm),
    examples: [{ formula: "=SMM_CPM(70, 10000)", result: { en: "7", ru: "7" } }],
  }),
  metricFunction({
    name: "SMM_CPC",
    summary: { en: "Cost per click: spend / clicks.", ru: "CPC: расход / клики." },
    args: [SPEND, CLICKS],
    label: { en: "CPC", ru: "CPC" },
    returns: { en: "Money per click, in the spend's currency.", ru: "Деньги за клик в валюте расхода." },
    compute: pair(cpc),
    examples: [{ formula: "=SMM_CPC(172, 100)", result: { en: "1.72", ru: "1,72" } }],
  }),
  metricFunction({
    name: "SMM_CPA",
    summary: { en: "Cost per acquisition: spend / conversions.", ru: "CPA: расход / конверсии." },
    args: [
      SPEND,
      column("conversions", "Conversions: purchases, leads, results.", "Конверсии: покупки, лиды, результаты."),
    ],
    label: { en: "CPA", ru: "CPA" },
    returns: { en: "Money per conversion, in the spend's currency.", ru: "Деньги за конверсию в валюте расхода." },
    compute: pair(cpa),
    examples: [{ formula: "=SMM_CPA(500, 20)", result: { en: "25", ru: "25" } }],
  }),
  metricFunction({
    name: "SMM_ROAS",
    summary: { en: "Return on ad spend: revenue / spend.", ru: "ROAS: доход / расход." },
    args: [
      column("revenue", "Revenue attributed to the ads (conversion value).", "Доход от рекламы (ценность конверсий)."),
      SPEND,
    ],
    label: { en: "ROAS", ru: "ROAS" },
    returns: {
      en: "A ratio per row: 2.5 means 2.5 of revenue per 1 spent; below 1 loses money even before costs.",
      ru: "Отношение для каждой строки: 2,5 — это 2,5 дохода на 1 расхода; ниже 1 — убыток ещё до учёта себестоимости.",
    },
    compute: pair(roas),
    examples: [{ formula: "=SMM_ROAS(1250, 500)", result: { en: "2.5", ru: "2,5" } }],
  }),
  metricFunction({
    name: "SMM_ROMI",
    summary: {
      en: "Return on marketing investment: (revenue × margin − spend) / spend. Without a margin: (revenue − spend) / spend, which overstates profit.",
      ru: "ROMI: (доход × маржа − расход) / расход. Без маржи: (доход − расход) / расход — это завышает прибыль.",
    },
    args: [
      column("revenue", "Revenue attributed to the ads.", "Доход от рекламы."),
      SPEND,
      {
        name: "margin",
        type: "number",
        optional: true,
        fallback: 1,
        check: checkMargin,
        help: {
          en: "Gross margin as 0.3, 30% or 30 (one cell, or a column per row). Omitted: revenue counts as profit.",
          ru: "Валовая маржа: 0,3, 30% или 30 (одна ячейка или столбец). Не указана — весь доход считается прибылью.",
        },
      },
    ],
    label: { en: "ROMI", ru: "ROMI" },
    returns: {
      en: "A fraction per row: 0.5 = +50 % return, −0.2 = a 20 % loss.",
      ru: "Доля для каждой строки: 0,5 = +50 % отдачи, −0,2 = убыток 20 %.",
    },
    compute: (v) => romi(v[0], v[1], v[2] ?? 1),
    examples: [
      { formula: "=SMM_ROMI(1000, 200, 0.3)", result: { en: "0.5 (+50 %)", ru: "0,5 (+50 %)" } },
      {
        formula: "=SMM_ROMI(1000, 500)",
        result: { en: "1 (+100 %, margin not given)", ru: "1 (+100 %, маржа не указана)" },
      },
    ],
  }),
];
