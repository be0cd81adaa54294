/**
 * The catalogue with its documentation: joins each runtime function (registry.ts) with its help (this folder) and
 * refuses a function without help, a parameter without help, or help for a parameter that does not exist.
 * Only documentation hosts import this (the add-on build for its JSDoc stubs, the docs reference, the CLI help),
 * so runtime bundles stay free of the help texts.
 */
import type { Lang } from "../../i18n/localized";
import { CATALOGUE } from "../registry";
import type { CatalogueFunction, CatalogueParam, DocumentedFunction, FunctionHelp } from "../types";
import { AUDIT_HELP } from "./audit";
import { METRIC_HELP } from "./metrics";
import { REFERENCE_HELP } from "./reference";
import { SUMMARY_HELP } from "./summaries";

export const CATALOGUE_HELP: Readonly<Record<string, FunctionHelp>> = {
  ...AUDIT_HELP,
  ...METRIC_HELP,
  ...SUMMARY_HELP,
  ...REFERENCE_HELP,
};

/** One function with its help; throws naming the function and parameter when the two halves disagree. */
export function documentFunction(
  fn: CatalogueFunction,
  help: FunctionHelp | undefined = CATALOGUE_HELP[fn.name],
): DocumentedFunction {
  if (!help) throw new Error(`catalogue: ${fn.name} has no help in catalogue/help`);
  const names = new Set(fn.args.map((arg) => arg.name));
  const stray = Object.keys(help.args).filter((name) => !names.has(name));
  if (stray.length > 0) throw new Error(`catalogue: ${fn.name} help describes unknown arguments: ${stray.join(", ")}`);
  const { args: argHelp, ...rest } = help;
  return {
    name: fn.name,
    category: fn.category,
    ...rest,
    args: fn.args.map((arg) => {
      const text = argHelp[arg.name];
      if (!text) throw new Error(`catalogue: ${fn.name} argument ${arg.name} has no help in catalogue/help`);
      return { ...arg, help: text };
    }),
  };
}

/** Every catalogue function with its documentation, in catalogue order. */
export function documentedCatalogue(): DocumentedFunction[] {
  const extra = Object.keys(CATALOGUE_HELP).filter((name) => !CATALOGUE.some((fn) => fn.name === name));
  if (extra.length > 0) throw new Error(`catalogue: help for functions that do not exist: ${extra.join(", ")}`);
  return CATALOGUE.map((fn) => documentFunction(fn));
}

/**
 * "SMM_ER(interactions, followers)": how a function is called, optional arguments in brackets; in Russian the
 * arguments are separated by ";", as a Russian-locale sheet expects them.
 */
export function formulaSignature(fn: { name: string; args: readonly CatalogueParam[] }, lang: Lang = "en"): string {
  const separator = lang === "ru" ? "; " : ", ";
  return `${fn.name}(${fn.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(separator)})`;
}
