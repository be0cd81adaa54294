import { describe, expect, it } from "vitest";
import { FACTOR_IDS, type FactorId } from "../audit/types";
import { FACTORS } from "./index";
import { rationaleOf, SIGNAL_RATIONALES } from "./rationales";

describe("signal rationales", () => {
  it("cover every registered factor, and only those", () => {
    expect(FACTORS.map((plugin) => plugin.id)).toEqual([...FACTOR_IDS]);
    expect(Object.keys(SIGNAL_RATIONALES).sort()).toEqual([...FACTOR_IDS].sort());
  });

  for (const plugin of FACTORS) {
    describe(plugin.id, () => {
      it("has a non-empty English and Russian rationale for every signal", () => {
        expect(plugin.signals.length).toBeGreaterThan(0);
        for (const spec of plugin.signals) {
          const rationale = rationaleOf(plugin.id, spec.id);
          expect(rationale.en.trim(), `${plugin.id}.${spec.id} en`).not.toBe("");
          expect(rationale.ru.trim(), `${plugin.id}.${spec.id} ru`).not.toBe("");
          expect(rationale.ru, `${plugin.id}.${spec.id} ru is Russian`).toMatch(/[а-яё]/i);
          expect(rationale.ru, `${plugin.id}.${spec.id} ru differs from en`).not.toBe(rationale.en);
        }
      });

      it("has no rationale without a signal (a renamed signal must move its rationale)", () => {
        expect(Object.keys(SIGNAL_RATIONALES[plugin.id]).sort()).toEqual(plugin.signals.map((s) => s.id).sort());
      });
    });
  }

  it("rationaleOf names the factor and the signal when one is missing", () => {
    expect(() => rationaleOf("budget", "no_such_signal")).toThrow(/"no_such_signal".*"budget"/);
    expect(() => rationaleOf("budget", "toString")).toThrow(/"toString"/);
    expect(() => rationaleOf("nonsense" as FactorId, "romi")).toThrow(/"nonsense"/);
  });

  it("rationaleOf returns the factor's own text", () => {
    expect(rationaleOf("budget", "romi")).toBe(SIGNAL_RATIONALES.budget.romi);
    expect(rationaleOf("budget", "romi").en).toContain("ROMI");
  });
});
