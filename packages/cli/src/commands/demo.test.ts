import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AuditResult } from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import { sampleFiles } from "../../scripts/make-samples";
import { displayWidth } from "../render/text";
import { SAMPLES_DIR } from "../samples";
import { run } from "../testing/run";

describe("demo", () => {
  it("audits the bundled sample: a risk, critical factors and a money verdict", async () => {
    const r = await run(["demo"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SMM RISK AUDIT · posts\.csv, ads\.csv, comments\.csv\n/);
    expect(r.stdout).toMatch(/Overall risk \d+\/100 {3}grade [A-F]/);
    expect(r.stdout).toMatch(/Result\s+−\$[\d,]+ per month \(loss\)/);
  });

  it("tells the story built into the sample: irregular posting and ads losing money, a healthy inbox", async () => {
    const result = JSON.parse((await run(["demo", "--format", "json"])).stdout) as AuditResult;
    const level = (id: string) => result.factors.find((f) => f.id === id)?.level;
    expect(level("cadence")).toBe("critical");
    expect(level("budget")).toBe("critical");
    expect(level("community")).toBe("ok");
    expect(result.verdict.assessed).toBe(true);
    expect(result.verdict.monthlyResult).toBeLessThan(0);
    expect(result.options.margin).toBe(0.35);
    expect(result.findings.some((f) => f.source === "posts.csv" && f.rows.length > 0)).toBe(true);
  });

  it("fits an 80-column terminal in both languages", async () => {
    for (const lang of ["en", "ru"]) {
      const r = await run(["demo", "--lang", lang], {}, { columns: 80 });
      for (const line of r.stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    }
  });

  it("speaks Russian and writes Markdown", async () => {
    expect((await run(["demo", "--lang", "ru"])).stdout).toMatch(/^АУДИТ РИСКОВ SMM/);
    expect((await run(["demo", "--format", "md"])).stdout).toMatch(/^# SMM risk audit/);
  });

  it("ships samples identical to what scripts/make-samples.ts generates (run `pnpm samples` after changing it)", () => {
    for (const [name, text] of Object.entries(sampleFiles()))
      expect(readFileSync(join(SAMPLES_DIR, name), "utf8"), name).toBe(text);
  });
});
