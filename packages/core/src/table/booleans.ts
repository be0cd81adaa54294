/**
 * Yes/no cells: TRUE/FALSE (Sheets booleans and text), yes/no, y/n, да/нет, 1/0, ✓/✗, and the direction words of
 * message logs (incoming/outgoing, входящее/исходящее) so an "inbound" column can hold either.
 */
import { type Localized, loc } from "../i18n/localized";
import { isMissingText } from "./missing";
import type { Cell } from "./types";

/** Lower-case words → boolean. */
export const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  y: true,
  n: false,
  "1": true,
  "0": false,
  "1.0": true,
  "0.0": false,
  "✓": true,
  "✔": true,
  "✅": true,
  "☑": true,
  "✗": false,
  "✘": false,
  "❌": false,
  "+": true,
  x: true,
  да: true,
  нет: false,
  д: true,
  н: false,
  истина: true,
  ложь: false,
  in: true,
  out: false,
  incoming: true,
  outgoing: false,
  inbound: true,
  outbound: false,
  входящее: true,
  входящий: true,
  исходящее: false,
  исходящий: false,
  replied: true,
  answered: true,
  unanswered: false,
  "not replied": false,
  ответили: true,
  отвечено: true,
  "без ответа": false,
  "не отвечено": false,
};

export type BooleanCellReading = { ok: true; value: boolean | null } | { ok: false; reason: Localized };

/** Reads one cell as yes/no. Numbers other than 1/0, Dates and unknown words are unreadable. */
export function parseBooleanCell(cell: Cell): BooleanCellReading {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  if (typeof cell === "boolean") return { ok: true, value: cell };
  if (typeof cell === "number") {
    if (cell === 1 || cell === 0) return { ok: true, value: cell === 1 };
    return { ok: false, reason: booleanReason(String(cell)) };
  }
  if (typeof cell !== "string") return { ok: false, reason: booleanReason(String(cell)) };
  const t = cell.trim();
  if (t !== "+" && isMissingText(t)) return { ok: true, value: null };
  const value = BOOLEAN_WORDS[t.toLowerCase()];
  return value === undefined ? { ok: false, reason: booleanReason(cell) } : { ok: true, value };
}

/** Why a cell is not yes/no, in both languages. */
export function booleanReason(raw: string): Localized {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return loc(
    `"${shown}" is not yes/no (expected TRUE/FALSE, yes/no, да/нет or 1/0)`,
    `«${shown}» — не «да/нет» (ожидалось TRUE/FALSE, yes/no, да/нет или 1/0)`,
  );
}
