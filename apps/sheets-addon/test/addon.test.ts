/**
 * The built add-on (dist/*.js) in a bare vm context with recording fakes of the Apps Script services:
 * custom functions, the menu, the sidebar's server calls and the report sheet, as Sheets would call them.
 */
import { CATALOGUE, type CatalogueParam } from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import type { AuditRequest, AuditResponse, ReportResponse, SelectRowsResponse } from "../src/shared/messages";
import { wholeRangeA1 } from "./harness/a1";
import { scenarioSheet, snapshot } from "./harness/data";
import { type AddonOptions, loadAddon, topLevelFunctions } from "./harness/load";

const posts = scenarioSheet("posts", { seed: 11, cause: "content", months: 3 });
const ads = scenarioSheet("ads", { seed: 11, cause: "budget", months: 3 });

function world(overrides: Partial<AddonOptions> = {}): AddonOptions {
  return {
    sheets: [
      { name: "Posts", values: posts },
      { name: "Ads", values: ads },
    ],
    active: { sheet: "Ads", a1: wholeRangeA1(ads) },
    locale: "en",
    ...overrides,
  };
}

const request = (overrides: Partial<AuditRequest> = {}): AuditRequest => ({
  target: { kind: "selection" },
  options: { platform: null, currency: null, margin: 0.4, targetCpa: null, lang: "en" },
  mapping: {},
  ...overrides,
});

/** A value Sheets-style for an argument type: a range with a header, a numeric column, a number, text, options. */
function sampleArg(arg: CatalogueParam): unknown {
  switch (arg.type) {
    case "range":
      return ads;
    case "column":
      return [[120], [80], [""], [0.5]];
    case "number":
      return 4000;
    case "text":
      return "instagram";
    case "options":
      return "";
  }
}

describe("custom functions", () => {
  const addon = loadAddon(world());

  it("declares every catalogue function at top level with its real parameters", () => {
    const functions = topLevelFunctions(addon);
    for (const fn of CATALOGUE) {
      expect(functions, fn.name).toContain(fn.name);
      expect((addon.context[fn.name] as (...args: unknown[]) => unknown).length, fn.name).toBe(fn.args.length);
    }
  });

  it("answers Sheets-style inputs with values Sheets accepts (or a short #ERROR! message)", () => {
    for (const fn of CATALOGUE) {
      const args = fn.args.map((arg) => (arg.optional ? undefined : sampleArg(arg)));
      let value: unknown;
      try {
        value = addon.call(fn.name, ...args);
      } catch (error) {
        // A thrown Error is what Sheets shows as #ERROR!: it must be an Error with a short message naming the function.
        expect(Object.prototype.toString.call(error), fn.name).toBe("[object Error]");
        expect((error as Error).message.startsWith(fn.name), (error as Error).message).toBe(true);
        expect((error as Error).message.length).toBeLessThanOrEqual(300);
        continue;
      }
      assertSheetValue(fn.name, value);
    }
  });

  it("SMM_RISK reads a range with Dates, empty cells and percent fractions", () => {
    const withGaps = ads.map((row, r) => (r % 7 === 3 ? row.map((cell, c) => (c === 4 ? "" : cell)) : row));
    const risk = addon.call("SMM_RISK", withGaps);
    expect(typeof risk).toBe("number");
    expect(risk as number).toBeGreaterThanOrEqual(0);
    expect(risk as number).toBeLessThanOrEqual(100);
  });

  it("computes metrics row by row from ranges with empty cells, like Sheets passes them", () => {
    expect(addon.call("SMM_CTR", [[34], [""], [32]], [[4307], [""], [4957]])).toEqual([[34 / 4307], [""], [32 / 4957]]);
    expect(addon.call("SMM_CPA", [[100], [50]], [[5], [0]])).toEqual([[20], [""]]);
    expect(addon.call("SMM_ROAS", [[300]], [[100]])).toBe(3);
    const er = addon.call(
      "SMM_ER",
      [
        [52, 3, 6],
        [74, 4, 12],
      ],
      [[11259], [11281]],
    ) as number[][];
    expect(er[0]?.[0]).toBeCloseTo(61 / 11259, 12);
    expect(er[1]?.[0]).toBeCloseTo(90 / 11281, 12);
  });

  it("takes percents as the fractions Sheets passes (30% → 0.3) and dates as Date cells", () => {
    expect(addon.call("SMM_ROMI", [[300]], [[100]], 0.3)).toBeCloseTo((300 * 0.3 - 100) / 100, 12);
    const dates = posts.slice(1).map((row) => [row[0]]);
    expect(dates[0]?.[0]).toBeInstanceOf(Date);
    const cadence = addon.call("SMM_CADENCE", dates) as unknown[][];
    expect(cadence[0]).toEqual(["Posts", dates.length]);
  });

  it("answers in tables for the audit functions and a number for SMM_RISK", () => {
    const table = addon.call("SMM_AUDIT", ads) as unknown[][];
    expect(table.length).toBe(10);
    expect((table[1] as unknown[])[1]).toBe(addon.call("SMM_RISK", ads));
    expect(typeof addon.call("SMM_FACTOR", ads, "budget")).toBe("number");
    expect(addon.call("SMM_BENCHMARK", "instagram", "er_by_followers")).toBeGreaterThan(0);
  });

  it("turns a bad argument into a short Error naming the function", () => {
    expect(() => addon.call("SMM_FACTOR", ads, "nope")).toThrow(/^SMM_FACTOR: factor must be one of/);
    expect(() => addon.call("SMM_RISK", ads, "margin=lots")).toThrow(/^SMM_RISK/);
  });

  it("refuses a range over the cell budget with a message instead of running out of time", () => {
    const tall = Array.from({ length: 10_002 }, () => [1, 2]);
    expect(() => addon.call("SMM_RISK", tall)).toThrow(
      /^SMM_RISK: 10002 rows \/ 20004 cells is over the limit of 10000 data rows/,
    );
    const wide = Array.from({ length: 1_000 }, () => new Array(401).fill(1));
    expect(() => addon.call("SMM_RISK", wide)).toThrow(/401000 cells is over the limit/);
  });
});

describe("menu", () => {
  it("onOpen builds only the add-on menu, touching nothing that needs authorization", () => {
    const addon = loadAddon(world());
    addon.call("onOpen", { authMode: "NONE" });
    const { menus } = addon.world.ui;
    expect(menus).toHaveLength(1);
    expect(menus[0]?.addedToUi).toBe(true);
    expect(menus[0]?.items.map((item) => item.caption)).toEqual([
      "Audit selection",
      "Audit whole sheet",
      "Insert report sheet",
      "Help",
    ]);
    for (const item of menus[0]?.items ?? []) expect(topLevelFunctions(addon)).toContain(item.fn);
    expect(addon.world.log.map((call) => call.target)).toEqual([
      "SpreadsheetApp",
      "Ui",
      "Menu",
      "Menu",
      "Menu",
      "Menu",
      "Menu",
      "Menu",
    ]);
  });

  it("onInstall builds the same menu, in the user's language when authorized", () => {
    const addon = loadAddon(world({ locale: "ru_RU" }));
    addon.call("onInstall", { authMode: "FULL" });
    expect(addon.world.ui.menus[0]?.items.map((item) => item.caption)).toEqual([
      "Аудит выделенного",
      "Аудит всего листа",
      "Вставить лист отчёта",
      "Справка",
    ]);
  });

  it("opens the sidebar from the single HTML file and asks it to audit the selection", () => {
    const addon = loadAddon(world({ locale: "ru" }));
    addon.call("smmMenuAuditSelection");
    expect(addon.world.ui.sidebars).toEqual([{ title: "Аудит рисков SMM", file: "Sidebar" }]);
    const init = addon.call("smmInit", null) as { autoRun: string; lang: string; selection: { a1: string } };
    expect(init.autoRun).toBe("selection");
    expect(init.lang).toBe("ru");
    expect(init.selection.a1).toBe(wholeRangeA1(ads));
    expect((addon.call("smmInit", null) as { autoRun: unknown }).autoRun).toBeNull();
  });

  it("Help shows an alert and Insert report sheet writes the report", () => {
    const addon = loadAddon(world());
    addon.call("smmMenuHelp");
    expect(addon.world.ui.alerts[0]?.[0]).toBe("smm-risk help");
    addon.call("smmMenuInsertReport");
    expect(addon.world.spreadsheet.getSheets().map((sheet) => sheet.name)).toContain(
      `smm-risk ${new Date().toISOString().slice(0, 10)}`,
    );
  });
});

describe("sidebar server calls", () => {
  it("audits the selection with one getValues() call and returns plain JSON", () => {
    const addon = loadAddon(world());
    const response = addon.call("smmAudit", request()) as AuditResponse;
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(addon.world.log.filter((call) => call.method === "getValues")).toHaveLength(1);
    expect(response.range).toMatchObject({ sheet: "Ads", a1: wholeRangeA1(ads), row: 1, column: 1 });
    expect(response.result.factors).toHaveLength(8);
    expect(JSON.parse(JSON.stringify(response))).toEqual(response);
    expect(Number.isNaN(Date.parse(response.auditedAt))).toBe(false);
  });

  it("applies a mapping correction to the range audited before", () => {
    const addon = loadAddon(world());
    const first = addon.call("smmAudit", request()) as AuditResponse;
    if (!first.ok) throw new Error("first audit failed");
    const spend = first.mapping.find((entry) => entry.field === "spend");
    expect(spend).toBeDefined();
    const second = addon.call(
      "smmAudit",
      request({ target: { kind: "range", sheet: "Ads", a1: first.range.a1 }, mapping: { spend: null } }),
    ) as AuditResponse;
    if (!second.ok) throw new Error("second audit failed");
    expect(second.mapping.some((entry) => entry.field === "spend")).toBe(false);
    expect(second.result.verdict.spend).toBeNull();
  });

  it("reads date cells as the wall clock of the spreadsheet's time zone, not the script's", () => {
    // 00:30 on 28 February in Moscow is 21:30 on 27 February UTC: the cell shows the 28th, so must the audit.
    const early = posts.map((row, r) => (r === 1 ? [new Date(Date.UTC(2026, 1, 27, 21, 30)), ...row.slice(1)] : row));
    const sheets = [{ name: "Posts", values: early }];
    const active = { sheet: "Posts", a1: wholeRangeA1(early) };
    const start = (timeZone: string) => {
      const addon = loadAddon(world({ sheets, active, timeZone }));
      const response = addon.call("smmAudit", request()) as AuditResponse;
      if (!response.ok) throw new Error(response.error.en);
      const days = new Set(early.slice(1).map((row) => Math.floor((row[0] as Date).getTime() / 86_400_000))).size;
      expect(addon.world.log.filter((call) => call.method === "formatDate").length).toBeLessThanOrEqual(2 * days + 2);
      return response.result.inputs.period?.start;
    };
    expect(start("Europe/Moscow")).toMatch(/^2026-02-28/);
    expect(start("Etc/UTC")).toMatch(/^2026-02-27/);
    expect(start("America/New_York")).toMatch(/^2026-02-27/);
  });

  it("gives a clear message for a range too big to audit, without reading it", () => {
    const addon = loadAddon(world({ active: { sheet: "Ads", a1: "A1:Z25000" } }));
    const response = addon.call("smmAudit", request()) as AuditResponse;
    expect(response).toMatchObject({ ok: false, code: "too_big" });
    if (!response.ok)
      expect(response.error.en).toMatch(
        /25,000 rows and 650,000 cells; the add-on audits up to 10,000 data rows and 500,000 cells/,
      );
    expect(addon.world.log.filter((call) => call.method === "getValues")).toHaveLength(0);
  });

  it("reports an empty selection and bad options in words", () => {
    const addon = loadAddon(world({ active: { sheet: "Ads", a1: "AA1:AC5" } }));
    expect(addon.call("smmAudit", request())).toMatchObject({ ok: false, code: "empty" });
    const bad = addon.call(
      "smmAudit",
      request({ target: { kind: "sheet" }, options: { ...request().options, currency: "dollars" } }),
    );
    expect(bad).toMatchObject({ ok: false, code: "bad_options" });
  });

  it("selects a finding's rows within the audited columns", () => {
    const addon = loadAddon(world());
    const response = addon.call("smmSelectRows", {
      sheet: "Ads",
      rows: [12, 5, 6, 7],
      firstColumn: 1,
      lastColumn: 8,
    }) as SelectRowsResponse;
    expect(response).toEqual({ ok: true, ranges: ["A5:H7", "A12:H12"] });
    const activation = addon.world.log.find((call) => call.target === "RangeList" && call.method === "activate");
    expect(activation?.args).toEqual([["A5:H7", "A12:H12"]]);
  });
});

describe("report sheet", () => {
  const hostile = '=HYPERLINK("http://evil.example";"click")';
  const withFormulaText = ads.map((row, r) => (r === 0 ? row.map((cell, c) => (c === 1 ? hostile : cell)) : row));

  it("writes summary, factors, findings, verdict and a chart in a bounded number of calls, leaving the source untouched", () => {
    const addon = loadAddon(
      world({
        sheets: [{ name: "Ads", values: withFormulaText }],
        active: { sheet: "Ads", a1: wholeRangeA1(withFormulaText) },
      }),
    );
    const source = addon.world.sheet("Ads");
    const before = snapshot(source.values);
    const response = addon.call("smmWriteReport", request()) as ReportResponse;
    expect(response.ok).toBe(true);
    if (!response.ok) return;
    expect(response.sheet).toMatch(/^smm-risk \d{4}-\d{2}-\d{2}$/);

    const writes = addon.world.log.filter(
      (call) => call.target !== "EmbeddedChartBuilder" && /^set|^insert|^delete|newChart/.test(call.method),
    );
    // Each style is one batched call over the whole grid, never one per cell. setNumberFormats (percent, money,
    // thousands), setWraps (the long-text column F) and one setVerticalAlignment for the whole grid were added
    // deliberately after looking at the rendered report (test/report.browser.test.ts).
    expect(writes.map((call) => call.method)).toEqual([
      "insertSheet",
      "setValues",
      "setNumberFormats",
      "setWraps",
      "setVerticalAlignment",
      "setBackgrounds",
      "setFontWeights",
      "setFontColors",
      "setColumnWidth",
      "setColumnWidths",
      "setColumnWidth",
      "newChart",
      "insertChart",
    ]);
    const spreadsheetCalls = addon.world.log.filter((call) => call.target !== "Utilities");
    expect(spreadsheetCalls.length).toBeLessThan(60);
    expect(
      addon.world.log.filter((call) => call.target.startsWith("Range(Ads!") && call.method.startsWith("set")),
    ).toEqual([]);
    expect(snapshot(source.values)).toBe(before);

    const report = addon.world.sheet(response.sheet);
    const texts = report.values.flat();
    expect(texts).toContain("smm-risk report");
    expect(texts).toContain("Factors");
    expect(texts).toContain("Money verdict");
    expect(texts).toContain("Findings");
    expect(texts).toContain(hostile);
    expect(report.formulas.flat().filter(Boolean)).toEqual([]);
    expect(report.charts).toHaveLength(1);
    expect(report.charts[0]).toMatchObject({ type: "BAR" });
  });

  it("replaces the previous report of the day and refuses to overwrite its own source", () => {
    const addon = loadAddon(world());
    const first = addon.call("smmWriteReport", request()) as ReportResponse;
    // Sheets activates the new report sheet, so the sidebar re-runs on the range it audited, not the selection.
    expect(addon.call("smmWriteReport", request())).toMatchObject({ ok: false, code: "report_on_source" });
    const second = addon.call(
      "smmWriteReport",
      request({ target: { kind: "range", sheet: "Ads", a1: wholeRangeA1(ads) } }),
    ) as ReportResponse;
    expect(first.ok && second.ok).toBe(true);
    expect(addon.world.log.filter((call) => call.method === "deleteSheet")).toHaveLength(1);
    const names = addon.world.spreadsheet.getSheets().map((sheet) => sheet.name);
    expect(names.filter((name) => name.startsWith("smm-risk "))).toHaveLength(1);
    if (!second.ok) return;
    const onReport = addon.call(
      "smmWriteReport",
      request({ target: { kind: "range", sheet: second.sheet, a1: "A1:F20" } }),
    );
    expect(onReport).toMatchObject({ ok: false, code: "report_on_source" });
  });
});

function assertSheetValue(name: string, value: unknown): void {
  if (Array.isArray(value)) {
    expect(value.length, name).toBeGreaterThan(0);
    const width = (value[0] as unknown[]).length;
    for (const row of value as unknown[][]) {
      expect(row.length, `${name}: rectangular`).toBe(width);
      for (const cell of row) assertScalar(name, cell);
    }
  } else assertScalar(name, value);
}

function assertScalar(name: string, value: unknown): void {
  expect(value, name).not.toBeNull();
  expect(value, name).not.toBeUndefined();
  expect(["string", "number", "boolean", "object"], name).toContain(typeof value);
  if (typeof value === "number") expect(Number.isFinite(value), `${name}: finite`).toBe(true);
  if (typeof value === "object") expect(Object.prototype.toString.call(value), name).toBe("[object Date]");
}
