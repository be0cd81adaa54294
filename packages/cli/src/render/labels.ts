/**
 * Every fixed label the CLI prints, in English and Russian, in one table: renderers and commands look text up
 * here (or use core's Localized messages) and never write user-visible words inline. Words that describe the
 * audit result (levels, result headings, money-verdict fields) come from core's shared labels; only the CLI's own
 * words are written here.
 */
import {
  type Lang,
  LEVEL_LABELS as LEVEL_WORDS,
  type Level,
  type Localized,
  lowerFirst,
  NOUNS,
  type PluralForms,
  plural,
  RESULT_LABELS,
  type RowKind,
  type SignalUnit,
  upperCase,
  VERDICT_LABELS,
} from "@smm-risk/core";

export const LABELS = {
  auditTitle: { en: "SMM RISK AUDIT", ru: "АУДИТ РИСКОВ SMM" },
  inspectTitle: { en: "SMM RISK · WHAT THE FILE CONTAINS", ru: "SMM RISK · ЧТО В ФАЙЛЕ" },
  overallRisk: RESULT_LABELS.overallRisk,
  grade: lowerFirst(RESULT_LABELS.grade),
  confidence: lowerFirst(RESULT_LABELS.confidence),
  confidenceHeading: RESULT_LABELS.confidence,
  rowsHeading: { en: "Rows", ru: "Строки" },
  unit: { en: "Campaign / segment", ru: "Кампания / сегмент" },
  savesHeading: { en: "Saves", ru: "Экономия" },
  reportTitle: { en: "SMM risk audit", ru: "Аудит рисков SMM" },
  fixFirst: { en: "Fix first", ru: "Что исправить первым" },
  factors: RESULT_LABELS.factors,
  factor: RESULT_LABELS.factor,
  risk: RESULT_LABELS.risk,
  level: RESULT_LABELS.level,
  mainSignal: { en: "Main signal", ru: "Главный сигнал" },
  money: VERDICT_LABELS.title,
  spend: VERDICT_LABELS.spend,
  revenue: VERDICT_LABELS.revenue,
  conversions: VERDICT_LABELS.conversions,
  result: { en: "Result", ru: "Результат" },
  perMonth: { en: "per month", ru: "в месяц" },
  profit: { en: "profit", ru: "прибыль" },
  loss: { en: "loss", ru: "убыток" },
  margin: lowerFirst(VERDICT_LABELS.margin),
  breakEvenMargin: VERDICT_LABELS.breakEvenMargin,
  savings: { en: "Could save", ru: "Можно сэкономить" },
  savingsHow: {
    en: "if the worst units ran at the portfolio's median efficiency",
    ru: "если худшие кампании/сегменты работали бы с медианной эффективностью",
  },
  saves: { en: "saves", ru: "экономия" },
  findings: { en: "Top findings", ru: "Главные находки" },
  noFindings: { en: "No findings: nothing stands out.", ru: "Находок нет: ничего не выделяется." },
  notAssessed: RESULT_LABELS.notAssessed,
  wouldEnable: { en: "would be enabled by columns", ru: "можно оценить, если добавить столбцы" },
  or: { en: "or", ru: "или" },
  warnings: RESULT_LABELS.warnings,
  more: { en: "+{n} more", ru: "и ещё {n}" },
  days: RESULT_LABELS.days,
  period: RESULT_LABELS.period,
  files: { en: "Files", ru: "Файлы" },
  currency: VERDICT_LABELS.currency,
  platform: { en: "Platform", ru: "Платформа" },
  none: { en: "none", ru: "нет" },
  noRisk: { en: "no factor could be assessed", ru: "ни один фактор не удалось оценить" },
  unreadableCells: {
    en: "{n} {cells} could not be read; run `smm-risk inspect <file>` to see which",
    ru: "Не прочитано ячеек: {n}; какие именно, покажет `smm-risk inspect <файл>`",
  },
  thresholds: LEVEL_WORDS.watch,
  critical: LEVEL_WORDS.critical,
  // inspect
  file: { en: "File", ru: "Файл" },
  encoding: { en: "Encoding", ru: "Кодировка" },
  delimiter: { en: "Delimiter", ru: "Разделитель" },
  headerRow: { en: "Header row", ru: "Строка заголовков" },
  dataRows: RESULT_LABELS.dataRows,
  rowKinds: { en: "Row kinds", ru: "Типы строк" },
  mapping: RESULT_LABELS.mapping,
  field: RESULT_LABELS.field,
  header: RESULT_LABELS.header,
  column: { en: "Col", ru: "Ст." },
  alternatives: { en: "Alternatives", ru: "Другие кандидаты" },
  unmapped: { en: "Unmapped columns", ru: "Нераспознанные столбцы" },
  diagnostics: { en: "Diagnostics", ru: "Диагностика" },
  cell: { en: "Cell", ru: "Ячейка" },
  severity: { en: "Severity", ru: "Важность" },
  reason: { en: "Reason", ru: "Причина" },
  value: { en: "Value", ru: "Значение" },
  noDiagnostics: { en: "Every cell was read.", ru: "Все ячейки прочитаны." },
  andMore: { en: "… and {n} more (use --format json for all)", ru: "… и ещё {n} (все: --format json)" },
  parserWarnings: { en: "Parser warnings", ru: "Предупреждения разбора" },
} satisfies Record<string, Localized>;

/** Word forms by count (core's plural rule): plural(3, "ru", PLURALS.rows) → "строки". */
export { plural };

export const PLURALS = {
  rows: NOUNS.rows,
  cells: { en: ["cell", "cells"], ru: ["ячейка", "ячейки", "ячеек"] },
  days: { en: ["day", "days"], ru: ["день", "дня", "дней"] },
} satisfies Record<string, PluralForms>;

export type LabelKey = keyof typeof LABELS;

/** A label in one language, with `{name}` placeholders filled. */
export function label(key: LabelKey, lang: Lang, vars: Record<string, string | number> = {}): string {
  const text: Localized = LABELS[key];
  return text[lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Levels in capitals, as the CLI prints them: core's level words upper-cased. */
export const LEVEL_LABELS: Record<Level, Localized> = {
  ok: upperCase(LEVEL_WORDS.ok),
  watch: upperCase(LEVEL_WORDS.watch),
  critical: upperCase(LEVEL_WORDS.critical),
  not_assessed: upperCase(LEVEL_WORDS.not_assessed),
};

export const KIND_LABELS: Record<RowKind, Localized> = {
  post: { en: "posts", ru: "посты" },
  ad: { en: "ads", ru: "реклама" },
  message: { en: "messages", ru: "сообщения" },
  unknown: { en: "other", ru: "прочее" },
};

export const SEVERITY_LABELS: Record<"error" | "warning" | "info", Localized> = {
  error: { en: "error", ru: "ошибка" },
  warning: { en: "warning", ru: "внимание" },
  info: { en: "info", ru: "инфо" },
};

/** Unit suffixes for signal values. */
export const UNIT_SUFFIX: Partial<Record<SignalUnit, Localized>> = {
  days: { en: " days", ru: " дн." },
  hours: { en: " h", ru: " ч" },
  per_week: { en: "/week", ru: " в неделю" },
  ratio: { en: "×", ru: "×" },
};
