/**
 * Hand-written pages may only show formulas that work: every `=SMM_…(…)` in the guide, methodology and home pages
 * names a function of the catalogue and passes an argument count it accepts (`,` or the Russian-locale `;`).
 * Option strings in them must pass the core's own option parser. Also checks the worked example on the
 * "Overall score" page and the signal scale against the core's own computation.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  CATALOGUE,
  type FactorResult,
  findFunction,
  overallRisk,
  parseOptions,
  sampleConfidence,
  signalRisk,
} from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import { DOCS_ROOT } from "./site";

const GENERATED = /(reference[\\/]functions|methodology[\\/](factors|benchmarks))/;

function handWritten(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (["node_modules", ".vitepress", "test", "scripts", "playground", "screenshots"].includes(e.name)) return [];
      return GENERATED.test(relative(DOCS_ROOT, path)) ? [] : handWritten(path);
    }
    return e.name.endsWith(".md") ? [path] : [];
  });
}

/** Splits the argument list of a formula at top-level separators. */
export function topLevelArgs(inner: string): string[] {
  if (inner.trim() === "") return [];
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of inner) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && (ch === "," || ch === ";")) {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  args.push(current.trim());
  return args;
}

/** `=SMM_NAME(args)` occurrences with balanced parentheses. */
export function formulasIn(text: string): { name: string; args: string[]; text: string }[] {
  const out: { name: string; args: string[]; text: string }[] = [];
  for (const m of text.matchAll(/=(SMM_[A-Z_]+)\(/g)) {
    const start = (m.index ?? 0) + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === "(") depth++;
      else if (text[i] === ")") depth--;
    }
    const name = m[1] ?? "";
    out.push({ name, args: topLevelArgs(text.slice(start, i - 1)), text: text.slice(m.index ?? 0, i) });
  }
  return out;
}

describe("formulas shown in hand-written pages", () => {
  const files = handWritten(DOCS_ROOT);

  it("finds the hand-written pages of both languages", () => {
    expect(files.some((f) => f.endsWith(join("guide", "first-formula.md")))).toBe(true);
    expect(files.some((f) => f.endsWith(join("ru", "guide", "first-formula.md")))).toBe(true);
  });

  it("every formula names a catalogue function with an accepted argument count", () => {
    const problems: string[] = [];
    let seen = 0;
    for (const file of files) {
      for (const f of formulasIn(readFileSync(file, "utf8"))) {
        seen++;
        const fn = findFunction(f.name);
        const where = `${relative(DOCS_ROOT, file)}: ${f.text}`;
        if (!fn) {
          problems.push(`${where}: no such function (catalogue has ${CATALOGUE.map((c) => c.name).join(", ")})`);
          continue;
        }
        const required = fn.args.filter((a) => !a.optional).length;
        if (f.args.length < required || f.args.length > fn.args.length) {
          problems.push(`${where}: ${f.args.length} arguments, ${fn.name} takes ${required}–${fn.args.length}`);
        }
        fn.args.forEach((arg, i) => {
          const text = f.args[i];
          if (arg.type !== "options" || !text?.startsWith('"')) return;
          try {
            parseOptions(text.slice(1, -1));
          } catch (error) {
            problems.push(`${where}: options ${text} rejected by the core: ${(error as Error).message}`);
          }
        });
      }
    }
    expect(seen).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('every option string shown in code (`margin=0.3`, `--options "…"`) is accepted by the core\'s parser', () => {
    const problems: string[] = [];
    const shown: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const candidates = [
        ...[...text.matchAll(/`([\p{L}][\p{L}\d_.]*=[^`|]+)`/gu)].map((m) => m[1] ?? ""),
        ...[...text.matchAll(/--options "([^"]+)"/g)].map((m) => m[1] ?? ""),
      ];
      // Not options: Excel's `sep=;` line and the "key=value; …" placeholder.
      for (const options of candidates.filter((c) => !c.startsWith("sep=") && !c.includes("…"))) {
        shown.push(options);
        try {
          parseOptions(options);
        } catch (error) {
          problems.push(`${relative(DOCS_ROOT, file)}: ${options}: ${(error as Error).message}`);
        }
      }
    }
    expect(shown.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it("the parser splits nested and quoted arguments correctly", () => {
    expect(formulasIn('=SMM_FACTOR(A1:N200; "cadence"; "a,b")')[0]?.args).toEqual(["A1:N200", '"cadence"', '"a,b"']);
    expect(formulasIn("=SMM_RISK(INDIRECT(B1), X)")[0]?.args).toHaveLength(2);
  });
});

describe("worked example on the Overall score page", () => {
  const factor = (risk: number): FactorResult =>
    ({ assessed: true, risk, confidence: 1, findings: [] }) as unknown as FactorResult;

  it("cadence 75, content 50, audience 20 at full confidence give 77.9, grade F (both languages say so)", () => {
    const overall = overallRisk([factor(75), factor(50), factor(20)]);
    expect(overall.risk).toBe(77.9);
    expect(overall.grade).toBe("F");
    expect(readFileSync(join(DOCS_ROOT, "methodology", "score.md"), "utf8")).toContain("**77.9**, grade F");
    expect(readFileSync(join(DOCS_ROOT, "ru", "methodology", "score.md"), "utf8")).toContain("**77,9**, оценка F");
  });

  it("one critical factor at 80 with five healthy at 10 stays 80 (the page's 'why not an average')", () => {
    const overall = overallRisk([factor(80), ...Array.from({ length: 5 }, () => factor(10))]);
    expect(overall.risk).toBe(80);
  });
});

describe("the signal scale described on the Overall score page", () => {
  it("one step better than watch 0, watch 40, critical 70, one step worse than critical 100", () => {
    expect(signalRisk(7, 14, 21)).toBe(0);
    expect(signalRisk(14, 14, 21)).toBe(40);
    expect(signalRisk(21, 14, 21)).toBe(70);
    expect(signalRisk(28, 14, 21)).toBe(100);
    expect(signalRisk(0.5, 0.5, 0.25)).toBe(40);
  });

  it("confidence: 0.45 × n / minimum below it, 0.6 at the minimum, 1 at four times the minimum", () => {
    expect(sampleConfidence(4, 8)).toBe(0.23);
    expect(sampleConfidence(8, 8)).toBe(0.6);
    expect(sampleConfidence(32, 8)).toBe(1);
  });
});
