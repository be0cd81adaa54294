/**
 * The report sheet as a user sees it: the real built add-on (vm harness) writes the report for a real X export and
 * for a generated ad account (English and Russian), the recorded sheet is rendered as a Sheets-like HTML grid, and
 * headless Chromium checks what a marketer would check and saves screenshots to screenshots/report-*.png.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type AuditResult, generateScenario, type Lang, LEVEL_LABELS, pick } from "@smm-risk/core";
import { parseDelimited } from "@smm-risk/csv";
import { chromiumPath, launchChromium, readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditRequest, AuditResponse, ReportResponse } from "../src/shared/messages";
import { wholeRangeA1 } from "./harness/a1";
import { sheetsStyle } from "./harness/data";
import type { FakeCell, FakeSheet } from "./harness/fakes";
import { loadAddon } from "./harness/load";
import { EN_SEPARATORS, RU_SEPARATORS } from "./harness/number-format";
import { renderSheetHtml } from "./harness/render-sheet";

const csvPath = sharedDataFile(SHARED.xMar2020, "sheets-addon report browser test");
const executable = chromiumPath();
const screenshots = fileURLToPath(new URL("../screenshots", import.meta.url));

interface Case {
  name: string;
  sheet: string;
  values: () => FakeCell[][];
  lang: Lang;
  margin: number | null;
  ads: boolean;
}

const CASES: Case[] = [
  {
    name: "x-en",
    sheet: "Tweets",
    values: () => sheetsStyle(parseDelimited(readSharedText(csvPath)).rows),
    lang: "en",
    margin: null,
    ads: false,
  },
  {
    name: "ads-en",
    sheet: "Ads",
    values: () => sheetsStyle(generateScenario({ seed: 7, cause: "budget" }).ads),
    lang: "en",
    margin: 0.3,
    ads: true,
  },
  {
    name: "ads-ru",
    sheet: "Реклама",
    values: () => sheetsStyle(generateScenario({ seed: 7, cause: "budget" }).ads),
    lang: "ru",
    margin: 0.3,
    ads: true,
  },
];

interface Written {
  result: AuditResult;
  sheet: FakeSheet;
}

function writeReport(c: Case): Written {
  const values = c.values();
  const a1 = wholeRangeA1(values);
  const addon = loadAddon({
    sheets: [{ name: c.sheet, values }],
    active: { sheet: c.sheet, a1 },
    locale: c.lang === "ru" ? "ru_RU" : "en_US",
  });
  const request: AuditRequest = {
    target: { kind: "range", sheet: c.sheet, a1 },
    options: { platform: null, currency: null, margin: c.margin, targetCpa: null, lang: c.lang },
    mapping: {},
  };
  const audit = addon.call("smmAudit", request) as AuditResponse;
  if (!audit.ok) throw new Error(`audit failed: ${audit.error.en}`);
  const response = addon.call("smmWriteReport", request) as ReportResponse;
  if (!response.ok) throw new Error(`report failed: ${response.error.en}`);
  return { result: audit.result, sheet: addon.world.sheet(response.sheet) };
}

describe.skipIf(executable === null)("report sheet rendered in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium(executable as string);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The displayed texts of the grid, row by row (A, B, … of each sheet row). */
  const grid = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll("tbody tr"), (tr) =>
        Array.from(tr.querySelectorAll("td"), (td) => td.textContent ?? ""),
      ),
    );

  for (const c of CASES) {
    const skip = c.name.startsWith("x-") && csvPath === null;
    it.skipIf(skip)(`${c.name}: summary, factors, findings and verdict read correctly`, async () => {
      const { result, sheet } = writeReport(c);
      const t = (text: { en: string; ru: string }) => pick(text, c.lang);
      const html = renderSheetHtml(sheet, { separators: c.lang === "ru" ? RU_SEPARATORS : EN_SEPARATORS });
      writeFileSync(`${screenshots}/report-${c.name}.html`, html);
      await page.setContent(html, { waitUntil: "load" });
      await page.screenshot({ path: `${screenshots}/report-${c.name}.png`, fullPage: true });
      await page.screenshot({ path: `${screenshots}/report-${c.name}-top.png` });
      const rows = await grid();
      const flat = rows.flat();
      const rowStarting = (label: string) => rows.find((row) => row[0] === label);

      // Nothing broken anywhere, nothing that Sheets would run.
      const body = (await page.textContent("body")) ?? "";
      expect(body).not.toMatch(/undefined|NaN|\[object Object\]/);
      for (const text of flat) expect(text).not.toMatch(/^\s*[=+@]/);
      expect(sheet.formulas.flat().filter(Boolean)).toEqual([]);

      // The summary: the overall risk, the grade and the level.
      const summary = rows.find((row) => row[0]?.startsWith(c.lang === "ru" ? "Общий риск" : "Overall risk"));
      expect(summary, "summary row").toBeDefined();
      expect(summary?.[1]).toBe(result.risk === null ? "" : String(Math.round(result.risk)));
      expect(summary?.[3]).toBe(result.grade ?? "");
      expect(summary?.[5]).toBe(t(LEVEL_LABELS[result.level]));

      // All eight factors, each with its level.
      expect(result.factors).toHaveLength(8);
      for (const factor of result.factors) {
        const row = rowStarting(t(factor.title));
        expect(row, t(factor.title)).toBeDefined();
        expect(row?.[2]).toBe(t(LEVEL_LABELS[factor.level]));
      }

      // Findings cite sheet rows.
      const cited = result.findings.filter((finding) => finding.rows.length > 0);
      if (cited.length > 0) {
        const first = cited[0];
        const row = rows.find((r) => r[5] === (first ? t(first.message) : ""));
        expect(row, "finding row").toBeDefined();
        expect(row?.[1]).toBe(first ? t(LEVEL_LABELS[first.severity]) : "");
        expect(row?.[2]).toMatch(/^\d+(, \d+)*(, … \(\+\d+\))?$/);
      }

      if (c.ads) {
        expect(result.verdict.assessed).toBe(true);
        const spend = rowStarting(c.lang === "ru" ? "Расход" : "Spend");
        expect(spend?.[1], "spend is money with grouping and two decimals").toMatch(
          c.lang === "ru"
            ? /^\d{1,3}(\u00a0\d{3})*,\d\d( ₽| \w+|\u00a0₽)?$|^[$€£]?[\d\u00a0]+,\d\d/
            : /^[$€£]?\d{1,3}(,\d{3})*\.\d\d/,
        );
        const romi = rows.find((row) => row[0]?.startsWith("ROMI"));
        expect(romi?.[1]).toMatch(/%$/);
      }
      // In Russian, no English words of the report's own (user text and ids in brackets aside).
      if (c.lang === "ru") {
        for (const word of [
          "Factors",
          "Findings",
          "Money verdict",
          "Column mapping",
          "exact synonym",
          "needs columns",
        ]) {
          expect(flat.join("\n")).not.toContain(word);
        }
      }
    });
  }
});
