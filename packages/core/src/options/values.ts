/**
 * Turning what a user wrote for each option into its typed value, or an OptionsError that names the option,
 * quotes the value and says what is allowed. Empty values mean "not set" (null / the default).
 */
import { normalisePlatform } from "../audit/platform";
import { PLATFORMS, type Platform } from "../audit/types";
import { BENCHMARK_STUDIES } from "../benchmarks/find";
import type { Lang } from "../i18n/localized";
import { OptionsError, quote } from "./errors";
import type { ScalarOption } from "./keys";
import { parseLooseNumber } from "./number";

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function fail(key: string, en: string, ru: string): never {
  throw new OptionsError({ en, ru }, key);
}

export function platformValue(value: unknown): Platform | null {
  if (isBlank(value) || (typeof value === "string" && /^(auto|авто)$/i.test(value.trim()))) return null;
  const platform = normalisePlatform(value);
  if (platform) return platform;
  const allowed = `${PLATFORMS.join(", ")} (or auto)`;
  return fail(
    "platform",
    `platform must be one of ${allowed} (got ${quote(value)})`,
    `platform должна быть одной из: ${allowed.replace("or auto", "или auto")} (указано ${quote(value)})`,
  );
}

const CURRENCY_SIGNS: Record<string, string> = {
  $: "USD",
  "€": "EUR",
  "£": "GBP",
  "₽": "RUB",
  руб: "RUB",
  "руб.": "RUB",
  рубли: "RUB",
  рублей: "RUB",
  "р.": "RUB",
  rur: "RUB",
  доллар: "USD",
  доллары: "USD",
  евро: "EUR",
};

export function currencyValue(value: unknown): string | null {
  if (isBlank(value)) return null;
  const text = String(value).trim();
  const sign = CURRENCY_SIGNS[text.toLowerCase()];
  if (sign) return sign;
  if (/^[a-z]{3}$/i.test(text)) return text.toUpperCase();
  return fail(
    "currency",
    `currency must be a 3-letter ISO 4217 code such as USD, EUR, RUB (got ${quote(value)})`,
    `currency должна быть трёхбуквенным кодом ISO 4217, например USD, EUR, RUB (указано ${quote(value)})`,
  );
}

/**
 * Margin as a fraction 0–1. "30%" and a bare 30 both mean 30 %: a gross margin above 100 % does not exist, so a
 * number in (1, 100] can only be percent points. 1 means 100 %. Sheets hands a cell formatted as 30 % over as 0.3.
 */
export function marginValue(value: unknown): number | null {
  if (isBlank(value)) return null;
  const n = parseLooseNumber(value);
  if (n) {
    const fraction = n.percent || n.value > 1 ? n.value / 100 : n.value;
    if (fraction >= 0 && fraction <= 1) return fraction;
  }
  return fail(
    "margin",
    `margin must be a number between 0 and 1, or a percent such as 30% (got ${quote(value)})`,
    `margin (маржа) должна быть числом от 0 до 1 или процентом, например 30% (указано ${quote(value)})`,
  );
}

/** A positive money amount: targetCpa, averageOrderValue. Accepts "1 200,5", "$1,200.50". */
export function moneyValue(key: ScalarOption, value: unknown): number | null {
  if (isBlank(value)) return null;
  const n = parseLooseNumber(value);
  if (n && !n.percent && n.value > 0) return n.value;
  return fail(
    key,
    `${key} must be a positive amount such as 1200 or "1 200,50" (got ${quote(value)})`,
    `${key} должно быть положительной суммой, например 1200 или "1 200,50" (указано ${quote(value)})`,
  );
}

export function langValue(value: unknown): Lang {
  if (isBlank(value)) return "en";
  const text = String(value).trim().toLowerCase();
  if (/^(ru|rus|russian|русский|рус)([-_].*)?$/.test(text)) return "ru";
  if (/^(en|eng|english|английский|англ)([-_].*)?$/.test(text)) return "en";
  return fail(
    "lang",
    `lang must be en or ru (got ${quote(value)})`,
    `lang (язык) должен быть en или ru (указано ${quote(value)})`,
  );
}

export function benchmarkValue(value: unknown, fallback: string): string {
  if (isBlank(value)) return fallback;
  const text = String(value).trim().toLowerCase();
  if (BENCHMARK_STUDIES.includes(text)) return text;
  const list = BENCHMARK_STUDIES.join(", ");
  return fail(
    "benchmark",
    `benchmark must be one of ${list} (got ${quote(value)})`,
    `benchmark должен быть одним из: ${list} (указано ${quote(value)})`,
  );
}
