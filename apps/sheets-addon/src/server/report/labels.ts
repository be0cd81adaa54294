/**
 * Labels of the report sheet, in English and Russian. Words that describe the audit result come from core's
 * shared labels; the sheet adds its units (", %").
 */
import {
  LEVEL_LABELS as LEVEL_WORDS,
  type Level,
  type Localized,
  RESULT_LABELS,
  VERDICT_LABELS,
  withUnit,
} from "@smm-risk/core";

export const REPORT_LABELS = {
  title: { en: "smm-risk report", ru: "Отчёт smm-risk" },
  source: { en: "Source", ru: "Источник" },
  audited: { en: "Audited", ru: "Проверено" },
  rows: RESULT_LABELS.dataRows,
  overall: { en: `${RESULT_LABELS.overallRisk.en} (0–100)`, ru: `${RESULT_LABELS.overallRisk.ru} (0–100)` },
  grade: RESULT_LABELS.grade,
  level: RESULT_LABELS.level,
  confidence: withUnit(RESULT_LABELS.confidence, "%"),
  factors: RESULT_LABELS.factors,
  factor: RESULT_LABELS.factor,
  risk: RESULT_LABELS.risk,
  findingsCount: { en: "Findings", ru: "Находок" },
  advice: { en: "Recommendation / why not assessed", ru: "Рекомендация / почему не оценён" },
  needs: { en: "needs columns", ru: "нужны столбцы" },
  verdict: VERDICT_LABELS.title,
  currency: VERDICT_LABELS.currency,
  periodDays: withUnit(RESULT_LABELS.period, { en: "days", ru: "дней" }),
  spend: VERDICT_LABELS.spend,
  revenue: VERDICT_LABELS.revenue,
  conversions: VERDICT_LABELS.conversions,
  cpa: VERDICT_LABELS.cpa,
  roas: VERDICT_LABELS.roas,
  romi: withUnit(VERDICT_LABELS.romi, "%"),
  margin: withUnit(VERDICT_LABELS.margin, "%"),
  breakEven: withUnit(VERDICT_LABELS.breakEvenMargin, "%"),
  monthlyResult: VERDICT_LABELS.monthlyResult,
  monthlySpend: VERDICT_LABELS.monthlySpend,
  monthlySavings: VERDICT_LABELS.monthlySavings,
  unit: { en: "Unit", ru: "Единица" },
  metric: { en: "Metric", ru: "Метрика" },
  efficiency: { en: "Efficiency", ru: "Эффективность" },
  savings: { en: "Savings", ru: "Экономия" },
  findings: RESULT_LABELS.findings,
  severity: { en: "Severity", ru: "Важность" },
  finding: { en: "Finding", ru: "Находка" },
  sheetRows: { en: "Rows", ru: "Строки" },
  mapping: { en: "Column mapping", ru: "Сопоставление столбцов" },
  header: { en: "Header", ru: "Заголовок" },
  field: { en: "Field", ru: "Поле" },
  column: { en: "Column", ru: "Столбец" },
  reason: { en: "Why", ru: "Почему" },
  warnings: RESULT_LABELS.warnings,
  cell: { en: "Cell", ru: "Ячейка" },
  none: { en: "none", ru: "нет" },
  chartTitle: { en: "Risk by factor (0–100)", ru: "Риск по факторам (0–100)" },
} satisfies Record<string, Localized>;

export const LEVEL_LABELS: Readonly<Record<Level, Localized>> = LEVEL_WORDS;

export const LEVEL_COLORS: Record<Level, string> = {
  ok: "#d9ead3",
  watch: "#fff2cc",
  critical: "#f4cccc",
  not_assessed: "#eeeeee",
};
