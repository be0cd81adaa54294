/** Documentation of the reference formula (SMM_BENCHMARK): docs, JSDoc and CLI help only. */
import { PLATFORMS } from "../../audit/types";
import { BENCHMARK_STUDIES } from "../../benchmarks/find";
import { BENCHMARK_METRICS } from "../reference-functions";
import type { FunctionHelp } from "../types";

export const REFERENCE_HELP: Readonly<Record<string, FunctionHelp>> = {
  SMM_BENCHMARK: {
    summary: {
      en: "A published benchmark figure for a platform and metric (Rival IQ, Socialinsider, Sprout Social, WordStream), with its source on request.",
      ru: "Опубликованный ориентир для платформы и метрики (Rival IQ, Socialinsider, Sprout Social, WordStream), по запросу — с источником.",
    },
    args: {
      platform: {
        en: `${PLATFORMS.join(", ")} (also "IG", "Twitter", "ВКонтакте"…); may be blank for reply expectations.`,
        ru: `${PLATFORMS.join(", ")} (а также «IG», «Twitter», «ВКонтакте»…); для ожиданий ответа можно оставить пустым.`,
      },
      metric: { en: `One of ${BENCHMARK_METRICS.join(", ")}.`, ru: `Одно из: ${BENCHMARK_METRICS.join(", ")}.` },
      study: {
        en: `Which report: ${BENCHMARK_STUDIES.join(", ")}. Omitted: the default study, else any that has the figure.`,
        ru: `Какой отчёт: ${BENCHMARK_STUDIES.join(", ")}. Не указан — отчёт по умолчанию, иначе любой, где есть эта цифра.`,
      },
      with_source: {
        en: "TRUE to get a 2-column table with the value, statistic, denominator, source and year instead of the number.",
        ru: "TRUE — вместо числа вернуть таблицу из 2 столбцов: значение, статистика, знаменатель, источник и год.",
      },
    },
    returns: {
      en: "The figure as a number: rates as fractions (0.0047 = 0.47 %), money in the source's currency (USD). Only like-for-like: the same metric and denominator as the benchmark states.",
      ru: "Значение числом: доли (0,0047 = 0,47 %), деньги в валюте источника (USD). Сравнивайте только подобное с подобным: та же метрика и тот же знаменатель.",
    },
    examples: [
      {
        formula: '=SMM_BENCHMARK("instagram", "er_by_followers")',
        result: { en: "0.0047 (Rival IQ 2023 median)", ru: "0,0047 (медиана Rival IQ 2023)" },
      },
      { formula: '=SMM_BENCHMARK("facebook", "posts_per_week")', result: { en: "5", ru: "5" } },
      { formula: '=SMM_BENCHMARK("", "reply_expectation_24h")', result: { en: "0.79", ru: "0,79" } },
    ],
    errors: [
      {
        en: `"metric must be one of ${BENCHMARK_METRICS.join(", ")}": check the spelling.`,
        ru: `«metric должна быть одной из: ${BENCHMARK_METRICS.join(", ")}»: проверьте написание.`,
      },
      {
        en: '"no published ctr figure for instagram; available for: facebook": choose a listed platform.',
        ru: "«для instagram нет опубликованного значения ctr; есть для: facebook»: выберите платформу из списка.",
      },
    ],
  },
};
