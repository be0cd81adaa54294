/**
 * Published reference points, stored with source, year, statistic and denominator so that every comparison
 * is like-for-like and the report can name the benchmark it used. Figures from METHODOLOGY.md.
 */

import type { Platform } from "../audit/types";
import type { Localized } from "../i18n/localized";

export type BenchmarkMetric =
  /** Median engagement rate per post, interactions / followers. */
  | "er_by_followers"
  /** Posts per week (median brand). */
  | "posts_per_week"
  /** Share of consumers expecting a reply within the given hours. */
  | "reply_expectation_1h"
  | "reply_expectation_24h"
  | "ctr"
  | "cpc"
  | "conversion_rate"
  | "cpa";

export interface Benchmark {
  id: string;
  /** Which study: "rivaliq-2023", "rivaliq-2024", "socialinsider-2023", "sprout-2020", "wordstream-2017". */
  study: string;
  metric: BenchmarkMetric;
  /** null = not platform-specific. */
  platform: Platform | null;
  /** Rates as fractions (0.47 % → 0.0047); money in `currency`. */
  value: number;
  currency?: string;
  statistic: "median" | "mean" | "share";
  denominator: Localized;
  source: string;
  /** Year the report was published. */
  year: number;
  /** Year the data describes. */
  dataYear: number;
}

const BY_FOLLOWERS: Localized = {
  en: "interactions per post / followers",
  ru: "взаимодействия на пост / подписчики",
};
const POSTS: Localized = { en: "posts per week", ru: "постов в неделю" };
const RIVAL_2023 = "Rival IQ, Social Media Industry Benchmark Report 2023";
const RIVAL_2024 = "Rival IQ, Social Media Industry Benchmark Report 2024";
const SOCIALINSIDER = "Socialinsider, Social Media Benchmarks 2023";

function er(study: string, source: string, year: number, platform: Platform, value: number): Benchmark {
  return {
    id: `${study}.er_by_followers.${platform}`,
    study,
    metric: "er_by_followers",
    platform,
    value,
    statistic: "median",
    denominator: BY_FOLLOWERS,
    source,
    year,
    dataYear: year - 1,
  };
}

function cadence(study: string, source: string, year: number, platform: Platform, value: number): Benchmark {
  return {
    id: `${study}.posts_per_week.${platform}`,
    study,
    metric: "posts_per_week",
    platform,
    value,
    statistic: "median",
    denominator: POSTS,
    source,
    year,
    dataYear: year - 1,
  };
}

export const BENCHMARKS: readonly Benchmark[] = [
  er("rivaliq-2023", RIVAL_2023, 2023, "tiktok", 0.0569),
  er("rivaliq-2023", RIVAL_2023, 2023, "instagram", 0.0047),
  er("rivaliq-2023", RIVAL_2023, 2023, "facebook", 0.0006),
  er("rivaliq-2023", RIVAL_2023, 2023, "x", 0.00035),
  er("rivaliq-2024", RIVAL_2024, 2024, "facebook", 0.00063),
  er("rivaliq-2024", RIVAL_2024, 2024, "tiktok", 0.0263),
  er("socialinsider-2023", SOCIALINSIDER, 2023, "tiktok", 0.0425),
  er("socialinsider-2023", SOCIALINSIDER, 2023, "instagram", 0.006),
  er("socialinsider-2023", SOCIALINSIDER, 2023, "facebook", 0.0015),
  er("socialinsider-2023", SOCIALINSIDER, 2023, "x", 0.0005),
  cadence("rivaliq-2023", RIVAL_2023, 2023, "instagram", 4.5),
  cadence("rivaliq-2023", RIVAL_2023, 2023, "facebook", 5.0),
  cadence("rivaliq-2023", RIVAL_2023, 2023, "x", 3.9),
  cadence("rivaliq-2024", RIVAL_2024, 2024, "facebook", 4.69),
  {
    id: "sprout-2020.reply_expectation_1h",
    study: "sprout-2020",
    metric: "reply_expectation_1h",
    platform: null,
    value: 0.4,
    statistic: "share",
    denominator: {
      en: "share of consumers expecting a reply within 1 hour",
      ru: "доля потребителей, ждущих ответа в течение 1 часа",
    },
    source: "Sprout Social Index 2020",
    year: 2020,
    dataYear: 2020,
  },
  {
    id: "sprout-2020.reply_expectation_24h",
    study: "sprout-2020",
    metric: "reply_expectation_24h",
    platform: null,
    value: 0.79,
    statistic: "share",
    denominator: {
      en: "share of consumers expecting a reply within 24 hours",
      ru: "доля потребителей, ждущих ответа в течение 24 часов",
    },
    source: "Sprout Social Index 2020",
    year: 2020,
    dataYear: 2020,
  },
  ...(
    [
      ["ctr", 0.009, { en: "link clicks / impressions", ru: "клики / показы" }, undefined],
      ["cpc", 1.72, { en: "spend / clicks", ru: "расход / клики" }, "USD"],
      ["conversion_rate", 0.0921, { en: "conversions / clicks", ru: "конверсии / клики" }, undefined],
      ["cpa", 18.68, { en: "spend / conversions", ru: "расход / конверсии" }, "USD"],
    ] as const
  ).map(
    ([metric, value, denominator, currency]): Benchmark => ({
      id: `wordstream-2017.${metric}.facebook`,
      study: "wordstream-2017",
      metric,
      platform: "facebook",
      value,
      ...(currency ? { currency } : {}),
      statistic: "mean",
      denominator,
      source: "WordStream, Facebook Ads Benchmarks (2017 data)",
      year: 2017,
      dataYear: 2017,
    }),
  ),
];

/** Default study per metric: the most recent report that covers the most platforms with medians. */
export const DEFAULT_STUDY = "rivaliq-2023";
