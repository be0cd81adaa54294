import { documentedCatalogue } from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import { run } from "../testing/run";
import { signature } from "./help";

describe("help", () => {
  it("lists the commands and every catalogue function with its one-line summary", async () => {
    const r = await run(["--help"], {}, { columns: 400 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^smm-risk \d+\.\d+\.\d+: is your social-media marketing losing money/);
    for (const command of ["inspect <file>", "audit <file...>", "demo", "help [command]"])
      expect(r.stdout).toContain(`  ${command}  `);
    const catalogue = documentedCatalogue();
    expect(catalogue.length).toBeGreaterThanOrEqual(15);
    for (const fn of catalogue) {
      const line = r.stdout.split("\n").find((l) => l.trimStart().startsWith(`${signature(fn)} `));
      expect(line, fn.name).toBeDefined();
      expect(line).toContain(fn.summary.en);
    }
  });

  it("is the same with no arguments and with `help`, and Russian with --lang ru", async () => {
    const help = (await run(["--help"])).stdout;
    expect((await run([])).stdout).toBe(help);
    expect((await run(["help"])).stdout).toBe(help);
    const ru = (await run(["help", "--lang", "ru"], {}, { columns: 400 })).stdout;
    expect(ru).toContain("Команды");
    const first = documentedCatalogue()[0];
    if (first) expect(ru).toContain(first.summary.ru);
    expect(ru).toContain("SMM_RISK(data; [options])");
  });

  it("shows one command's usage, flags and examples", async () => {
    const r = await run(["help", "audit"]);
    expect(r.stdout).toMatch(/^Usage: smm-risk audit <file\.\.\.> \[options\]\n/);
    expect(r.stdout).toContain("--format table|md|json");
    expect(r.stdout).toContain("--options");
    expect(r.stdout).toContain('smm-risk audit posts.csv ads.csv comments.csv --options "margin=0.3; currency=RUB"');
    expect((await run(["audit", "--help"])).stdout).toBe(r.stdout);
  });

  it("refuses help for an unknown command", async () => {
    const r = await run(["help", "fly"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('smm-risk: no command "fly". Commands: inspect, audit, demo, help\n');
  });

  it("writes optional arguments in brackets", () => {
    expect(
      signature({
        name: "SMM_X",
        args: [
          { name: "a", type: "column", optional: false },
          { name: "b", type: "options", optional: true },
        ],
      }),
    ).toBe("SMM_X(a, [b])");
  });
});
