/**
 * Writes a report model to a fresh sheet named with the date, replacing an earlier report of the same name, in a
 * handful of batched calls (one setValues, one setNumberFormats, one setWraps, one setVerticalAlignment, one setBackgrounds, one
 * setFontWeights, one setFontColors, three column-width calls, one chart). Never writes to the audited sheet.
 */
import type { ReportModel } from "./model";
import { COLUMN_WIDTHS, REPORT_WIDTH } from "./model";

export function writeReportSheet(model: ReportModel, sheetName: string): GoogleAppsScript.Spreadsheet.Sheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const previous = spreadsheet.getSheetByName(sheetName);
  if (previous) spreadsheet.deleteSheet(previous);
  const sheet = spreadsheet.insertSheet(sheetName, spreadsheet.getNumSheets());
  const rows = model.values.length;
  const grid = sheet.getRange(1, 1, rows, REPORT_WIDTH);
  grid.setValues(model.values);
  // After the values: a format changes how a number is shown, never what an (apostrophe-kept) text is.
  grid.setNumberFormats(model.numberFormats);
  grid.setWraps(model.wraps);
  // Wrapped texts make rows taller; top alignment keeps each row's label level with the start of its text.
  grid.setVerticalAlignment("top");
  grid.setBackgrounds(model.backgrounds);
  grid.setFontWeights(model.fontWeights);
  grid.setFontColors(model.fontColors);
  // A, then B–E (all the same width), then F.
  sheet.setColumnWidth(1, COLUMN_WIDTHS[0]);
  sheet.setColumnWidths(2, REPORT_WIDTH - 2, COLUMN_WIDTHS[1]);
  sheet.setColumnWidth(REPORT_WIDTH, COLUMN_WIDTHS[5]);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(model.chart.firstRow, 1, model.chart.rows, 2))
    .setPosition(2, REPORT_WIDTH + 2, 0, 0)
    .setOption("title", model.chart.title)
    .setOption("legend", { position: "none" })
    .setOption("hAxis", { minValue: 0, maxValue: 100 })
    .build();
  sheet.insertChart(chart);
  return sheet;
}
