/**
 * Number formatting for messages, without Intl (its data differs between Node, browsers and Apps Script):
 * English "1,234.5" and "12.5%", Russian "1 234,5" and "12,5 %" (with no-break spaces).
 */
import type { Lang, Localized } from "./localized";

const NBSP = "\u00a0";

/** Fixed-point with grouping: formatNumber(1234.5, "ru", 1) → "1 234,5". Non-finite → "—". */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  if (!Number.isFinite(value)) return "—";
  const fixed = Math.abs(value).toFixed(digits);
  const [int = "0", frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "ru" ? NBSP : ",");
  const sign = value < 0 && Number(fixed) !== 0 ? "−" : "";
  return sign + grouped + (frac ? (lang === "ru" ? "," : ".") + frac : "");
}

/** A fraction as a percent: formatPercent(0.125, "en") → "12.5%"; digits adapt so small rates stay visible. */
export function formatPercent(fraction: number, lang: Lang, digits?: number): string {
  if (!Number.isFinite(fraction)) return "—";
  const pct = fraction * 100;
  // Exactly zero needs no decimals ("0%", not "0.000%"); anything else keeps enough digits to stay visible.
  const d = digits ?? (pct === 0 || Math.abs(pct) >= 10 ? 0 : Math.abs(pct) >= 1 ? 1 : Math.abs(pct) >= 0.1 ? 2 : 3);
  return formatNumber(pct, lang, d) + (lang === "ru" ? `${NBSP}%` : "%");
}

const SYMBOLS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", RUB: "₽" };

/** Money with the currency: "$1,200" / "1 200 ₽"; unknown currency → plain number plus code when given. */
export function formatMoney(value: number, currency: string | null, lang: Lang, digits = 0): string {
  const n = formatNumber(value, lang, digits);
  if (!currency) return n;
  const symbol = SYMBOLS[currency];
  if (lang === "ru") return `${n}${NBSP}${symbol ?? currency}`;
  if (symbol && symbol !== "₽") return value < 0 ? `−${symbol}${n.slice(1)}` : `${symbol}${n}`;
  return `${n} ${currency}`;
}

/** Both languages at once, for Localized messages built from numbers. */
export function both(make: (lang: Lang) => string): Localized {
  return { en: make("en"), ru: make("ru") };
}
