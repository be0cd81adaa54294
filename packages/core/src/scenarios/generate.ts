/**
 * `generateScenario`: three realistic exports (posts, ads, messages) as 2D arrays with a header row, exactly as
 * Sheets `getValues()` gives them after pasting a CSV, from a seed, with at most one injected failure cause.
 * Deterministic: the same options always give identical cells.
 */
import { PLATFORMS, type Platform } from "../audit/types";
import { LANGS, type Lang } from "../i18n/localized";
import { createRandom } from "../stats/random";
import type { Cell } from "../table/types";
import { generateAds } from "./ads";
import { periodDays } from "./calendar";
import { isScenarioCause, SCENARIO_CAUSES, type ScenarioCause } from "./causes";
import { generateMessages } from "./messages";
import { generatePosts } from "./posts";
import type { ScenarioSetup } from "./setup";

export interface ScenarioOptions {
  /** Any integer; default 42. */
  seed?: number;
  /** One injected failure cause (a factor id), or null/undefined for a healthy account. */
  cause?: ScenarioCause | null;
  /** Length of the period in months (default 4, at most 240). */
  months?: number;
  /** Header language, date format and currency (en: USD, ru: RUB). Default "en". */
  lang?: Lang;
  /** Platform of the account: sets engagement and reach levels and the UTM source. Default "instagram". */
  platform?: Platform;
}

export interface Scenario {
  posts: Cell[][];
  ads: Cell[][];
  messages: Cell[][];
  cause: ScenarioCause | null;
  platform: Platform;
  /** ISO 4217 code of the money columns. */
  currency: string;
}

export const DEFAULT_SEED = 42;
export const MAX_MONTHS = 240;

export function generateScenario(options: ScenarioOptions = {}): Scenario {
  const seed = options.seed ?? DEFAULT_SEED;
  const months = options.months ?? 4;
  const lang = options.lang ?? "en";
  const platform = options.platform ?? "instagram";
  const cause = options.cause ?? null;
  if (!Number.isFinite(seed)) throw new Error(`generateScenario: seed must be a finite number, got ${String(seed)}`);
  if (!(Number.isFinite(months) && months > 0 && months <= MAX_MONTHS)) {
    throw new Error(
      `generateScenario: months must be a number above 0 and at most ${MAX_MONTHS}, got ${String(months)}`,
    );
  }
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new Error(`generateScenario: lang must be one of ${LANGS.join(", ")}, got ${String(lang)}`);
  }
  if (!(PLATFORMS as readonly string[]).includes(platform)) {
    throw new Error(`generateScenario: platform must be one of ${PLATFORMS.join(", ")}, got ${String(platform)}`);
  }
  if (cause !== null && !isScenarioCause(cause)) {
    throw new Error(
      `generateScenario: cause must be one of ${SCENARIO_CAUSES.map((c) => c.id).join(", ")} or null, got ${String(cause)}`,
    );
  }
  const days = periodDays(months);
  // Separate streams per export, so adding a column to one never changes the others.
  const setup = (stream: number): ScenarioSetup => ({
    random: createRandom((Math.floor(seed) * 2654435761 + stream * 97) >>> 0),
    lang,
    platform,
    cause,
    days,
    months,
    currencyRate: lang === "ru" ? 90 : 1,
  });
  return {
    posts: generatePosts(setup(1)),
    ads: generateAds(setup(2)),
    messages: generateMessages(setup(3)),
    cause,
    platform,
    currency: lang === "ru" ? "RUB" : "USD",
  };
}
