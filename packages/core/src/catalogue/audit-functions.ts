/**
 * The audit as formulas: SMM_RISK (one number), SMM_AUDIT (the factor table), SMM_FACTOR (one factor's risk) and
 * SMM_VERDICT (the money verdict as label | value rows). All read the range with its header row through
 * `auditValues`, so a formula and the sidebar give the same answer for the same cells.
 */
import { CRITICAL_RISK, WATCH_RISK } from "../audit/score";
import { type AuditResult, FACTOR_IDS, type FactorId, type FactorResult } from "../audit/types";
import { auditValues } from "../audit/values";
import { FACTORS } from "../factors/index";
import { LEVEL_LABELS, RESULT_LABELS, VERDICT_LABELS } from "../i18n/labels";
import type { Lang, Localized } from "../i18n/localized";
import { OptionsError } from "../options/errors";
import type { Cell } from "../table/types";
import { isRange } from "./args";
import { CatalogueError, fail, failChoice } from "./errors";
import type { CatalogueArg, CatalogueFunction, SheetScalar } from "./types";

const DATA_ARG: CatalogueArg = {
  name: "data",
  type: "range",
  optional: false,
  help: {
    en: "The export with its header row: posts, ads or messages (e.g. A1:O500). Headers in English or Russian as exports spell them.",
    ru: "Выгрузка вместе со строкой заголовков: посты, реклама или сообщения (например, A1:O500). Заголовки на русском или английском, как в выгрузках.",
  },
};

const OPTIONS_ARG: CatalogueArg = {
  name: "options",
  type: "options",
  optional: true,
  help: {
    en: 'Settings as "key=value; key=value" (e.g. "platform=instagram; margin=30%; currency=USD") or a two-column range of keys and values.',
    ru: "Настройки строкой «ключ=значение; ключ=значение» (например, «platform=instagram; margin=30%; currency=RUB») или диапазоном из двух столбцов: ключ и значение.",
  },
};

const NO_HEADER: Localized = {
  en: '"no header row with a date, reach or spend column found in the range": include the header row in the range.',
  ru: "«в диапазоне нет строки заголовков со столбцами даты, охвата или расхода»: включите строку заголовков в диапазон.",
};
const BAD_OPTION: Localized = {
  en: '"margin must be a number between 0 and 1…": fix the named option; the message lists what is allowed.',
  ru: "«margin должна быть числом от 0 до 1…»: исправьте названный параметр — в сообщении перечислены допустимые значения.",
};

/** Reads and audits the range, turning every failure into "NAME: what to fix". */
function run(fn: string, data: unknown, options: unknown): AuditResult {
  if (!isRange(data) || data.length === 0) {
    fail(
      fn,
      "data must be a range with a header row, e.g. A1:O500 (got a single value)",
      "data должен быть диапазоном со строкой заголовков, например A1:O500 (получено одно значение)",
    );
  }
  let result: AuditResult;
  try {
    result = auditValues(data as Cell[][], options === "" || options === null ? undefined : options);
  } catch (error) {
    if (error instanceof OptionsError) throw new CatalogueError(fn, error.localized);
    throw error;
  }
  if (result.inputs.mapping.every((columns) => columns.length === 0)) {
    fail(
      fn,
      "no header row with a date, reach, spend or message column found in the range: include the header row",
      "в диапазоне не найдена строка заголовков со столбцами даты, охвата, расхода или сообщений: включите строку заголовков",
    );
  }
  return result;
}

/** Labels follow the spreadsheet's language unless the options ask for Russian ("lang=ru") explicitly. */
function labelLang(result: AuditResult, fallback: Lang): Lang {
  return result.options.lang === "ru" ? "ru" : fallback;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** The one sentence for a factor's row: its worst finding, why it is not assessed, or that nothing was found. */
function mainFinding(factor: FactorResult, lang: Lang): string {
  if (!factor.assessed) {
    const reason = factor.reason?.[lang];
    if (reason) return reason;
    const columns = factor.missing.map((set) => set.join(" + ")).join(lang === "ru" ? " или " : " or ");
    return lang === "ru" ? `Нужны столбцы: ${columns}.` : `Needs columns: ${columns}.`;
  }
  const order: Record<string, number> = { critical: 0, watch: 1, ok: 2 };
  const worst = [...factor.findings].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3))[0];
  if (worst) return worst.message[lang];
  return lang === "ru" ? "Проблем не найдено." : "No problem found.";
}

export const SMM_RISK: CatalogueFunction = {
  name: "SMM_RISK",
  category: "audit",
  summary: {
    en: "Overall risk (0–100) that social-media marketing is losing money, from the eight failure causes weighted by confidence.",
    ru: "Общий риск (0–100) того, что SMM теряет деньги, по восьми причинам с учётом достоверности.",
  },
  args: [DATA_ARG, OPTIONS_ARG],
  returns: {
    en: `A number 0–100 (higher is worse): below ${WATCH_RISK} ok, ${WATCH_RISK}–${CRITICAL_RISK} watch, ${CRITICAL_RISK} and above critical.`,
    ru: `Число 0–100 (чем больше, тем хуже): до ${WATCH_RISK} — норма, ${WATCH_RISK}–${CRITICAL_RISK} — внимание, от ${CRITICAL_RISK} — критично.`,
  },
  examples: [
    { formula: "=SMM_RISK(A1:O500)", result: { en: "e.g. 72", ru: "например, 72" } },
    {
      formula: '=SMM_RISK(Posts!A1:O500, "platform=instagram; margin=30%")',
      result: { en: "e.g. 41", ru: "например, 41" },
    },
  ],
  errors: [NO_HEADER, BAD_OPTION],
  impl: (args) => {
    const result = run("SMM_RISK", args[0], args[1]);
    if (result.risk === null) throw new CatalogueError("SMM_RISK", result.headline);
    return round1(result.risk);
  },
};

export const SMM_AUDIT: CatalogueFunction = {
  name: "SMM_AUDIT",
  category: "audit",
  summary: {
    en: "The audit as a table: the overall risk, then each of the eight causes with its risk, level, confidence and main finding.",
    ru: "Аудит таблицей: общий риск, затем каждая из восьми причин с риском, уровнем, достоверностью и главной находкой.",
  },
  args: [DATA_ARG, OPTIONS_ARG],
  returns: {
    en: "A table with a header row (Factor, Risk, Level, Confidence, Main finding), an Overall row, and 8 factor rows. Risk 0–100; confidence 0–1; blank risk = not assessed.",
    ru: "Таблица со строкой заголовков (Фактор, Риск, Уровень, Достоверность, Главная находка), строкой «Итого» и 8 строками факторов. Риск 0–100; достоверность 0–1; пустой риск — не оценён.",
  },
  examples: [{ formula: "=SMM_AUDIT(A1:O500)", result: { en: "10 rows × 5 columns", ru: "10 строк × 5 столбцов" } }],
  errors: [NO_HEADER, BAD_OPTION],
  impl: (args, ctx) => {
    const result = run("SMM_AUDIT", args[0], args[1]);
    const lang = labelLang(result, ctx.lang);
    const header: SheetScalar[] = [
      RESULT_LABELS.factor,
      RESULT_LABELS.risk,
      RESULT_LABELS.level,
      RESULT_LABELS.confidence,
      RESULT_LABELS.mainFinding,
    ].map((label) => label[lang]);
    const overall: SheetScalar[] = [
      lang === "ru" ? "Итого" : "Overall",
      result.risk === null ? "" : round1(result.risk),
      LEVEL_LABELS[result.level][lang],
      round2(result.confidence),
      result.headline[lang],
    ];
    const rows = result.factors.map((f): SheetScalar[] => [
      f.title[lang],
      f.risk === null ? "" : round1(f.risk),
      LEVEL_LABELS[f.level][lang],
      round2(f.confidence),
      mainFinding(f, lang),
    ]);
    return [header, overall, ...rows];
  },
};

/** Accepts a factor id in any case, or its English or Russian title. */
export function factorIdOf(value: unknown): FactorId | null {
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  const byId = FACTOR_IDS.find((id) => id === text);
  if (byId) return byId;
  return FACTORS.find((f) => f.title.en.toLowerCase() === text || f.title.ru.toLowerCase() === text)?.id ?? null;
}

export const SMM_FACTOR: CatalogueFunction = {
  name: "SMM_FACTOR",
  category: "audit",
  summary: {
    en: "One cause's risk (0–100), for dashboards and conditional formatting.",
    ru: "Риск одной причины (0–100) — для дашбордов и условного форматирования.",
  },
  args: [
    DATA_ARG,
    {
      name: "factor",
      type: "text",
      optional: false,
      help: {
        en: `One of ${FACTOR_IDS.join(", ")}.`,
        ru: `Одно из: ${FACTOR_IDS.join(", ")}.`,
      },
    },
    OPTIONS_ARG,
  ],
  returns: {
    en: "A number 0–100 (higher is worse). A factor the columns cannot support is an error that names the columns it needs (a number would pretend it is 0).",
    ru: "Число 0–100 (чем больше, тем хуже). Если столбцов не хватает, функция возвращает ошибку с нужными столбцами (число выдавало бы это за 0).",
  },
  examples: [{ formula: '=SMM_FACTOR(A1:O500, "cadence")', result: { en: "e.g. 85", ru: "например, 85" } }],
  errors: [
    {
      en: `"factor must be one of ${FACTOR_IDS.join(", ")}": check the spelling.`,
      ru: `«factor должен быть одним из: ${FACTOR_IDS.join(", ")}»: проверьте написание.`,
    },
    {
      en: '"community is not assessed: needs columns replied or response_time": add those columns to the range.',
      ru: "«community не оценён: нужны столбцы replied или response_time»: добавьте эти столбцы в диапазон.",
    },
    NO_HEADER,
  ],
  impl: (args) => {
    const fn = "SMM_FACTOR";
    const id = factorIdOf(args[1]);
    if (id === null) {
      failChoice(fn, "factor", FACTOR_IDS, args[1], "masculine");
    }
    const result = run(fn, args[0], args[2]);
    const factor = result.factors.find((f) => f.id === id);
    if (!factor || factor.risk === null) {
      fail(
        fn,
        `${id} is not assessed${factor ? ` (${mainFinding(factor, "en")})` : ""}`,
        `${id} не оценён${factor ? ` (${mainFinding(factor, "ru")})` : ""}`,
      );
    }
    return round1(factor.risk);
  },
};

export const SMM_VERDICT: CatalogueFunction = {
  name: "SMM_VERDICT",
  category: "audit",
  summary: {
    en: "The money verdict: ROAS, ROMI, profit or loss per month, the spend that median efficiency would save, and the break-even margin.",
    ru: "Денежный вердикт: ROAS, ROMI, прибыль или убыток в месяц, экономия при медианной эффективности и маржа безубыточности.",
  },
  args: [DATA_ARG, OPTIONS_ARG],
  returns: {
    en: "A 2-column table (label | value) with fixed rows, so INDEX(…, row, 2) is stable: verdict text, currency, period (days), spend, revenue, conversions, CPA, ROAS, ROMI, margin, break-even margin, result per month, spend per month, savings per month. Blank = cannot be computed from these columns.",
    ru: "Таблица из 2 столбцов (показатель | значение) с постоянным набором строк, поэтому INDEX(…; строка; 2) стабилен: вывод, валюта, период (дней), расход, выручка, конверсии, CPA, ROAS, ROMI, маржа, маржа безубыточности, результат в месяц, расход в месяц, экономия в месяц. Пусто — по этим столбцам не посчитать.",
  },
  examples: [
    {
      formula: '=SMM_VERDICT(Ads!A1:H400, "margin=30%")',
      result: {
        en: "14 rows: e.g. ROAS 2.9, ROMI −0.13, Result per month −1 200",
        ru: "14 строк: например, ROAS 2,9; ROMI −0,13; результат в месяц −1 200",
      },
    },
  ],
  errors: [NO_HEADER, BAD_OPTION],
  impl: (args, ctx) => {
    const result = run("SMM_VERDICT", args[0], args[1]);
    const lang = labelLang(result, ctx.lang);
    const v = result.verdict;
    const num = (x: number | null, digits = 2): SheetScalar =>
      x === null || !Number.isFinite(x) ? "" : Math.round(x * 10 ** digits) / 10 ** digits;
    const rows: [Localized, SheetScalar][] = [
      [{ en: "Verdict", ru: "Вывод" }, v.message[lang]],
      [VERDICT_LABELS.currency, v.currency ?? ""],
      [{ en: "Period (days)", ru: "Период (дней)" }, num(v.periodDays, 0)],
      [VERDICT_LABELS.spend, num(v.spend)],
      [VERDICT_LABELS.revenue, num(v.revenue)],
      [VERDICT_LABELS.conversions, num(v.conversions)],
      [VERDICT_LABELS.cpa, num(v.cpa)],
      [VERDICT_LABELS.roas, num(v.roas, 3)],
      [VERDICT_LABELS.romi, num(v.romi, 3)],
      [VERDICT_LABELS.margin, num(v.margin, 3)],
      [VERDICT_LABELS.breakEvenMargin, num(v.breakEvenMargin, 3)],
      [VERDICT_LABELS.monthlyResult, num(v.monthlyResult)],
      [VERDICT_LABELS.monthlySpend, num(v.monthlySpend)],
      [VERDICT_LABELS.monthlySavings, num(v.monthlySavings)],
    ];
    return rows.map(([label, value]) => [label[lang], value]);
  },
};

export const AUDIT_FUNCTIONS: readonly CatalogueFunction[] = [SMM_RISK, SMM_AUDIT, SMM_FACTOR, SMM_VERDICT];
