/**
 * The sidebar's own words in English and Russian, and helpers to pick a language and format numbers. Words that
 * describe the audit result come from core's shared labels (the tiny `@smm-risk/core/labels` module, not the core).
 */
import type { Lang, Level, Localized } from "@smm-risk/core";
import { LEVEL_LABELS, lowerFirst, RESULT_LABELS, VERDICT_LABELS, withUnit } from "@smm-risk/core/labels";

export const UI = {
  title: { en: "SMM risk audit", ru: "Аудит рисков SMM" },
  loading: { en: "Loading…", ru: "Загрузка…" },
  range: { en: "Range", ru: "Диапазон" },
  noSelection: {
    en: "Nothing selected yet: select the export with its header row.",
    ru: "Пока ничего не выделено: выделите выгрузку со строкой заголовков.",
  },
  rowsByColumns: { en: "rows × columns", ru: "строк × столбцов" },
  refresh: { en: "Use current selection", ru: "Взять текущее выделение" },
  options: { en: "Options", ru: "Параметры" },
  platform: { en: "Platform", ru: "Платформа" },
  auto: { en: "from the data", ru: "из данных" },
  currency: VERDICT_LABELS.currency,
  margin: withUnit(VERDICT_LABELS.margin, "%"),
  targetCpa: { en: "Target CPA", ru: "Целевой CPA" },
  run: { en: "Run audit", ru: "Запустить аудит" },
  hint: {
    en: "Select an export of posts, ads or messages together with its header row, then run the audit. Nothing in your sheet is changed; the report goes to a new sheet.",
    ru: "Выделите выгрузку постов, рекламы или сообщений вместе со строкой заголовков и запустите аудит. Ваш лист не меняется; отчёт пишется на новый лист.",
  },
  auditSheet: { en: "Whole sheet", ru: "Весь лист" },
  report: { en: "Insert report sheet", ru: "Вставить лист отчёта" },
  running: { en: "Reading and auditing", ru: "Чтение и аудит" },
  writing: { en: "Writing the report sheet", ru: "Запись листа отчёта" },
  seconds: { en: "s", ru: "с" },
  mapping: RESULT_LABELS.mapping,
  mappingHint: { en: "Fix a column and the audit reruns.", ru: "Исправьте столбец — аудит перезапустится." },
  recognised: { en: "recognised", ru: "распознано" },
  ignored: { en: "— ignored —", ru: "— не использовать —" },
  overall: RESULT_LABELS.overallRisk,
  grade: lowerFirst(RESULT_LABELS.grade),
  confidence: lowerFirst(RESULT_LABELS.confidence),
  dataRows: lowerFirst(RESULT_LABELS.dataRows),
  days: RESULT_LABELS.days,
  factors: { en: "Eight factors", ru: "Восемь факторов" },
  verdict: VERDICT_LABELS.title,
  spend: VERDICT_LABELS.spend,
  revenue: VERDICT_LABELS.revenue,
  cpa: VERDICT_LABELS.cpa,
  roas: VERDICT_LABELS.roas,
  romi: VERDICT_LABELS.romi,
  monthlyResult: VERDICT_LABELS.monthlyResult,
  monthlySavings: VERDICT_LABELS.monthlySavings,
  breakEven: VERDICT_LABELS.breakEvenMargin,
  findings: RESULT_LABELS.findings,
  noFindings: { en: "No findings.", ru: "Находок нет." },
  rows: RESULT_LABELS.rows,
  clickToSelect: { en: "Click to select these rows in the sheet", ru: "Щёлкните, чтобы выделить эти строки на листе" },
  selected: { en: "Selected", ru: "Выделено" },
  notAssessed: RESULT_LABELS.notAssessed,
  needs: { en: "Add one of these column sets:", ru: "Добавьте один из наборов столбцов:" },
  or: { en: "or", ru: "или" },
  warnings: RESULT_LABELS.warnings,
  reportDone: { en: "Report written to sheet", ru: "Отчёт записан на лист" },
  error: { en: "Error", ru: "Ошибка" },
  auditedIn: { en: "audited in", ru: "проверено за" },
} satisfies Record<string, Localized>;

export const LEVELS: Readonly<Record<Level, Localized>> = LEVEL_LABELS;

export function text(value: Localized, lang: Lang): string {
  return value[lang] || value.en;
}

export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(lang === "ru" ? "ru-RU" : "en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
}

export function formatPercent(fraction: number, lang: Lang, digits = 0): string {
  return `${formatNumber(fraction * 100, lang, digits)} %`;
}

export function formatMoney(value: number, currency: string | null, lang: Lang): string {
  const amount = formatNumber(value, lang, Math.abs(value) < 100 ? 2 : 0);
  return currency ? `${amount} ${currency}` : amount;
}
