/**
 * Reference functions: published benchmark figures from core BENCHMARKS, looked up like-for-like (same metric,
 * same platform) so a sheet can compare its own numbers with the figure the audit uses. Documentation: help/reference.ts.
 */
import { normalisePlatform } from "../audit/platform";
import { PLATFORMS } from "../audit/types";
import { BENCHMARKS, type BenchmarkMetric } from "../benchmarks/data";
import { BENCHMARK_STUDIES, findBenchmark } from "../benchmarks/find";
import { parseBooleanCell } from "../table/booleans";
import { fail, failChoice } from "./errors";
import type { CatalogueFunction, SheetScalar } from "./types";

/** Every metric that has a published figure. */
export const BENCHMARK_METRICS = [...new Set(BENCHMARKS.map((b) => b.metric))] as BenchmarkMetric[];

/** Spellings people type for each metric. */
const METRIC_ALIASES: Record<string, BenchmarkMetric> = {
  er: "er_by_followers",
  engagement_rate: "er_by_followers",
  posts: "posts_per_week",
  cadence: "posts_per_week",
  cr: "conversion_rate",
  reply_1h: "reply_expectation_1h",
  reply_24h: "reply_expectation_24h",
};

function metricOf(value: unknown): BenchmarkMetric | null {
  if (typeof value !== "string") return null;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if ((BENCHMARK_METRICS as string[]).includes(key)) return key as BenchmarkMetric;
  return METRIC_ALIASES[key] ?? null;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

export const SMM_BENCHMARK: CatalogueFunction = {
  name: "SMM_BENCHMARK",
  category: "reference",
  args: [
    { name: "platform", type: "text", optional: false },
    { name: "metric", type: "text", optional: false },
    { name: "study", type: "text", optional: true },
    { name: "with_source", type: "text", optional: true },
  ],
  impl: (args, ctx) => {
    const fn = "SMM_BENCHMARK";
    const metric = metricOf(args[1]);
    if (metric === null) {
      failChoice(fn, "metric", BENCHMARK_METRICS, args[1], "feminine");
    }
    const platform = blank(args[0]) ? null : normalisePlatform(args[0]);
    if (!blank(args[0]) && platform === null) {
      failChoice(fn, "platform", PLATFORMS, args[0], "feminine");
    }
    const study = blank(args[2]) ? undefined : String(args[2]).trim().toLowerCase();
    if (study !== undefined && !BENCHMARK_STUDIES.includes(study)) {
      failChoice(fn, "study", BENCHMARK_STUDIES, study, "masculine");
    }
    const found = findBenchmark(metric, platform, study);
    if (!found || (study !== undefined && found.study !== study)) {
      const platforms = [
        ...new Set(
          BENCHMARKS.filter((b) => b.metric === metric && (study === undefined || b.study === study)).map(
            (b) => b.platform ?? "(blank)",
          ),
        ),
      ];
      const where = `${platform ?? "(blank platform)"}${study ? ` in ${study}` : ""}`;
      fail(
        fn,
        `no published ${metric} figure for ${where}; available for: ${platforms.join(", ") || "none"}`,
        `для ${where} нет опубликованного значения ${metric}; есть для: ${platforms.join(", ") || "нет"}`,
      );
    }
    let detailed = false;
    if (!blank(args[3])) {
      const flag = args[3];
      const reading =
        typeof flag === "boolean" || typeof flag === "number" || typeof flag === "string"
          ? parseBooleanCell(flag)
          : null;
      if (!reading?.ok) {
        fail(
          fn,
          `with_source must be TRUE or FALSE (got ${JSON.stringify(String(flag))})`,
          `with_source должен быть TRUE или FALSE (указано ${JSON.stringify(String(flag))})`,
        );
      }
      detailed = reading.value === true;
    }
    if (!detailed) return found.value;
    const { lang } = ctx;
    const rows: [string, string, SheetScalar][] = [
      ["Value", "Значение", found.value],
      ["Statistic", "Статистика", found.statistic],
      ["Denominator", "Знаменатель", found.denominator[lang]],
      ["Platform", "Платформа", found.platform ?? ""],
      ["Source", "Источник", found.source],
      ["Published", "Опубликовано", found.year],
      ["Data year", "Год данных", found.dataYear],
      ["Currency", "Валюта", found.currency ?? ""],
    ];
    return rows.map(([en, ru, value]) => [lang === "ru" ? ru : en, value]);
  },
};
