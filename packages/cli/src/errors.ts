/**
 * The one error type commands throw for problems the user can fix (bad path, binary file, unknown option):
 * a bilingual message and an exit code. main() prints it as one line, never with a stack trace.
 */
import type { Lang, Localized } from "@smm-risk/core";

/** Exit codes: 1 = the input could not be processed, 2 = the command line is wrong. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  readonly text: Localized;
  readonly exitCode: number;

  constructor(text: Localized, exitCode: number = EXIT_FAILURE) {
    super(text.en);
    this.name = "CliError";
    this.text = text;
    this.exitCode = exitCode;
  }

  in(lang: Lang): string {
    return this.text[lang] || this.text.en;
  }
}

export function usageError(text: Localized): CliError {
  return new CliError(text, EXIT_USAGE);
}

/** Any thrown value as one line of text (first line of the message, no stack). */
export function oneLine(error: unknown, lang: Lang): string {
  if (error instanceof CliError) return error.in(lang);
  const localized = (error as { localized?: Partial<Localized> } | null)?.localized;
  if (localized && typeof localized.en === "string") return (localized[lang] || localized.en).split("\n")[0] ?? "";
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unexpected error";
}
