/**
 * The built sidebar in headless Chromium on a fake Google Sheets page: google.script.run calls the real built
 * server code (which runs the real core) against a fake spreadsheet holding a real X (Twitter) analytics export.
 * Runs an audit, corrects a mapping, switches language, clicks a finding, and saves screenshots at 300 px.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDelimited } from "@smm-risk/csv";
import { chromiumPath, launchChromium, readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditSuccess } from "../src/shared/messages";
import { wholeRangeA1 } from "./harness/a1";
import { scenarioSheet, sheetsStyle } from "./harness/data";
import { composeFakePage, encodeSheet } from "./harness/page";

const XSS = "<img src=x onerror=alert(1)>";
const csvPath = sharedDataFile(SHARED.xMar2020, "sheets-addon sidebar browser test");
const executable = chromiumPath();
const screenshots = fileURLToPath(new URL("../screenshots", import.meta.url));

interface RpcCall {
  name: string;
  request: unknown;
  response?: unknown;
}

describe.skipIf(csvPath === null || executable === null)("sidebar in Chromium with a fake Sheets", () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  let rowCount = 0;

  beforeAll(async () => {
    const parsed = parseDelimited(readSharedText(csvPath as string));
    const values = sheetsStyle(parsed.rows);
    // A hostile caption in the data and a hostile extra column header: both must show as text and run nothing.
    values[0]?.push(XSS);
    values.slice(1).forEach((row, i) => {
      row.push(i === 0 ? XSS : "");
    });
    if (values[1]) values[1][2] = XSS;
    rowCount = values.length;
    const html = await composeFakePage({
      sheets: [
        { name: "Tweets", values: encodeSheet(values) },
        { name: "Ads", values: encodeSheet(scenarioSheet("ads", { seed: 5, cause: "budget", months: 3 })) },
      ],
      active: { sheet: "Tweets", a1: wholeRangeA1(values) },
      locale: "en_US",
      latencyMs: 120,
    });
    browser = await launchChromium(executable as string);
    page = await browser.newPage({ viewport: { width: 300, height: 900 }, deviceScaleFactor: 1 });
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.setContent(html, { waitUntil: "load" });
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const calls = () => page.evaluate(() => (window as unknown as { __smmFake: { calls: RpcCall[] } }).__smmFake.calls);
  const lastAudit = async () => {
    const audits = (await calls()).filter((call) => call.name === "smmAudit" && call.response);
    return audits[audits.length - 1]?.response as AuditSuccess;
  };

  it("shows the selection, runs an audit and renders the result", async () => {
    await expect.poll(() => page.textContent("[data-testid=range]")).toContain("Tweets!A1:");
    await page.screenshot({ path: `${screenshots}/sidebar-en-start.png` });
    // The progress line may come and go faster than a poll: watch for it with a MutationObserver.
    await page.evaluate(() => {
      const flag = window as unknown as { __sawProgress?: string };
      new MutationObserver(() => {
        const progress = document.querySelector("[data-testid=progress]");
        if (progress && !flag.__sawProgress) flag.__sawProgress = progress.textContent ?? "";
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.click("[data-testid=run]");
    await page.waitForSelector("[data-testid=summary], [data-testid=error]", { timeout: 45_000 });
    expect(
      await page.locator("[data-testid=error]").count(),
      (await page.textContent("[data-testid=error]").catch(() => "")) ?? "",
    ).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __sawProgress?: string }).__sawProgress)).toMatch(
      /^Reading and auditing Tweets!A1:\w+\d+… \d+ s$/,
    );
    const audit = await lastAudit();
    expect(audit.ok).toBe(true);
    expect(audit.result.inputs.rows).toBe(rowCount - 1);
    expect(await page.locator(".factor").count()).toBe(8);
    expect(await page.textContent("[data-testid=headline]")).toBe(audit.result.headline.en);
    expect(await page.textContent(".gauge-number")).toBe(
      audit.result.risk === null ? "—" : String(Math.round(audit.result.risk)),
    );
    expect(await page.textContent("[data-testid=verdict]")).toContain(audit.result.verdict.message.en);
    const notAssessed = audit.result.factors.filter((factor) => !factor.assessed);
    if (notAssessed.length > 0) {
      expect(await page.locator("[data-testid=not-assessed] li").count()).toBe(notAssessed.length);
      const first = notAssessed[0];
      const firstSet = first?.missing[0];
      if (firstSet) expect(await page.textContent("[data-testid=not-assessed]")).toContain(firstSet.join(" + "));
    }
    await page.screenshot({ path: `${screenshots}/sidebar-en-result.png`, fullPage: true });
    await page.screenshot({ path: `${screenshots}/sidebar-en-top.png` });
  });

  it("shows hostile text as text and runs nothing", async () => {
    await page.click("[data-testid=section-mapping] summary");
    const mappingText = await page.textContent("[data-testid=mapping]");
    expect(mappingText).toContain(XSS);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("reruns the audit on the same range after a mapping correction", async () => {
    const before = await lastAudit();
    const impressions = before.mapping.find((entry) => entry.field === "impressions");
    expect(impressions).toBeDefined();
    const index = impressions?.index ?? 0;
    const auditsBefore = (await calls()).filter((call) => call.name === "smmAudit").length;
    await page.selectOption(`select[data-column="${index}"]`, "");
    await expect
      .poll(async () => (await calls()).filter((call) => call.name === "smmAudit" && call.response).length)
      .toBe(auditsBefore + 1);
    const rerun = (await calls()).filter((call) => call.name === "smmAudit").pop();
    expect(rerun?.request).toMatchObject({
      target: { kind: "range", sheet: "Tweets", a1: before.range.a1 },
      mapping: { impressions: null },
    });
    const after = await lastAudit();
    expect(after.mapping.some((entry) => entry.field === "impressions")).toBe(false);
    await page.waitForSelector("[data-testid=summary]");
    expect(await page.inputValue(`select[data-column="${index}"]`)).toBe("");
    await page.screenshot({ path: `${screenshots}/sidebar-en-mapping.png`, fullPage: true });
    // Put it back, so the remaining steps see the detected mapping.
    await page.selectOption(`select[data-column="${index}"]`, "impressions");
    await expect
      .poll(async () => (await lastAudit()).mapping.some((entry) => entry.field === "impressions"))
      .toBe(true);
  });

  it("switches to Russian, including the texts from the core", async () => {
    await page.waitForSelector("[data-testid=summary]");
    await page.click("button[data-lang=ru]");
    const audit = await lastAudit();
    expect(await page.textContent("h1")).toBe("Аудит рисков SMM");
    expect(await page.textContent("[data-testid=factors] h2")).toBe("Восемь факторов");
    expect(await page.textContent("[data-testid=headline]")).toBe(audit.result.headline.ru);
    const titles = await page.locator(".factor-title").allTextContents();
    expect(titles).toEqual(audit.result.factors.map((factor) => factor.title.ru));
    await page.screenshot({ path: `${screenshots}/sidebar-ru-result.png`, fullPage: true });
    await page.screenshot({ path: `${screenshots}/sidebar-ru-top.png` });
  });

  it("selects a finding's rows in the sheet when clicked", async () => {
    const audit = await lastAudit();
    const index = audit.result.findings.findIndex((finding) => finding.rows.length > 0);
    expect(index, "the audit of this export should cite rows").toBeGreaterThanOrEqual(0);
    const finding = audit.result.findings[index];
    await page.click(`button[data-finding="${index}"]`);
    await expect
      .poll(async () => (await calls()).filter((call) => call.name === "smmSelectRows" && call.response).length)
      .toBe(1);
    const select = (await calls()).find((call) => call.name === "smmSelectRows");
    expect(select?.request).toMatchObject({ sheet: "Tweets", rows: finding?.rows, firstColumn: 1 });
    const activated = await page.evaluate(() =>
      (
        window as unknown as { __smmFake: { world: { log: { target: string; method: string; args: unknown[] }[] } } }
      ).__smmFake.world.log
        .filter((call) => call.target === "RangeList" && call.method === "activate")
        .map((call) => call.args[0]),
    );
    expect(activated).toHaveLength(1);
    expect((activated[0] as string[]).length).toBeGreaterThan(0);
    await expect.poll(() => page.textContent("[data-testid=notice]")).toContain("Выделено");
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("audits a newly selected range with ad spend, shows the money verdict and writes the report sheet", async () => {
    // The user selects the ad export in Sheets, then asks the sidebar to use the current selection.
    await page.evaluate(() => {
      const fake = (
        window as unknown as {
          __smmFake: {
            world: { spreadsheet: { getSheetByName(name: string): { getDataRange(): { activate(): void } } } };
          };
        }
      ).__smmFake;
      fake.world.spreadsheet.getSheetByName("Ads").getDataRange().activate();
    });
    await page.click("button.link");
    await expect.poll(() => page.textContent("[data-testid=range]")).toContain("Ads!A1:H");
    await page.click("button[data-lang=en]");
    await page.click("[data-testid=run]");
    await expect.poll(async () => (await lastAudit()).range.sheet).toBe("Ads");
    const audit = await lastAudit();
    expect(audit.result.verdict.assessed).toBe(true);
    await page.waitForSelector("[data-testid=verdict] dl.figures");
    expect(await page.textContent("[data-testid=verdict]")).toContain(audit.result.verdict.message.en);
    await page.screenshot({ path: `${screenshots}/sidebar-en-ads.png`, fullPage: true });
    await page.click("[data-testid=report]");
    await expect
      .poll(() => page.textContent("[data-testid=notice]"))
      .toMatch(/Report written to sheet “smm-risk \d{4}-\d{2}-\d{2}”/);
    const report = (await calls()).filter((call) => call.name === "smmWriteReport").pop();
    expect(report?.request).toMatchObject({ target: { kind: "range", sheet: "Ads", a1: audit.range.a1 } });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
