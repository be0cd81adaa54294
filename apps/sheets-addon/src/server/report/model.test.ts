import { audit, generateScenario, readTable } from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import { sheetsStyle } from "../../../test/harness/data";
import { buildReport, REPORT_WIDTH, reportSheetName } from "./model";

const values = sheetsStyle(generateScenario({ seed: 3, cause: "budget", months: 3 }).ads);
values[0]![1] = "=IMPORTXML(A1)";
const table = readTable(values, { source: "Ads!A1:H100" });
const result = audit(table, { margin: 0.3 });
const range = { sheet: "Ads", a1: "A1:H100", row: 1, column: 1, rows: values.length, columns: 8 };

describe("buildReport", () => {
  const model = buildReport({ result, table, range, auditedAt: new Date("2026-11-26T10:15:00Z"), lang: "en" });

  it("is one rectangular grid with matching style grids", () => {
    for (const grid of [model.values, model.backgrounds, model.fontWeights, model.fontColors]) {
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
