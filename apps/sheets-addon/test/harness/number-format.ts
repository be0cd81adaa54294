/**
 * Displays a number the way Sheets would under a number-format pattern, for the sheet renderer: the subset the
 * add-on writes (`0`, `0.00`, `#,##0.00`, `0.0%`, quoted literals like `"$"#,##0.00` or `#,##0 "₽"`), with the
 * spreadsheet locale's separators. No pattern (or Sheets' automatic `0.###############`) shows the number as is.
 */

export interface Separators {
  decimal: string;
  group: string;
}

export const EN_SEPARATORS: Separators = { decimal: ".", group: "," };
export const RU_SEPARATORS: Separators = { decimal: ",", group: "\u00a0" };

export function formatWithPattern(value: number, pattern: string | null | undefined, sep: Separators): string {
  if (!pattern || pattern === "0.###############" || pattern === "General" || pattern === "@") {
    return plain(value, sep);
  }
  let prefix = "";
  let suffix = "";
  let body = "";
  let seenDigit = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const literal = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      if (seenDigit) suffix += literal;
      else prefix += literal;
      i = end < 0 ? pattern.length : end;
    } else if (/[0#.,]/.test(ch)) {
      body += ch;
      seenDigit = true;
    } else if (ch === "%") {
      suffix += "%";
    } else if (seenDigit) suffix += ch;
    else prefix += ch;
  }
  const scaled = suffix.includes("%") ? value * 100 : value;
  const decimals = body.includes(".") ? (body.split(".")[1] ?? "").replace(/[^0#]/g, "").length : 0;
  const fixed = Math.abs(scaled).toFixed(decimals);
  const [int = "0", frac] = fixed.split(".");
  const grouped = body.includes(",") ? int.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group) : int;
  const sign = scaled < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${prefix}${grouped}${frac ? sep.decimal + frac : ""}${suffix}`;
}

function plain(value: number, sep: Separators): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return text.replace(".", sep.decimal);
}
