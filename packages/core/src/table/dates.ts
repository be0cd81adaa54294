/**
 * Date cells into wall-clock milliseconds (the time the export shows, encoded as UTC) plus the time-zone offset
 * when the cell names one. Reads "26.11.2026 14:05", "1.08.2019", "4/22/2018 6:00", "2019-10-14 8:30",
 * "2018-09-28 21:57 +0000", "Tue Oct 31 22:10:47 +0000 2017", ISO with T/Z, "Nov 28, 2019 2:05 PM",
 * "28 ноября 2019 г.", Sheets/Excel serial day numbers (45000.5), yyyymmdd numbers, epoch seconds/milliseconds,
 * and JS Date objects (read with local getters: in Apps Script that is the spreadsheet's wall clock).
 */
import { type Localized, loc } from "../i18n/localized";
import { isMissingText } from "./missing";
import type { Cell } from "./types";

export type DateOrder = "day-first" | "month-first";

export const DATE_EMPTY = 0;
export const DATE_OK = 1;
export const DATE_ERROR = 2;

/** Reused output of `readDateText`/`readDateValue`. */
export interface DateScratch {
  ms: number;
  offsetMinutes: number | null;
}

export function dateScratch(): DateScratch {
  return { ms: 0, offsetMinutes: null };
}

const DAY_MS = 86_400_000;
/** Serial day 0 of Sheets and Excel (1900 system): 1899-12-30. */
const SERIAL_EPOCH_DAYS = 25_569;

const YEAR_FIRST =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const DAY_MONTH_YEAR =
  /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:\s*г\.?)?(?:(?:,\s*|\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const TWITTER = /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+([+-]\d{4})\s+(\d{4})$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET = /^(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)$/i;

/** Month names by their first letters, English and Russian (any case/declension: "ноября", "Nov", "November"). */
const MONTH_PREFIXES: [string, number][] = [
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["may", 5],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
  ["янв", 1],
  ["фев", 2],
  ["мар", 3],
  ["апр", 4],
  ["мая", 5],
  ["май", 5],
  ["июн", 6],
  ["июл", 7],
  ["авг", 8],
  ["сен", 9],
  ["окт", 10],
  ["ноя", 11],
  ["дек", 12],
];

const WEEKDAY_OR_FILLER = new Set([
  "mon",
  "tue",
  "wed",
  "thu",
  "fri",
  "sat",
  "sun",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "пн",
  "вт",
  "ср",
  "чт",
  "пт",
  "сб",
  "вс",
  "понедельник",
  "вторник",
  "среда",
  "четверг",
  "пятница",
  "суббота",
  "воскресенье",
  "at",
  "в",
  "г",
  "года",
  "of",
]);

function monthFromName(word: string): number {
  if (word.length < 3) return 0;
  const w = word.toLowerCase();
  for (const [prefix, month] of MONTH_PREFIXES) if (w.startsWith(prefix)) return month;
  return 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] as number;
}

/**
 * Fast path for "26.11.2026", "26.11.2026 14:05", "4/22/2018 6:00", "2019-10-14 8:30:15" (no zone, no am/pm),
 * by character scanning. Returns DATE_OK/DATE_ERROR, or -1 when the text has another shape.
 */
function readSimpleDate(t: string, order: DateOrder, out: DateScratch): number {
  const len = t.length;
  // Up to six numeric parts (a, b, c, hour, minute, second) with their digit counts, kept in locals: no allocation.
  let a = 0;
  let b = 0;
  let c3 = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let wa = 0;
  let wb = 0;
  let wc = 0;
  let wh = 0;
  let wm = 0;
  let ws = 0;
  let p = 0;
  let sep = 0;
  for (let i = 0; i < len; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const d = c - 48;
      if (p === 0) {
        a = a * 10 + d;
        if (++wa > 4) return -1;
      } else if (p === 1) {
        b = b * 10 + d;
        if (++wb > 2) return -1;
      } else if (p === 2) {
        c3 = c3 * 10 + d;
        if (++wc > 4) return -1;
      } else if (p === 3) {
        hour = hour * 10 + d;
        if (++wh > 2) return -1;
      } else if (p === 4) {
        minute = minute * 10 + d;
        if (++wm > 2) return -1;
      } else {
        second = second * 10 + d;
        if (++ws > 2) return -1;
      }
      continue;
    }
    if (p === 0) {
      if (wa === 0 || (c !== 46 && c !== 47 && c !== 45)) return -1;
      sep = c;
    } else if (p === 1) {
      if (wb === 0 || c !== sep) return -1;
    } else if (p === 2) {
      if (wc === 0 || (c !== 32 && c !== 84)) return -1;
    } else if (p === 3) {
      if (wh === 0 || c !== 58) return -1;
    } else if (p === 4) {
      if (wm !== 2 || c !== 58) return -1;
    } else return -1;
    p++;
  }
  if (p < 2 || p === 3 || wc === 0 || (p >= 4 && wm !== 2) || (p === 5 && ws !== 2)) return -1;
  let year: number;
  let month: number;
  let day: number;
  if (wa === 4) {
    if (wc > 2) return -1;
    year = a;
    month = b;
    day = c3;
  } else {
    if (wa > 2 || (wc !== 4 && wc !== 2)) return -1;
    year = expandYear(c3, wc);
    day = order === "day-first" ? a : b;
    month = order === "day-first" ? b : a;
  }
  out.offsetMinutes = null;
  return setWallClock(out, year, month, day, hour, minute, second, 0) ? DATE_OK : DATE_ERROR;
}

function expandYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** Writes a validated wall-clock time into `out.ms`; false when a part is out of range. */
function setWallClock(
  out: DateScratch,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
): boolean {
  if (!(year >= 1000 && year <= 9999) || !(month >= 1 && month <= 12) || !(day >= 1)) return false;
  if (day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (!Number.isFinite(ms)) return false;
  out.ms = ms;
  return true;
}

/** "+0000" → 0, "+03:00" → 180, "-0530" → -330, "Z"/"UTC"/"GMT" → 0; undefined → null. */
export function parseOffset(text: string | undefined): number | null {
  if (text === undefined) return null;
  const t = text.toUpperCase();
  if (t === "Z" || t === "UTC" || t === "GMT") return 0;
  const sign = t[0] === "-" ? -1 : 1;
  const digits = t.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return Number.NaN;
  return sign * (hours * 60 + minutes);
}

function applyTwelveHour(hour: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hour;
  if (hour < 1 || hour > 12) return 99;
  const pm = meridiem.toLowerCase() === "p";
  return pm ? (hour % 12) + 12 : hour % 12;
}

/**
 * Reads a number as a date: Sheets/Excel serial days (1 ≤ n < 2 958 466, fractions are the time of day),
 * yyyymmdd integers, epoch seconds (10 digits) or milliseconds (12–13 digits). Returns DATE_OK or DATE_ERROR.
 */
export function readDateNumber(n: number, out: DateScratch): number {
  out.offsetMinutes = null;
  if (!Number.isFinite(n) || n <= 0) return DATE_ERROR;
  if (n < 2_958_466) {
    out.ms = Math.round((n - SERIAL_EPOCH_DAYS) * DAY_MS);
    return DATE_OK;
  }
  if (n >= 19_000_101 && n <= 21_001_231 && Number.isInteger(n)) {
    const year = Math.floor(n / 10_000);
    const month = Math.floor(n / 100) % 100;
    return setWallClock(out, year, month, n % 100, 0, 0, 0, 0) ? DATE_OK : DATE_ERROR;
  }
  if (n >= 1e9 && n < 1e10) {
    out.ms = Math.round(n * 1000);
    out.offsetMinutes = 0;
    return DATE_OK;
  }
  if (n >= 1e11 && n < 1e13) {
    out.ms = Math.round(n);
    out.offsetMinutes = 0;
    return DATE_OK;
  }
  return DATE_ERROR;
}

/** Reads a Date object by its local getters (the spreadsheet's wall clock in Apps Script). Invalid Date → DATE_ERROR. */
export function readDateObject(d: Date, out: DateScratch): number {
  out.offsetMinutes = null;
  const time = d.getTime();
  if (Number.isNaN(time)) return DATE_ERROR;
  // By the spec, getTimezoneOffset() is (t − LocalTime(t)) / 60 000, so this is exactly
  // Date.UTC(getFullYear(), getMonth(), …, getMilliseconds()) with one time-zone lookup instead of seven.
  out.ms = time - d.getTimezoneOffset() * 60_000;
  return DATE_OK;
}

/** Dates written with a month name: "Nov 28, 2019", "28 ноября 2019 г. 14:05", "November 28, 2019 at 2:05 PM". */
function readNamedMonth(t: string, out: DateScratch): boolean {
  const words = t.split(/[\s,]+/).filter((w) => w !== "");
  let month = 0;
  let day = 0;
  let year = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let meridiem: string | undefined;
  let offset: number | null = null;
  for (const raw of words) {
    const w = raw.replace(/\.$/, "");
    const lower = w.toLowerCase();
    if (WEEKDAY_OR_FILLER.has(lower)) continue;
    const time = TIME.exec(w);
    if (time) {
      hour = Number(time[1]);
      minute = Number(time[2]);
      second = time[3] ? Number(time[3]) : 0;
      continue;
    }
    if (lower === "am" || lower === "pm" || lower === "a.m" || lower === "p.m") {
      meridiem = lower[0];
      continue;
    }
    if (OFFSET.test(w) && (day > 0 || year > 0)) {
      offset = parseOffset(w);
      continue;
    }
    const dashed = w.split("-");
    if (dashed.length === 3) {
      // "28-Nov-2019"
      const m = monthFromName(dashed[1] as string);
      if (!m || month) return false;
      month = m;
      day = Number(dashed[0]);
      year = expandYear(Number(dashed[2]), (dashed[2] as string).length);
      continue;
    }
    if (/^\d{1,2}$/.test(w) && day === 0) {
      day = Number(w);
      continue;
    }
    if (/^\d{4}$/.test(w) && year === 0) {
      year = Number(w);
      continue;
    }
    const m = monthFromName(w);
    if (m && month === 0 && /^[a-zа-яё]+$/i.test(w)) {
      month = m;
      continue;
    }
    return false;
  }
  if (!month || !day || !year) return false;
  hour = applyTwelveHour(hour, meridiem);
  if (offset !== null && Number.isNaN(offset)) return false;
  if (!setWallClock(out, year, month, day, hour, minute, second, 0)) return false;
  out.offsetMinutes = offset;
  return true;
}

/**
 * Reads a date text. `order` settles "04/05/2019" (day-first: 4 May; month-first: 5 April); the reader of a column
 * decides it from the whole column first (`dayMonthEvidence`). Returns DATE_EMPTY, DATE_OK or DATE_ERROR.
 */
export function readDateText(raw: string, order: DateOrder, out: DateScratch): number {
  out.offsetMinutes = null;
  const t = raw.trim();
  if (isMissingText(t)) return DATE_EMPTY;
  const first = t.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const simple = readSimpleDate(t, order, out);
    if (simple !== -1) return simple;
    if (/^\d+(\.\d+)?$/.test(t)) return readDateNumber(Number(t), out);
    let m = YEAR_FIRST.exec(t);
    if (m) {
      const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
      const offset = parseOffset(m[8]);
      if (offset !== null && Number.isNaN(offset)) return DATE_ERROR;
      if (!setWallClock(out, +m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), millis)) {
        return DATE_ERROR;
      }
      out.offsetMinutes = offset;
      return DATE_OK;
    }
    m = DAY_MONTH_YEAR.exec(t);
    if (m) {
      const a = +m[1]!;
      const b = +m[3]!;
      const year = expandYear(+m[4]!, m[4]!.length);
      const day = order === "day-first" ? a : b;
      const month = order === "day-first" ? b : a;
      const hour = applyTwelveHour(+(m[5] ?? 0), m[8]);
      const offset = parseOffset(m[9]);
      if (offset !== null && Number.isNaN(offset)) return DATE_ERROR;
      if (!setWallClock(out, year, month, day, hour, +(m[6] ?? 0), +(m[7] ?? 0), 0)) return DATE_ERROR;
      out.offsetMinutes = offset;
      return DATE_OK;
    }
  } else {
    const m = TWITTER.exec(t);
    if (m) {
      const month = monthFromName(m[1]!);
      const offset = parseOffset(m[6]);
      if (!month || offset === null || Number.isNaN(offset)) return DATE_ERROR;
      if (!setWallClock(out, +m[7]!, month, +m[2]!, +m[3]!, +m[4]!, +m[5]!, 0)) return DATE_ERROR;
      out.offsetMinutes = offset;
      return DATE_OK;
    }
  }
  return readNamedMonth(t, out) ? DATE_OK : DATE_ERROR;
}

/**
 * What a "a/b/yyyy"-shaped text says about the day/month order, by character arithmetic (no regex):
 * 0 not that shape, 1 a > 12 (day-first), 2 b > 12 (month-first), 3 both ≤ 12 and different (ambiguous),
 * 4 both equal (either order). `separator` receives the separator character code.
 */
export function dayMonthEvidence(text: string, separator: { code: number }): number {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  let a = 0;
  let digits = 0;
  for (; i < text.length && digits < 3; i++, digits++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    a = a * 10 + (c - 48);
  }
  if (digits < 1 || digits > 2) return 0;
  const sep = text.charCodeAt(i);
  if (sep !== 46 && sep !== 47 && sep !== 45) return 0;
  i++;
  let b = 0;
  digits = 0;
  for (; i < text.length && digits < 3; i++, digits++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    b = b * 10 + (c - 48);
  }
  if (digits < 1 || digits > 2 || text.charCodeAt(i) !== sep) return 0;
  separator.code = sep;
  if (a > 12 && b <= 12) return 1;
  if (b > 12 && a <= 12) return 2;
  if (a > 12 && b > 12) return 0;
  return a === b ? 4 : 3;
}

export type DateCellReading =
  | { ok: true; value: number | null; offsetMinutes: number | null }
  | { ok: false; reason: Localized };

/**
 * Reads one cell as a date: `value` is wall-clock ms (`new Date(value).getUTCHours()` is the hour the export shows),
 * `offsetMinutes` the zone the cell named (null when none). Booleans are unreadable.
 */
export function parseDateCell(cell: Cell, options: { order?: DateOrder } = {}): DateCellReading {
  const out = dateScratch();
  let status: number;
  if (cell === null || cell === undefined) return { ok: true, value: null, offsetMinutes: null };
  if (typeof cell === "string") status = readDateText(cell, options.order ?? "day-first", out);
  else if (typeof cell === "number") status = readDateNumber(cell, out);
  else if (cell instanceof Date) status = readDateObject(cell, out);
  else status = DATE_ERROR;
  if (status === DATE_EMPTY) return { ok: true, value: null, offsetMinutes: null };
  if (status === DATE_ERROR) return { ok: false, reason: dateReason(String(cell)) };
  return { ok: true, value: out.ms, offsetMinutes: out.offsetMinutes };
}

/** Why a cell is not a date, in both languages. */
export function dateReason(raw: string): Localized {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return loc(
    `"${shown}" is not a date (expected e.g. 26.11.2026 14:05, 2026-11-26, 11/26/2026 or a date cell)`,
    `«${shown}» — не дата (ожидалось, например, 26.11.2026 14:05, 2026-11-26, 11/26/2026 или ячейка с датой)`,
  );
}
