/**
 * Labels of the report sheet, in English and Russian. Words that describe the audit result come from core's
 * shared labels; the sheet adds its units (", days"). Percentages and money carry their unit in the cell's number
 * format instead, and the mapping's reasons (English in core) are translated here.
 */
import {
  type Lang,
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
  confidence: RESULT_LABELS.confidence,
  factors: RESULT_LABELS.factors,
  factor: RESULT_LABELS.factor,
  risk: RESULT_LABELS.risk,
  findingsCount: { en: "Findings", ru: "Находок" },
  advice: { en: "Recommendation / why not assessed", ru: "Рекомендация / почему не оценён" },
  conclusion: { en: "Conclusion", ru: "Вывод" },
  needsColumns: { en: "needs the columns", ru: "нужны столбцы" },
  or: { en: " or ", ru: " или " },
  verdict: VERDICT_LABELS.title,
  currency: VERDICT_LABELS.currency,
  periodDays: withUnit(RESULT_LABELS.period, { en: "days", ru: "дней" }),
  spend: VERDICT_LABELS.spend,
  revenue: VERDICT_LABELS.revenue,
  conversions: VERDICT_LABELS.conversions,
  cpa: VERDICT_LABELS.cpa,
  roas: VERDICT_LABELS.roas,
  romi: VERDICT_LABELS.romi,
  margin: VERDICT_LABELS.margin,
  breakEven: VERDICT_LABELS.breakEvenMargin,
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
  mapping: RESULT_LABELS.mapping,
  header: RESULT_LABELS.header,
  field: RESULT_LABELS.field,
  column: { en: "Column", ru: "Столбец" },
  reason: { en: "Why", ru: "Почему" },
  warnings: RESULT_LABELS.warnings,
  cell: { en: "Cell", ru: "Ячейка" },
  none: { en: "none", ru: "нет" },
  chartTitle: { en: "Risk by factor (0–100)", ru: "Риск по факторам (0–100)" },
} satisfies Record<string, Localized>;

/**
 * The mapping's reason in the report's language. Core writes it in English from a few patterns (table/mapping.ts,
 * table/describe.ts); a reason of another shape is shown as is rather than guessed at.
 */
export function mappingReason(reason: string, lang: Lang): string {
  if (lang === "en") return reason;
  const [main = "", ...rest] = reason.split("; preferred over ");
  const preferred = rest.length > 0 ? `; предпочтён столбцам ${quotesRu(rest.join("; preferred over "))}` : "";
  const exact = /^exact synonym "(.*)"$/.exec(main);
  if (exact) return `точный синоним «${exact[1]}»${preferred}`;
  const secondary = /^secondary synonym "(.*)" \(no primary column\)$/.exec(main);
  if (secondary) return `запасной синоним «${secondary[1]}» (основного столбца нет)${preferred}`;
  const partial = /^partial match of "(.*)"$/.exec(main);
  if (partial) return `частичное совпадение с «${partial[1]}»${preferred}`;
  if (main === "user override") return `задано вручную${preferred}`;
  return reason;
}

function quotesRu(text: string): string {
  return text.replace(/"([^"]*)"/g, "«$1»");
}

export const LEVEL_LABELS: Readonly<Record<Level, Localized>> = LEVEL_WORDS;

export const LEVEL_COLORS: Record<Level, string> = {
  ok: "#d9ead3",
  watch: "#fff2cc",
  critical: "#f4cccc",
  not_assessed: "#eeeeee",
};
