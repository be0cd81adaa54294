/**
 * Reading a number an option was written with: JS numbers as they are, and text in either locale
 * ("1 200,5", "1,200.50", "30%", "$1 200", "1.200,5"). Percent text is returned as a flag so each option decides.
 */

export interface LooseNumber {
  value: number;
  /** The text ended with "%". */
  percent: boolean;
}

/** Null when the value is not a number (the caller turns that into an OptionsError naming the option). */
export function parseLooseNumber(input: unknown): LooseNumber | null {
  if (typeof input === "number") return Number.isFinite(input) ? { value: input, percent: false } : null;
  if (typeof input !== "string") return null;
  let text = input.trim().replace(/[\s\u00a0\u202f']/g, "");
  const percent = text.endsWith("%");
  if (percent) text = text.slice(0, -1);
  text = text.replace(/^[$€£₽]|[$€£₽]$|(?:руб\.?|р\.|usd|eur|rub)$/i, "");
  text = text.replace(/^−/, "-");
  if (!/^[-+]?[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // Both separators: the later one is the decimal point ("1,200.50", "1.200,50").
    text = lastComma > lastDot ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  } else if (lastComma >= 0) {
    const groups = text.split(",");
    // "1,200" / "12,345,678" with 3-digit groups are thousands; "1,5" / "0,25" is a decimal comma.
    const thousands =
      groups.length > 2 || (groups.length === 2 && groups[1]?.length === 3 && !/^[-+]?0$/.test(groups[0] ?? ""));
    text = thousands ? groups.join("") : text.replace(",", ".");
  } else if ((text.match(/\./g) ?? []).length > 1) {
    text = text.replace(/\./g, "");
  }
  const value = Number(text);
  return Number.isFinite(value) ? { value, percent } : null;
}
