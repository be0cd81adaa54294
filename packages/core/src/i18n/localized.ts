/**
 * Bilingual text: every message a user can see is written in English and Russian side by side,
 * so a renderer picks the language at the last moment and nothing is translated twice.
 */

export const LANGS = ["en", "ru"] as const;
export type Lang = (typeof LANGS)[number];

export interface Localized {
  en: string;
  ru: string;
}

export function loc(en: string, ru: string): Localized {
  return { en, ru };
}

/** Picks one language, falling back to English. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}

/** "ru", "ru-RU", "ru_RU" → "ru"; anything else → "en". */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === "string" && /^ru\b|^ru[-_]/i.test(locale) ? "ru" : "en";
}
