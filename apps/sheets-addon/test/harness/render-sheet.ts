/**
 * Renders what a fake sheet recorded (values, backgrounds, font weights and colours, number formats, column widths,
 * charts as placeholder boxes) into a static HTML page that looks like a Google Sheets grid: column letters, row
 * numbers, grid lines, Arial 10 pt, numbers right-aligned, text overflowing into empty cells to its right,
 * wrapped cells growing their row.
 * Test-only: it lets a browser test take a screenshot of the report sheet the way a user would see it.
 */
import { columnLetter } from "@smm-risk/core";
import type { FakeCell, FakeSheet } from "./fakes";
import { EN_SEPARATORS, formatWithPattern, type Separators } from "./number-format";

export interface RenderOptions {
  /** Separators of the spreadsheet locale (Sheets displays numbers with them). */
  separators?: Separators;
  /** Extra empty columns/rows shown beyond the data (and any chart). */
  marginColumns?: number;
  marginRows?: number;
}

const DEFAULT_WIDTH = 100;
const ROW_HEIGHT = 21;
const HEADER_WIDTH = 46;
/** Sheets' default size of a new embedded chart. */
const CHART_WIDTH = 600;
const CHART_HEIGHT = 371;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The text a user would see in a cell. */
export function displayText(cell: FakeCell | undefined, format: string | null | undefined, sep: Separators): string {
  if (cell === undefined || cell === "") return "";
  if (typeof cell === "number") return formatWithPattern(cell, format, sep);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell;
}

export function renderSheetHtml(sheet: FakeSheet, options: RenderOptions = {}): string {
  const sep = options.separators ?? EN_SEPARATORS;
  const charts = sheet.charts as {
    type?: string;
    ranges?: string[];
    position?: number[];
    options?: { title?: unknown };
  }[];
  const dataRows = sheet.values.length;
  const dataColumns = Math.max(0, ...sheet.values.map((row) => row.length), ...sheet.columnWidths.keys());
  const width = (column: number) => sheet.columnWidths.get(column) ?? DEFAULT_WIDTH;
  const left = (column: number) => {
    let x = HEADER_WIDTH;
    for (let c = 1; c < column; c++) x += width(c);
    return x;
  };
  let columns = dataColumns + (options.marginColumns ?? 2);
  let rows = dataRows + (options.marginRows ?? 3);
  for (const chart of charts) {
    const [row = 1, column = 1] = chart.position ?? [];
    while (left(columns + 1) < left(column) + CHART_WIDTH) columns++;
    rows = Math.max(rows, row + Math.ceil(CHART_HEIGHT / ROW_HEIGHT) + 1);
  }

  const head = [`<th class="corner"></th>`];
  for (let c = 1; c <= columns; c++) head.push(`<th class="col">${columnLetter(c)}</th>`);
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    const cells = [`<th class="row">${r}</th>`];
    const values = sheet.values[r - 1] ?? [];
    for (let c = 1; c <= columns; c++) {
      const cell = values[c - 1];
      const text = displayText(cell, sheet.numberFormats[r - 1]?.[c - 1], sep);
      const style: string[] = [];
      const background = sheet.backgrounds[r - 1]?.[c - 1];
      if (background) style.push(`background:${background}`);
      const weight = sheet.fontWeights[r - 1]?.[c - 1];
      if (weight === "bold") style.push("font-weight:bold");
      const color = sheet.fontColors[r - 1]?.[c - 1];
      if (color) style.push(`color:${color}`);
      const align = sheet.verticalAlignments[r - 1]?.[c - 1];
      if (align) style.push(`vertical-align:${align === "middle" ? "middle" : align}`);
      const numeric = typeof cell === "number";
      const nextEmpty = (values[c] ?? "") === "";
      const wrap = sheet.wraps[r - 1]?.[c - 1] === true;
      const classes = [numeric ? "num" : "text", wrap ? "wrap" : !numeric && nextEmpty ? "overflow" : "clip"];
      cells.push(
        `<td class="${classes.join(" ")}" data-cell="${columnLetter(c)}${r}" style="${style.join(";")}"><div>${escapeHtml(text)}</div></td>`,
      );
    }
    body.push(`<tr>${cells.join("")}</tr>`);
  }
  const cols = [`<col style="width:${HEADER_WIDTH}px">`];
  for (let c = 1; c <= columns; c++) cols.push(`<col style="width:${width(c)}px">`);
  const chartBoxes = charts.map((chart, i) => {
    const [row = 1, column = 1, offsetX = 0, offsetY = 0] = chart.position ?? [];
    const top = ROW_HEIGHT * row + offsetY;
    const title = typeof chart.options?.title === "string" ? chart.options.title : "";
    return `<div class="chart" data-chart="${i}" style="left:${left(column) + offsetX}px;top:${top}px">
<div class="chart-title">${escapeHtml(title)}</div>
<div class="chart-meta">${escapeHtml(`Chart ${chart.type ?? "?"} · ${(chart.ranges ?? []).join(", ")}`)}</div>
<div class="chart-options">${escapeHtml(JSON.stringify(chart.options ?? {}))}</div></div>`;
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(sheet.name)}</title><style>
body{margin:0;background:#fff;font-family:Arial,"Liberation Sans",Helvetica,sans-serif;font-size:13.333px;color:#000}
.wrap{position:relative}
table{border-collapse:collapse;table-layout:fixed;width:${left(columns + 1)}px}
th,td{height:${ROW_HEIGHT - 1}px;padding:0;border:1px solid #e2e3e3;line-height:${ROW_HEIGHT - 1}px;white-space:nowrap}
th{background:#f8f9fa;color:#5f6368;font-weight:normal;font-size:11px;text-align:center;border-color:#c0c0c0}
td div{padding:0 3px}
td.clip div{overflow:hidden;text-overflow:clip}
td.overflow{overflow:visible}td.overflow div{overflow:visible}
td.num{text-align:right}
td.wrap{white-space:normal}td.wrap div{line-height:16px;padding:2px 3px;overflow-wrap:anywhere}
td{vertical-align:bottom}
.chart{position:absolute;width:${CHART_WIDTH - 2}px;height:${CHART_HEIGHT - 2}px;border:1px solid #9aa0a6;background:#fff;box-sizing:border-box;padding:12px}
.chart-title{font-size:15px;font-weight:bold;margin-bottom:8px}.chart-meta,.chart-options{color:#5f6368;font-size:12px;white-space:normal}
.tab{background:#f1f3f4;border-top:1px solid #c0c0c0;padding:6px 12px;font-size:13px}
.tab span{background:#fff;color:#188038;padding:4px 12px;font-weight:bold}
</style></head><body><div class="wrap"><table><colgroup>${cols.join("")}</colgroup><thead><tr>${head.join("")}</tr></thead><tbody>
${body.join("\n")}
</tbody></table>${chartBoxes.join("\n")}</div><div class="tab"><span>${escapeHtml(sheet.name)}</span></div></body></html>`;
}
