import type { AuditResult } from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURE } from "../testing/audit-fixture";
import { renderTerminal } from "./terminal";
import { COLOUR, displayWidth } from "./text";

// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting ANSI escapes
const ANSI = /\u001b\[/;

describe("renderTerminal", () => {
  const en = renderTerminal(AUDIT_FIXTURE, "en");
  const ru = renderTerminal(AUDIT_FIXTURE, "ru");

  it("shows the overall risk, grade and level", () => {
    expect(en).toMatch(/^SMM RISK AUDIT · posts\.csv, ads\.csv, comments\.csv\n/);
    expect(en).toContain("Overall risk 71/100   grade D   CRITICAL   confidence 80%");
    expect(ru).toContain("Общий риск 71/100   оценка D   КРИТИЧНО   достоверность 80\u00a0%");
  });

  it("draws one aligned bar per factor with its level, in FACTOR_IDS order", () => {
    const rows = en.split("\n").filter((l) => /[█░·]{20}/.test(l));
    expect(rows).toHaveLength(8);
    expect(rows.map((r) => r.trim().split(/\s{2,}/)[0])).toEqual([
      "Audience",
      "Segmentation",
      "Customer needs",
      "Content quality",
      "Cadence",
      "Analytics",
      "Ad budget",
      "Community",
    ]);
    const barColumn = rows.map((r) => r.search(/[█░·]/));
    expect(new Set(barColumn).size).toBe(1);
    expect(rows[6]).toContain("█████████████████░░░   85  CRITICAL");
    expect(rows[2]).toContain("····················    —  NOT ASSESSED");
  });

  it("explains each elevated factor by its main signal against the thresholds", () => {
    expect(en).toContain("Longest gap: 19 days (watch ≥ 14 days, critical ≥ 21 days)");
    expect(en).toContain("Reply rate: 69% (watch ≤ 80%, critical ≤ 50%)");
    expect(en).not.toContain("Links with UTM tags"); // OK factors stay one line
  });

  it("states the money verdict per month with the loss and the savings", () => {
    expect(en).toContain("Result             −112,200 RUB per month (loss)");
    expect(en).toContain("Break-even margin  119%");
    expect(en).toMatch(/Retargeting — cold\s+CPA 3,488 RUB\s+saves 31,000 RUB \/ 90 days\s+rows 14, 19, 27/);
    expect(ru).toContain("Результат             −112\u00a0200\u00a0₽ в месяц (убыток)");
  });

  it("lists top findings with the file and row numbers", () => {
    expect(en).toMatch(/ 1\. CRITICAL {2}Ad budget\n {6}62% of spend went to campaigns/);
    expect(en).toContain("ads.csv, rows 14, 15, 19, 22, 27, 31 +2 more");
    expect(en).toContain("comments.csv, rows 3, 8, 9, 17");
    expect(ru).toContain("ads.csv, строки 14, 15, 19, 22, 27, 31 и ещё 2");
  });

  it("names the columns that would enable each factor that was not assessed", () => {
    expect(en).toMatch(
      /Not assessed\n {2}Customer needs\n {4}would be enabled by columns: topic; or format\. No topic/,
    );
    expect(ru).toContain("можно оценить, если добавить столбцы: text + shares; или text + saves");
  });

  it("wraps to the width and uses no colour unless asked", () => {
    for (const lang of ["en", "ru"] as const)
      for (const line of renderTerminal(AUDIT_FIXTURE, lang, { width: 80 }).split("\n"))
        expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(ANSI.test(en)).toBe(false);
    const coloured = renderTerminal(AUDIT_FIXTURE, "en", { style: COLOUR });
    expect(coloured).toContain("\u001b[31mCRITICAL");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escapes
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(en);
  });

  it("keeps Russian output free of the English labels", () => {
    for (const word of [
      "Overall risk",
      "Factors",
      "Money verdict",
      "Top findings",
      "Not assessed",
      "per month",
      "rows ",
    ])
      expect(ru).not.toContain(word);
  });

  it("handles an audit where nothing could be assessed and money is unknown", () => {
    const empty: AuditResult = {
      ...AUDIT_FIXTURE,
      risk: null,
      grade: null,
      level: "not_assessed",
      factors: AUDIT_FIXTURE.factors.map((f) => ({
        ...f,
        assessed: false,
        risk: null,
        level: "not_assessed" as const,
        missing: [["date"]],
      })),
      findings: [],
      warnings: [],
      diagnostics: [],
      verdict: {
        ...AUDIT_FIXTURE.verdict,
        assessed: false,
        message: {
          en: "No spend column: the money verdict needs spend.",
          ru: "Нет расхода: для вердикта нужен расход.",
        },
        missing: [
          ["spend", "revenue"],
          ["spend", "conversions"],
        ],
      },
    };
    const text = renderTerminal(empty, "en");
    expect(text).toContain("Overall risk: — (no factor could be assessed)");
    expect(text).toContain("No findings: nothing stands out.");
    expect(text).toContain("would be enabled by columns: spend + revenue; or spend + conversions");
    expect(text).not.toContain("Fix first");
    expect(text).not.toContain("Warnings");
  });
});
