import { readFileSync } from "node:fs";
import type { AuditResult } from "@smm-risk/core";
import { readSharedBytes, SHARED, sharedDataFile } from "@smm-risk/testkit";
import { describe, expect, it } from "vitest";
import { run } from "../testing/run";

/** 30 posts, one every three days from 2025-01-01. */
const POSTS = [
  "Date,Caption,Reach,Likes,Comments,Shares",
  ...Array.from({ length: 30 }, (_, i) => {
    const date = new Date(Date.UTC(2025, 0, 1 + i * 3)).toISOString().slice(0, 10);
    return `${date},Post ${i},${1200 + i * 10},${40 + (i % 7)},${3 + (i % 3)},${2 + (i % 4)}`;
  }),
].join("\n");

describe("audit on hand-made files", () => {
  it("prints a report for one file and exits 0", async () => {
    const r = await run(["audit", "posts.csv"], { "posts.csv": POSTS });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SMM RISK AUDIT · posts\.csv\n/);
    expect(r.stdout).toMatch(/Overall risk/);
  });

  it("prints the AuditResult as JSON, with not-assessed factors naming the columns they need", async () => {
    const r = await run(["audit", "posts.csv", "--format", "json"], { "posts.csv": POSTS });
    const result = JSON.parse(r.stdout) as AuditResult;
    expect(result.inputs.sources).toEqual(["posts.csv"]);
    expect(result.factors.length).toBeGreaterThanOrEqual(7);
    const budget = result.factors.find((f) => f.id === "budget");
    expect(budget?.assessed).toBe(false);
    expect(budget?.missing.flat()).toContain("spend");
  });

  it("prints Markdown in Russian", async () => {
    const r = await run(["audit", "posts.csv", "--format", "md", "--lang", "ru"], { "posts.csv": POSTS });
    expect(r.stdout).toMatch(/^# Аудит рисков SMM\n/);
    expect(r.stdout).toContain("## Факторы");
  });

  it("passes --options to the audit and reports a bad option as a usage error", async () => {
    const ok = await run(["audit", "posts.csv", "--format", "json", "--options", "margin=0.3; currency=EUR"], {
      "posts.csv": POSTS,
    });
    const result = JSON.parse(ok.stdout) as AuditResult;
    expect(result.options.margin).toBe(0.3);
    expect(result.options.currency).toBe("EUR");
    const bad = await run(["audit", "posts.csv", "--options", "margn=0.3"], { "posts.csv": POSTS });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^smm-risk: --options: .*margn/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("applies mapping overrides from --options when reading the files", async () => {
    const files = { "posts.csv": POSTS.replace("Reach", "Audience size") };
    const plain = JSON.parse((await run(["audit", "posts.csv", "--format", "json"], files)).stdout) as AuditResult;
    expect(plain.inputs.mapping[0]?.some((m) => m.field === "reach")).toBe(false);
    const mapped = await run(["audit", "posts.csv", "--format", "json", "--options", "map.reach=Audience size"], files);
    const result = JSON.parse(mapped.stdout) as AuditResult;
    expect(result.inputs.mapping[0]?.find((m) => m.field === "reach")?.header).toBe("Audience size");
  });

  it("--lang wins over lang= in --options, which wins over LANG", async () => {
    const files = { "posts.csv": POSTS };
    const viaOptions = await run(["audit", "posts.csv", "--options", "lang=ru"], files, { env: { LANG: "en_US" } });
    expect(viaOptions.stdout).toMatch(/^АУДИТ РИСКОВ SMM/);
    const viaFlag = await run(["audit", "posts.csv", "--options", "lang=ru", "--lang", "en"], files);
    expect(viaFlag.stdout).toMatch(/^SMM RISK AUDIT/);
  });

  it("refuses a file where no column is recognised", async () => {
    const r = await run(["audit", "notes.csv"], { "notes.csv": "foo,bar\n1,2\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^smm-risk: notes\.csv: no column matched a known field .*headers seen: foo, bar/);
  });

  it("judges two ad exports as one account: the verdict over the halves equals the verdict over the whole", async () => {
    const [header = "", ...rows] = readFileSync(new URL("../../samples/ads.csv", import.meta.url), "utf8")
      .trim()
      .split("\n");
    const half = Math.floor(rows.length / 2);
    const files = {
      "ads.csv": [header, ...rows].join("\n"),
      "ads-march.csv": [header, ...rows.slice(0, half)].join("\n"),
      "ads-april.csv": [header, ...rows.slice(half)].join("\n"),
    };
    const verdict = async (...names: string[]) =>
      (JSON.parse((await run(["audit", ...names, "--format", "json"], files)).stdout) as AuditResult).verdict;
    const whole = await verdict("ads.csv");
    const halves = await verdict("ads-march.csv", "ads-april.csv");
    for (const key of ["spend", "revenue", "conversions", "cpa", "roas", "periodDays", "currency"] as const)
      expect(halves[key], key).toEqual(whole[key]);
    expect(halves.message.en).toContain("Ad rows of ads-march.csv, ads-april.csv are judged together.");
    expect(halves.savingsUnits.every((u) => /^ads-(march|april)\.csv · /.test(u.name))).toBe(true);
    // In the terminal a long unit name takes its own line, its figures on the next, whole.
    const text = (await run(["audit", "ads-march.csv", "ads-april.csv"], files, { columns: 100 })).stdout.split("\n");
    const name = text.findIndex((line) => line.startsWith("    ads-april.csv · Spring sale | Conversions"));
    expect(name).toBeGreaterThan(0);
    expect(text[name + 1]).toMatch(/^ {6}ROAS \d\.\d\d · saves \$[\d,]+ \/ \d+ days · rows 2, 3, 4 \+\d+ more$/);
  });

  it("cites two inputs with the same name by their paths", async () => {
    const r = await run(["audit", "jan/posts.csv", "feb/posts.csv", "--format", "json"], {
      "jan/posts.csv": POSTS,
      "feb/posts.csv": POSTS,
    });
    expect((JSON.parse(r.stdout) as AuditResult).inputs.sources).toEqual(["jan/posts.csv", "feb/posts.csv"]);
  });
});

const x = sharedDataFile(SHARED.xNov2019, "cli: real exports");
const x2 = sharedDataFile(SHARED.xMar2020, "cli: real exports");
const ab = sharedDataFile(SHARED.abTest, "cli: real exports");
describe.skipIf(x === null || x2 === null || ab === null)("audit on the real exports", () => {
  const files = {
    "nov.csv": readSharedBytes(x),
    "mar.csv": readSharedBytes(x2),
    "ab.csv": readSharedBytes(ab),
  };

  it("audits the X exports and the ad campaign together without error", async () => {
    const r = await run(["audit", "nov.csv", "mar.csv", "ab.csv", "--format", "json"], files);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as AuditResult;
    expect(result.inputs.sources).toEqual(["nov.csv", "mar.csv", "ab.csv"]);
    // No messages export: the community factor cannot be assessed, and says which columns would enable it.
    const community = result.factors.find((f) => f.id === "community");
    expect(community?.assessed).toBe(false);
    expect(community?.level).toBe("not_assessed");
    expect(community?.missing.length).toBeGreaterThan(0);
    // The campaign has spend but no segments: segmentation is not assessed either.
    expect(result.factors.find((f) => f.id === "segmentation")?.assessed).toBe(false);
    expect(result.verdict.spend).toBeGreaterThan(0);
  });

  it("prints the terminal report in both languages", async () => {
    for (const lang of ["en", "ru"]) {
      const r = await run(["audit", "nov.csv", "ab.csv", "--lang", lang], files);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(lang === "en" ? /Not assessed\n/ : /Не оценено\n/);
    }
  });
});
