/**
 * The one division every metric uses: a ratio that is null (never NaN or Infinity) when the numerator is missing
 * or the denominator is missing, zero, negative or not finite.
 */

/** A metric input: a number, or null/undefined when the export has no value. */
export type MaybeNumber = number | null | undefined;

/** numerator / denominator × scale, or null when it cannot be computed. */
export function safeRatio(numerator: MaybeNumber, denominator: MaybeNumber, scale = 1): number | null {
  if (numerator === null || numerator === undefined || !Number.isFinite(numerator)) return null;
  if (denominator === null || denominator === undefined || !Number.isFinite(denominator) || denominator <= 0) {
    return null;
  }
  const value = (numerator / denominator) * scale;
  return Number.isFinite(value) ? value : null;
}
