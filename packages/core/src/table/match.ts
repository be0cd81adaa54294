/**
 * Matching one header against the synonym data: an exact synonym of a field (with its tier and rank),
 * a rate the export computed (ER, CTR, CPM…), a promoted-only column, or a partial match ("Total reach (organic)").
 */
import { CANONICAL_FIELDS, type CanonicalField } from "../fields";
import { type HeaderUnit, normaliseHeader } from "./header";
import {
  DERIVED_ABBREVIATIONS,
  DERIVED_SYNONYMS,
  type DerivedMetric,
  FIELD_SYNONYMS,
  NO_PARTIAL_MATCH,
  PROMOTED_TOKENS,
} from "./synonyms";

export type MatchTier = "primary" | "secondary" | "weak" | "partial" | "promoted";

export const TIER_CONFIDENCE: Readonly<Record<MatchTier, number>> = {
  primary: 1,
  secondary: 0.7,
  partial: 0.6,
  weak: 0.4,
  promoted: 0.3,
};

export interface HeaderMatch {
  key: string;
  currency: string | null;
  unit: HeaderUnit | null;
  /** The canonical field, or null when the header is a computed rate or matched nothing. */
  field: CanonicalField | null;
  tier: MatchTier | null;
  /** Position of the matched spelling in the field's list (lower = preferred). */
  rank: number;
  /** The spelling that matched (normalised). */
  synonym: string | null;
  /** A rate the export computed, when the header is one. */
  derived: DerivedMetric | null;
}

interface SynonymEntry {
  field: CanonicalField;
  tier: MatchTier;
  rank: number;
  key: string;
  tokens: string[];
}

function buildIndex(): { exact: Map<string, SynonymEntry>; partial: SynonymEntry[] } {
  const exact = new Map<string, SynonymEntry>();
  const partial: SynonymEntry[] = [];
  for (const field of CANONICAL_FIELDS) {
    FIELD_SYNONYMS[field].forEach((spelling, rank) => {
      const tier: MatchTier = spelling.startsWith("~") ? "secondary" : spelling.startsWith("?") ? "weak" : "primary";
      const key = normaliseHeader(tier === "primary" ? spelling : spelling.slice(1)).key;
      if (!key || exact.has(key)) return;
      const entry: SynonymEntry = { field, tier, rank, key, tokens: key.split(" ") };
      exact.set(key, entry);
      if (tier !== "weak" && !NO_PARTIAL_MATCH.includes(key)) partial.push(entry);
    });
  }
  return { exact, partial };
}

const INDEX = buildIndex();

const DERIVED_INDEX: Map<string, DerivedMetric> = (() => {
  const map = new Map<string, DerivedMetric>();
  for (const metric of Object.keys(DERIVED_SYNONYMS) as DerivedMetric[]) {
    for (const spelling of DERIVED_SYNONYMS[metric]) {
      const key = normaliseHeader(spelling).key;
      if (key && !map.has(key)) map.set(key, metric);
    }
  }
  return map;
})();

/** Every normalised synonym key with the field it belongs to (for tests and docs). */
export function synonymKeys(): { key: string; field: CanonicalField; tier: MatchTier }[] {
  return [...INDEX.exact.values()].map((e) => ({ key: e.key, field: e.field, tier: e.tier }));
}

function containsRun(tokens: string[], run: string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let k = 0; k < run.length; k++) if (tokens[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/** Partial match: the header contains a synonym as a run of whole words, with at most 3 extra words. */
function partialMatch(tokens: string[]): SynonymEntry | null {
  let best: SynonymEntry | null = null;
  let tied = false;
  for (const entry of INDEX.partial) {
    if (tokens.length - entry.tokens.length > 3 || !containsRun(tokens, entry.tokens)) continue;
    if (!best || entry.tokens.length > best.tokens.length) {
      best = entry;
      tied = false;
    } else if (entry.tokens.length === best.tokens.length && entry.field !== best.field) {
      tied = true;
    } else if (entry.tokens.length === best.tokens.length && entry.rank < best.rank) {
      best = entry;
    }
  }
  return tied ? null : best;
}

/** Matches one header. Exact synonyms first, then computed rates, then promoted-only columns, then partial matches. */
export function matchHeader(header: string): HeaderMatch {
  const { key, currency, unit } = normaliseHeader(header);
  const result: HeaderMatch = {
    key,
    currency,
    unit,
    field: null,
    tier: null,
    rank: 0,
    synonym: null,
    derived: null,
  };
  if (!key) return result;
  const tokens = key.split(" ");
  const promoted = tokens.some((t) => PROMOTED_TOKENS.includes(t));
  const exact = promoted ? undefined : INDEX.exact.get(key);
  if (exact) {
    result.field = exact.field;
    result.tier = exact.tier;
    result.rank = exact.rank;
    result.synonym = exact.key;
    return result;
  }
  const derived = DERIVED_INDEX.get(key) ?? DERIVED_ABBREVIATIONS[tokens[0] as string];
  if (derived !== undefined) {
    if (!promoted) result.derived = derived;
    return result;
  }
  if (promoted) {
    const rest = tokens.filter((t) => !PROMOTED_TOKENS.includes(t)).join(" ");
    const inner = INDEX.exact.get(rest);
    if (inner) {
      result.field = inner.field;
      result.tier = "promoted";
      result.rank = inner.rank;
      result.synonym = inner.key;
    }
    return result;
  }
  const partial = partialMatch(tokens);
  if (partial) {
    result.field = partial.field;
    result.tier = "partial";
    result.rank = partial.rank;
    result.synonym = partial.key;
  }
  return result;
}
