/**
 * Word forms by count, so a count and its noun agree: English [one, other]; Russian [one, few, many]
 * (1 строка, 2 строки, 5 строк; a fraction takes the "few" form: 4,8 поста) and, in oblique cases, [singular,
 * plural] (из 21 поста, из 5 постов, по 21 посту).
 */
import type { Lang } from "./localized";

export interface PluralForms {
  en: [string, string];
  ru: [string, string, string];
}

/** The word for `n` things: plural(3, "ru", { en: ["row", "rows"], ru: ["строка", "строки", "строк"] }) → "строки". */
export function plural(n: number, lang: Lang, forms: PluralForms): string {
  const abs = Math.abs(n);
  if (lang === "en") return abs === 1 ? forms.en[0] : forms.en[1];
  if (!Number.isInteger(abs)) return forms.ru[1];
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return forms.ru[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms.ru[1];
  return forms.ru[2];
}

/**
 * A Russian noun in an oblique case after a numeral, where only "ends in 1" takes the singular: genitive after
 * "из" or "не меньше" (из 21 поста, из 5 постов), dative after "по" (по 21 посту, по 5 постам). Forms: [singular,
 * plural] of that case; a fraction takes the singular (из 2,5 поста).
 */
export function obliqueRu(n: number, forms: [string, string]): string {
  const abs = Math.abs(n);
  if (!Number.isInteger(abs)) return forms[0];
  return abs % 10 === 1 && abs % 100 !== 11 ? forms[0] : forms[1];
}

/** Nouns the audit counts, in every form it needs. */
export const NOUNS = {
  posts: { en: ["post", "posts"], ru: ["пост", "поста", "постов"] },
  rows: { en: ["row", "rows"], ru: ["строка", "строки", "строк"] },
  complaints: { en: ["complaint", "complaints"], ru: ["жалоба", "жалобы", "жалоб"] },
  conversions: { en: ["conversion", "conversions"], ru: ["конверсия", "конверсии", "конверсий"] },
  /** As the object of a verb: "дал 1 конверсию", "на 5 конверсий". */
  conversionsObject: { en: ["conversion", "conversions"], ru: ["конверсию", "конверсии", "конверсий"] },
} satisfies Record<string, PluralForms>;

/** Russian oblique-case forms for `obliqueRu`: [singular, plural]. */
export const RU_OBLIQUE = {
  /** из 21 поста, не меньше 5 постов */
  posts: ["поста", "постов"],
  /** по 21 посту, по 5 постам */
  postsDative: ["посту", "постам"],
  /** из 21 недели */
  weeks: ["недели", "недель"],
  /** из 21 единицы */
  units: ["единицы", "единиц"],
  /** из 21 входящего */
  incoming: ["входящего", "входящих"],
} satisfies Record<string, [string, string]>;
