/**
 * Renders the methodology pages that come straight from the core: one page per factor plugin (what it needs, each
 * signal with its thresholds, rationale (from the core's docs-only SIGNAL_RATIONALES) and minimum sample, the
 * recommendation) and the benchmark table with sources and denominators, in English and Russian.
 */
import type { Benchmark, FactorPlugin, Lang, SignalSpec } from "@smm-risk/core";
import { formatNumber, formatPercent, rationaleOf } from "@smm-risk/core";
import { code, escapeText, formatValue, frontMatter, table, unitWord } from "./markdown";

const L = {
  en: {
    needs: "Data it needs",
    needsIntro: "The factor is assessed when the data has all the columns of at least one of these sets:",
    needsNone: "No specific columns: it judges whatever the data holds.",
    notAssessed:
      "Without them the factor is reported as **not assessed**, with these columns listed. It never counts as zero risk.",
    signals: "Signals and thresholds",
    signalsIntro:
      "Each signal is scored 0–100 against its thresholds (watch = 40, critical = 70); the factor takes its worst signal, discounted by confidence. See [how the score is computed](../score.md).",
    header: ["Property", "Value"],
    unit: "Unit",
    direction: "Bad direction",
    higher: "higher is worse",
    lower: "lower is worse",
    watch: "Watch at",
    critical: "Critical at",
    sample: "Full confidence from",
    override: "Override key",
    why: "Why",
    recommendation: "Recommendation",
    back: "All factors",
  },
  ru: {
    needs: "Какие данные нужны",
    needsIntro: "Фактор оценивается, когда в данных есть все столбцы хотя бы одного из наборов:",
    needsNone: "Особых столбцов не требуется: фактор оценивает то, что есть в данных.",
    notAssessed:
      "Без них фактор помечается **не оценён**, и в отчёте перечисляются эти столбцы. Отсутствие данных никогда не считается нулевым риском.",
    signals: "Сигналы и пороги",
    signalsIntro:
      "Каждый сигнал получает балл 0–100 относительно порогов (внимание = 40, критично = 70); фактор берёт худший сигнал с поправкой на достоверность. Подробнее: [как считается оценка](../score.md).",
    header: ["Свойство", "Значение"],
    unit: "Единица",
    direction: "Плохое направление",
    higher: "чем больше, тем хуже",
    lower: "чем меньше, тем хуже",
    watch: "Внимание от",
    critical: "Критично от",
    sample: "Полная достоверность от",
    override: "Ключ для переопределения",
    why: "Почему",
    recommendation: "Рекомендация",
    back: "Все факторы",
  },
} as const;

function comparator(spec: SignalSpec): string {
  return spec.direction === "higher_is_worse" ? "≥" : "≤";
}

function signalSection(plugin: FactorPlugin, spec: SignalSpec, lang: Lang): string {
  const t = L[lang];
  const rows: string[][] = [
    [t.unit, unitWord(spec.unit, lang)],
    [t.direction, spec.direction === "higher_is_worse" ? t.higher : t.lower],
    [t.watch, `${comparator(spec)} ${formatValue(spec.watch, spec.unit, lang)}`],
    [t.critical, `${comparator(spec)} ${formatValue(spec.critical, spec.unit, lang)}`],
  ];
  if (spec.minSample) rows.push([t.sample, `${spec.minSample.n} ${escapeText(spec.minSample.unit[lang])}`]);
  rows.push([t.override, `${code(`${plugin.id}.${spec.id}.watch`)}, ${code(`${plugin.id}.${spec.id}.critical`)}`]);
  return [
    `### ${escapeText(spec.title[lang])}`,
    table([...t.header], rows),
    `**${t.why}:** ${escapeText(rationaleOf(plugin.id, spec.id)[lang])}`,
  ].join("\n\n");
}

export function renderFactorPage(plugin: FactorPlugin, lang: Lang): string {
  const t = L[lang];
  const needs =
    plugin.needs.length === 0
      ? t.needsNone
      : `${t.needsIntro}\n\n${plugin.needs.map((set) => `- ${set.map((f) => code(f)).join(" + ")}`).join("\n")}\n\n${t.notAssessed}`;
  const parts = [
    frontMatter({ title: plugin.title[lang], outline: "deep" }),
    `# ${escapeText(plugin.title[lang])}`,
    `${code(plugin.id)} · ${escapeText(plugin.summary[lang])}`,
    `## ${t.needs}`,
    needs,
    `## ${t.signals}`,
    t.signalsIntro,
    ...plugin.signals.map((s) => signalSection(plugin, s, lang)),
    `## ${t.recommendation}`,
    escapeText(plugin.recommendation[lang]),
    `[← ${t.back}](../index.md)`,
  ];
  return `${parts.join("\n\n")}\n`;
}

const METRIC_NAMES: Record<Benchmark["metric"], { en: string; ru: string }> = {
  er_by_followers: { en: "Engagement rate by followers", ru: "ER по подписчикам" },
  posts_per_week: { en: "Posts per week", ru: "Постов в неделю" },
  reply_expectation_1h: { en: "Reply expected within 1 hour", ru: "Ответ ожидают в течение 1 часа" },
  reply_expectation_24h: { en: "Reply expected within 24 hours", ru: "Ответ ожидают в течение 24 часов" },
  ctr: { en: "Click-through rate (CTR)", ru: "CTR" },
  cpc: { en: "Cost per click (CPC)", ru: "Цена клика (CPC)" },
  conversion_rate: { en: "Conversion rate", ru: "Конверсия" },
  cpa: { en: "Cost per action (CPA)", ru: "Цена действия (CPA)" },
};

const B = {
  en: {
    title: "Benchmarks",
    intro:
      "Published reference points the audit compares with. Benchmarks differ 10–50× between denominators and between mean and median, so a comparison is only made like-for-like (same metric, same denominator, same platform), and every report names the benchmark it used. Choose the study with the `benchmark` option.",
    header: ["Platform", "Value", "Statistic", "Denominator", "Source", "Data year", "Id"],
    any: "any",
    statistic: { median: "median", mean: "mean", share: "share" },
  },
  ru: {
    title: "Бенчмарки",
    intro:
      "Опубликованные ориентиры, с которыми сравнивает аудит. Бенчмарки различаются в 10–50 раз в зависимости от знаменателя и от того, медиана это или среднее, поэтому сравнение делается только «яблоки с яблоками» (та же метрика, тот же знаменатель, та же платформа), и отчёт всегда называет использованный бенчмарк. Исследование выбирается параметром `benchmark`.",
    header: ["Платформа", "Значение", "Статистика", "Знаменатель", "Источник", "Год данных", "Id"],
    any: "любая",
    statistic: { median: "медиана", mean: "среднее", share: "доля" },
  },
} as const;

function benchmarkValue(b: Benchmark, lang: Lang): string {
  if (b.metric === "posts_per_week") return formatNumber(b.value, lang, Number.isInteger(b.value) ? 0 : 2);
  if (b.metric === "cpc" || b.metric === "cpa") return `${formatNumber(b.value, lang, 2)} ${b.currency ?? ""}`.trim();
  return formatPercent(b.value, lang, exactDigits(b.value * 100));
}

/** Decimals needed to print a published percent exactly as published (0.035 % → 3, 5.69 % → 2), at most 3. */
export function exactDigits(percent: number): number {
  const text = String(Math.round(percent * 1000) / 1000);
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : Math.min(3, text.length - dot - 1);
}

export function renderBenchmarksPage(benchmarks: readonly Benchmark[], lang: Lang): string {
  const t = B[lang];
  const metrics = [...new Set(benchmarks.map((b) => b.metric))];
  const parts = [frontMatter({ title: t.title }), `# ${t.title}`, t.intro];
  for (const metric of metrics) {
    parts.push(`## ${METRIC_NAMES[metric]?.[lang] ?? metric}`);
    parts.push(
      table(
        [...t.header],
        benchmarks
          .filter((b) => b.metric === metric)
          .map((b) => [
            b.platform ?? t.any,
            benchmarkValue(b, lang),
            t.statistic[b.statistic],
            escapeText(b.denominator[lang]),
            `${escapeText(b.source)} (${b.year})`,
            String(b.dataYear),
            code(b.id),
          ]),
      ),
    );
  }
  return `${parts.join("\n\n")}\n`;
}
