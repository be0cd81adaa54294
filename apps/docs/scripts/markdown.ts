/**
 * Safe Markdown building blocks for generated pages: text from the core's catalogue and factor metadata is escaped
 * so that it renders literally (no HTML, no Vue interpolation, no broken tables), and values are formatted per language.
 */
import { formatNumber, formatPercent, type Lang, type SignalUnit } from "@smm-risk/core";

/** Escapes text for a Markdown paragraph or table cell: HTML, Vue `{{ }}`, table pipes and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/([\\`*_[\]#])/g, "\\$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\{/g, "&#123;")
    .replace(/\}/g, "&#125;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ");
}

/** Inline code that survives any content (backticks inside get a longer fence); pipes escaped for tables. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ")}${pad}${fence}`;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Front matter with a quoted title (JSON strings are valid YAML). */
export function frontMatter(fields: Record<string, string | number | boolean>): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === "string" ? JSON.stringify(v) : v}`);
  return `---\n${lines.join("\n")}\n---\n`;
}

const UNIT_WORDS: Record<SignalUnit, { en: string; ru: string }> = {
  fraction: { en: "share", ru: "доля" },
  ratio: { en: "ratio (×)", ru: "отношение (×)" },
  days: { en: "days", ru: "дни" },
  hours: { en: "hours", ru: "часы" },
  count: { en: "count", ru: "количество" },
  per_week: { en: "per week", ru: "в неделю" },
  coefficient: { en: "coefficient", ru: "коэффициент" },
  money: { en: "money", ru: "деньги" },
};

export function unitWord(unit: SignalUnit, lang: Lang): string {
  return UNIT_WORDS[unit][lang];
}

/** A threshold or measured value in its unit: 0.25 fraction → "25%", 14 days → "14 days", 0.5 ratio → "0.5×". */
export function formatValue(value: number, unit: SignalUnit, lang: Lang): string {
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) < 10 ? 2 : 1;
  const n = (d = digits) =>
    formatNumber(value, lang, d)
      .replace(/([.,]\d*?)0+$/, "$1")
      .replace(/[.,]$/, "");
  switch (unit) {
    case "fraction":
      return formatPercent(value, lang);
    case "ratio":
      return `${n()}×`;
    case "days":
      return lang === "ru" ? `${n()} дн.` : `${n()} days`;
    case "hours":
      return lang === "ru" ? `${n()} ч` : `${n()} h`;
    case "per_week":
      return lang === "ru" ? `${n()} в неделю` : `${n()} per week`;
    default:
      return n();
  }
}
