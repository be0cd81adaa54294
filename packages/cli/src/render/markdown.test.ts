import { describe, expect, it } from "vitest";
import { AUDIT_FIXTURE } from "../testing/audit-fixture";
import { escapeMarkdown, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  const en = renderMarkdown(AUDIT_FIXTURE, "en");
  const ru = renderMarkdown(AUDIT_FIXTURE, "ru");

  it("starts with a title and the overall risk", () => {
    expect(en).toMatch(/^# SMM risk audit\n/);
    expect(en).toContain("## Overall risk: 71/100 · grade D · 🔴 CRITICAL");
    expect(ru).toContain("## Общий риск: 71/100 · оценка D · 🔴 КРИТИЧНО");
  });

  it("has a factor table with one row per factor and equal column counts", () => {
    const table = en.split("\n").filter((l) => l.startsWith("| ") && /WATCH|CRITICAL|OK|NOT ASSESSED/.test(l));
    expect(table).toHaveLength(8);
    const cells = (line: string) => line.replace(/\\\|/g, "").split("|").length;
    for (const row of table) expect(cells(row)).toBe(cells("| Factor | Risk | Level | Confidence | Main signal |"));
    expect(en).toContain(
      "| Customer needs | — | ⚪ NOT ASSESSED | — | would be enabled by columns: topic; or format |",
    );
  });

  it("gives the money verdict, findings with rows, advice and the missing columns", () => {
    expect(en).toContain("| Result | **−112,200 RUB per month** (loss) |");
    expect(en).toContain("| Retargeting — cold | 186,000 RUB | CPA 3,488 RUB | 31,000 RUB | 14, 19, 27 |");
    expect(en).toContain("_(ads.csv, rows 14, 15, 19, 22, 27, 31, 40, 44)_");
    expect(en).toContain("- **Ad budget** (CRITICAL): Pause campaigns with ROAS below 1");
    expect(en).toContain("- **Content quality**: would be enabled by columns: `text` + `shares`; or `text` + `saves`.");
    expect(ru).toContain("## Что исправить первым");
  });

  it("escapes Markdown in user text", () => {
    expect(escapeMarkdown("a|b *c* _d_ <e>\nf")).toBe("a\\|b \\*c\\* \\_d\\_ \\<e\\> f");
    const tricky = {
      ...AUDIT_FIXTURE,
      verdict: {
        ...AUDIT_FIXTURE.verdict,
        savingsUnits: [
          { name: "Promo | *sale*", spend: 1, efficiency: 2, metric: "cpa" as const, savings: 1, rows: [2] },
        ],
      },
    };
    expect(renderMarkdown(tricky, "en")).toContain("| Promo \\| \\*sale\\* |");
  });
});
