import { describe, expect, it } from "vitest";
import { columnsToAdd, headline } from "./headline";
import { effectiveRisk, gradeOf, overallRisk, topFindings } from "./overall";
import { FACTOR_IDS, type FactorId, type FactorResult, type Finding } from "./types";

function factor(id: FactorId, risk: number | null, confidence = 1, findings: Finding[] = []): FactorResult {
  return {
    id,
    title: { en: id, ru: id },
    assessed: risk !== null,
    risk,
    level: risk === null ? "not_assessed" : risk >= 70 ? "critical" : risk >= 40 ? "watch" : "ok",
    confidence: risk === null ? 0 : confidence,
    signals: [],
    findings,
    recommendation: { en: "", ru: "" },
    missing: risk === null ? [["date", "reach"]] : [],
  };
}

function all(risks: (number | null)[], confidence = 1): FactorResult[] {
  return FACTOR_IDS.map((id, i) => factor(id, risks[i] ?? null, confidence));
}

describe("overallRisk", () => {
  it("grades a clean audit only when enough causes were assessed; a problem is graded at any coverage", () => {
    const few = overallRisk(all([null, null, null, null, null, 0, null, null]));
    expect(few).toMatchObject({ risk: 0, grade: null, level: "ok" });
    expect(overallRisk(all([0, null, null, 10, null, 0, null, null])).grade).toBeNull();
    expect(overallRisk(all([0, null, 5, 10, null, 0, null, null])).grade).toBe("A");
    const problem = overallRisk(all([null, null, null, null, null, null, 90, null]));
    expect(problem).toMatchObject({ grade: "F", level: "critical" });
    expect(overallRisk(all([null, null, null, null, null, 45, null, null])).grade).toBe("C");
  });

  it("asks only for columns the data does not have, from the need-set closest to complete", () => {
    const factors: FactorResult[] = [
      {
        ...factor("budget", null),
        missing: [
          ["spend", "revenue"],
          ["spend", "conversions"],
        ],
      },
      {
        ...factor("cadence", null),
        missing: [
          ["date", "text"],
          ["date", "likes"],
        ],
      },
      factor("analytics", 0),
    ];
    expect(columnsToAdd(factors)).toEqual(["spend", "revenue", "date", "text"]);
    // spend, conversions and date are there: budget needs no column (it needs an option), cadence needs text.
    expect(columnsToAdd(factors, new Set(["spend", "conversions", "date"]))).toEqual(["text"]);
    const all8 = FACTOR_IDS.map((id) => factors.find((f) => f.id === id) ?? factor(id, null));
    expect(headline(overallRisk(all8), all8, new Set(["spend", "conversions", "date", "reach"])).en).toMatch(
      /Add columns such as text to assess the others\.$/,
    );
  });

  it("says too few causes were assessed instead of calling the risk low", () => {
    const factors = all([null, null, null, null, null, 0, null, null]);
    const text = headline(overallRisk(factors), factors);
    expect(text.en).toBe(
      "No cause is above the watch line, but only 1 of 8 causes could be assessed: too few to call the risk low. Add columns such as date, reach to assess the others.",
    );
    expect(text.ru).toContain("оценить удалось только 1 из 8");
    const enough = all([0, null, 5, 10, null, 0, null, null]);
    expect(headline(overallRisk(enough), enough).en).toBe(
      "Low risk: no cause is above the watch line (4 of 8 causes assessed).",
    );
  });

  it("keeps one critical factor among seven healthy ones at or above watch", () => {
    const o = overallRisk(all([10, 10, 10, 10, 75, 10, 10, 10]));
    expect(o.risk).toBeGreaterThanOrEqual(70);
    expect(o.level).toBe("critical");
    // Even at the lowest confidence, a critical factor cannot fall below the watch line.
    const low = overallRisk(all([10, 10, 10, 10, 70, 10, 10, 10], 0));
    expect(low.risk).toBeGreaterThanOrEqual(40);
    expect(low.level).not.toBe("ok");
  });

  it("raises the risk as more factors reach watch", () => {
    const risks = [1, 2, 3, 4, 5, 6].map(
      (k) => overallRisk(all(Array.from({ length: 8 }, (_, i) => (i < k ? 50 : 10)))).risk ?? 0,
    );
    for (let i = 1; i < risks.length; i++) expect(risks[i]).toBeGreaterThan(risks[i - 1] ?? 0);
    // Healthy factors (10) add nothing: one factor at watch alone is the overall risk.
    expect(risks[0]).toBe(50);
    expect(risks[4]).toBeLessThan(70);
    expect(risks[5]).toBeGreaterThanOrEqual(70);
  });

  it("keeps an all-healthy audit low, even when every factor sits just below watch", () => {
    expect(overallRisk(all([35, 34, 33, 30, 32, 31, 35, 34])).risk).toBe(35);
    const o = overallRisk(all([15, 12, 20, 18, 10, 15, 12, 19]));
    expect(o.risk).toBeLessThan(40);
    expect(o.grade).toMatch(/[AB]/);
    expect(o.level).toBe("ok");
  });

  it("computes the documented formula", () => {
    const o = overallRisk([factor("cadence", 60, 0.5), factor("content", 40, 1)]);
    const e1 = 60 * (0.8 + 0.2 * 0.5);
    const e2 = 40;
    expect(o.risk).toBeCloseTo(100 * (1 - (1 - e1 / 100) * (1 - 0.5 * ((e2 - 35) / 65))), 1);
  });

  it("tempers risk by confidence without hiding it", () => {
    expect(effectiveRisk({ risk: 80, confidence: 1 })).toBe(80);
    expect(effectiveRisk({ risk: 80, confidence: 0 })).toBe(64);
  });

  it("scales confidence by coverage", () => {
    const full = overallRisk(all([10, 10, 10, 10, 10, 10, 10, 10], 1));
    const half = overallRisk(all([10, 10, 10, 10, null, null, null, null], 1));
    expect(full.confidence).toBe(1);
    expect(half.confidence).toBe(0.75);
  });

  it("is not assessed when nothing is assessed", () => {
    const o = overallRisk(all([]));
    expect(o).toEqual({ risk: null, grade: null, level: "not_assessed", confidence: 0 });
    const h = headline(o, all([]));
    expect(h.en).toMatch(/^Not assessed: .* Add columns such as date, reach\.$/);
    expect(h.ru).toMatch(/Добавьте столбцы/);
  });

  it("grades A–F", () => {
    expect([0, 19.9, 20, 39.9, 40, 54.9, 55, 69.9, 70, 100].map(gradeOf)).toEqual([
      "A",
      "A",
      "B",
      "B",
      "C",
      "C",
      "D",
      "D",
      "F",
      "F",
    ]);
  });
});

describe("headline", () => {
  it("names the causes driving a high risk", () => {
    const factors = all([10, 10, 10, 10, 80, 10, 10, 72]);
    const h = headline(overallRisk(factors), factors);
    expect(h.en).toBe("High risk: irregular posting and unanswered questions and complaints are likely costing money.");
    expect(h.ru).toMatch(/^Высокий риск: нерегулярный постинг и неотвеченные вопросы и жалобы/);
  });

  it("says low risk and coverage when all is well", () => {
    const factors = all([10, 10, 10, null, 10, 10, 10, 10]);
    expect(headline(overallRisk(factors), factors).en).toBe(
      "Low risk: no cause is above the watch line (7 of 8 causes assessed).",
    );
  });
});

describe("topFindings", () => {
  const f = (factorId: FactorId, severity: Finding["severity"], text: string): Finding => ({
    factor: factorId,
    severity,
    message: { en: text, ru: text },
    rows: [],
    source: null,
  });

  it("orders by severity then factor risk, skips ok, and caps", () => {
    const factors = [
      factor("cadence", 45, 1, [f("cadence", "watch", "gap"), f("cadence", "ok", "fine")]),
      factor("community", 90, 1, [f("community", "critical", "replies"), f("community", "watch", "slow")]),
      factor("content", 75, 1, [f("content", "critical", "dupes")]),
    ];
    expect(topFindings(factors).map((x) => x.message.en)).toEqual(["replies", "dupes", "slow", "gap"]);
    expect(topFindings(factors, 2)).toHaveLength(2);
  });
});
