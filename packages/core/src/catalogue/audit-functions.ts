/**
 * The audit as formulas: SMM_RISK (one number), SMM_AUDIT (the factor table), SMM_FACTOR (one factor's risk) and
 * SMM_VERDICT (the money verdict as label | value rows). All read the range with its header row through
 * `auditValues`, so a formula and the sidebar give the same answer for the same cells. Documentation: help/audit.ts.
 */
import { type AuditResult, FACTOR_IDS, type FactorId, type FactorResult } from "../audit/types";
import { auditValues } from "../audit/values";
import { FACTORS } from "../factors/index";
import { LEVEL_LABELS, RESULT_LABELS, VERDICT_LABELS } from "../i18n/labels";
import type { Lang, Localized } from "../i18n/localized";
import { OptionsError } from "../options/errors";
import type { Cell } from "../table/types";
import { isRange } from "./args";
import { CatalogueError, fail, failChoice } from "./errors";
import type { CatalogueFunction, CatalogueParam, SheetScalar } from "./types";

const DATA_ARG: CatalogueParam = { name: "data", type: "range", optional: false };
const OPTIONS_ARG: CatalogueParam = { name: "options", type: "options", optional: true };

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
  args: [DATA_ARG, OPTIONS_ARG],
  impl: (args) => {
    const result = run("SMM_RISK", args[0], args[1]);
    if (result.risk === null) throw new CatalogueError("SMM_RISK", result.headline);
    return round1(result.risk);
  },
};

export const SMM_AUDIT: CatalogueFunction = {
  name: "SMM_AUDIT",
  category: "audit",
  args: [DATA_ARG, OPTIONS_ARG],
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
  args: [DATA_ARG, { name: "factor", type: "text", optional: false }, OPTIONS_ARG],
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
  args: [DATA_ARG, OPTIONS_ARG],
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
