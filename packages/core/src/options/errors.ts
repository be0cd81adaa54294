/**
 * The one error options parsing throws. English message (what `#ERROR!` shows), the Russian variant in
 * `localized`, and the offending key. No class fields (Apps Script bundle rules): properties are set in the constructor.
 */
import type { Localized } from "../i18n/localized";

export class OptionsError extends Error {
  declare readonly localized: Localized;
  /** The option key the error is about ("margin", "cadence.longest_gap_days.watch"), null for the input as a whole. */
  declare readonly key: string | null;

  constructor(message: Localized, key: string | null = null) {
    super(message.en);
    this.name = "OptionsError";
    Object.defineProperty(this, "localized", { value: message, enumerable: true });
    Object.defineProperty(this, "key", { value: key, enumerable: true });
    Object.setPrototypeOf(this, OptionsError.prototype);
  }
}

/** Quotes a user value for a message, truncated so a pasted paragraph does not flood a cell. */
export function quote(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}
