import { describe, expect, it } from "vitest";
import { assembleResult, notAssessed } from "../factors/common";
import { OptionsError } from "../options/errors";
import { makeTable } from "../testing/table";
import { audit } from "./engine";
import { pickRows } from "./rows";
import { scoreSignal } from "./score";
import type { FactorId, FactorPlugin, SignalSpec } from "./types";

const gapSpec: SignalSpec = {
  id: "longest_gap_days",
  title: { en: "Longest gap", ru: "Самый длинный перерыв" },
  unit: "days",
  direction: "higher_is_worse",
  watch: 14,
  critical: 21,
};

/** A minimal real plugin: the longest gap between dated rows. */
const cadence: FactorPlugin = {
  id: "cadence",
  title: { en: "Cadence", ru: "Регулярность" },
  summary: { en: "", ru: "" },
  needs: [["date"]],
  signals: [gapSpec],
  recommendation: { en: "Post regularly", ru: "Публикуйте регулярно" },
  evaluate(data, ctx) {
    const set = pickRows(data, ["date"], ["post"]);
    if (!set) return notAssessed(cadence);
    const days = set.indices
      .map((i) => set.table.columns.date?.values[i])
      .filter((v): v is number => typeof v === "number")
      .sort((a, b) => a - b);
    let gap = 0;
    for (let i = 1; i < days.length; i++) gap = Math.max(gap, ((days[i] ?? 0) - (days[i - 1] ?? 0)) / 86_400_000);
    const signal = scoreSignal(gapSpec, ctx.threshold("cadence", gapSpec), gap, days.length, 1);
    const findings =
      signal.level === "ok"
        ? []
        : [
            {
              factor: "cadence" as const,
              severity: signal.level as "watch" | "critical",
              message: { en: `gap ${gap}`, ru: `перерыв ${gap}` },
              rows: [],
              source: set.table.source,
            },
          ];
    return assembleResult(cadence, [signal], findings);
  },
};

function stub(id: FactorId, evaluate: FactorPlugin["evaluate"]): FactorPlugin {
  return {
    id,
    title: { en: id, ru: id },
    summary: { en: "", ru: "" },
    needs: [["reach"]],
    signals: [],
    recommendation: { en: "", ru: "" },
    evaluate,
  };
}

const posts = makeTable(
  {
    date: ["2026-03-01", "2026-03-02", "2026-03-30"],
    platform: ["Instagram", "IG", "Instagram"],
    reach: [100, 200, 300],
  },
  { source: "posts.csv" },
);

describe("audit", () => {
  it("runs the plugins and assembles a plain-JSON result", () => {
    const result = audit(posts, "margin=30%", [cadence]);
    expect(result.factors.map((f) => [f.id, f.level])).toEqual([["cadence", "critical"]]);
    expect(result.risk).toBeGreaterThanOrEqual(70);
    expect(result.grade).toBe("F");
    expect(result.level).toBe("critical");
    expect(result.headline.en).toMatch(/^High risk: irregular posting is likely costing money/);
    expect(result.findings.map((f) => f.message.en)).toEqual(["gap 28"]);
    expect(result.inputs).toMatchObject({
      sources: ["posts.csv"],
      rows: 3,
      kinds: { post: 3, ad: 0, message: 0, unknown: 0 },
      period: { start: "2026-03-01", end: "2026-03-30", days: 30 },
      platform: "instagram",
    });
    expect(result.options.margin).toBe(0.3);
    expect(result.verdict.assessed).toBe(false);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("applies threshold overrides from options", () => {
    const result = audit(posts, "cadence.longest_gap_days.watch=30; cadence.longest_gap_days.critical=40", [cadence]);
    expect(result.factors[0]?.level).toBe("ok");
    expect(result.level).toBe("ok");
  });

  it("turns a failing or malformed plugin into a warning and a not-assessed factor", () => {
    const boom = stub("content", () => {
      throw new Error("boom");
    });
    const liar = stub("needs", () => ({ ...notAssessed(boom), id: "content" }));
    const result = audit(posts, undefined, [boom, cadence, liar]);
    expect(result.factors.map((f) => [f.id, f.assessed])).toEqual([
      ["needs", false],
      ["content", false],
      ["cadence", true],
    ]);
    expect(result.factors[1]?.reason?.en).toMatch(/failed on this data \(boom\)/);
    expect(result.warnings.map((w) => w.en)).toEqual([
      'The needs factor failed and was skipped: it returned the id "content"',
      "The content factor failed and was skipped: boom",
    ]);
    expect(result.risk).not.toBeNull();
  });

  it("reports nothing assessed with the columns to add", () => {
    const result = audit(makeTable({ text: ["hi"] }), {}, [cadence]);
    expect(result).toMatchObject({ risk: null, grade: null, level: "not_assessed", confidence: 0 });
    expect(result.headline.en).toMatch(/Add columns such as date\./);
  });

  it("warns about mixed platforms and currencies, and empty tables", () => {
    const mixed = makeTable({ platform: ["VK", "VK", "Telegram"], spend: [1, 2, 3] }, { currency: "RUB" });
    const usd = { ...makeTable({ spend: [] }, { currency: "USD", source: "ads.csv" }) };
    const result = audit([mixed, usd], { currency: "EUR" }, [cadence]);
    const text = result.warnings.map((w) => w.en).join("\n");
    expect(text).toMatch(/mixes platforms: vk \(2\), telegram \(1\)/);
    expect(text).toMatch(/Currencies differ: the data says RUB, USD, options say EUR/);
    expect(text).toMatch(/ads\.csv has no data rows/);
    expect(result.inputs.currency).toBe("EUR");
    expect(result.inputs.platform).toBe("vk");
  });

  it("collects diagnostics from all tables", () => {
    const a = makeTable({ reach: [1] });
    a.diagnostics.push({
      code: "unreadable_number",
      severity: "warning",
      cell: "B2",
      row: 2,
      header: "reach",
      field: "reach",
      value: "abc",
      message: { en: "x", ru: "x" },
    });
    expect(audit([a, makeTable({ reach: [2] })], undefined, [cadence]).diagnostics).toHaveLength(1);
  });

  it("audits an empty list of tables as not assessed", () => {
    const result = audit([], undefined, [cadence]);
    expect(result).toMatchObject({
      risk: null,
      level: "not_assessed",
      inputs: { rows: 0, period: null, platform: null },
    });
  });

  it("throws OptionsError for bad options", () => {
    expect(() => audit(posts, "margn=1", [cadence])).toThrow(OptionsError);
  });
});
