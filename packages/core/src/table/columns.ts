/**
 * Reading one column of cells into typed values. Every decision that depends on the whole column is made once
 * (decimal separator, percent scaling, day/month order, unit conversion), then a tight loop reads the cells:
 * numbers pass through, strings that `Number()` reads unambiguously take the fast path, the rest go through
 * the locale-aware parsers. Unreadable cells become null plus a diagnostic, never 0.
 */
import { type BooleanField, MONEY_FIELDS, type NumberField, type TextField } from "../fields";
import { loc } from "../i18n/localized";
import { BOOLEAN_WORDS, booleanReason } from "./booleans";
import {
  DATE_EMPTY,
  DATE_OK,
  type DateOrder,
  dateReason,
  dateScratch,
  dayMonthEvidence,
  readDateNumber,
  readDateObject,
  readDateText,
} from "./dates";
import type { ColumnDiagnostics } from "./diagnostics";
import type { HeaderUnit } from "./header";
import { isMissingText } from "./missing";
import {
  type DecimalSeparator,
  isPlainNumberText,
  NUM_AMBIGUOUS,
  NUM_EMPTY,
  NUM_ERROR,
  NUM_OK,
  numberReason,
  numberScratch,
  readNumberText,
  readSimpleNumber,
} from "./numbers";
import type { Cell } from "./types";

/** Input rows (already arrays) and the input indices of the data rows. */
export interface ColumnSource {
  rows: readonly (readonly Cell[])[];
  dataRows: readonly number[];
  index: number;
}

export interface NumberColumnResult {
  values: (number | null)[];
  currencies: Set<string>;
  /** The decimal separator had to come from the locale hint ("1,234" with no other evidence). */
  decimalGuessed: DecimalSeparator | null;
  percentScaled: boolean;
}

export interface NumberReadPlan {
  /** Negative values are impossible (counts, spend): warn and drop them. */
  nonNegative: boolean;
  /** Percent cells ("3,5%") are allowed and divided by 100; otherwise a percent is an error. */
  allowPercent: boolean;
  /** Rate column: when no cell has "%" and most values are > 1, the column is percent-scaled (÷100). */
  fraction: boolean;
  /** Header unit (percent → ÷100; hours/seconds/days → minutes for response_time). */
  unit: HeaderUnit | null;
  /** response_time: "2:30" and Sheets duration Dates are durations. */
  duration: boolean;
  /** Decimal separator when a column gives no evidence ("1,234"). */
  fallbackDecimal: DecimalSeparator;
  /** Ambiguous "1,234" in a count column with no decimal evidence reads as thousands. */
  preferThousands: boolean;
}

const DURATION = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/;
/** Sheets durations arrive as Dates counted from 1899-12-30 00:00 wall clock. */
const DURATION_EPOCH = Date.UTC(1899, 11, 30);

function percentInCountReason(cell: string) {
  return loc(
    `"${cell.trim()}" is a percentage, but this column holds counts or amounts`,
    `«${cell.trim()}» — процент, а в этом столбце должны быть количества или суммы`,
  );
}

function unitFactorToMinutes(unit: HeaderUnit | null): number {
  if (unit === "hours") return 60;
  if (unit === "seconds") return 1 / 60;
  if (unit === "days") return 1440;
  return 1;
}

export function readNumberColumn(src: ColumnSource, plan: NumberReadPlan, diag: ColumnDiagnostics): NumberColumnResult {
  const { rows, dataRows, index } = src;
  const n = dataRows.length;
  const values: (number | null)[] = new Array(n);
  const scratch = numberScratch();
  const currencies = new Set<string>();
  let dotEvidence = 0;
  let commaEvidence = 0;
  let percentCells = 0;
  let ambiguous: { i: number; thousands: number; decimal: number; sep: "," | "." }[] | null = null;
  const timeScratch = plan.duration ? dateScratch() : null;

  for (let i = 0; i < n; i++) {
    const r = dataRows[i] as number;
    const cell = (rows[r] as readonly Cell[])[index];
    if (typeof cell === "number") {
      if (Number.isFinite(cell)) values[i] = cell;
      else {
        values[i] = null;
        diag.add("unreadable_number", "error", r, cell, numberReason(String(cell)));
      }
      continue;
    }
    if (typeof cell === "string") {
      if (cell === "") {
        values[i] = null;
        continue;
      }
      const c0 = cell.charCodeAt(0);
      if ((c0 >= 48 && c0 <= 57) || c0 === 45) {
        // "1 234", "12", "1 234,5", "3,5%", "7767.0": one character scan, no regex.
        if (readSimpleNumber(cell, scratch) === NUM_OK) {
          if (scratch.percent && !plan.allowPercent) {
            values[i] = null;
            diag.add("unreadable_number", "error", r, cell, percentInCountReason(cell));
            continue;
          }
          values[i] = scratch.value;
          if (scratch.evidence === 1) dotEvidence++;
          else if (scratch.evidence === 2) commaEvidence++;
          if (scratch.percent) percentCells++;
          continue;
        }
      }
      const fast = +cell;
      if (Number.isFinite(fast) && isPlainNumberText(cell)) {
        values[i] = fast;
        if (cell.indexOf(".") >= 0) dotEvidence++;
        continue;
      }
      if (plan.duration) {
        const d = DURATION.exec(cell.trim());
        if (d) {
          values[i] = (Number(d[1]) * 60 + Number(d[2]) + Number(d[3] ?? 0) / 60) / unitFactorToMinutes(plan.unit);
          continue;
        }
      }
      const status = readNumberText(cell, null, scratch);
      if (status === NUM_EMPTY) {
        values[i] = null;
        continue;
      }
      if (status === NUM_ERROR || (scratch.percent && !plan.allowPercent)) {
        values[i] = null;
        diag.add(
          "unreadable_number",
          "error",
          r,
          cell,
          scratch.percent && status !== NUM_ERROR ? percentInCountReason(cell) : numberReason(cell),
        );
        continue;
      }
      if (scratch.evidence === 1) dotEvidence++;
      else if (scratch.evidence === 2) commaEvidence++;
      if (scratch.percent) percentCells++;
      if (scratch.currency) currencies.add(scratch.currency);
      if (status === NUM_AMBIGUOUS) {
        ambiguous ??= [];
        ambiguous.push({
          i,
          thousands: scratch.value,
          decimal: scratch.alternative,
          sep: scratch.ambiguousSeparator ?? ",",
        });
        values[i] = null;
        continue;
      }
      values[i] = scratch.value;
      continue;
    }
    if (cell === null || cell === undefined) {
      values[i] = null;
      continue;
    }
    if (plan.duration && cell instanceof Date && timeScratch && readDateObject(cell, timeScratch) === DATE_OK) {
      values[i] = (timeScratch.ms - DURATION_EPOCH) / 60000 / unitFactorToMinutes(plan.unit);
      continue;
    }
    values[i] = null;
    diag.add("unreadable_number", "error", r, cell, numberReason(cell instanceof Date ? "a date" : String(cell)));
  }

  let decimalGuessed: DecimalSeparator | null = null;
  if (ambiguous) {
    let decimal: DecimalSeparator;
    if (dotEvidence > commaEvidence) decimal = "dot";
    else if (commaEvidence > dotEvidence) decimal = "comma";
    else {
      const sep = (ambiguous[0] as { sep: "," | "." }).sep;
      decimal = plan.preferThousands ? (sep === "," ? "dot" : "comma") : plan.fallbackDecimal;
      decimalGuessed = decimal;
    }
    for (const a of ambiguous) {
      const isDecimal = (a.sep === "." && decimal === "dot") || (a.sep === "," && decimal === "comma");
      values[a.i] = isDecimal ? a.decimal : a.thousands;
    }
  }

  // Column-level scaling: percent headers and percent-scaled rate columns; response-time units.
  let percentScaled = false;
  if (plan.fraction) {
    let above = 0;
    let counted = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === null || v === undefined) continue;
      counted++;
      if (Math.abs(v) > 1) above++;
    }
    percentScaled = plan.unit === "percent" || (percentCells === 0 && counted > 0 && above * 2 > counted);
  }
  const factor = plan.duration ? unitFactorToMinutes(plan.unit) : 1;
  if (percentScaled || factor !== 1 || plan.nonNegative) {
    for (let i = 0; i < n; i++) {
      let v = values[i] as number | null;
      if (v === null) continue;
      if (percentScaled && !(percentCells > 0 && isPercentCell(rows, dataRows[i] as number, src.index))) v = v / 100;
      if (factor !== 1) v = v * factor;
      if (!Number.isFinite(v)) {
        // A duration so large that converting it to minutes overflows (1e306 hours): unreadable, never Infinity.
        const r = dataRows[i] as number;
        const cell = (rows[r] as readonly Cell[])[index];
        diag.add(
          "unreadable_number",
          "error",
          r,
          cell,
          loc(
            `${String(cell)} is too large to convert to minutes; the cell is left out`,
            `${String(cell)} — слишком большое значение, его нельзя перевести в минуты; ячейка не учитывается`,
          ),
        );
        v = null;
      } else if (plan.nonNegative && v < 0) {
        const r = dataRows[i] as number;
        const cell = (rows[r] as readonly Cell[])[index];
        diag.add(
          "negative_count",
          "warning",
          r,
          cell,
          loc(
            `Negative value ${v} cannot be a count or an amount spent; the cell is left out`,
            `Отрицательное значение ${v} не может быть количеством или расходом; ячейка не учитывается`,
          ),
        );
        v = null;
      }
      values[i] = v;
    }
  }
  return { values, currencies, decimalGuessed, percentScaled };
}

function isPercentCell(rows: readonly (readonly Cell[])[], r: number, index: number): boolean {
  const cell = (rows[r] as readonly Cell[])[index];
  return typeof cell === "string" && cell.indexOf("%") >= 0;
}

export interface DateColumnResult {
  values: (number | null)[];
  offsetMinutes: (number | null)[];
  order: "day-first" | "month-first" | "year-first" | "unknown";
  /** Every "a/b/yyyy" cell fitted both orders: the order came from the separator or the locale. */
  orderGuessed: boolean;
}

/** Decides the day/month order from the column, then reads every cell. */
export function readDateColumn(src: ColumnSource, locale: "en" | "ru", diag: ColumnDiagnostics): DateColumnResult {
  const { rows, dataRows, index } = src;
  const n = dataRows.length;
  let dayFirst = 0;
  let monthFirst = 0;
  let ambiguousCells = 0;
  let numericShape = 0;
  let yearFirst = 0;
  const separator = { code: 0 };
  let firstSeparator = 0;
  for (let i = 0; i < n; i++) {
    const cell = (rows[dataRows[i] as number] as readonly Cell[])[index];
    if (typeof cell !== "string") continue;
    const e = dayMonthEvidence(cell, separator);
    if (e === 0) {
      const c = cell.charCodeAt(cell.length > 4 ? 4 : 0);
      if (c === 45 || c === 47 || c === 46) yearFirst++;
      continue;
    }
    numericShape++;
    if (firstSeparator === 0) firstSeparator = separator.code;
    if (e === 1) dayFirst++;
    else if (e === 2) monthFirst++;
    else if (e === 3) ambiguousCells++;
  }
  let order: DateOrder;
  let orderGuessed = false;
  if (dayFirst || monthFirst) order = dayFirst >= monthFirst ? "day-first" : "month-first";
  else {
    // No cell decides: "." and "-" are day-first conventions, "/" month-first unless the locale is Russian.
    order = firstSeparator === 47 && locale !== "ru" ? "month-first" : "day-first";
    orderGuessed = ambiguousCells > 0;
  }

  const values: (number | null)[] = new Array(n);
  const offsets: (number | null)[] = new Array(n);
  const out = dateScratch();
  for (let i = 0; i < n; i++) {
    const r = dataRows[i] as number;
    const cell = (rows[r] as readonly Cell[])[index];
    let status: number;
    if (typeof cell === "string") {
      if (cell === "") {
        values[i] = null;
        offsets[i] = null;
        continue;
      }
      status = readDateText(cell, order, out);
    } else if (typeof cell === "number") status = readDateNumber(cell, out);
    else if (cell instanceof Date) status = readDateObject(cell, out);
    else if (cell === null || cell === undefined) status = DATE_EMPTY;
    else status = 2;
    if (status === DATE_OK) {
      values[i] = out.ms;
      offsets[i] = out.offsetMinutes;
    } else {
      values[i] = null;
      offsets[i] = null;
      if (status !== DATE_EMPTY) {
        diag.add("unreadable_date", "error", r, cell, dateReason(cell instanceof Date ? "Invalid Date" : String(cell)));
      }
    }
  }
  const resolved = numericShape > 0 ? order : yearFirst > 0 ? "year-first" : "unknown";
  return { values, offsetMinutes: offsets, order: resolved, orderGuessed };
}

export function readBooleanColumn(
  src: ColumnSource,
  _field: BooleanField,
  diag: ColumnDiagnostics,
): { values: (boolean | null)[] } {
  const { rows, dataRows, index } = src;
  const n = dataRows.length;
  const values: (boolean | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = dataRows[i] as number;
    const cell = (rows[r] as readonly Cell[])[index];
    if (typeof cell === "boolean") values[i] = cell;
    else if (cell === null || cell === undefined || cell === "") values[i] = null;
    else if (typeof cell === "number" && (cell === 0 || cell === 1)) values[i] = cell === 1;
    else if (typeof cell === "string") {
      const t = cell.trim();
      const word = BOOLEAN_WORDS[t.toLowerCase()];
      if (word !== undefined) values[i] = word;
      else if (isMissingText(t)) values[i] = null;
      else {
        values[i] = null;
        diag.add("unreadable_boolean", "error", r, cell, booleanReason(cell));
      }
    } else {
      values[i] = null;
      diag.add("unreadable_boolean", "error", r, cell, booleanReason(String(cell)));
    }
  }
  return { values };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Text of a cell for a text field: trimmed strings, numbers as written, Dates as local "YYYY-MM-DD HH:mm:ss". */
export function cellText(cell: Cell): string | null {
  if (typeof cell === "string") {
    const n = cell.length;
    if (n === 0) return null;
    // Trim only when an end is whitespace (most cells are not): saves an allocation per cell.
    const t =
      cell.charCodeAt(0) > 32 && cell.charCodeAt(n - 1) > 32 && cell.charCodeAt(n - 1) !== 160 ? cell : cell.trim();
    return isMissingText(t) ? null : t;
  }
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : null;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return `${cell.getFullYear()}-${pad(cell.getMonth() + 1)}-${pad(cell.getDate())} ${pad(cell.getHours())}:${pad(cell.getMinutes())}:${pad(cell.getSeconds())}`;
  }
  return null;
}

export function readTextColumn(src: ColumnSource, _field: TextField): { values: (string | null)[] } {
  const { rows, dataRows, index } = src;
  const n = dataRows.length;
  const values: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    values[i] = cellText((rows[dataRows[i] as number] as readonly Cell[])[index]);
  }
  return { values };
}

/** How a number field is read: which fields are money, counts, durations. */
export function numberPlanFor(
  field: NumberField,
  unit: HeaderUnit | null,
  fallbackDecimal: DecimalSeparator,
): NumberReadPlan {
  const money = (MONEY_FIELDS as readonly string[]).includes(field);
  return {
    nonNegative: field !== "revenue",
    allowPercent: false,
    fraction: false,
    unit,
    duration: field === "response_time",
    fallbackDecimal,
    preferThousands: !money && field !== "response_time",
  };
}
