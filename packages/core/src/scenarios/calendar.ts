/**
 * The scenarios' fixed calendar: a fixed start date (no clock) and date formatting as exports print it,
 * "2026-03-14 18:30" in English and "14.03.2026 18:30" in Russian. Times are wall-clock, handled in UTC arithmetic.
 */
import type { Lang } from "../i18n/localized";

/** Monday 2 March 2026, 00:00 wall clock. */
export const SCENARIO_START = Date.UTC(2026, 2, 2);
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Date only: "2026-03-02" / "02.03.2026". */
export function formatDay(ms: number, lang: Lang): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = two(d.getUTCMonth() + 1);
  const day = two(d.getUTCDate());
  return lang === "ru" ? `${day}.${m}.${y}` : `${y}-${m}-${day}`;
}

/** Date and time to the minute: "2026-03-14 18:30" / "14.03.2026 18:30". */
export function formatDateTime(ms: number, lang: Lang): string {
  const d = new Date(ms);
  return `${formatDay(ms, lang)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** Number of whole days in a period of `months` months (30.44 days each), at least 7. */
export function periodDays(months: number): number {
  return Math.max(7, Math.round(months * 30.44));
}
