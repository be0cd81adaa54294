/**
 * Caption normalisation for comparing texts: lower case, without URLs, @mentions, #hashtags, emoji, punctuation
 * and digits, so that "New post! 🎉 https://t.co/x #sale" and "new post" count as the same message.
 * Letters of every script survive (Cyrillic captions must not normalise to nothing).
 */

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gu;
const BARE_DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|ru|org|net|io|co|ly|me|рф|su|info|app)(?:\/\S*)?/gu;
const MENTION_OR_TAG = /[@#][\p{L}\p{N}_]+/gu;
const LETTER = /\p{L}/u;

/**
 * The comparable form of a caption: lowercase words separated by single spaces ("" when nothing is left).
 * Each pattern runs only when its marker character is present (on 100k captions the Unicode-aware URL pattern
 * alone costs a quarter of a second, and most captions have no link).
 */
export function normaliseCaption(text: string | null | undefined): string {
  if (!text) return "";
  let out = text.toLowerCase();
  if (out.includes("http") || out.includes("www.")) out = out.replace(URL_PATTERN, " ");
  if (out.includes(".")) out = out.replace(BARE_DOMAIN, " ");
  if (out.includes("@") || out.includes("#")) out = out.replace(MENTION_OR_TAG, " ");
  if (out.includes("ё")) out = out.replace(/ё/g, "е");
  return letterWords(out);
}

/**
 * Runs of letters joined by single spaces; everything else (digits, punctuation, symbols, emoji, combining marks)
 * separates words. ASCII and Cyrillic are decided by code range, other characters by the Unicode letter class:
 * a character loop is several times faster than a Unicode-aware regex replace on long exports.
 */
function letterWords(text: string): string {
  if (alreadyClean(text)) return text;
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else if (c >= 0x430 && c <= 0x45f)
      letter = true; // Cyrillic lowercase а–я, ѐ–џ
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair (emoji, rare scripts): a letter only if the full code point is one.
      letter = LETTER.test(text.slice(i, i + 2));
      if (!letter) {
        if (start >= 0) words.push(text.slice(start, i));
        start = -1;
        i++;
        continue;
      }
      if (start < 0) start = i;
      i++;
      continue;
    } else letter = LETTER.test(text.charAt(i));
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words.join(" ");
}

/** Fast path: lowercase ASCII/Cyrillic letters with single spaces between words need no rebuilding. */
function alreadyClean(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x45f)) previousSpace = false;
    else return false;
  }
  return !previousSpace || text.length === 0;
}

/** Words of a normalised caption. */
export function captionWords(normalised: string): string[] {
  return normalised === "" ? [] : normalised.split(" ");
}

/** Number of words in a normalised caption, without splitting it. */
export function wordCount(normalised: string): number {
  if (normalised === "") return 0;
  let n = 1;
  for (let i = 0; i < normalised.length; i++) if (normalised.charCodeAt(i) === 32) n++;
  return n;
}
