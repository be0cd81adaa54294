/**
 * The formula catalogue: every spreadsheet function defined once, and the way hosts call them. `callFunction`
 * checks the argument count, runs the function in the caller's language and turns every failure into one
 * short "SMM_NAME: what to fix" error in that language.
 */
import type { Localized } from "../i18n/localized";
import { OptionsError } from "../options/errors";
import { AUDIT_FUNCTIONS } from "./audit-functions";
import { CatalogueError } from "./errors";
import { METRIC_FUNCTIONS } from "./metric-functions";
import { SMM_BENCHMARK } from "./reference-functions";
import { SMM_CADENCE, SMM_REPLY_RATE } from "./summary-functions";
import type { CatalogueContext, CatalogueFunction, SheetValue } from "./types";

export const CATALOGUE: readonly CatalogueFunction[] = [
  ...AUDIT_FUNCTIONS,
  ...METRIC_FUNCTIONS,
  SMM_REPLY_RATE,
  SMM_CADENCE,
  SMM_BENCHMARK,
];

const BY_NAME = new Map(CATALOGUE.map((f) => [f.name, f]));

/** A function by name, case-insensitive ("smm_ctr" finds SMM_CTR); null when unknown. */
export function findFunction(name: string): CatalogueFunction | null {
  return BY_NAME.get(name.trim().toUpperCase()) ?? null;
}

const isMissing = (value: unknown) => value === undefined || value === null;

/**
 * Calls a catalogue function with Sheets-style arguments (scalars or 2D arrays; omitted trailing arguments may be
 * left out or undefined). Throws Error("SMM_NAME: what to fix") in ctx.lang (default English).
 */
export function callFunction(name: string, args: unknown[], ctx: Partial<CatalogueContext> = {}): SheetValue {
  const lang = ctx.lang === "ru" ? "ru" : "en";
  const fn = findFunction(name);
  if (!fn) {
    throw new CatalogueError(
      String(name),
      {
        en: `unknown function; available: ${CATALOGUE.map((f) => f.name).join(", ")}`,
        ru: `неизвестная функция; доступны: ${CATALOGUE.map((f) => f.name).join(", ")}`,
      },
      lang,
    );
  }
  // Sheets passes trailing omitted arguments as nothing at all; a script caller may pass undefined.
  let given = args.length;
  while (given > 0 && isMissing(args[given - 1])) given -= 1;
  const names = fn.args.map((a) => a.name).join(", ");
  if (given > fn.args.length) {
    throw new CatalogueError(
      fn.name,
      {
        en: `takes at most ${fn.args.length} arguments (${names}), got ${given}`,
        ru: `принимает не больше ${fn.args.length} аргументов (${names}), передано ${given}`,
      },
      lang,
    );
  }
  const missing = fn.args.find((arg, k) => !arg.optional && isMissing(args[k]));
  if (missing) {
    throw new CatalogueError(
      fn.name,
      {
        en: `${missing.name} is missing (arguments: ${names})`,
        ru: `не указан аргумент ${missing.name} (аргументы: ${names})`,
      },
      lang,
    );
  }
  try {
    return fn.impl(args.slice(0, fn.args.length), { lang });
  } catch (error) {
    throw localise(fn.name, error, lang);
  }
}

function localise(name: string, error: unknown, lang: "en" | "ru"): Error {
  if (error instanceof CatalogueError) return new CatalogueError(error.functionName, error.localized, lang);
  if (error instanceof OptionsError) return new CatalogueError(name, error.localized, lang);
  const message = error instanceof Error ? error.message : String(error);
  const text: Localized = { en: message, ru: message };
  return new CatalogueError(name, text, lang);
}
