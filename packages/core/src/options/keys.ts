/**
 * Option names and the spellings users may write them in (English or Russian, any case, with spaces, "_" or "-"),
 * plus the key patterns for threshold overrides ("cadence.longest_gap_days.watch") and mappings ("map.reach").
 */
import type { AuditOptions } from "../audit/types";

export type ScalarOption = Exclude<keyof AuditOptions, "thresholds" | "mapping">;

/** The names listed in "Allowed: …" messages, in this order. */
export const OPTION_NAMES = [
  "platform",
  "currency",
  "margin",
  "targetCpa",
  "averageOrderValue",
  "lang",
  "benchmark",
  "thresholds",
  "mapping",
] as const satisfies readonly (keyof AuditOptions)[];

const SCALAR_ALIASES: Record<ScalarOption, string[]> = {
  platform: ["platform", "платформа", "площадка", "соцсеть", "network"],
  currency: ["currency", "валюта"],
  margin: ["margin", "grossmargin", "маржа", "маржинальность"],
  targetCpa: ["targetcpa", "cpatarget", "целевойcpa", "целеваяцена", "целеваяценаконверсии", "targetcostperaction"],
  averageOrderValue: ["averageordervalue", "aov", "averageorder", "ordervalue", "среднийчек", "средняясуммазаказа"],
  lang: ["lang", "language", "язык"],
  benchmark: ["benchmark", "study", "бенчмарк", "эталон"],
};

/** "Target CPA", "target_cpa", "целевой CPA" → "targetcpa". */
export function normaliseKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

const BY_ALIAS = new Map<string, ScalarOption>();
for (const [name, aliases] of Object.entries(SCALAR_ALIASES) as [ScalarOption, string[]][]) {
  for (const alias of aliases) BY_ALIAS.set(normaliseKey(alias), name);
}

export function scalarOption(key: string): ScalarOption | null {
  return BY_ALIAS.get(normaliseKey(key)) ?? null;
}

/** "map.reach", "mapping.reach", "поле.reach" → "reach" (not yet validated). */
export function mappingKey(key: string): string | null {
  const m = /^\s*(?:map|mapping|поле|столбец)\s*[.:]\s*(.+?)\s*$/i.exec(key);
  return m?.[1] ?? null;
}

/** "cadence.longest_gap_days.watch" (optionally prefixed "threshold.") → parts (not yet validated). */
export function thresholdKey(key: string): { factor: string; signal: string; level: "watch" | "critical" } | null {
  const m = /^\s*(?:thresholds?\.|порог\.)?([^.\s]+)\.([^.\s]+)\.([^.\s]+)\s*$/i.exec(key);
  if (!m) return null;
  const level = m[3]?.toLowerCase();
  const normalised =
    level === "watch" || level === "внимание"
      ? "watch"
      : level === "critical" || level === "критично"
        ? "critical"
        : null;
  if (!normalised) return null;
  return { factor: (m[1] ?? "").toLowerCase(), signal: (m[2] ?? "").toLowerCase(), level: normalised };
}
