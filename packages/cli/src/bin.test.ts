import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "dist", "smm-risk.js");

function smm(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the built binary", () => {
  beforeAll(() => {
    // Build from the current sources so this test never runs a stale bundle.
    execFileSync(process.execPath, ["build.mjs"], { cwd: root, stdio: "pipe" });
  }, 60_000);

  it("is an executable ESM file with a shebang", () => {
    expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it("prints its version", () => {
    expect(smm(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("runs the demo from the bundled samples, with no colour when piped", () => {
    const r = smm(["demo"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SMM RISK AUDIT · posts\.csv, ads\.csv, comments\.csv/);
    expect(r.stdout).toMatch(/Overall risk \d+\/100/);
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("inspects a file as JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "smm-risk-bin-"));
    const file = join(dir, "posts.csv");
    writeFileSync(file, "sep=;\nДата;Охват;Лайки\n01.03.2025;1 200;40\n");
    const r = smm(["inspect", file, "--format", "json"]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { fields: Record<string, string>; rows: number };
    expect(json.fields).toEqual({ date: "Дата", reach: "Охват", likes: "Лайки" });
    expect(json.rows).toBe(1);
  });

  it("fails in one line without a stack trace, exit 1 for a bad file and 2 for a bad command line", () => {
    const missing = smm(["inspect", "/nonexistent/x.csv"]);
    expect(missing).toEqual({ code: 1, stdout: "", stderr: "smm-risk: /nonexistent/x.csv: no such file\n" });
    const usage = smm(["audit", "--bogus"], { LANG: "ru_RU.UTF-8" });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^smm-risk: audit: неизвестный параметр --bogus\. Допустимые: .*\n$/);
  });
});
