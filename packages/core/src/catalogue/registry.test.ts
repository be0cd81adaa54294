/**
 * The catalogue as data: every function is defined completely (names Sheets accepts, help in both languages,
 * examples, errors), and every example whose arguments are literals really returns the documented number.
 */
import { describe, expect, it } from "vitest";
import { CatalogueError } from "./errors";
import { documentedCatalogue } from "./help/index";
import { CATALOGUE, callFunction, findFunction } from "./registry";

const DOCUMENTED = documentedCatalogue();

const REQUIRED = [
  "SMM_RISK",
  "SMM_AUDIT",
  "SMM_FACTOR",
  "SMM_VERDICT",
  "SMM_ER",
  "SMM_ERR",
  "SMM_CTR",
  "SMM_CPM",
  "SMM_CPC",
  "SMM_CPA",
  "SMM_ROAS",
  "SMM_ROMI",
  "SMM_REPLY_RATE",
  "SMM_CADENCE",
  "SMM_BENCHMARK",
];

const filled = (text: { en: string; ru: string }) => text.en.trim().length > 0 && text.ru.trim().length > 0;

/** Splits "=NAME(a, b, {…})" into literal arguments; null when an argument is a cell reference. */
function literalArgs(formula: string): { name: string; args: unknown[] } | null {
  const match = /^=([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!match) return null;
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of match[2] ?? "") {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "{") depth += 1;
    if (!quoted && ch === "}") depth -= 1;
    if (!quoted && depth === 0 && ch === ",") {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  const args: unknown[] = [];
  for (const part of parts) {
    if (/^-?\d+(\.\d+)?$/.test(part)) args.push(Number(part));
    else if (/^"[^"]*"$/.test(part)) args.push(part.slice(1, -1));
    else if (/^\{.*\}$/.test(part)) {
      args.push(
        part
          .slice(1, -1)
          .split(";")
          .map((cell) => [cell.trim().replace(/^"|"$/g, "")]),
      );
    } else return null;
  }
  return { name: match[1] ?? "", args };
}

describe("CATALOGUE", () => {
  it("defines every required function exactly once", () => {
    const names = CATALOGUE.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...REQUIRED].sort());
  });

  it.each(DOCUMENTED.map((f) => [f.name, f] as const))("%s is fully described", (_, fn) => {
    expect(fn.name).toMatch(/^SMM_[A-Z]+(?:_[A-Z]+)*$/);
    expect(filled(fn.summary)).toBe(true);
    expect(filled(fn.returns)).toBe(true);
    expect(fn.examples.length).toBeGreaterThan(0);
    for (const example of fn.examples) {
      expect(example.formula.startsWith(`=${fn.name}(`)).toBe(true);
      expect(filled(example.result)).toBe(true);
    }
    expect(fn.errors.length).toBeGreaterThan(0);
    for (const error of fn.errors) expect(filled(error)).toBe(true);
    let seenOptional = false;
    for (const arg of fn.args) {
      expect(arg.name).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
      expect(filled(arg.help)).toBe(true);
      if (seenOptional) expect(arg.optional).toBe(true);
      seenOptional ||= arg.optional;
    }
    expect(["audit", "metric", "reference"]).toContain(fn.category);
  });

  it("returns the documented number for every example with literal arguments", () => {
    let checked = 0;
    for (const fn of DOCUMENTED) {
      for (const example of fn.examples) {
        const call = literalArgs(example.formula);
        const documented = /^-?\d+(?:\.\d+)?/.exec(example.result.en);
        if (!call || !documented) continue;
        const result = callFunction(call.name, call.args);
        const value = Array.isArray(result) ? result[0]?.[1] : result;
        expect(value, example.formula).toBeCloseTo(Number(documented[0]), 3);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});

describe("findFunction and callFunction", () => {
  it("finds functions case-insensitively and rejects unknown names with the list", () => {
    expect(findFunction("smm_ctr")?.name).toBe("SMM_CTR");
    expect(findFunction("SMM_NOPE")).toBeNull();
    expect(() => callFunction("SMM_NOPE", [])).toThrow(/^SMM_NOPE: unknown function; available: SMM_RISK, /);
  });

  it("checks the argument count and names a missing argument", () => {
    expect(() => callFunction("SMM_CTR", [5])).toThrow(
      "SMM_CTR: impressions is missing (arguments: clicks, impressions)",
    );
    expect(() => callFunction("SMM_CTR", [5, 6, 7])).toThrow(
      "SMM_CTR: takes at most 2 arguments (clicks, impressions), got 3",
    );
    // Trailing omitted arguments (undefined) are not counted.
    expect(callFunction("SMM_CTR", [5, 100, undefined])).toBe(0.05);
  });

  it("throws plain Errors in the caller's language", () => {
    const run = (lang: "en" | "ru") => {
      try {
        callFunction(
          "SMM_CTR",
          [
            [[1], ["abc"]],
            [[1], [2]],
          ],
          { lang },
        );
      } catch (error) {
        return error;
      }
      return null;
    };
    const en = run("en");
    const ru = run("ru");
    expect(en).toBeInstanceOf(Error);
    expect(en).toBeInstanceOf(CatalogueError);
    expect((en as Error).message).toBe('SMM_CTR: clicks row 2 is "abc", expected a number');
    expect((ru as Error).message).toBe('SMM_CTR: clicks, строка 2: "abc" — ожидалось число');
  });
});
