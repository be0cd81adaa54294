/**
 * The formula catalogue's shape. Each spreadsheet function is defined once, in two halves: what runs (name,
 * parameters, implementation on Sheets-style values; catalogue/*-functions.ts) and what documents it (summary,
 * argument help, return value, examples, errors; catalogue/help/). Runtime bundles carry only the first half; the
 * add-on's JSDoc stubs, the docs reference and the CLI's metric list read both, joined by `documentedCatalogue()`.
 */
import type { Lang, Localized } from "../i18n/localized";

/** What a Sheets custom function receives and may return: scalars or 2D arrays. */
export type SheetScalar = string | number | boolean | Date | null;
export type SheetValue = SheetScalar | SheetScalar[][];

export type ArgType = "range" | "column" | "number" | "text" | "options";

export interface CatalogueParam {
  /** Parameter name as Sheets shows it (lower_snake_case, valid JS identifier). */
  name: string;
  type: ArgType;
  optional: boolean;
}

/** A parameter with its help text, as documentation shows it. */
export interface CatalogueArg extends CatalogueParam {
  help: Localized;
}

export interface CatalogueExample {
  formula: string;
  result: Localized;
}

export interface CatalogueContext {
  /** Language for messages and labels in the output. */
  lang: Lang;
}

export type CatalogueCategory = "audit" | "metric" | "reference";

/** What runs: the part of a function every host bundles. */
export interface CatalogueFunction {
  /** UPPER_SNAKE name starting with SMM_. */
  name: string;
  category: CatalogueCategory;
  args: CatalogueParam[];
  /** Throws Error("NAME: what to fix") on bad input. */
  impl(args: unknown[], ctx: CatalogueContext): SheetValue;
}

/** What documents a function (catalogue/help/), keyed there by the function's name. */
export interface FunctionHelp {
  summary: Localized;
  /** Help for each parameter, keyed by parameter name. */
  args: Readonly<Record<string, Localized>>;
  returns: Localized;
  examples: CatalogueExample[];
  /** Errors a user may see, with what to do about them. */
  errors: Localized[];
}

/** A function with its documentation, as the add-on stubs, the docs reference and the CLI help read it. */
export interface DocumentedFunction extends Omit<FunctionHelp, "args"> {
  name: string;
  category: CatalogueCategory;
  args: CatalogueArg[];
}
