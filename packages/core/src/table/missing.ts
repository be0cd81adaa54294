/**
 * Cells that mean "no value": empty strings, whitespace, and the placeholders exports write instead
 * ("-", "—", "N/A", "null"…). A missing cell is null in the typed column and is never a diagnostic.
 */
import type { Cell } from "./types";

/** Placeholder texts (lower case, trimmed) that mean "no value". */
export const MISSING_TEXTS: ReadonlySet<string> = new Set([
  "-",
  "--",
  "—",
  "–",
  "−",
  "na",
  "n/a",
  "n.a.",
  "#n/a",
  "null",
  "none",
  "nan",
  "nil",
  "undefined",
  "н/д",
  "н.д.",
  "нд",
  "нет данных",
]);

/** True for a placeholder text; `trimmed` must already be trimmed. */
export function isMissingText(trimmed: string): boolean {
  if (trimmed === "") return true;
  if (trimmed.length > 10) return false;
  // Cheap screen on the first character: every placeholder starts with a dash, n/N, н/Н, u/U or #.
  const c0 = trimmed.charCodeAt(0);
  const c = c0 < 128 ? c0 | 32 : c0;
  const candidate =
    c === 45 ||
    c === 35 ||
    c === 110 ||
    c === 117 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2212 ||
    c === 0x43d ||
    c === 0x41d;
  if (!candidate) return false;
  return MISSING_TEXTS.has(trimmed.toLowerCase());
}

/** True when a cell holds nothing at all: undefined, null, "" or whitespace (placeholders like "-" are NOT blank). */
export function isBlankCell(cell: Cell): boolean {
  if (cell === null || cell === undefined || cell === "") return true;
  if (typeof cell === "string") return cell.trim() === "";
  return false;
}
