/**
 * The report sheet as data: one rectangular grid of values with matching backgrounds and font weights, plus where
 * the chart's source rows are. Pure (no Apps Script calls), so the writer needs only a handful of batched calls.
 */
import type { AuditResult, Lang, Level, Localized, ReadTable } from "@smm-risk/core";
import { pick } from "@smm-risk/core";
import type { RangeInfo } from "../../shared/messages";
import { escapeRow } from "./escape";
import { REPORT_LABELS as L, LEVEL_COLORS, LEVEL_LABELS } from "./labels";

export const REPORT_WIDTH = 6;
const MAX_FINDINGS = 200;
const MAX_WARNINGS = 50;
const MAX_ROWS_LISTED = 30;
const TITLE_BG = "#1f3b5b";
const SECTION_BG = "#cfe2f3";
const HEADER_BG = "#f3f3f3";
const WHITE = "#ffffff";

export type ReportValue = string | number;

export interface ReportModel {
  values: ReportValue[][];
  backgrounds: string[][];
  fontWeights: ("bold" | "normal")[][];
  fontColors: string[][];
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
    chart: { firstRow: 0, rows: 0, title: t(L.chartTitle) },
  };
  const add = (cells: ReportValue[], style: RowStyle = {}) => addRow(model, cells, style);
  const blank = () => add([]);

  add([t(L.title)], { background: TITLE_BG, bold: true, color: WHITE });
  add([t(L.source), `${range.sheet}!${range.a1}`, t(L.audited), formatTimestamp(input.auditedAt)]);
  add([t(L.rows), table.rowCount, t(L.confidence), percent(result.confidence)]);
  add(
    [
      t(L.overall),
      result.risk === null ? "" : Math.round(result.risk),
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
  add([t(result.headline)]);
  blank();

  add([t(L.factors)], { background: SECTION_BG, bold: true });
  add([t(L.factor), t(L.risk), t(L.level), t(L.confidence), t(L.findingsCount), t(L.advice)], headerStyle);
  model.chart.firstRow = model.values.length + 1;
  model.chart.rows = result.factors.length;
  for (const factor of result.factors) {
    const advice = factor.assessed
      ? t(factor.recommendation)
      : [factor.reason ? t(factor.reason) : "", neededColumns(factor.missing, lang)].filter(Boolean).join(" ");
    add(
      [
        t(factor.title),
        factor.risk === null ? "" : Math.round(factor.risk),
        t(LEVEL_LABELS[factor.level]),
        factor.assessed ? percent(factor.confidence) : "",
        factor.findings.length,
        advice,
      ],
      { levelColumn: 2, level: factor.level },
    );
  }
  blank();

  addVerdict(model, result, t);
  blank();

  add([t(L.findings)], { background: SECTION_BG, bold: true });
  add([t(L.severity), t(L.factor), t(L.finding), t(L.sheetRows), t(L.source)], headerStyle);
  const titles = new Map(result.factors.map((factor) => [factor.id, t(factor.title)]));
  if (result.findings.length === 0) add([t(L.none)]);
  for (const finding of result.findings.slice(0, MAX_FINDINGS)) {
    add(
      [
        t(LEVEL_LABELS[finding.severity]),
        titles.get(finding.factor) ?? finding.factor,
        t(finding.message),
        rowList(finding.rows),
        finding.source ?? "",
      ],
      { levelColumn: 0, level: finding.severity },
    );
  }
  blank();

  add([t(L.mapping)], { background: SECTION_BG, bold: true });
  add([t(L.header), t(L.field), t(L.column), t(L.confidence), t(L.reason)], headerStyle);
  for (const mapping of table.mapping) {
    add([mapping.header, mapping.field, mapping.index + range.column, percent(mapping.confidence), mapping.reason]);
  }
  for (const column of table.unmapped) add([column.header, "—", column.index + range.column]);

  const warnings = [
    ...result.warnings.map((w) => ["", t(w)]),
    ...result.diagnostics.map((d) => [d.cell ?? "", t(d.message)]),
  ];
  if (warnings.length > 0) {
    blank();
    add([t(L.warnings)], { background: SECTION_BG, bold: true });
    add([t(L.cell), t(L.finding)], headerStyle);
    for (const [cell, text] of warnings.slice(0, MAX_WARNINGS)) add([cell ?? "", text ?? ""]);
  }
  return model;
}

function addVerdict(model: ReportModel, result: AuditResult, t: (text: Localized) => string): void {
  const v = result.verdict;
  const add = (cells: ReportValue[], style: RowStyle = {}) => addRow(model, cells, style);
  add([t(L.verdict)], { background: SECTION_BG, bold: true });
  add([t(v.message)]);
  const pairs: [Localized, ReportValue][] = [
    [L.currency, v.currency ?? ""],
    [L.periodDays, num(v.periodDays)],
    [L.spend, money(v.spend)],
    [L.revenue, money(v.revenue)],
    [L.conversions, num(v.conversions)],
    [L.cpa, money(v.cpa)],
    [L.roas, v.roas === null ? "" : round(v.roas, 2)],
    [L.romi, percent(v.romi)],
    [L.margin, percent(v.margin)],
    [L.breakEven, percent(v.breakEvenMargin)],
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
        round(unit.efficiency, 2),
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

function addRow(model: ReportModel, cells: ReportValue[], style: RowStyle): void {
  const values: ReportValue[] = escapeRow(cells.slice(0, REPORT_WIDTH));
  while (values.length < REPORT_WIDTH) values.push("");
  const backgrounds = new Array<string>(REPORT_WIDTH).fill(style.background ?? WHITE);
  if (style.levelColumn !== undefined && style.level) backgrounds[style.levelColumn] = LEVEL_COLORS[style.level];
  model.values.push(values);
  model.backgrounds.push(backgrounds);
  model.fontWeights.push(new Array(REPORT_WIDTH).fill(style.bold ? "bold" : "normal"));
  model.fontColors.push(new Array(REPORT_WIDTH).fill(style.color ?? "#000000"));
}

function neededColumns(missing: string[][], lang: Lang): string {
  if (missing.length === 0) return "";
  const sets = missing.map((set) => set.join(" + ")).join(lang === "ru" ? " или " : " or ");
  return `(${pick(L.needs, lang)}: ${sets})`;
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, MAX_ROWS_LISTED).join(", ");
  return rows.length > MAX_ROWS_LISTED ? `${shown}, … (+${rows.length - MAX_ROWS_LISTED})` : shown;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function num(value: number | null): ReportValue {
  return value === null ? "" : round(value, 2);
}

function money(value: number | null): ReportValue {
  return value === null ? "" : round(value, 2);
}

function percent(value: number | null): ReportValue {
  return value === null ? "" : round(value * 100, 1);
}

/** "2026-11-26 10:15 UTC": readable, and the same on every machine. */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function reportSheetName(date: Date): string {
  return `smm-risk ${date.toISOString().slice(0, 10)}`;
}
