/**
 * Number cells, locale-aware: "1 234,5" (space, NBSP or narrow-NBSP thousands, decimal comma), "1,234.5",
 * "1.234,5", "7767.0", "5.59E-4", "3,5%" (→ 0.035), "₽1 200", "$1,200.50", "1 200 руб.", "(1 200)" (negative),
 * and placeholders ("-", "N/A") as missing. "1,234" and "1.234" are ambiguous on their own: the caller passes the
 * column's decimal separator, or gets `ambiguous` back with both readings.
 */
import { type Localized, loc } from "../i18n/localized";
import { isMissingText } from "./missing";
import type { Cell } from "./types";

export type DecimalSeparator = "dot" | "comma";

/** Result codes of the internal parser (numbers keep the hot loop allocation-free). */
export const NUM_EMPTY = 0;
export const NUM_OK = 1;
export const NUM_ERROR = 2;
/** "1,234"/"1.234" with no column decision: `value` is the thousands reading, `alternative` the decimal one. */
export const NUM_AMBIGUOUS = 3;

/** Reused output of `readNumberText`: one object per column, never per cell. */
export interface NumberScratch {
  value: number;
  /** Decimal reading of an ambiguous cell. */
  alternative: number;
  /** The cell carried a "%" (value already divided by 100). */
  percent: boolean;
  currency: string | null;
  /** What the cell proves about the column: 0 nothing, 1 dot is decimal, 2 comma is decimal. */
  evidence: 0 | 1 | 2;
  /** The separator an ambiguous cell used. */
  ambiguousSeparator: "," | "." | null;
}

export function numberScratch(): NumberScratch {
  return { value: 0, alternative: 0, percent: false, currency: null, evidence: 0, ambiguousSeparator: null };
}

const CURRENCY_PREFIX = /^(us\$|\$|€|₽|£|₴|₸|¥|₹|usd|eur|rub|rur|gbp|uah|kzt|руб\.?|р\.)\s*/i;
const CURRENCY_SUFFIX =
  /\s*(\$|€|₽|£|₴|₸|¥|₹|usd|eur|rub|rur|gbp|uah|kzt|byn|рублей|руб\.?|р\.?|грн\.?|тенге|долл\.?)$/i;
const CURRENCY_CODES: Readonly<Record<string, string>> = {
  $: "USD",
  us$: "USD",
  usd: "USD",
  "долл.": "USD",
  долл: "USD",
  "€": "EUR",
  eur: "EUR",
  "₽": "RUB",
  rub: "RUB",
  rur: "RUB",
  руб: "RUB",
  "руб.": "RUB",
  рублей: "RUB",
  "р.": "RUB",
  р: "RUB",
  "£": "GBP",
  gbp: "GBP",
  "₴": "UAH",
  uah: "UAH",
  грн: "UAH",
  "грн.": "UAH",
  "₸": "KZT",
  kzt: "KZT",
  тенге: "KZT",
  byn: "BYN",
  "¥": "CNY",
  "₹": "INR",
};

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isGroupSpace(ch: string): boolean {
  return ch === " " || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009" || ch === "'" || ch === "’";
}

/**
 * True when `text` can be read by `Number()` as-is and the result cannot depend on the column's convention:
 * starts with a digit, sign or dot; not hex/binary/octal; not of the ambiguous "1.234" shape.
 */
export function isPlainNumberText(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(isDigit(first) || first === 45 || first === 46 || first === 43)) return false;
  const last = text.charCodeAt(text.length - 1);
  if (!isDigit(last) && last !== 46) return false;
  if (text.length > 1) {
    const second = text.charCodeAt(1) | 32;
    if (second === 120 || second === 98 || second === 111) return false; // 0x, 0b, 0o
  }
  const dot = text.indexOf(".");
  if (dot >= 0 && text.length - dot - 1 === 3) {
    const signed = first === 45 || first === 43;
    const digitsBefore = signed ? dot - 1 : dot;
    if (
      text.charCodeAt(signed ? 1 : 0) !== 48 &&
      digitsBefore >= 1 &&
      digitsBefore <= 3 &&
      text.indexOf("e") < 0 &&
      text.indexOf("E") < 0
    )
      return false;
  }
  return true;
}

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17];

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Fast path for the common shapes "1 234", "1 234,5", "12,5", "3,5%", "-0.25 %" (space/NBSP/narrow-NBSP thousands,
 * one decimal separator, optional percent), by character scanning with no regex. Returns NUM_OK, or -1 when the
 * text has another shape (or is an ambiguous "1,234"), in which case `readNumberText` decides.
 */
export function readSimpleNumber(t: string, out: NumberScratch): number {
  const len = t.length;
  let i = 0;
  let negative = false;
  if (t.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  const intStart = i;
  let groupLength = 0;
  let groups = 0;
  let integer = 0;
  let digitCount = 0;
  for (; i < len; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      groupLength++;
      digitCount++;
      integer = integer * 10 + (c - 48);
      continue;
    }
    if (isSpaceCode(c) && i + 1 < len) {
      const next = t.charCodeAt(i + 1);
      if (next < 48 || next > 57) break;
      if (groups === 0 ? groupLength < 1 || groupLength > 3 : groupLength !== 3) return -1;
      groups++;
      groupLength = 0;
      continue;
    }
    break;
  }
  // Integers up to 15 digits are exact in a double; longer ones go through the full reader.
  if (groupLength === 0 || (groups > 0 && groupLength !== 3) || i === intStart || digitCount > 15) return -1;
  const leadingZero = t.charCodeAt(intStart) === 48;
  // All digits as one integer N and the count of fraction digits k: the value is N / 10^k.
  let scaled = integer;
  let fractionDigits = 0;
  let evidence: 0 | 1 | 2 = 0;
  const sepCode = i < len ? t.charCodeAt(i) : 0;
  if (sepCode === 44 || sepCode === 46) {
    const fracStart = i + 1;
    let j = fracStart;
    while (j < len) {
      const c = t.charCodeAt(j);
      if (c < 48 || c > 57) break;
      scaled = scaled * 10 + (c - 48);
      j++;
    }
    fractionDigits = j - fracStart;
    if (fractionDigits === 0 || digitCount + fractionDigits > 15) return -1;
    // "1,234" / "1.234" with no grouping spaces is ambiguous: leave it to the full reader.
    if (groups === 0 && fractionDigits === 3 && digitCount <= 3 && !leadingZero) return -1;
    evidence = sepCode === 46 ? 1 : 2;
    i = j;
  }
  let percent = false;
  if (i < len) {
    let k = i;
    if (isSpaceCode(t.charCodeAt(k))) k++;
    if (k === len - 1 && t.charCodeAt(k) === 37) percent = true;
    else return -1;
  }
  // N and 10^k are exact doubles (N < 10^15), and IEEE division is correctly rounded, so N / 10^k is exactly
  // what Number("digits.fraction") gives, without building a string. Percents divide by 10^(k+2).
  const divisor = POWERS_OF_TEN[fractionDigits + (percent ? 2 : 0)] as number;
  const n = divisor === 1 ? scaled : scaled / divisor;
  out.value = negative ? -n : n;
  out.percent = percent;
  out.currency = null;
  out.evidence = evidence;
  out.ambiguousSeparator = null;
  return NUM_OK;
}

/** Checks "1 234 567" grouping: first group 1–3 digits, every other group exactly 3. */
function validGroups(groups: string[]): boolean {
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as string;
    if (i === 0 ? g.length < 1 || g.length > 3 : g.length !== 3) return false;
  }
  return true;
}

/**
 * Reads one number text into `out`. `decimal` is the column's decimal separator when known (null: undecided,
 * ambiguous cells return NUM_AMBIGUOUS). Returns NUM_EMPTY, NUM_OK, NUM_ERROR or NUM_AMBIGUOUS.
 */
export function readNumberText(raw: string, decimal: DecimalSeparator | null, out: NumberScratch): number {
  out.percent = false;
  out.currency = null;
  out.evidence = 0;
  out.ambiguousSeparator = null;
  const first = raw.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 45) {
    const simple = readSimpleNumber(raw, out);
    if (simple !== -1) return simple;
  }
  let t = raw.trim();
  if (isMissingText(t)) return NUM_EMPTY;
  let negative = false;
  if (t.charCodeAt(0) === 40 && t.charCodeAt(t.length - 1) === 41) {
    negative = true;
    t = t.slice(1, -1).trim();
  }
  for (let pass = 0; pass < 3; pass++) {
    const before = t;
    const c0 = t[0];
    if (c0 === "-" || c0 === "−" || c0 === "–") {
      if (negative) return NUM_ERROR;
      negative = true;
      t = t.slice(1).trim();
    } else if (c0 === "+") {
      t = t.slice(1).trim();
    }
    if (t.endsWith("%")) {
      if (out.percent) return NUM_ERROR;
      out.percent = true;
      t = t.slice(0, -1).trim();
    } else if (t.startsWith("%")) {
      if (out.percent) return NUM_ERROR;
      out.percent = true;
      t = t.slice(1).trim();
    }
    const c1 = t.charCodeAt(0);
    if (!isDigit(c1) && c1 !== 46 && c1 !== 44) {
      const m = CURRENCY_PREFIX.exec(t);
      if (m) {
        if (out.currency) return NUM_ERROR;
        out.currency = CURRENCY_CODES[(m[1] as string).toLowerCase()] ?? null;
        t = t.slice(m[0].length);
      }
    }
    if (!isDigit(t.charCodeAt(t.length - 1))) {
      const m = CURRENCY_SUFFIX.exec(t);
      if (m) {
        if (out.currency) return NUM_ERROR;
        out.currency = CURRENCY_CODES[(m[1] as string).toLowerCase()] ?? null;
        t = t.slice(0, t.length - m[0].length);
      }
    }
    if (t === before) break;
  }
  if (t === "") return NUM_ERROR;
  // Exponent ("5.595970900951316E-4", "1,5e3").
  let exponent = "";
  const e = t.search(/[eE][+-]?\d+$/);
  if (e > 0) {
    exponent = t.slice(e);
    t = t.slice(0, e);
  }
  // Split into digit groups and separators.
  const groups: string[] = [];
  const seps: string[] = [];
  let current = "";
  for (let i = 0; i < t.length; i++) {
    const ch = t[i] as string;
    const code = ch.charCodeAt(0);
    if (isDigit(code)) {
      current += ch;
    } else if (ch === "." || ch === "," || isGroupSpace(ch)) {
      if (current === "" && !(i === 0 && (ch === "." || ch === ","))) return NUM_ERROR;
      groups.push(current);
      seps.push(ch === "." || ch === "," ? ch : " ");
      current = "";
    } else {
      return NUM_ERROR;
    }
  }
  if (current === "") return NUM_ERROR;
  groups.push(current);
  let dots = 0;
  let commas = 0;
  let spaces = 0;
  for (const s of seps) {
    if (s === ".") dots++;
    else if (s === ",") commas++;
    else spaces++;
  }
  let decimalSep: "." | "," | null = null;
  let ambiguous = false;
  if (dots > 0 && commas > 0) {
    decimalSep = seps.lastIndexOf(".") > seps.lastIndexOf(",") ? "." : ",";
    if ((decimalSep === "." ? dots : commas) !== 1 || seps[seps.length - 1] !== decimalSep) return NUM_ERROR;
    out.evidence = decimalSep === "." ? 1 : 2;
  } else if (dots + commas === 1) {
    const sep = dots ? "." : ",";
    const last = groups[groups.length - 1] as string;
    const leadingSeparator = (groups[0] as string) === "";
    if (seps[seps.length - 1] !== sep) return NUM_ERROR;
    const head = groups[0] as string;
    // "0,035" has a leading zero: it can only be a decimal.
    if (!leadingSeparator && spaces === 0 && last.length === 3 && head.length <= 3 && head[0] !== "0") {
      ambiguous = true;
      out.ambiguousSeparator = sep;
    } else {
      decimalSep = sep;
      out.evidence = sep === "." ? 1 : 2;
    }
  } else if (dots + commas > 1) {
    // "1,234,567" or "1.234.567": thousands only.
    if (dots && commas) return NUM_ERROR;
    out.evidence = dots ? 2 : 1;
  }
  const intGroups = decimalSep ? groups.slice(0, -1) : groups;
  const fraction = decimalSep ? (groups[groups.length - 1] as string) : "";
  if (intGroups.length > 1 && !validGroups(intGroups)) return NUM_ERROR;
  const sign = negative ? -1 : 1;
  const divisor = out.percent ? 100 : 1;
  const integer = intGroups.join("");
  if (ambiguous) {
    const thousands = Number(`${integer}${exponent}`);
    const decimalReading = Number(`${groups[0]}.${groups[1]}${exponent}`);
    if (!Number.isFinite(thousands) || !Number.isFinite(decimalReading)) return NUM_ERROR;
    const thousandsFirst = decimal === null || decimal !== (out.ambiguousSeparator === "." ? "dot" : "comma");
    out.value = (sign * (thousandsFirst ? thousands : decimalReading)) / divisor;
    out.alternative = (sign * (thousandsFirst ? decimalReading : thousands)) / divisor;
    return decimal === null ? NUM_AMBIGUOUS : NUM_OK;
  }
  const n = Number(`${integer === "" ? "0" : integer}${fraction ? `.${fraction}` : ""}${exponent}`);
  if (!Number.isFinite(n)) return NUM_ERROR;
  out.value = (sign * n) / divisor;
  return NUM_OK;
}

export type NumberCellReading =
  | { ok: true; value: number | null; percent: boolean; currency: string | null }
  | { ok: false; reason: Localized };

/**
 * Reads one cell as a number. Numbers pass through (NaN/Infinity are unreadable); strings are read by
 * `readNumberText`; booleans and Dates are unreadable (a Date in a count column is a mapping mistake).
 * `decimal` resolves "1,234"/"1.234"; without it such a cell reads as thousands (1234).
 */
export function parseNumberCell(cell: Cell, options: { decimal?: DecimalSeparator } = {}): NumberCellReading {
  if (cell === null || cell === undefined) return { ok: true, value: null, percent: false, currency: null };
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { ok: true, value: cell, percent: false, currency: null }
      : { ok: false, reason: numberReason(String(cell)) };
  }
  if (typeof cell !== "string") return { ok: false, reason: numberReason(String(cell)) };
  const out = numberScratch();
  const status = readNumberText(cell, options.decimal ?? null, out);
  if (status === NUM_EMPTY) return { ok: true, value: null, percent: false, currency: null };
  if (status === NUM_ERROR) return { ok: false, reason: numberReason(cell) };
  return { ok: true, value: out.value, percent: out.percent, currency: out.currency };
}

/** Why a text is not a number, in both languages. */
export function numberReason(raw: string): Localized {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return loc(
    `"${shown}" is not a number (expected e.g. 1234, 1 234,5, 1,234.5, 3,5% or $1,200)`,
    `«${shown}» — не число (ожидалось, например, 1234, 1 234,5, 1,234.5, 3,5% или 1 200 ₽)`,
  );
}
