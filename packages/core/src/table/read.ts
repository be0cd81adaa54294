/**
 * readTable: a 2D array of cells (exactly what Sheets `getValues()` returns, a parsed CSV, pasted text) into a
 * ReadTable: header row, field mapping, typed columns, computed rates, row kinds, currency and diagnostics.
 * Never throws: any input, however broken, gives a table (empty with a `no_header` diagnostic at worst).
 */
import { type BooleanField, fieldKind, MONEY_FIELDS, type NumberField, type TextField } from "../fields";
import { loc } from "../i18n/localized";
import { columnLetter } from "./address";
import {
  type ColumnSource,
  numberPlanFor,
  readBooleanColumn,
  readDateColumn,
  readNumberColumn,
  readTextColumn,
} from "./columns";
import { findHeaderRow } from "./detect-header";
import { ColumnDiagnostics, DEFAULT_MAX_DIAGNOSTICS_PER_COLUMN } from "./diagnostics";
import { planMapping } from "./mapping";
import type { DecimalSeparator } from "./numbers";
import { classifyRows } from "./row-kinds";
import { FRACTION_METRICS } from "./synonyms";
import { addTimeOfDay, readTimeOfDayColumn } from "./time-of-day";
import { isTotalRow } from "./total-rows";
import type { Cell, Column, DerivedColumn, Diagnostic, ReadOptions, ReadTable, RowKind, TableColumns } from "./types";

const CYRILLIC = /[а-яё]/i;

function toRows(values: unknown): Cell[][] {
  if (!Array.isArray(values)) return [];
  const rows: Cell[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    rows[r] = Array.isArray(row) ? (row as Cell[]) : row === null || row === undefined ? [] : [row as Cell];
  }
  return rows;
}

function sanitiseOrigin(origin: ReadOptions["origin"]): { row: number; column: number } {
  const row = origin && Number.isInteger(origin.row) && origin.row >= 1 ? origin.row : 1;
  const column = origin && Number.isInteger(origin.column) && origin.column >= 1 ? origin.column : 1;
  return { row, column };
}

function emptyTable(
  options: ReadOptions,
  origin: { row: number; column: number },
  diagnostics: Diagnostic[],
): ReadTable {
  return {
    source: options.source ?? null,
    origin,
    headerRowIndex: -1,
    headers: [],
    rowCount: 0,
    rowNumbers: [],
    columns: {},
    derived: [],
    mapping: [],
    unmapped: [],
    rowKinds: [],
    kinds: { post: 0, ad: 0, message: 0, unknown: 0 },
    currency: null,
    diagnostics,
  };
}

function rowIsBlank(row: readonly Cell[], width: number): boolean {
  const n = Math.min(row.length, width);
  for (let j = 0; j < n; j++) {
    const c = row[j];
    if (c === "" || c === null || c === undefined) continue;
    if (typeof c === "string") {
      const c0 = c.charCodeAt(0);
      if ((c0 <= 32 || c0 === 160 || c0 >= 0x2000) && c.trim() === "") continue;
    }
    return false;
  }
  return true;
}

/** Reads a 2D array of cells into typed columns. See ReadTable for the result and ReadOptions for overrides. */
export function readTable(values: Cell[][], options: ReadOptions = {}): ReadTable {
  const opts: ReadOptions = options && typeof options === "object" ? options : {};
  const origin = sanitiseOrigin(opts.origin);
  const rows = toRows(values);
  const diagnostics: Diagnostic[] = [];
  const headerRowIndex = findHeaderRow(rows);
  if (headerRowIndex < 0) {
    diagnostics.push({
      code: "no_header",
      severity: "error",
      cell: null,
      row: null,
      header: null,
      field: null,
      value: null,
      message: loc(
        "No header row found: the first non-empty row must name the columns (e.g. Date, Reach, Likes)",
        "Не найдена строка заголовков: первая непустая строка должна называть столбцы (например, Дата, Охват, Лайки)",
      ),
    });
    return emptyTable(opts, origin, diagnostics);
  }

  const headerRow = rows[headerRowIndex] as Cell[];
  const width = headerRow.length;
  const plan = planMapping(
    Array.from({ length: width }, (_, j) => headerRow[j]),
    opts,
  );
  diagnostics.push(...plan.diagnostics);
  const headers = plan.headers;

  // Data rows: non-blank rows below the header; "Total"/"Итого" summary rows are left out with a note.
  const dataRows: number[] = [];
  for (let r = headerRowIndex + 1; r < rows.length; r++) {
    const row = rows[r] as Cell[];
    if (rowIsBlank(row, width)) continue;
    if (isTotalRow(row, width)) {
      diagnostics.push({
        code: "total_row",
        severity: "info",
        cell: `${columnLetter(origin.column)}${origin.row + r}`,
        row: origin.row + r,
        header: null,
        field: null,
        value: null,
        message: loc(
          `Row ${origin.row + r} looks like a total row and is not counted as data`,
          `Строка ${origin.row + r} похожа на итоговую и не учитывается как данные`,
        ),
      });
      continue;
    }
    dataRows.push(r);
  }

  const locale: "en" | "ru" =
    opts.locale === "en" || opts.locale === "ru" ? opts.locale : headers.some((h) => CYRILLIC.test(h)) ? "ru" : "en";
  const fallbackDecimal: DecimalSeparator = locale === "ru" ? "comma" : "dot";
  const cap =
    typeof opts.maxDiagnosticsPerColumn === "number" && opts.maxDiagnosticsPerColumn >= 0
      ? opts.maxDiagnosticsPerColumn
      : DEFAULT_MAX_DIAGNOSTICS_PER_COLUMN;

  const columns: Record<string, Column> = {};
  const currencies = new Set<string>();
  const ambiguousNote = (header: string, field: string | null, decimal: DecimalSeparator) =>
    diagnostics.push({
      code: "ambiguous_number",
      severity: "info",
      cell: null,
      row: null,
      header,
      field: null,
      value: null,
      message: loc(
        `Column "${header}"${field ? ` (${field})` : ""}: values like 1,234 were read with a decimal ${decimal === "comma" ? "comma" : "point"} (${locale} convention); set the locale if that is wrong`,
        `Столбец «${header}»${field ? ` (${field})` : ""}: значения вида 1,234 прочитаны с десятичной ${decimal === "comma" ? "запятой" : "точкой"} (соглашение ${locale}); укажите локаль, если это неверно`,
      ),
    });

  for (const m of plan.mapping) {
    const src: ColumnSource = { rows, dataRows, index: m.index };
    const diag = new ColumnDiagnostics(diagnostics, origin, m.index, m.header, m.field, cap);
    const headerFacts = plan.matches[m.index];
    const kind = fieldKind(m.field);
    if (kind === "number") {
      const field = m.field as NumberField;
      const result = readNumberColumn(src, numberPlanFor(field, headerFacts?.unit ?? null, fallbackDecimal), diag);
      diag.finish("unreadable_number", "error");
      const money = (MONEY_FIELDS as readonly string[]).includes(field);
      if (money) {
        if (headerFacts?.currency) currencies.add(headerFacts.currency);
        for (const c of result.currencies) currencies.add(c);
      }
      if (result.decimalGuessed) ambiguousNote(m.header, field, result.decimalGuessed);
      columns[field] = {
        field,
        header: m.header,
        index: m.index,
        kind: "number",
        values: result.values,
        unit: field === "response_time" ? "minutes" : money ? "money" : "count",
      } as Column;
    } else if (kind === "date") {
      const result = readDateColumn(src, locale, diag);
      diag.finish("unreadable_date", "error");
      if (result.orderGuessed) {
        diagnostics.push({
          code: "ambiguous_date",
          severity: "info",
          cell: null,
          row: null,
          header: m.header,
          field: "date",
          value: null,
          message: loc(
            `Column "${m.header}": every date fits both day/month orders; read as ${result.order}`,
            `Столбец «${m.header}»: все даты подходят под оба порядка день/месяц; прочитаны как ${result.order === "day-first" ? "день.месяц" : "месяц/день"}`,
          ),
        });
      }
      // "Дата" + "Время": a competing column holding only times of day completes whole-day dates.
      if (m.alternatives.length > 0 && m.reason !== "user override") {
        for (const alt of m.alternatives) {
          const times = readTimeOfDayColumn(rows, dataRows, alt.index);
          if (times && addTimeOfDay(result.values, times) > 0) {
            m.reason += `; time of day added (column "${alt.header}")`;
            break;
          }
        }
      }
      columns.date = {
        field: "date",
        header: m.header,
        index: m.index,
        kind: "date",
        values: result.values,
        offsetMinutes: result.offsetMinutes,
        order: result.order,
      };
    } else if (kind === "boolean") {
      const field = m.field as BooleanField;
      const result = readBooleanColumn(src, field, diag);
      diag.finish("unreadable_boolean", "error");
      columns[field] = { field, header: m.header, index: m.index, kind: "boolean", values: result.values } as Column;
    } else {
      const field = m.field as TextField;
      columns[field] = {
        field,
        header: m.header,
        index: m.index,
        kind: "text",
        values: readTextColumn(src, field).values,
      } as Column;
    }
  }

  const derived: DerivedColumn[] = [];
  for (const d of plan.derived) {
    const src: ColumnSource = { rows, dataRows, index: d.index };
    const diag = new ColumnDiagnostics(diagnostics, origin, d.index, d.header, null, cap);
    const fraction = FRACTION_METRICS.includes(d.metric);
    const result = readNumberColumn(
      src,
      {
        nonNegative: false,
        allowPercent: true,
        fraction,
        unit: d.unit,
        duration: false,
        fallbackDecimal,
        preferThousands: false,
      },
      diag,
    );
    diag.finish("unreadable_number", "error");
    if (result.decimalGuessed) ambiguousNote(d.header, null, result.decimalGuessed);
    if (!fraction && d.metric !== "roas") {
      const facts = plan.matches[d.index];
      if (facts?.currency) currencies.add(facts.currency);
      for (const c of result.currencies) currencies.add(c);
    }
    derived.push({ metric: d.metric, header: d.header, index: d.index, values: result.values });
  }

  let currency: string | null = null;
  if (currencies.size > 0) {
    currency = [...currencies][0] as string;
    if (currencies.size > 1) {
      const list = [...currencies].join(", ");
      diagnostics.push({
        code: "mixed_currency",
        severity: "warning",
        cell: null,
        row: null,
        header: null,
        field: null,
        value: list,
        message: loc(
          `Money columns use several currencies (${list}); amounts are not converted, totals mix currencies`,
          `В денежных столбцах несколько валют (${list}); суммы не пересчитываются, итоги смешивают валюты`,
        ),
      });
    }
  }

  const typed = columns as TableColumns;
  const rowKinds: RowKind[] = classifyRows(typed, dataRows.length);
  const kinds: Record<RowKind, number> = { post: 0, ad: 0, message: 0, unknown: 0 };
  for (const k of rowKinds) kinds[k]++;

  return {
    source: opts.source ?? null,
    origin,
    headerRowIndex,
    headers,
    rowCount: dataRows.length,
    rowNumbers: dataRows.map((r) => origin.row + r),
    columns: typed,
    derived,
    mapping: plan.mapping,
    unmapped: plan.unmapped,
    rowKinds,
    kinds,
    currency,
    diagnostics,
  };
}
