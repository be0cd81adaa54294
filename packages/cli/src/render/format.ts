/**
 * Value formatting shared by the terminal and Markdown renderers: signal values by unit, thresholds,
 * row-number lists, row-kind counts and periods. Numbers go through core's locale-stable formatters.
 */
import {
  type FactorResult,
  formatMoney,
  formatNumber,
  formatPercent,
  type Lang,
  PLATFORM_LABELS,
  type Platform,
  type RowKind,
  type SignalResult,
  type SignalUnit,
} from "@smm-risk/core";
import { KIND_LABELS, label, PLURALS, plural, UNIT_SUFFIX } from "./labels";

/** A measured value in its unit: fractions as percents, days with "days", money with the currency. */
export function formatValue(value: number, unit: SignalUnit, lang: Lang, currency: string | null = null): string {
  switch (unit) {
    case "fraction":
      return formatPercent(value, lang);
    case "money":
      return formatMoney(value, currency, lang);
    case "count":
      return formatNumber(value, lang, Number.isInteger(value) ? 0 : 1);
    case "coefficient":
      return formatNumber(value, lang, 2);
    default: {
      const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
      const suffix = UNIT_SUFFIX[unit];
      return (
        formatNumber(value, lang, unit === "days" && Number.isInteger(value) ? 0 : digits) + (suffix?.[lang] ?? "")
      );
    }
  }
}

/** "21 days (watch ≥ 14 days, critical ≥ 21 days)": the value against its thresholds, with the bad side shown. */
export function formatSignal(signal: SignalResult, lang: Lang, currency: string | null = null): string {
  const title = signal.title[lang];
  if (signal.value === null) return `${title}: —${signal.note ? ` (${signal.note[lang]})` : ""}`;
  const cmp = signal.direction === "higher_is_worse" ? "≥" : "≤";
  const v = (x: number) => formatValue(x, signal.unit, lang, currency);
  const limits = `${label("thresholds", lang)} ${cmp} ${v(signal.watch)}, ${label("critical", lang)} ${cmp} ${v(signal.critical)}`;
  const bench = signal.benchmark ? `; ${signal.benchmark.label[lang]} ${formatBenchmark(signal)}` : "";
  return `${title}: ${v(signal.value)} (${limits}${bench})`;
}

function formatBenchmark(signal: SignalResult): string {
  const b = signal.benchmark;
  if (!b) return "";
  return `${signal.unit === "fraction" ? formatPercent(b.value, "en") : String(b.value)}, ${b.source} ${b.year}`;
}

/** The signal that drives a factor: the highest-risk scored signal, or null. */
export function mainSignal(signals: SignalResult[]): SignalResult | null {
  let best: SignalResult | null = null;
  for (const s of signals) {
    if (s.value === null) continue;
    if (!best || s.risk > best.risk) best = s;
  }
  return best;
}

/** "rows 14, 22, 31 +5 more" with at most `max` numbers; empty string for no rows. */
export function formatRows(rows: number[], lang: Lang, max = 6): string {
  if (rows.length === 0) return "";
  const shown = rows.slice(0, max).join(", ");
  const rest = rows.length - max;
  const word = lang === "ru" ? (rows.length === 1 ? "строка" : "строки") : rows.length === 1 ? "row" : "rows";
  return `${word} ${shown}${rest > 0 ? ` ${label("more", lang, { n: rest })}` : ""}`;
}

/** "180 posts, 96 ads, 36 messages": non-zero kinds only. */
export function formatKinds(kinds: Record<RowKind, number>, lang: Lang): string {
  const parts = (Object.keys(KIND_LABELS) as RowKind[])
    .filter((k) => kinds[k] > 0)
    .map((k) =>
      lang === "ru"
        ? `${KIND_LABELS[k][lang]}: ${formatNumber(kinds[k], lang)}`
        : `${formatNumber(kinds[k], lang)} ${KIND_LABELS[k][lang]}`,
    );
  return parts.length ? parts.join(", ") : label("none", lang);
}

/** "2025-01-01 – 2025-03-31 (90 days)". */
export function formatPeriod(period: { start: string; end: string; days: number } | null, lang: Lang): string {
  if (!period) return "—";
  return `${period.start.slice(0, 10)} – ${period.end.slice(0, 10)} (${formatNumber(period.days, lang)} ${plural(period.days, lang, PLURALS.days)})`;
}

/**
 * Alternative column sets that would enable a factor, the first `max` of them:
 * "segment + conversions; or campaign + spend +2 more".
 */
export function formatMissing(missing: string[][], lang: Lang, max = 3, code = (c: string) => c): string {
  const shown = missing.slice(0, max).map((set) => set.map(code).join(" + "));
  const rest = missing.length - shown.length;
  return shown.join(`; ${label("or", lang)} `) + (rest > 0 ? ` ${label("more", lang, { n: rest })}` : "");
}

/**
 * Why a factor was not assessed: the columns that would enable it, then the factor's own reason unless that
 * reason only restates the same column list.
 */
export function notAssessedText(
  factor: FactorResult,
  lang: Lang,
  code?: (column: string) => string,
  escapeText: (text: string) => string = (t) => t,
): string {
  const need = factor.missing.length
    ? `${label("wouldEnable", lang)}: ${formatMissing(factor.missing, lang, 3, code)}.`
    : "";
  const reason = factor.reason?.[lang] ?? "";
  const restated = factor.missing.map((set) => set.join(" + ")).join(" | ");
  const own = reason && !(restated && (factor.reason?.en ?? "").includes(`columns ${restated}`)) ? reason : "";
  return [need, own ? escapeText(own) : ""].filter(Boolean).join(" ");
}

export function formatPlatform(platform: Platform): string {
  return PLATFORM_LABELS[platform] ?? platform;
}
