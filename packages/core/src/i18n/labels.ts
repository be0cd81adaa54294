/**
 * The words that describe an audit result (levels, headings of the result, money-verdict fields), in English and
 * Russian, defined once for every renderer: the CLI, the add-on sidebar and report sheet, the docs playground.
 * Host-specific interface words (buttons, menus, flags) stay in each host. Hosts change case or add a unit
 * (", %") with `lowerFirst`, `upperCase` and `withUnit` rather than writing the words again.
 */
import type { Level, Platform } from "../audit/types";
import type { Localized } from "./localized";

/** A factor's or the overall level, as a lower-case word (renderers may upper-case it). */
export const LEVEL_LABELS: Readonly<Record<Level, Localized>> = {
  ok: { en: "ok", ru: "норма" },
  watch: { en: "watch", ru: "внимание" },
  critical: { en: "critical", ru: "критично" },
  not_assessed: { en: "not assessed", ru: "не оценён" },
};

/** Headings and words of the risk part of a result, in sentence case. */
export const RESULT_LABELS = {
  overallRisk: { en: "Overall risk", ru: "Общий риск" },
  grade: { en: "Grade", ru: "Оценка" },
  confidence: { en: "Confidence", ru: "Достоверность" },
  level: { en: "Level", ru: "Уровень" },
  risk: { en: "Risk", ru: "Риск" },
  factor: { en: "Factor", ru: "Фактор" },
  factors: { en: "Factors", ru: "Факторы" },
  findings: { en: "Findings", ru: "Находки" },
  /** The finding that explains a factor's level. */
  mainFinding: { en: "Main finding", ru: "Главная находка" },
  notAssessed: { en: "Not assessed", ru: "Не оценено" },
  /** Before a list of sheet rows: "rows 12, 15". */
  rows: { en: "rows", ru: "строки" },
  dataRows: { en: "Data rows", ru: "Строк данных" },
  period: { en: "Period", ru: "Период" },
  /** Short unit after a number of days. */
  days: { en: "days", ru: "дн." },
  warnings: { en: "Warnings", ru: "Предупреждения" },
  /** How the reader matched the user's columns to canonical fields. */
  mapping: { en: "Column mapping", ru: "Сопоставление столбцов" },
  field: { en: "Field", ru: "Поле" },
  header: { en: "Header", ru: "Заголовок" },
} as const satisfies Record<string, Localized>;

/** The money verdict's fields, in sentence case. Monthly figures are normalised to 30 days. */
export const VERDICT_LABELS = {
  title: { en: "Money verdict", ru: "Денежный вердикт" },
  currency: { en: "Currency", ru: "Валюта" },
  spend: { en: "Spend", ru: "Расход" },
  revenue: { en: "Revenue", ru: "Выручка" },
  conversions: { en: "Conversions", ru: "Конверсии" },
  cpa: { en: "CPA", ru: "CPA" },
  roas: { en: "ROAS", ru: "ROAS" },
  romi: { en: "ROMI", ru: "ROMI" },
  margin: { en: "Margin", ru: "Маржа" },
  breakEvenMargin: { en: "Break-even margin", ru: "Маржа безубыточности" },
  monthlyResult: { en: "Result per month", ru: "Результат в месяц" },
  monthlySpend: { en: "Spend per month", ru: "Расход в месяц" },
  monthlySavings: { en: "Savings per month", ru: "Экономия в месяц" },
} as const satisfies Record<string, Localized>;

/** Platform names as the brands write them (the same in both languages). */
export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  instagram: "Instagram",
  facebook: "Facebook",
  tiktok: "TikTok",
  x: "X (Twitter)",
  linkedin: "LinkedIn",
  vk: "VK",
  telegram: "Telegram",
  youtube: "YouTube",
};

/** "Grade" → "grade", for a word inside a sentence. */
export function lowerFirst(text: Localized): Localized {
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return { en: lower(text.en), ru: lower(text.ru) };
}

/** "ok" → "OK", "не оценён" → "НЕ ОЦЕНЁН" (locale-independent: only ASCII and Cyrillic letters occur). */
export function upperCase(text: Localized): Localized {
  return { en: text.en.toUpperCase(), ru: text.ru.toUpperCase() };
}

/** "Confidence" + "%" → "Confidence, %": a column heading with its unit. */
export function withUnit(text: Localized, unit: Localized | string): Localized {
  const u = typeof unit === "string" ? { en: unit, ru: unit } : unit;
  return { en: `${text.en}, ${u.en}`, ru: `${text.ru}, ${u.ru}` };
}
