/**
 * Guards the core's boundary: it must run unchanged in Node, browsers and the Apps Script V8 runtime,
 * so its source may import only zod/mini and simple-statistics, and must not touch host globals.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL(".", import.meta.url));
const EXCLUDED_DIRS = new Set(["bench", "testing"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return EXCLUDED_DIRS.has(name) ? [] : sourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, "utf8") }));
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("core boundaries", () => {
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("imports only relative modules, zod/mini and simple-statistics", () => {
    const offenders = files.flatMap(({ path, text }) =>
      [...code(text).matchAll(/(?<!["'\w])(?:from|import)\s*\(?\s*["']([^"']+)["']/g)]
        .map((m) => m[1] as string)
        .filter((spec) => !spec.startsWith(".") && spec !== "zod/mini" && spec !== "simple-statistics")
        .map((spec) => `${path}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('writes zod imports as `import * as z from "zod/mini"`', () => {
    const offenders = files.filter(
      ({ text }) => /from\s+["']zod/.test(text) && !/import \* as z from "zod\/mini"/.test(text),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it("touches no host globals and no syntax Apps Script rejects", () => {
    const forbidden = [
      /\bsetTimeout\b/,
      /\bsetInterval\b/,
      /\bprocess\./,
      /\bwindow\./,
      /\bdocument\./,
      /\bTextEncoder\b/,
      /\bTextDecoder\b/,
      /\bnew URL\b/,
      /\bstructuredClone\b/,
      /\bfetch\(/,
      /\bMath\.random\(/,
      /\bDate\.now\(/,
      /^\s*#\w+/m,
      /^\s*(?:public |private |protected )?static\s+\w+\s*[=:;]/m,
    ];
    const offenders = files.flatMap(({ path, text }) =>
      forbidden.filter((re) => re.test(code(text))).map((re) => `${path}: ${re.source}`),
    );
    expect(offenders).toEqual([]);
  });
});
