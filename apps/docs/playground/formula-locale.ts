/**
 * A formula as the reader's spreadsheet expects it. Sheets in a decimal-comma locale (Russian among them) separate
 * arguments with ";", write decimals with "," and separate the columns of an array literal with "\": an English
 * example typed there as it is fails to parse. Text in quotes is left exactly as it is.
 */
import type { Lang } from "@smm-risk/core";

const DIGIT = /\d/;

export function localFormula(formula: string, lang: Lang): string {
  if (lang === "en") return formula;
  let out = "";
  let quoted = false;
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"') {
      out += ch;
      continue;
    }
    if (ch === "{") braces++;
    else if (ch === "}") braces--;
    if (ch === ",") out += braces > 0 ? "\\" : ";";
    else if (ch === "." && DIGIT.test(formula[i - 1] ?? "") && DIGIT.test(formula[i + 1] ?? "")) out += ",";
    else out += ch;
  }
  return out;
}
