/**
 * What every part of a scenario shares: the seeded generator, language, platform, the injected cause and the
 * period, plus the platform-dependent engagement and reach levels of a healthy account.
 */
import type { Platform } from "../audit/types";
import { findBenchmark } from "../benchmarks/find";
import type { Lang } from "../i18n/localized";
import type { Random } from "../stats/random";
import type { ScenarioCause } from "./causes";

export interface ScenarioSetup {
  random: Random;
  lang: Lang;
  platform: Platform;
  cause: ScenarioCause | null;
  /** Length of the period in days; the first day is SCENARIO_START. */
  days: number;
  months: number;
  /** Multiplier from USD to the export's currency (1 for USD, 90 for RUB). */
  currencyRate: number;
}

/**
 * Median ER by followers of a healthy account: about 1.8× the platform's published median (Rival IQ 2023),
 * i.e. a brand doing clearly better than average but not implausibly so (Instagram ≈ 0.85 %).
 * Platforms without a published figure get a typical value for brand accounts.
 */
const FALLBACK_ER: Record<Platform, number> = {
  instagram: 0.009,
  facebook: 0.0012,
  tiktok: 0.06,
  x: 0.0008,
  linkedin: 0.02,
  vk: 0.01,
  telegram: 0.012,
  youtube: 0.02,
};

export function healthyErByFollowers(platform: Platform): number {
  const benchmark = findBenchmark("er_by_followers", platform);
  return benchmark && benchmark.platform === platform ? benchmark.value * 1.8 : FALLBACK_ER[platform];
}

/** Share of followers a typical post reaches (organic). TikTok's For You page reaches beyond followers. */
export const REACH_RATE: Record<Platform, number> = {
  instagram: 0.3,
  facebook: 0.1,
  tiktok: 1.2,
  x: 0.15,
  linkedin: 0.25,
  vk: 0.25,
  telegram: 0.4,
  youtube: 0.5,
};
