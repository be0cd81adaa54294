/**
 * SMM_RISK, SMM_AUDIT, SMM_FACTOR and SMM_VERDICT give the audit engine's numbers for a range, shaped for a sheet,
 * and turn bad input (a single cell, no header, a wrong option or factor) into one actionable error.
 */
import { describe, expect, it } from "vitest";
import { FACTOR_IDS } from "../audit/types";
import { auditValues } from "../audit/values";
import { generateScenario } from "../scenarios/generate";
import type { Cell } from "../table/types";
import { callFunction } from "./registry";

const scenario = generateScenario({ seed: 21 });
const budget = generateScenario({ seed: 21, cause: "budget" });

describe("SMM_RISK", () => {
  it("returns the engine's overall risk, rounded to one decimal", () => {
    const expected = auditValues(scenario.ads).risk ?? Number.NaN;
    expect(callFunction("SMM_RISK", [scenario.ads])).toBe(Math.round(expected * 10) / 10);
    expect(callFunction("SMM_RISK", [budget.ads, "margin=30%"])).toBeGreaterThan(
      callFunction("SMM_RISK", [scenario.ads, "margin=30%"]) as number,
    );
  });

  it("accepts options as a string or a two-column range, and a blank options cell", () => {
    const asText = callFunction("SMM_RISK", [budget.ads, "margin=30%; platform=facebook"]);
    const asRange = callFunction("SMM_RISK", [
      budget.ads,
      [
        ["margin", "30%"],
        ["platform", "facebook"],
      ],
    ]);
    expect(asRange).toBe(asText);
    expect(callFunction("SMM_RISK", [budget.ads, ""])).toBe(callFunction("SMM_RISK", [budget.ads]));
  });

  it("explains bad input", () => {
    expect(() => callFunction("SMM_RISK", [42])).toThrow(
      "SMM_RISK: data must be a range with a header row, e.g. A1:O500 (got a single value)",
    );
    expect(() =>
      callFunction("SMM_RISK", [
        [
          ["foo", "bar"],
          [1, 2],
        ],
      ]),
    ).toThrow(
      "SMM_RISK: no header row with a date, reach, spend or message column found in the range: include the header row",
    );
    expect(() => callFunction("SMM_RISK", [scenario.ads, "margin=abc"])).toThrow(
      /^SMM_RISK: margin must be a number between 0 and 1/,
    );
    expect(() => callFunction("SMM_RISK", [scenario.ads, "margin=abc"], { lang: "ru" })).toThrow(
      /^SMM_RISK: margin \(маржа\) должна быть/,
    );
    expect(() => callFunction("SMM_RISK", [scenario.ads, "colour=red"])).toThrow(/^SMM_RISK: .*colour/);
  });

  it("reads text numbers and reports nothing silently wrong when cells are empty", () => {
    const withBlanks: Cell[][] = scenario.ads.map((row, r) =>
      r > 0 && r % 7 === 0 ? row.map((c, k) => (k >= 3 ? "" : c)) : row,
    );
    const asText: Cell[][] = scenario.ads.map((row, r) =>
      r === 0 ? row : row.map((c) => (typeof c === "number" ? String(c).replace(".", ",") : c)),
    );
    expect(typeof callFunction("SMM_RISK", [withBlanks])).toBe("number");
    expect(callFunction("SMM_RISK", [asText])).toBe(callFunction("SMM_RISK", [scenario.ads]));
  });

  it("audits 100k rows", () => {
    const big: Cell[][] = [scenario.ads[0] ?? []];
    while (big.length <= 100_000) big.push(...scenario.ads.slice(1, 100_001 - big.length + 1));
    const started = performance.now();
    const risk = callFunction("SMM_RISK", [big]);
    expect(typeof risk).toBe("number");
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe("SMM_AUDIT", () => {
  it("is a header row, an overall row and eight factor rows, in the caller's language", () => {
    const out = callFunction("SMM_AUDIT", [scenario.messages]) as unknown[][];
    expect(out).toHaveLength(10);
    expect(out[0]).toEqual(["Factor", "Risk", "Level", "Confidence", "Main finding"]);
    expect(out[1]?.[0]).toBe("Overall");
    for (const row of out) expect(row).toHaveLength(5);
    const ru = callFunction("SMM_AUDIT", [scenario.messages], { lang: "ru" }) as unknown[][];
    expect(ru[0]).toEqual(["Фактор", "Риск", "Уровень", "Достоверность", "Главная находка"]);
    expect(ru[1]?.[0]).toBe("Итого");
  });

  it("shows not-assessed factors with a blank risk and the columns they need", () => {
    const out = callFunction("SMM_AUDIT", [scenario.messages]) as unknown[][];
    const result = auditValues(scenario.messages);
    result.factors.forEach((factor, k) => {
      const row = out[k + 2] ?? [];
      expect(row[0]).toBe(factor.title.en);
      if (factor.risk === null) {
        expect(row[1]).toBe("");
        expect(row[2]).toBe("not assessed");
        expect(String(row[4]).length).toBeGreaterThan(10);
      } else {
        expect(row[1]).toBe(Math.round(factor.risk * 10) / 10);
      }
    });
  });

  it("puts the worst finding of a raised factor in its row", () => {
    const out = callFunction("SMM_AUDIT", [budget.ads, "margin=30%"]) as unknown[][];
    const row =
      out.find((r) => r[0] === auditValues(budget.ads).factors.find((f) => f.id === "budget")?.title.en) ?? [];
    expect(["watch", "critical"]).toContain(row[2]);
    expect(String(row[4])).not.toBe("");
  });
});

describe("SMM_FACTOR", () => {
  it("returns one factor's risk, by id or title", () => {
    const result = auditValues(scenario.messages);
    const community = result.factors.find((f) => f.id === "community");
    expect(callFunction("SMM_FACTOR", [scenario.messages, "community"])).toBe(
      Math.round((community?.risk ?? 0) * 10) / 10,
    );
    expect(callFunction("SMM_FACTOR", [scenario.messages, " Community "])).toBe(
      callFunction("SMM_FACTOR", [scenario.messages, "community"]),
    );
    expect(callFunction("SMM_FACTOR", [scenario.messages, community?.title.ru])).toBe(
      callFunction("SMM_FACTOR", [scenario.messages, "community"]),
    );
  });

  it("explains an unknown factor and a factor the columns cannot support", () => {
    expect(() => callFunction("SMM_FACTOR", [scenario.messages, "vibes"])).toThrow(
      `SMM_FACTOR: factor must be one of ${FACTOR_IDS.join(", ")} (got "vibes")`,
    );
    expect(() => callFunction("SMM_FACTOR", [scenario.messages, "budget"])).toThrow(
      /^SMM_FACTOR: budget is not assessed \(.*spend/,
    );
    expect(() => callFunction("SMM_FACTOR", [scenario.messages, "budget"], { lang: "ru" })).toThrow(
      /^SMM_FACTOR: budget не оценён \(/,
    );
  });
});

describe("SMM_VERDICT", () => {
  it("is a fixed 14-row label | value table with the engine's money numbers", () => {
    const out = callFunction("SMM_VERDICT", [budget.ads, "margin=30%"]) as unknown[][];
    const verdict = auditValues(budget.ads, "margin=30%").verdict;
    expect(out).toHaveLength(14);
    expect(out.map((r) => r[0])).toEqual([
      "Verdict",
      "Currency",
      "Period (days)",
      "Spend",
      "Revenue",
      "Conversions",
      "CPA",
      "ROAS",
      "ROMI",
      "Margin",
      "Break-even margin",
      "Result per month",
      "Spend per month",
      "Savings per month",
    ]);
    expect(out[0]?.[1]).toBe(verdict.message.en);
    expect(out[1]?.[1]).toBe("USD");
    expect(out[7]?.[1]).toBeLessThan(1);
    expect(out[8]?.[1]).toBeLessThan(0);
    expect(out[11]?.[1]).toBeLessThan(0);
  });

  it("keeps the rows, blank, when the range has no money columns", () => {
    const out = callFunction("SMM_VERDICT", [scenario.messages], { lang: "ru" }) as unknown[][];
    expect(out).toHaveLength(14);
    expect(out[0]?.[0]).toBe("Вывод");
    expect(out[3]).toEqual(["Расход", ""]);
  });
});

describe("labels language", () => {
  it("follows the spreadsheet's language, or Russian when the options ask for it", () => {
    const out = callFunction("SMM_AUDIT", [scenario.messages, "lang=ru"]) as unknown[][];
    expect(out[0]?.[0]).toBe("Фактор");
    const verdict = callFunction("SMM_VERDICT", [scenario.messages, "lang=ru"]) as unknown[][];
    expect(verdict[0]?.[0]).toBe("Вывод");
  });
});
