/**
 * The report sheet as data: one rectangular grid of values with matching backgrounds, font weights and colours,
 * number formats and wrap flags, plus where the chart's source rows are. Pure (no Apps Script calls), so the writer
 * needs only a handful of batched calls. Numbers stay numbers (percentages as fractions, money as amounts) and get
 * their unit from the number format, so Sheets can sort, sum and chart them.
 */
import type { AuditResult, Lang, Level, Localized, ReadTable } from "@smm-risk/core";
import { columnLetter, pick } from "@smm-risk/core";
import type { RangeInfo } from "../../shared/messages";
import { escapeRow } from "./escape";
import { REPORT_LABELS as L, LEVEL_COLORS, LEVEL_LABELS, mappingReason } from "./labels";

export const REPORT_WIDTH = 6;
/** Column widths in pixels, A to F: titles, four narrow value columns, long texts (wrapped). */
export const COLUMN_WIDTHS = [280, 110, 110, 110, 110, 460] as const;
/** The wide column (F) whose texts wrap instead of running under the chart. */
const TEXT_COLUMN = REPORT_WIDTH - 1;
const MAX_FINDINGS = 200;
const MAX_WARNINGS = 50;
const MAX_ROWS_LISTED = 30;
const TITLE_BG = "#1f3b5b";
const SECTION_BG = "#cfe2f3";
const HEADER_BG = "#f3f3f3";
const WHITE = "#ffffff";

/** Sheets' automatic format (what a fresh cell has): text and blanks keep it. */
export const AUTOMATIC_FORMAT = "0.###############";
const INTEGER = "#,##0";
const DECIMAL = "#,##0.00";
const PERCENT = "0%";
const PERCENT_1 = "0.0%";

export type ReportValue = string | number;
/** A cell of the model: a value, or a number with its number format. */
export type ReportCell = ReportValue | { value: number; format: string };

export interface ReportModel {
  values: ReportValue[][];
  backgrounds: string[][];
  fontWeights: ("bold" | "normal")[][];
  fontColors: string[][];
  numberFormats: string[][];
  wraps: boolean[][];
  /** 1-based sheet row of the first factor row, and how many: the chart plots columns A:B of these rows. */
  chart: { firstRow: number; rows: number; title: string };
}

export interface ReportInput {
  result: AuditResult;
  table: ReadTable;
  range: RangeInfo;
  auditedAt: Date;
  lang: Lang;
}

export function buildReport(input: ReportInput): ReportModel {
  const { result, table, range, lang } = input;
  const t = (text: Localized) => pick(text, lang);
  const model: ReportModel = {
    values: [],
    backgrounds: [],
    fontWeights: [],
    fontColors: [],
    numberFormats: [],
    wraps: [],
    chart: { firstRow: 0, rows: 0, title: t(L.chartTitle) },
  };
  const add = (cells: ReportCell[], style: RowStyle = {}) => addRow(model, cells, style);
  const blank = () => add([]);

  add([t(L.title)], { background: TITLE_BG, bold: true, color: WHITE });
  // One label–value pair per row: the value runs over the empty cells to its right instead of being cut off.
  add([t(L.source), `${range.sheet}!${range.a1}`]);
  add([t(L.audited), formatTimestamp(input.auditedAt)]);
  add([t(L.rows), integer(table.rowCount)]);
  add([t(L.confidence), percent(result.confidence, PERCENT)]);
  add(
    [
      t(L.overall),
      result.risk === null ? "" : integer(Math.round(result.risk)),
      t(L.grade),
      result.grade ?? "",
      t(L.level),
      t(LEVEL_LABELS[result.level]),
    ],
    {
      background: LEVEL_COLORS[result.level],
      bold: true,
    },
  );
  // Long sentences go to the wide wrapped column F, so they never run under the chart beside the table.
  add([t(L.conclusion), "", "", "", "", t(result.headline)], { bold: true });
  blank();

  add([t(L.factors)], { background: SECTION_BG, bold: true });
  add([t(L.factor), t(L.risk), t(L.level), t(L.confidence), t(L.findingsCount), t(L.advice)], headerStyle);
  model.chart.firstRow = model.values.length + 1;
  model.chart.rows = result.factors.length;
  for (const factor of result.factors) {
    add(
      [
        t(factor.title),
        factor.risk === null ? "" : integer(Math.round(factor.risk)),
        t(LEVEL_LABELS[factor.level]),
        factor.assessed ? percent(factor.confidence, PERCENT) : "",
        factor.assessed ? integer(factor.findings.length) : "",
        factor.assessed ? t(factor.recommendation) : notAssessedText(factor, lang),
      ],
      { levelColumn: 2, level: factor.level },
    );
  }
  blank();

  addVerdict(model, result, t, lang);
  blank();

  add([t(L.findings)], { background: SECTION_BG, bold: true });
  // The finding's text goes to the wide column F; the row list runs over the empty column D (and E, unless the
  // finding comes from another table than the audited range, which is then named there).
  add([t(L.factor), t(L.severity), t(L.sheetRows), "", t(L.source), t(L.finding)], headerStyle);
  const titles = new Map(result.factors.map((factor) => [factor.id, t(factor.title)]));
  const audited = `${range.sheet}!${range.a1}`;
  if (result.findings.length === 0) add([t(L.none)]);
  for (const finding of result.findings.slice(0, MAX_FINDINGS)) {
    add(
      [
        titles.get(finding.factor) ?? finding.factor,
        t(LEVEL_LABELS[finding.severity]),
        rowList(finding.rows),
        "",
        finding.source === null || finding.source === audited ? "" : finding.source,
        t(finding.message),
      ],
      { levelColumn: 1, level: finding.severity },
    );
  }
  blank();

  add([t(L.mapping)], { background: SECTION_BG, bold: true });
  add([t(L.header), t(L.field), t(L.column), t(L.confidence), "", t(L.reason)], headerStyle);
  for (const mapping of table.mapping) {
    add([
      mapping.header,
      mapping.field,
      columnLetter(mapping.index + range.column),
      percent(mapping.confidence, PERCENT),
      "",
      mappingReason(mapping.reason, lang),
    ]);
  }
  for (const column of table.unmapped) add([column.header, "—", columnLetter(column.index + range.column)]);

  const warnings = [
    ...result.warnings.map((w) => ["", t(w)]),
    ...result.diagnostics.map((d) => [d.cell ?? "", t(d.message)]),
  ];
  if (warnings.length > 0) {
    blank();
    add([t(L.warnings)], { background: SECTION_BG, bold: true });
    add([t(L.cell), "", "", "", "", t(L.finding)], headerStyle);
    for (const [cell, text] of warnings.slice(0, MAX_WARNINGS)) add([cell ?? "", "", "", "", "", text ?? ""]);
  }
  return model;
}

function addVerdict(model: ReportModel, result: AuditResult, t: (text: Localized) => string, lang: Lang): void {
  const v = result.verdict;
  const add = (cells: ReportCell[], style: RowStyle = {}) => addRow(model, cells, style);
  const cash = moneyFormat(v.currency, lang);
  const money = (value: number | null) => (value === null ? "" : { value: round(value, 2), format: cash });
  add([t(L.verdict)], { background: SECTION_BG, bold: true });
  add([t(L.conclusion), "", "", "", "", t(v.message)], { bold: true });
  const pairs: [Localized, ReportCell][] = [
    [L.currency, v.currency ?? ""],
    [L.periodDays, v.periodDays === null ? "" : integer(v.periodDays)],
    [L.spend, money(v.spend)],
    [L.revenue, money(v.revenue)],
    [L.conversions, v.conversions === null ? "" : integer(v.conversions)],
    [L.cpa, money(v.cpa)],
    [L.roas, v.roas === null ? "" : { value: round(v.roas, 2), format: DECIMAL }],
    [L.romi, percent(v.romi, PERCENT_1)],
    [L.margin, percent(v.margin, PERCENT_1)],
    [L.breakEven, percent(v.breakEvenMargin, PERCENT_1)],
    [L.monthlyResult, money(v.monthlyResult)],
    [L.monthlySpend, money(v.monthlySpend)],
    [L.monthlySavings, money(v.monthlySavings)],
  ];
  for (const [label, value] of pairs) if (value !== "") add([t(label), value]);
  if (v.savingsUnits.length > 0) {
    add([t(L.unit), t(L.spend), t(L.metric), t(L.efficiency), t(L.savings), t(L.sheetRows)], headerStyle);
    for (const unit of v.savingsUnits) {
      add([
        unit.name,
        money(unit.spend),
        unit.metric.toUpperCase(),
        { value: round(unit.efficiency, 2), format: DECIMAL },
        money(unit.savings),
        rowList(unit.rows),
      ]);
    }
  }
}

interface RowStyle {
  background?: string;
  bold?: boolean;
  color?: string;
  /** Colour only this column by `level`. */
  levelColumn?: number;
  level?: Level;
}

const headerStyle: RowStyle = { background: HEADER_BG, bold: true };

function addRow(model: ReportModel, cells: ReportCell[], style: RowStyle): void {
  const shown = cells.slice(0, REPORT_WIDTH);
  while (shown.length < REPORT_WIDTH) shown.push("");
  model.values.push(escapeRow(shown.map((cell) => (typeof cell === "object" ? cell.value : cell))));
  model.numberFormats.push(shown.map((cell) => (typeof cell === "object" ? cell.format : AUTOMATIC_FORMAT)));
  const backgrounds = new Array<string>(REPORT_WIDTH).fill(style.background ?? WHITE);
  if (style.levelColumn !== undefined && style.level) backgrounds[style.levelColumn] = LEVEL_COLORS[style.level];
  model.backgrounds.push(backgrounds);
  model.fontWeights.push(new Array(REPORT_WIDTH).fill(style.bold ? "bold" : "normal"));
  model.fontColors.push(new Array(REPORT_WIDTH).fill(style.color ?? "#000000"));
  model.wraps.push(shown.map((_cell, column) => column === TEXT_COLUMN));
}

/** Why a factor was not assessed and which columns would enable it, without saying the same thing twice. */
function notAssessedText(factor: AuditResult["factors"][number], lang: Lang): string {
  const reason = factor.reason ? pick(factor.reason, lang) : "";
  if (factor.missing.length === 0) return reason;
  const sets = factor.missing.map((set) => set.join(" + "));
  if (sets.every((set) => reason.includes(set))) return reason;
  const needs = `${pick(L.needsColumns, lang)}: ${sets.join(pick(L.or, lang))}`;
  return reason ? `${reason} (${needs})` : needs;
}

/** A number Sheets displays with thousands separators. */
function integer(value: number): ReportCell {
  return { value, format: INTEGER };
}

function percent(fraction: number | null, format: string): ReportCell {
  return fraction === null ? "" : { value: round(fraction, 4), format };
}

/**
 * A money format with the currency's sign, where the report's language puts it ("$1,234.56" in English,
 * "1 234,56 $" and "1 234,56 ₽" in Russian); an unknown code follows the amount. Separators come from the
 * spreadsheet's locale, as for any Sheets format.
 */
export function moneyFormat(currency: string | null, lang: Lang): string {
  if (!currency) return DECIMAL;
  const signs: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", RUB: "₽" };
  const sign = signs[currency] ?? currency.replace(/[^A-Za-z]/g, "").slice(0, 8);
  if (!sign) return DECIMAL;
  return lang === "en" && sign.length === 1 && sign !== "₽" ? `"${sign}"${DECIMAL}` : `${DECIMAL} "${sign}"`;
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, MAX_ROWS_LISTED).join(", ");
  return rows.length > MAX_ROWS_LISTED ? `${shown}, … (+${rows.length - MAX_ROWS_LISTED})` : shown;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "2026-11-26 10:15 UTC": readable, and the same on every machine. */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function reportSheetName(date: Date): string {
  return `smm-risk ${date.toISOString().slice(0, 10)}`;
}
