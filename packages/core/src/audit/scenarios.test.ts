/**
 * Validation of the whole audit on data with a known answer (METHODOLOGY.md, "Validation"): the healthy scenario
 * scores below watch on every factor; each injected cause raises its own factor above watch and makes it the top
 * factor. Plus the real exports in ../shared/data: they audit without errors, and the factors their columns cannot
 * support say not assessed with a reason.
 */
import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { generateScenario, SCENARIO_CAUSES, type ScenarioCause } from "../scenarios/index";
import { readTable } from "../table/index";
import type { Cell } from "../table/types";
import { audit } from "./engine";
import { WATCH_RISK } from "./score";
import { type AuditResult, FACTOR_IDS } from "./types";

const SEEDS = [42, 7, 2026];

function auditScenario(seed: number, cause: ScenarioCause | null, lang: "en" | "ru" = "en"): AuditResult {
  const s = generateScenario({ seed, cause, lang });
  const tables = [
    readTable(s.posts, { source: "posts" }),
    readTable(s.ads, { source: "ads" }),
    readTable(s.messages, { source: "messages" }),
  ];
  return audit(tables, { platform: s.platform });
}

function risks(result: AuditResult): Record<string, number | null> {
  return Object.fromEntries(result.factors.map((f) => [f.id, f.risk]));
}

describe("healthy scenario", () => {
  it.each(SEEDS)("seed %i: every factor is assessed and below watch", (seed) => {
    const result = auditScenario(seed, null);
    expect(result.warnings.map((w) => w.en)).toEqual([]);
    expect(result.factors.map((f) => f.id)).toEqual([...FACTOR_IDS]);
    for (const f of result.factors) {
      expect({ factor: f.id, assessed: f.assessed, reason: f.reason?.en }).toEqual({
        factor: f.id,
        assessed: true,
        reason: undefined,
      });
      expect({ factor: f.id, risk: f.risk, level: f.level }).toEqual({
        factor: f.id,
        risk: expect.any(Number),
        level: "ok",
      });
      expect(f.risk).toBeLessThan(WATCH_RISK);
    }
    expect(result.level).toBe("ok");
    expect(result.risk).toBeLessThan(WATCH_RISK);
  });

  it("is healthy in Russian exports too", () => {
    const result = auditScenario(42, null, "ru");
    const elevated = result.factors.filter((f) => !f.assessed || (f.risk ?? 0) >= WATCH_RISK);
    expect(elevated.map((f) => `${f.id}: ${f.risk} ${f.reason?.en ?? ""}`)).toEqual([]);
  });
});

describe.each(SCENARIO_CAUSES.map((c) => c.id))("injected cause %s", (cause) => {
  const runs = [...SEEDS.map((seed) => [seed, "en"] as const), [42, "ru"] as const];
  it.each(runs)("seed %i (%s): raises its own factor above watch and makes it the top factor", (seed, lang) => {
    const result = auditScenario(seed, cause, lang);
    const own = result.factors.find((f) => f.id === cause);
    expect(own?.assessed).toBe(true);
    expect({ cause, risk: own?.risk }).toEqual({ cause, risk: expect.any(Number) });
    expect(own?.risk ?? 0).toBeGreaterThanOrEqual(WATCH_RISK);
    const top = [...result.factors].sort((a, b) => (b.risk ?? -1) - (a.risk ?? -1))[0];
    expect({ cause, top: top?.id, risks: risks(result) }).toEqual({ cause, top: cause, risks: risks(result) });
    // "Mainly that one" (METHODOLOGY.md, Validation): every other factor stays at least 20 points below it.
    const runnerUp = Math.max(...result.factors.filter((f) => f.id !== cause).map((f) => f.risk ?? 0));
    expect(own?.risk ?? 0).toBeGreaterThanOrEqual(runnerUp + 20);
    expect(result.level).not.toBe("ok");
    expect(result.findings.some((f) => f.factor === cause)).toBe(true);
    // Plain JSON: no Date, NaN or Infinity anywhere in the result.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

function csvValues(path: string): Cell[][] {
  const parsed = Papa.parse<string[]>(readSharedText(path), { skipEmptyLines: "greedy" });
  return parsed.data;
}

const REAL = [
  { name: "X analytics, Nov 2019", key: SHARED.xNov2019, platform: "x" },
  { name: "X analytics, Mar 2020", key: SHARED.xMar2020, platform: "x" },
  { name: "A/B test campaign", key: SHARED.abTest, platform: null },
] as const;

describe.each(REAL)("real export: $name", ({ key, platform }) => {
  const path = sharedDataFile(key, "audit scenarios");
  it.skipIf(path === null)("audits without errors; unsupported factors say why", () => {
    const values = csvValues(path as string);
    const result = audit(readTable(values, { source: key }));
    expect(result.warnings.filter((w) => /failed/.test(w.en))).toEqual([]);
    expect(result.inputs.rows).toBe(values.length - 1);
    expect(result.inputs.platform).toBe(platform);
    expect(result.factors).toHaveLength(FACTOR_IDS.length);
    for (const f of result.factors) {
      if (f.assessed) {
        expect(f.risk).toBeGreaterThanOrEqual(0);
        expect(f.risk).toBeLessThanOrEqual(100);
      } else {
        expect(f.reason?.en).toMatch(/\S/);
        expect(f.reason?.ru).toMatch(/\S/);
      }
    }
    // None of these exports has messages: community cannot be assessed.
    expect(result.factors.find((f) => f.id === "community")?.assessed).toBe(false);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe.skipIf(sharedDataFile(SHARED.abTest, "audit scenarios") === null)("real export: money verdict", () => {
  it("gives the A/B campaign's CPA per 30 days and asks for revenue", () => {
    const path = sharedDataFile(SHARED.abTest) as string;
    const values = csvValues(path);
    const result = audit(readTable(values, { source: "test_group.csv" }));
    const spend = values.slice(1).reduce((a, r) => a + Number(r[2]), 0);
    const purchases = values.slice(1).reduce((a, r) => a + Number(r[9]), 0);
    expect(result.verdict).toMatchObject({ assessed: true, currency: "USD", periodDays: 30 });
    expect(result.verdict.spend).toBeCloseTo(spend, 2);
    expect(result.verdict.conversions).toBe(purchases);
    expect(result.verdict.cpa).toBeCloseTo(spend / purchases, 2);
    expect(result.verdict.monthlySpend).toBeCloseTo(spend, 2);
    expect(result.verdict.message.en).toMatch(/add a revenue column or set averageOrderValue or targetCpa/);
  });
});
