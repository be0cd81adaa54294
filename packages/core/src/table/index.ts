/**
 * Table reading: header detection, field mapping by EN/RU synonyms, locale-aware cell parsers and the reader that
 * turns a 2D array of cells into typed columns with diagnostics.
 */
export { a1Address, cellAddress, columnLetter } from "./address";
export { BOOLEAN_WORDS, type BooleanCellReading, parseBooleanCell } from "./booleans";
export { cellText } from "./columns";
export { type DateCellReading, type DateOrder, parseDateCell, parseOffset } from "./dates";
export { describeMapping, type MappingLine } from "./describe";
export { findHeaderRow, headerScore } from "./detect-header";
export {
  CURRENCY_TOKENS,
  type HeaderUnit,
  isFillerHeader,
  type NormalisedHeader,
  normaliseHeader,
  UNIT_TOKENS,
} from "./header";
export { type HeaderMatch, type MatchTier, matchHeader, synonymKeys, TIER_CONFIDENCE } from "./match";
export { isBlankCell, isMissingText, MISSING_TEXTS } from "./missing";
export { type DecimalSeparator, type NumberCellReading, parseNumberCell } from "./numbers";
export { readTable } from "./read";
export {
  DERIVED_SYNONYMS,
  type DerivedMetric,
  FIELD_SYNONYMS,
  FRACTION_METRICS,
  NO_PARTIAL_MATCH,
  PROMOTED_TOKENS,
} from "./synonyms";
export { TOTAL_ROW_WORDS } from "./total-rows";
