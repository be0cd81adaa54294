import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { WATCH_RISK } from "../audit/score";
import { generateScenario, type ScenarioCause } from "../scenarios/index";
import { readTable } from "../table/index";
import { makeContext } from "../testing/context";
import { makeTable } from "../testing/table";
import { segmentationFactor } from "./segmentation";

type Row = [segment: string, spend: number, clicks: number, conversions: number];
const adTable = (rows: Row[], extra: Partial<Record<"campaign", string[]>> = {}) =>
  makeTable(
    {
      segment: rows.map((r) => r[0]),
      spend: rows.map((r) => r[1]),
      clicks: rows.map((r) => r[2]),
      conversions: rows.map((r) => r[3]),
      ...extra,
    },
    { rowKinds: rows.map(() => "ad"), currency: "USD" },
  );
const run = (rows: Row[], options: Parameters<typeof makeContext>[0] = {}) =>
  segmentationFactor.evaluate({ tables: [adTable(rows)] }, makeContext(options));

describe("segmentation: spend on weak segments", () => {
  it("is ok when segments convert alike", () => {
    const r = run([
      ["25-34", 1000, 1000, 50],
      ["35-44", 1000, 1000, 45],
      ["45-54", 800, 900, 40],
      ["18-24", 500, 600, 28],
    ]);
    expect(r.signals[0]?.value).toBe(0);
    expect(r.level).toBe("ok");
    expect(r.confidence).toBeGreaterThan(0.6);
  });

  it("is critical when 60 % of spend goes to a segment converting 5× worse, citing its rows", () => {
    const r = run([
      ["Women 25-34", 200, 1000, 50],
      ["Men 45+", 300, 1500, 15],
      ["Women 25-34", 200, 1000, 50],
      ["Men 45+", 300, 1500, 15],
      ["Men 25-34", 0, 0, 0],
    ]);
    const s = r.signals[0];
    expect(s?.value).toBeCloseTo(0.6, 6);
    expect(s?.level).toBe("critical");
    expect(r.findings[0]?.rows).toEqual([3, 5]);
    expect(r.findings[0]?.message.en).toContain('"Men 45+" 1.0%');
    expect(r.findings[0]?.message.en).toContain("$600");
  });

  it("does not call small samples different (3/30 vs 1/30 is noise)", () => {
    const r = run([
      ["A", 100, 30, 3],
      ["B", 300, 30, 1],
    ]);
    expect(r.signals[0]?.value).toBe(0);
  });

  it("uses impressions when conversions exceed clicks (view-through attribution)", () => {
    const table = makeTable(
      {
        segment: ["A", "B"],
        spend: [100, 100],
        clicks: [10, 10],
        impressions: [10_000, 10_000],
        conversions: [30, 5],
      },
      { rowKinds: ["ad", "ad"] },
    );
    const r = segmentationFactor.evaluate({ tables: [table] }, makeContext());
    expect(r.signals[0]?.note?.en).toMatch(/conversions \/ impressions/);
    expect(r.signals[0]?.value).toBeCloseTo(0.5, 6);
  });

  it("has low confidence with one converting segment and honours overrides", () => {
    const rows: Row[] = [
      ["A", 100, 500, 20],
      ["B", 100, 500, 0],
    ];
    const r = run(rows);
    expect(r.signals[0]?.confidence).toBeLessThan(0.5);
    expect(r.signals[0]?.level).toBe("critical"); // half the spend, significantly worse…
    expect(r.level).toBe("watch"); // …but one converting segment is thin evidence: discounted, not a confident alarm
    const lenient = run(rows, { thresholds: { "segmentation.spend_on_weak_segments": { watch: 0.6, critical: 0.9 } } });
    expect(lenient.signals[0]?.level).toBe("ok");
  });

  it("says why when nothing converted", () => {
    const r = run([
      ["A", 100, 500, 0],
      ["B", 100, 500, 0],
    ]);
    expect(r.assessed).toBe(false);
    expect(r.signals[0]?.note?.en).toMatch(/some conversions/);
  });

  it("is not assessed with campaigns but no segment column", () => {
    const table = makeTable(
      { campaign: ["X", "Y"], spend: [1, 2], clicks: [10, 10], conversions: [1, 2] },
      { rowKinds: ["ad", "ad"] },
    );
    const r = segmentationFactor.evaluate({ tables: [table] }, makeContext());
    expect(r.assessed).toBe(false);
    expect(r.missing[0]).toContain("segment");
  });
});

/** A real export read the way users read it: papaparse splits the CSV, the table reader maps the columns. */
function readShared(path: string) {
  const rows = Papa.parse<string[]>(readSharedText(path), { skipEmptyLines: "greedy" }).data;
  return readTable(rows, { source: path.split("/").pop() ?? path });
}

const abTest = sharedDataFile(SHARED.abTest, "segmentation factor");
describe.skipIf(abTest === null)("segmentation on the real A/B test ad report", () => {
  it("is not assessed: one campaign and no segment column (campaigns are not segments)", () => {
    const r = segmentationFactor.evaluate({ tables: [readShared(abTest as string)] }, makeContext());
    expect(r.assessed).toBe(false);
    expect(r.missing).toContainEqual(["segment", "spend", "conversions", "clicks"]);
  });
});

describe("segmentation on the seeded scenarios", () => {
  const evaluate = (seed: number, cause: ScenarioCause | null) => {
    const s = generateScenario({ seed, cause });
    const tables = [readTable(s.posts), readTable(s.ads), readTable(s.messages)];
    return segmentationFactor.evaluate({ tables }, makeContext({ platform: s.platform }));
  };
  it.each([42, 7, 2026])("seed %i: healthy data is ok, the injected segmentation cause is above watch", (seed) => {
    const healthy = evaluate(seed, null);
    expect(healthy.assessed).toBe(true);
    expect(healthy.level).toBe("ok");
    const injected = evaluate(seed, "segmentation");
    expect(injected.risk ?? 0).toBeGreaterThanOrEqual(WATCH_RISK);
    expect(injected.findings.length).toBeGreaterThan(0);
    expect(injected.signals[0]?.value).toBeGreaterThan(0.5); // 60 % of spend on the 5× worse segment
  });
});
