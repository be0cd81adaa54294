/**
 * Caption normalisation for comparing texts: lower case, without URLs, @mentions, #hashtags, emoji, punctuation
 * and digits, so that "New post! 🎉 https://t.co/x #sale" and "new post" count as the same message.
 * Letters of every script survive (Cyrillic captions must not normalise to nothing).
 */

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gu;
const BARE_DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|ru|org|net|io|co|ly|me|рф|su|info|app)(?:\/\S*)?/gu;
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * The comparable form of a caption: lowercase words separated by single spaces ("" when nothing is left).
 * One character scan does most of the work; the Unicode-aware patterns run only when their marker is present
 * (on 100k captions the URL pattern alone costs a quarter of a second, and most captions have no link).
 */
export function normaliseCaption(text: string | null | undefined): string {
  if (!text) return "";
  const fast = plainWords(text);
  if (fast !== null) return fast;
  let out = text.toLowerCase();
  if (out.includes("http") || out.includes("www.")) out = out.replace(URL_PATTERN, " ");
  if (mayHoldDomain(out)) out = out.replace(BARE_DOMAIN, " ");
  if (out.includes("ё")) out = out.replace(/ё/g, "е");
  return letterWords(out);
}

/**
 * The fast path for the common caption: letters only from ASCII and Cyrillic (lowercased one word at a time,
 * where both alphabets map one character to one, so the result equals lowercasing the whole text, which is slow
 * for Cyrillic), links skipped exactly as URL_PATTERN removes them, tags of ASCII/Cyrillic letters and digits.
 * Returns null for anything else (a bare domain, a letter or digit of another script), which the general path
 * handles; a property test pins the two paths to the same regex definition.
 */
function plainWords(text: string): string | null {
  const out = new Words(text);
  let start = -1;
  let upper = false;
  let yo = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    let letter = false;
    if (c < 128) {
      if (c >= 97 && c <= 122) letter = true;
      else if (c >= 65 && c <= 90) {
        letter = true;
        upper = true;
      } else if (c === 64 || c === 35) {
        // "@" or "#": skip the tag (letters, digits, underscores).
        let j = i + 1;
        for (; j < n; j++) {
          const t = text.charCodeAt(j);
          if (t < 128) {
            if (!((t >= 97 && t <= 122) || (t >= 65 && t <= 90) || (t >= 48 && t <= 57) || t === 95)) break;
            if ((t === 104 || t === 72 || t === 119 || t === 87) && linkAhead(text, j)) return null;
          } else if (!(t >= 0x400 && t <= 0x45f)) {
            if (tagCharLength(text, j) > 0) return null;
            break;
          }
        }
        if (start >= 0) out.add(start, i, upper, yo);
        start = -1;
        upper = false;
        yo = false;
        i = j - 1;
        continue;
      } else if (c === 46) {
        // A dot before a letter may be a domain ("shop.example.com").
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 0x440 || next === 0x420) return null;
      }
      if (letter && (c === 104 || c === 72 || c === 119 || c === 87) && linkAhead(text, i)) {
        // URL_PATTERN: "http://", "https://" or "www." at a word boundary, with the non-space run after it.
        const prefix = urlPrefix(text, i);
        const boundary = i === 0 || !isWordChar(text.charCodeAt(i - 1));
        if (prefix > 0 && boundary && i + prefix < n && !isSpace(text.charCodeAt(i + prefix))) {
          if (start >= 0) out.add(start, i, upper, yo);
          start = -1;
          upper = false;
          yo = false;
          let j = i + prefix;
          while (j < n && !isSpace(text.charCodeAt(j))) j++;
          i = j - 1;
          continue;
        }
        if (prefix > 0 && boundary) return null;
      }
    } else if (c >= 0x400 && c <= 0x45f) {
      letter = true;
      if (c < 0x430) upper = true;
      if (c === 0x451 || c === 0x401) yo = true;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair (emoji, rare scripts): a separator unless it is a letter or digit (then the general path).
      if (LETTER_OR_NUMBER.test(text.slice(i, i + 2))) return null;
      i++;
    } else if (LETTER_OR_NUMBER.test(text.charAt(i))) return null;
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.add(start, c >= 0xd800 && c <= 0xdbff ? i - 1 : i, upper, yo);
      start = -1;
      upper = false;
      yo = false;
    }
  }
  return out.result();
}

/**
 * Output words of plainWords. Consecutive clean words (lowercase, no ё) separated by exactly one space in the
 * source are taken as one slice, so a typical caption costs a few slices instead of one per word.
 * No class fields (Apps Script bundle rules): properties are set in the constructor.
 */
class Words {
  declare private readonly text: string;
  declare private readonly parts: string[];
  declare private runStart: number;
  declare private runEnd: number;
  constructor(text: string) {
    this.text = text;
    this.parts = [];
    this.runStart = -1;
    this.runEnd = -1;
  }
  add(start: number, end: number, upper: boolean, yo: boolean): void {
    if (!upper && !yo) {
      if (this.runStart >= 0 && this.runEnd === start - 1 && this.text.charCodeAt(this.runEnd) === 32) {
        this.runEnd = end;
        return;
      }
      this.flush();
      this.runStart = start;
      this.runEnd = end;
      return;
    }
    this.flush();
    let word = this.text.slice(start, end);
    if (upper) word = word.toLowerCase();
    if (yo) word = word.replace(/ё/g, "е");
    this.parts.push(word);
  }
  result(): string {
    if (this.parts.length === 0 && this.runStart >= 0) {
      // The whole caption may be one clean run: then no new string at all.
      return this.runStart === 0 && this.runEnd === this.text.length
        ? this.text
        : this.text.slice(this.runStart, this.runEnd);
    }
    this.flush();
    return this.parts.join(" ");
  }
  private flush(): void {
    if (this.runStart >= 0) this.parts.push(this.text.slice(this.runStart, this.runEnd));
    this.runStart = -1;
  }
}

/** Length of "http://", "https://" or "www." (any case) starting at `i`, else 0. */
function urlPrefix(text: string, i: number): number {
  const lower = (k: number) => text.charCodeAt(i + k) | 0x20;
  if (lower(0) === 119) return lower(1) === 119 && lower(2) === 119 && text.charCodeAt(i + 3) === 46 ? 4 : 0;
  if (lower(0) !== 104 || lower(1) !== 116 || lower(2) !== 116 || lower(3) !== 112) return 0;
  const s = lower(4) === 115 ? 1 : 0;
  return text.charCodeAt(i + 4 + s) === 58 && text.charCodeAt(i + 5 + s) === 47 && text.charCodeAt(i + 6 + s) === 47
    ? 7 + s
    : 0;
}

/** `\w` of a regex: ASCII letters, digits and "_". */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `\s` of a regex. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** "http" or "www." (any case) starting at `i`. */
function linkAhead(text: string, i: number): boolean {
  const lower = (k: number) => text.charCodeAt(i + k) | 0x20;
  const c = lower(0);
  if (c === 104) return lower(1) === 116 && lower(2) === 116 && lower(3) === 112;
  return lower(1) === 119 && lower(2) === 119 && text.charCodeAt(i + 3) === 46;
}

/** Whether a dot is followed by a letter that can start one of BARE_DOMAIN's endings (a–z or "р" of "рф"). */
function mayHoldDomain(text: string): boolean {
  for (let i = text.indexOf("."); i >= 0 && i < text.length - 1; i = text.indexOf(".", i + 1)) {
    const c = text.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || c === 0x440) return true;
  }
  return false;
}

/**
 * Runs of letters joined by single spaces; @mentions and #hashtags (the marker and the letters, digits and
 * underscores after it) are dropped, everything else (digits, punctuation, symbols, emoji, combining marks)
 * separates words. ASCII and Cyrillic are decided by code range, other characters by the Unicode letter class:
 * a character loop is several times faster than Unicode-aware regex replaces on long exports.
 */
function letterWords(text: string): string {
  if (alreadyClean(text)) return text;
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 64 || c === 35) {
      // "@" or "#": end the word before it and skip the tag.
      if (start >= 0) words.push(text.slice(start, i));
      start = -1;
      let j = i + 1;
      for (let step = tagCharLength(text, j); step > 0; step = tagCharLength(text, j)) j += step;
      i = j - 1;
      continue;
    }
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

/** Length (1 or 2 code units) of the letter, digit or underscore at `i`, 0 when there is none (a tag ends there). */
function tagCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
  if (c >= 0x430 && c <= 0x45f) return 1;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_NUMBER.test(text.charAt(i)) ? 1 : 0;
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
