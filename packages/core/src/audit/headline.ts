/**
 * The one-line answer at the top of every report: how risky, which causes drive it, or, when nothing could be
 * assessed, which columns to add.
 */
import type { CanonicalField } from "../fields";
import type { Localized } from "../i18n/localized";
import { effectiveRisk, MIN_FACTORS_FOR_LOW_RISK, type Overall } from "./overall";
import type { FactorId, FactorResult } from "./types";

/** Each cause as a short noun phrase for "… are likely costing money". */
export const CAUSE_PHRASES: Record<FactorId, Localized> = {
  audience: { en: "content that misses the audience", ru: "контент мимо аудитории" },
  segmentation: { en: "spend on segments that do not convert", ru: "бюджет на неконвертирующие сегменты" },
  needs: { en: "topics the audience is tiring of", ru: "темы, к которым аудитория теряет интерес" },
  content: { en: "weak or repetitive content", ru: "слабый или повторяющийся контент" },
  cadence: { en: "irregular posting", ru: "нерегулярный постинг" },
  analytics: { en: "untracked results", ru: "неотслеживаемые результаты" },
  budget: { en: "misallocated ad budget", ru: "неверно распределённый рекламный бюджет" },
  community: { en: "unanswered questions and complaints", ru: "неотвеченные вопросы и жалобы" },
};

function joinPhrases(parts: string[], and: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;
}

/**
 * Columns that would enable the most factors. For each factor not assessed, the set of columns it needs that is
 * closest to complete given the columns `present` in the data (first listed on ties), and of it only the columns
 * still absent; most useful first. A factor whose columns are all there (it needs an option or more rows) adds none.
 */
export function columnsToAdd(
  factors: readonly FactorResult[],
  present: ReadonlySet<CanonicalField> = new Set(),
  limit = 5,
): CanonicalField[] {
  const counts = new Map<CanonicalField, number>();
  for (const f of factors) {
    if (f.assessed) continue;
    let closest: CanonicalField[] | null = null;
    for (const set of f.missing) {
      const absent = set.filter((field) => !present.has(field));
      if (closest === null || absent.length < closest.length) closest = absent;
    }
    for (const field of closest ?? []) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([field]) => field);
}

/** The headline; `present` = the canonical columns the data has, so the advice never asks for one it already holds. */
export function headline(
  overall: Overall,
  factors: readonly FactorResult[],
  present: ReadonlySet<CanonicalField> = new Set(),
): Localized {
  const assessed = factors.filter((f) => f.assessed);
  if (overall.risk === null || assessed.length === 0) {
    const columns = columnsToAdd(factors, present).join(", ") || "date, reach, spend";
    return {
      en: `Not assessed: no factor could be scored from these columns. Add columns such as ${columns}.`,
      ru: `Не оценено: по этим столбцам нельзя оценить ни один фактор. Добавьте столбцы, например ${columns}.`,
    };
  }
  const drivers = assessed
    .filter((f) => f.level === "watch" || f.level === "critical")
    .sort((a, b) => effectiveRisk(b) - effectiveRisk(a))
    .slice(0, 3);
  const coverage = {
    en: assessed.length < factors.length ? ` (${assessed.length} of ${factors.length} causes assessed)` : "",
    ru: assessed.length < factors.length ? ` (оценено причин: ${assessed.length} из ${factors.length})` : "",
  };
  const phrases = {
    en: joinPhrases(
      drivers.map((f) => CAUSE_PHRASES[f.id].en),
      "and",
    ),
    ru: joinPhrases(
      drivers.map((f) => CAUSE_PHRASES[f.id].ru),
      "и",
    ),
  };
  if (overall.level === "critical") {
    return {
      en: `High risk: ${phrases.en || "several causes together"} ${drivers.length > 1 ? "are" : "is"} likely costing money${coverage.en}.`,
      ru: `Высокий риск: ${phrases.ru || "несколько причин вместе"} — вероятно, это стоит денег${coverage.ru}.`,
    };
  }
  if (overall.level === "watch") {
    return {
      en: `Elevated risk: ${phrases.en || "several causes near the line"} ${drivers.length > 1 ? "need" : "needs"} attention${coverage.en}.`,
      ru: `Повышенный риск: требует внимания ${phrases.ru || "несколько причин у границы"}${coverage.ru}.`,
    };
  }
  if (assessed.length < MIN_FACTORS_FOR_LOW_RISK) {
    const columns = columnsToAdd(factors, present).join(", ");
    const few = {
      en: `No cause is above the watch line, but only ${assessed.length} of ${factors.length} causes could be assessed: too few to call the risk low.`,
      ru: `Ни одна причина не выше порога внимания, но оценить удалось только ${assessed.length} из ${factors.length}: этого мало, чтобы назвать риск низким.`,
    };
    if (!columns) return few;
    return {
      en: `${few.en} Add columns such as ${columns} to assess the others.`,
      ru: `${few.ru} Добавьте столбцы, например ${columns}, чтобы оценить остальные.`,
    };
  }
  return {
    en: `Low risk: no cause is above the watch line${coverage.en}.`,
    ru: `Низкий риск: ни одна причина не выше порога внимания${coverage.ru}.`,
  };
}
