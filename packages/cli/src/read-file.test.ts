import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "./errors";
import { readBytes } from "./read-file";

async function failure(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a CliError");
}

describe("readBytes", () => {
  const dir = mkdtempSync(join(tmpdir(), "smm-risk-read-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads an existing file", async () => {
    const path = join(dir, "ok.csv");
    writeFileSync(path, "a,b\n1,2\n");
    expect(Buffer.from(await readBytes(path)).toString("utf8")).toBe("a,b\n1,2\n");
  });

  it("names the path when the file does not exist", async () => {
    const path = join(dir, "missing.csv");
    const error = await failure(readBytes(path));
    expect(error.text.en).toBe(`${path}: no such file`);
    expect(error.text.ru).toBe(`${path}: файл не найден`);
  });

  it("says when the path is a folder", async () => {
    expect((await failure(readBytes(dir))).text.en).toBe(`${dir} is a folder, not a file`);
  });

  it("reports permission problems and unknown errors in one line", async () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" });
    expect((await failure(readBytes("x.csv", () => Promise.reject(denied)))).text.en).toBe(
      "x.csv: cannot read the file (permission denied)",
    );
    const odd = Object.assign(new Error("EIO: i/o error\nmore"), { code: "EIO" });
    expect((await failure(readBytes("y.csv", () => Promise.reject(odd)))).text.en).toBe(
      "y.csv: cannot read the file (EIO: i/o error)",
    );
  });
});
