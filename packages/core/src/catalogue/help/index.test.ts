/** Joining functions with their help: every function and parameter is documented, and a mismatch is refused by name. */
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../registry";
import type { CatalogueFunction, FunctionHelp } from "../types";
import { CATALOGUE_HELP, documentedCatalogue, documentFunction } from "./index";

const fn: CatalogueFunction = {
  name: "SMM_TEST",
  category: "metric",
  args: [
    { name: "clicks", type: "column", optional: false },
    { name: "impressions", type: "column", optional: false },
  ],
  impl: () => 0,
};
const text = { en: "x", ru: "х" };
const help: FunctionHelp = {
  summary: text,
  args: { clicks: text, impressions: text },
  returns: text,
  examples: [],
  errors: [],
};

describe("documentedCatalogue", () => {
  it("documents every runtime function, in catalogue order, with the runtime's parameters", () => {
    const documented = documentedCatalogue();
    expect(documented.map((f) => f.name)).toEqual(CATALOGUE.map((f) => f.name));
    for (const [k, f] of documented.entries()) {
      expect(f.args.map(({ name, type, optional }) => ({ name, type, optional }))).toEqual(CATALOGUE[k]?.args);
      expect(f.category).toBe(CATALOGUE[k]?.category);
    }
    expect(Object.keys(CATALOGUE_HELP).sort()).toEqual(CATALOGUE.map((f) => f.name).sort());
  });

  it("joins a function with its help", () => {
    const documented = documentFunction(fn, help);
    expect(documented.args.map((a) => a.help)).toEqual([text, text]);
    expect(documented.summary).toBe(text);
  });

  it("refuses a function without help, a parameter without help and help for an unknown parameter", () => {
    expect(() => documentFunction(fn)).toThrow("catalogue: SMM_TEST has no help in catalogue/help");
    expect(() => documentFunction(fn, { ...help, args: { clicks: text } })).toThrow(
      "catalogue: SMM_TEST argument impressions has no help in catalogue/help",
    );
    expect(() => documentFunction(fn, { ...help, args: { ...help.args, views: text } })).toThrow(
      "catalogue: SMM_TEST help describes unknown arguments: views",
    );
  });
});
