/**
 * Which platform an audit is about: normalising the names people write ("IG", "ВКонтакте", "Twitter"),
 * and resolving the audit's platform from options, then the data's platform column, then header signatures.
 */
import type { ReadTable } from "../table/types";
import { PLATFORMS, type Platform } from "./types";

/** Lower-cased, space- and punctuation-free spellings → platform. */
const ALIASES: Record<string, Platform> = {
  instagram: "instagram",
  ig: "instagram",
  insta: "instagram",
  инстаграм: "instagram",
  инстаграмм: "instagram",
  инста: "instagram",
  facebook: "facebook",
  fb: "facebook",
  фейсбук: "facebook",
  meta: "facebook",
  tiktok: "tiktok",
  tt: "tiktok",
  тикток: "tiktok",
  x: "x",
  twitter: "x",
  twitterx: "x",
  xtwitter: "x",
  твиттер: "x",
  твитер: "x",
  linkedin: "linkedin",
  li: "linkedin",
  линкедин: "linkedin",
  vk: "vk",
  vkontakte: "vk",
  вконтакте: "vk",
  вк: "vk",
  vkcom: "vk",
  telegram: "telegram",
  tg: "telegram",
  телеграм: "telegram",
  телеграмм: "telegram",
  тг: "telegram",
  youtube: "youtube",
  yt: "youtube",
  ютуб: "youtube",
};

/** "Instagram", "IG", "ВКонтакте", "Twitter / X", "vk.com" → the platform id; anything else → null. */
export function normalisePlatform(text: unknown): Platform | null {
  if (typeof text !== "string") return null;
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s._\-/()]+/g, "");
  if (key === "") return null;
  if ((PLATFORMS as readonly string[]).includes(key)) return key as Platform;
  return ALIASES[key] ?? null;
}

/** Headers only one platform's export writes: an X export has "Tweet permalink", TGStat writes "ERR" with "просмотры". */
const HEADER_SIGNATURES: { platform: Platform; pattern: RegExp }[] = [
  { platform: "x", pattern: /\btweet\b|\bretweets?\b|твит/i },
  { platform: "tiktok", pattern: /tiktok|тикток/i },
  { platform: "linkedin", pattern: /linkedin/i },
  { platform: "youtube", pattern: /youtube|ютуб|watch time \(hours\)/i },
  { platform: "telegram", pattern: /tgstat|telegram|телеграм/i },
  { platform: "vk", pattern: /вконтакте|\bvk\b|охват подписчиков/i },
  { platform: "instagram", pattern: /instagram|инстаграм/i },
];

export interface PlatformResolution {
  platform: Platform | null;
  /** Where it came from: the options, the platform column, the headers, or nowhere. */
  source: "options" | "column" | "headers" | "none";
  /** Platforms seen in the platform column, with row counts, most common first. */
  seen: { platform: Platform; rows: number }[];
}

/**
 * The audit's platform. A platform column decides by majority (a mixed column still yields the most common one,
 * and `seen` lets the engine warn that benchmarks then describe only part of the data).
 */
export function resolvePlatform(tables: readonly ReadTable[], fromOptions: Platform | null): PlatformResolution {
  const counts = new Map<Platform, number>();
  for (const table of tables) {
    const values = table.columns.platform?.values;
    if (!values) continue;
    let last: string | null = null;
    let lastPlatform: Platform | null = null;
    for (const v of values) {
      if (v !== last) {
        last = v;
        lastPlatform = normalisePlatform(v);
      }
      if (lastPlatform) counts.set(lastPlatform, (counts.get(lastPlatform) ?? 0) + 1);
    }
  }
  const seen = [...counts.entries()].map(([platform, rows]) => ({ platform, rows })).sort((a, b) => b.rows - a.rows);
  if (fromOptions) return { platform: fromOptions, source: "options", seen };
  if (seen[0]) return { platform: seen[0].platform, source: "column", seen };
  for (const { platform, pattern } of HEADER_SIGNATURES) {
    if (tables.some((t) => t.headers.some((h) => pattern.test(h)))) return { platform, source: "headers", seen };
  }
  return { platform: null, source: "none", seen };
}
