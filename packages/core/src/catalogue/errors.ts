/**
 * Errors a catalogue function throws: one short line "SMM_NAME: what to fix" (what Sheets shows on #ERROR!),
 * in the caller's language (callFunction re-throws in ctx.lang), with both languages in `localized`.
 * No class fields (Apps Script bundle rules): properties are set in the constructor.
 */
import type { Lang, Localized } from "../i18n/localized";

export class CatalogueError extends Error {
  declare readonly localized: Localized;
  declare readonly functionName: string;

  /** `message` without the "NAME: " prefix; `lang` picks the language of `.message`. */
  constructor(functionName: string, message: Localized, lang: Lang = "en") {
    super(`${functionName}: ${message[lang] || message.en}`);
    this.name = "CatalogueError";
    Object.defineProperty(this, "functionName", { value: functionName, enumerable: true });
    Object.defineProperty(this, "localized", {
      value: { en: message.en, ru: message.ru },
      enumerable: true,
    });
    Object.setPrototypeOf(this, CatalogueError.prototype);
  }
}

/** Throws "NAME: …" in both languages. */
export function fail(functionName: string, en: string, ru: string): never {
  throw new CatalogueError(functionName, { en, ru });
}

/**
 * Throws "NAME: arg must be one of a, b, c (got "x")" in both languages. `ru` is the grammatical gender of the
 * argument's Russian reading (factor, study: masculine; metric, platform: feminine).
 */
export function failChoice(
  functionName: string,
  arg: string,
  choices: readonly string[],
  got: unknown,
  ru: "masculine" | "feminine",
): never {
  const list = choices.join(", ");
  const quoted = JSON.stringify(String(got ?? ""));
  const must = ru === "masculine" ? "должен быть одним из" : "должна быть одной из";
  fail(functionName, `${arg} must be one of ${list} (got ${quoted})`, `${arg} ${must}: ${list} (указано ${quoted})`);
}

/** The message in the user's language (English for plain errors). */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof CatalogueError) return `${error.functionName}: ${error.localized[lang]}`;
  return error instanceof Error ? error.message : String(error);
}

/** Quotes a cell for an error message, truncated. */
export function shown(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 16).replace("T", " ") : String(value);
  return `"${text.length > 30 ? `${text.slice(0, 29)}…` : text}"`;
}
