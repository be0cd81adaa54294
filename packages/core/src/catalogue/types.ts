/**
 * The formula catalogue's shape: each spreadsheet function defined once (name, arguments, help, examples,
 * implementation on Sheets-style values). The add-on's stubs and JSDoc, the docs reference and the CLI's
 * metric list are all generated from it.
 */
import type { Lang, Localized } from "../i18n/localized";

/** What a Sheets custom function receives and may return: scalars or 2D arrays. */
export type SheetScalar = string | number | boolean | Date | null;
export type SheetValue = SheetScalar | SheetScalar[][];

export type ArgType = "range" | "column" | "number" | "text" | "options";

export interface CatalogueArg {
  /** Parameter name as Sheets shows it (lower_snake_case, valid JS identifier). */
  name: string;
  type: ArgType;
  optional: boolean;
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

export interface CatalogueFunction {
  /** UPPER_SNAKE name starting with SMM_. */
  name: string;
  category: "audit" | "metric" | "reference";
  summary: Localized;
  args: CatalogueArg[];
  returns: Localized;
  examples: CatalogueExample[];
  /** Errors a user may see, with what to do about them. */
  errors: Localized[];
  /** Throws Error("NAME: what to fix") on bad input. */
  impl(args: unknown[], ctx: CatalogueContext): SheetValue;
}
