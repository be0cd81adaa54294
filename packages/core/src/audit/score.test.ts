import { describe, expect, it } from "vitest";
import { combineSignals, levelOf, sampleConfidence, scoreSignal, signalRisk, unitBounds } from "./score";
import type { SignalResult, SignalSpec } from "./types";

describe("signalRisk", () => {
  it("scores watch 40, critical 70, one step past critical 100, either direction", () => {
    expect(signalRisk(14, 14, 21)).toBe(40);
    expect(signalRisk(21, 14, 21)).toBe(70);
    expect(signalRisk(28, 14, 21)).toBe(100);
    expect(signalRisk(17.5, 14, 21)).toBe(55);
    expect(signalRisk(0.5, 0.5, 0.25)).toBe(40);
    expect(signalRisk(0.25, 0.5, 0.25)).toBe(70);
    expect(signalRisk(0, 0.5, 0.25)).toBe(100);
  });
  it("ramps to 0 one step better than watch", () => {
    expect(signalRisk(7, 14, 21)).toBe(0);
    expect(signalRisk(10.5, 14, 21)).toBe(20);
    expect(signalRisk(0.75, 0.5, 0.25)).toBe(0);
  });
  it("anchors the ramp at the natural bound when it is nearer", () => {
    // A 1-hour median reply against 4 h watch / 24 h critical: little risk, not a third of an alarm.
    expect(signalRisk(1, 4, 24, { min: 0 })).toBe(10);
    expect(signalRisk(0, 0.01, 0.05, { min: 0 })).toBe(0);
    // Reply rate 95 % against 80 % / 50 %: 100 % is the best there is.
    expect(signalRisk(0.95, 0.8, 0.5, { min: 0, max: 1 })).toBe(10);
    // A signal whose watch line is below the bound keeps the step ramp.
    expect(signalRisk(-0.1, -0.05, 0.05, { min: 0 })).toBe(20);
  });
  it("handles equal thresholds", () => {
    expect(signalRisk(1, 1, 1)).toBe(70);
    expect(signalRisk(0.5, 1, 1)).toBe(0);
  });
});

describe("levels and confidence", () => {
  it("maps risk to levels", () => {
    expect([levelOf(null), levelOf(39.9), levelOf(40), levelOf(69.9), levelOf(70)]).toEqual([
      "not_assessed",
      "ok",
      "watch",
      "watch",
      "critical",
    ]);
  });
  it("trusts small samples less", () => {
    expect(sampleConfidence(0, 8)).toBe(0);
    expect(sampleConfidence(4, 8)).toBeLessThan(0.3);
    expect(sampleConfidence(8, 8)).toBe(0.6);
    expect(sampleConfidence(32, 8)).toBe(1);
  });
  it("knows unit bounds", () => {
    expect(unitBounds("fraction")).toEqual({ min: 0, max: 1 });
    expect(unitBounds("ratio")).toEqual({});
    expect(unitBounds("hours")).toEqual({ min: 0 });
  });
});

const spec: SignalSpec = {
  id: "gap",
  title: { en: "Gap", ru: "Пауза" },
  unit: "days",
  direction: "higher_is_worse",
  watch: 14,
  critical: 21,
};

describe("scoreSignal and combineSignals", () => {
  const signal = (value: number | null, confidence: number): SignalResult =>
    scoreSignal(spec, { watch: 14, critical: 21 }, value, 10, confidence);

  it("marks an uncomputable signal not assessed with zero risk", () => {
    expect(signal(null, 1)).toMatchObject({ value: null, level: "not_assessed", risk: 0, confidence: 0 });
    expect(signal(Number.NaN, 1).value).toBeNull();
  });
  it("lets the worst signal drive the factor, discounted by its confidence", () => {
    expect(combineSignals([signal(21, 1), signal(7, 1)]).risk).toBe(70);
    expect(combineSignals([signal(21, 0.2)]).risk).toBe(42);
  });
  it("adds 15 % of a second elevated signal", () => {
    expect(combineSignals([signal(21, 1), signal(14, 1)]).risk).toBe(76);
  });
  it("returns null risk when nothing was measured", () => {
    expect(combineSignals([signal(null, 1)])).toEqual({ risk: null, confidence: 0 });
  });
});
