import { describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { run } from "./testing/run";

describe("main: version and usage errors", () => {
  it("prints the package version", async () => {
    for (const flag of ["--version", "-V"]) {
      expect(await run([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });

  it("rejects an unknown command with exit 2 and lists the commands", async () => {
    const r = await run(["audti", "x.csv"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'smm-risk: unknown command "audti". Commands: inspect, audit, demo, help. See smm-risk --help\n',
    );
  });

  it("speaks Russian when asked, by flag or by LANG", async () => {
    expect((await run(["audti", "--lang", "ru"])).stderr).toMatch(/^smm-risk: неизвестная команда "audti"/);
    expect((await run(["audti"], {}, { env: { LANG: "ru_RU.UTF-8" } })).stderr).toMatch(/неизвестная команда/);
  });

  it("rejects an unknown option, naming it and the allowed ones", async () => {
    const r = await run(["inspect", "a.csv", "--formt", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "smm-risk: inspect: unknown option --formt. Allowed: --format, --lang, --delimiter, --help\n",
    );
  });

  it("rejects a bad --format, --lang and --delimiter value", async () => {
    expect((await run(["inspect", "a.csv", "--format", "xml"])).stderr).toBe(
      'smm-risk: inspect: unknown format "xml". Allowed: table, json\n',
    );
    expect((await run(["audit", "a.csv", "--format", "html"])).stderr).toMatch(/Allowed: table, md, json/);
    expect((await run(["inspect", "a.csv", "--lang", "de"])).stderr).toBe(
      'smm-risk: unknown language "de". Allowed: en, ru\n',
    );
    expect((await run(["inspect", "a.csv", "--delimiter", "colon"])).code).toBe(2);
  });

  it("says when an option lacks its value", async () => {
    const r = await run(["inspect", "a.csv", "--format"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^smm-risk: inspect: option --format needs a value/);
  });

  it("needs exactly one file for inspect and at least one for audit", async () => {
    expect((await run(["inspect"])).stderr).toMatch(/inspect takes one file \(got 0\)/);
    expect((await run(["inspect", "a.csv", "b.csv"])).stderr).toMatch(/got 2/);
    const audit = await run(["audit"]);
    expect(audit.code).toBe(2);
    expect(audit.stderr).toMatch(/audit needs at least one file/);
  });
});

describe("main: file problems are one line and exit 1", () => {
  it("names a missing path", async () => {
    expect(await run(["inspect", "nope/missing.csv"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "smm-risk: nope/missing.csv: no such file\n",
    });
  });

  it("refuses an empty file", async () => {
    const r = await run(["audit", "empty.csv"], { "empty.csv": "" });
    expect(r).toEqual({ code: 1, stdout: "", stderr: "smm-risk: empty.csv is empty\n" });
  });

  it("refuses a workbook with advice", async () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    const r = await run(["inspect", "report.xlsx"], { "report.xlsx": xlsx });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("smm-risk: report.xlsx looks binary, not CSV/TSV text: export as CSV\n");
  });

  it("never prints a stack trace, also for unexpected errors", async () => {
    const r = await run(
      ["inspect", "a.csv"],
      {},
      {
        readFile: () => {
          throw new TypeError("boom\n    at somewhere (file.js:1:1)");
        },
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("smm-risk: a.csv: cannot read the file (boom)\n");
    expect(r.stderr).not.toMatch(/\n.*at /);
  });
});
