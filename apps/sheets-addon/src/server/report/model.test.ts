import { audit, generateScenario, readTable } from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import { sheetsStyle } from "../../../test/harness/data";
import { mappingReason } from "./labels";
import {
  AUTOMATIC_FORMAT,
  buildReport,
  COLUMN_WIDTHS,
  moneyFormat,
  REPORT_WIDTH,
  type ReportModel,
  reportSheetName,
} from "./model";

const values = sheetsStyle(generateScenario({ seed: 3, cause: "budget", months: 3 }).ads);
values[0]![1] = "=IMPORTXML(A1)";
const table = readTable(values, { source: "Ads!A1:H100" });
const result = audit(table, { margin: 0.3 });
const range = { sheet: "Ads", a1: "A1:H100", row: 1, column: 1, rows: values.length, columns: 8 };

describe("buildReport", () => {
  const model = buildReport({ result, table, range, auditedAt: new Date("2026-11-26T10:15:00Z"), lang: "en" });

  it("is one rectangular grid with matching style grids", () => {
    expect(COLUMN_WIDTHS).toHaveLength(REPORT_WIDTH);
    for (const grid of [
      model.values,
      model.backgrounds,
      model.fontWeights,
      model.fontColors,
      model.numberFormats,
      model.wraps,
    ]) {
      expect(grid).toHaveLength(model.values.length);
      for (const row of grid) expect(row).toHaveLength(REPORT_WIDTH);
    }
  });

  it("points the chart at the eight factor rows (title and risk)", () => {
    const rows = model.values.slice(model.chart.firstRow - 1, model.chart.firstRow - 1 + model.chart.rows);
    expect(rows.map((row) => row[0])).toEqual(result.factors.map((factor) => factor.title.en));
    expect(rows.map((row) => row[1])).toEqual(
      result.factors.map((factor) => (factor.risk === null ? "" : Math.round(factor.risk))),
    );
  });

  it("escapes user text so it cannot become a formula", () => {
    expect(model.values.flat()).toContain("'=IMPORTXML(A1)");
    for (const cell of model.values.flat()) if (typeof cell === "string") expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it("writes findings with their rows and the money verdict, in Russian too", () => {
    const flat = model.values.flat();
    expect(flat).toContain(result.verdict.message.en);
    for (const finding of result.findings.slice(0, 5)) expect(flat).toContain(finding.message.en);
    const ru = buildReport({ result, table, range, auditedAt: new Date(), lang: "ru" });
    expect(ru.values[0]?.[0]).toBe("Отчёт smm-risk");
    expect(ru.values.flat()).toContain(result.verdict.message.ru);
  });

  it("names the sheet with the date", () => {
    expect(reportSheetName(new Date("2026-11-26T23:59:00Z"))).toBe("smm-risk 2026-11-26");
  });
});

describe("buildReport: what Sheets gets", () => {
  const model = buildReport({ result, table, range, auditedAt: new Date("2026-11-26T10:15:00Z"), lang: "en" });
  const ru = buildReport({ result, table, range, auditedAt: new Date("2026-11-26T10:15:00Z"), lang: "ru" });
  const rowOf = (m: ReportModel, label: string) => m.values.findIndex((row) => row[0] === label);

  it("writes numbers as numbers with a format for every cell, percentages as fractions", () => {
    expect(model.numberFormats).toHaveLength(model.values.length);
    for (const row of model.numberFormats) expect(row).toHaveLength(REPORT_WIDTH);
    const romi = rowOf(model, "ROMI");
    expect(model.values[romi]?.[1]).toBeCloseTo(result.verdict.romi ?? Number.NaN, 4);
    expect(model.numberFormats[romi]?.[1]).toBe("0.0%");
    const spend = rowOf(model, "Spend");
    expect(typeof model.values[spend]?.[1]).toBe("number");
    expect(model.numberFormats[spend]?.[1]).toBe(moneyFormat(result.verdict.currency, "en"));
    for (const [r, row] of model.values.entries())
      for (const [c, cell] of row.entries())
        if (typeof cell === "string") expect(model.numberFormats[r]?.[c]).toBe(AUTOMATIC_FORMAT);
  });

  it("keeps row lists and timestamps as text", () => {
    const texts = model.values.flat().filter((cell): cell is string => typeof cell === "string");
    expect(texts.some((cell) => /^'\d+(, \d+)*/.test(cell))).toBe(true);
    expect(texts).toContain("'2026-11-26 10:15 UTC");
  });

  it("wraps only the long-text column and names columns by letter", () => {
    for (const row of model.wraps) expect(row).toEqual([false, false, false, false, false, true]);
    const mapping = rowOf(model, table.mapping[0]?.header ?? "");
    expect(model.values[mapping]?.[2]).toBe("A");
  });

  it("has no English words of its own in Russian", () => {
    const flat = ru.values.flat().join("\n");
    for (const word of ["exact synonym", "needs the columns", "Conclusion", "Findings"])
      expect(flat).not.toContain(word);
    expect(flat).toContain("точный синоним «");
  });
});

describe("moneyFormat and mappingReason", () => {
  it("puts the currency sign where the language does", () => {
    expect(moneyFormat("USD", "en")).toBe('"$"#,##0.00');
    expect(moneyFormat("USD", "ru")).toBe('#,##0.00 "$"');
    expect(moneyFormat("RUB", "en")).toBe('#,##0.00 "₽"');
    expect(moneyFormat("CHF", "en")).toBe('#,##0.00 "CHF"');
    expect(moneyFormat('X"Y', "en")).toBe('#,##0.00 "XY"');
    expect(moneyFormat(null, "en")).toBe("#,##0.00");
  });

  it("translates core's mapping reasons and leaves unknown ones alone", () => {
    expect(mappingReason('exact synonym "likes"; preferred over "promoted likes"', "ru")).toBe(
      "точный синоним «likes»; предпочтён столбцам «promoted likes»",
    );
    expect(mappingReason('partial match of "views"', "ru")).toBe("частичное совпадение с «views»");
    expect(mappingReason('secondary synonym "reach" (no primary column)', "ru")).toBe(
      "запасной синоним «reach» (основного столбца нет)",
    );
    expect(mappingReason("user override", "ru")).toBe("задано вручную");
    expect(mappingReason("something new", "ru")).toBe("something new");
    expect(mappingReason('exact synonym "likes"', "en")).toBe('exact synonym "likes"');
  });
});
