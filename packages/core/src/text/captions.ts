/**
 * Caption normalisation for comparing texts: lower case, without URLs, @mentions, #hashtags, emoji, punctuation
 * and digits, so that "New post! 🎉 https://t.co/x #sale" and "new post" count as the same message.
 * Letters of every script survive (Cyrillic captions must not normalise to nothing).
 */

const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gu;
const BARE_DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|ru|org|net|io|co|ly|me|рф|su|info|app)(?:\/\S*)?/gu;
const LETTER = /\p{L}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** 32-bit FNV-1a over UTF-16 code units: the hash of a word of a normalised caption. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The comparable form of a caption: lowercase words separated by single spaces ("" when nothing is left).
 * One character scan does most of the work; the Unicode-aware patterns run only when their marker is present
 * (on 100k captions the URL pattern alone costs a quarter of a second, and most captions have no link).
 */
export function normaliseCaption(text: string | null | undefined): string {
  if (!text) return "";
  const words = new Words(text);
  if (plainWords(text, words)) return words.result();
  return generalPath(text);
}

/** normaliseCaption for captions the fast scan declines: Unicode-aware patterns, then the letter scan. */
function generalPath(text: string): string {
  let out = text.toLowerCase();
  if (out.includes("http") || out.includes("www.")) out = out.replace(URL_PATTERN, " ");
  if (mayHoldDomain(out)) out = out.replace(BARE_DOMAIN, " ");
  if (out.includes("ё")) out = out.replace(/ё/g, "е");
  return letterWords(out);
}

/**
 * Lowercase form of every code unit below 0x460 that is an ASCII or Cyrillic letter (ё and Ё folded into е: the
 * normalised form), 0 for everything else. Both alphabets map one character to one, so lowercasing letter by letter
 * equals lowercasing the whole text.
 */
const PLAIN_LOWER = plainLowerTable();

function plainLowerTable(): Uint16Array {
  const table = new Uint16Array(0x460);
  for (let c = 97; c <= 122; c++) {
    table[c] = c;
    table[c - 32] = c;
  }
  for (let c = 0x430; c <= 0x44f; c++) {
    table[c] = c;
    table[c - 32] = c;
  }
  for (let c = 0x450; c <= 0x45f; c++) {
    table[c] = c;
    table[c - 80] = c;
  }
  table[0x451] = 0x435;
  table[0x401] = 0x435;
  return table;
}

/**
 * The fast path for the common caption: letters only from ASCII and Cyrillic (lowercased by PLAIN_LOWER, which
 * equals lowercasing the whole text, slow for Cyrillic), links skipped exactly as URL_PATTERN removes them, tags of
 * ASCII/Cyrillic letters and digits. Returns false for anything else (a bare domain, a letter or digit of another
 * script), which the general path handles; a property test pins the two paths to the same regex definition. Each
 * word goes to `out` with its FNV-1a hash over the normalised letters, i.e. the hash of the word in the normalised
 * text. The loop is shaped for the common character, a letter, which costs one table look-up.
 */
function plainWords(text: string, out: WordSink): boolean {
  let start = -1;
  let hash = FNV_OFFSET;
  // Whether the current word differs from its source (capitals or ё).
  let changed = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const lower = c < 0x460 ? (PLAIN_LOWER[c] as number) : 0;
    if (lower !== 0) {
      if ((lower === 104 || lower === 119) && linkAhead(text, i)) {
        // URL_PATTERN: "http://", "https://" or "www." at a word boundary, with the non-space run after it.
        const prefix = urlPrefix(text, i);
        const boundary = i === 0 || !isWordChar(text.charCodeAt(i - 1));
        if (prefix > 0 && boundary && i + prefix < n && !isSpace(text.charCodeAt(i + prefix))) {
          if (start >= 0) out.add(start, i, changed, hash);
          start = -1;
          changed = false;
          let j = i + prefix;
          while (j < n && !isSpace(text.charCodeAt(j))) j++;
          i = j - 1;
          continue;
        }
        if (prefix > 0 && boundary) return false;
      }
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ lower, FNV_PRIME);
      if (lower !== c) changed = true;
      // The rest of the word in a tight loop: lowercase letters other than "h" and "w" (which may start a link).
      while (i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        const next = d < 0x460 ? (PLAIN_LOWER[d] as number) : 0;
        if (next === 0 || next === 104 || next === 119) break;
        hash = Math.imul(hash ^ next, FNV_PRIME);
        if (next !== d) changed = true;
        i++;
      }
      continue;
    }
    const end = i;
    if (c === 64 || c === 35) {
      // "@" or "#": skip the tag (letters, digits, underscores).
      let j = i + 1;
      for (; j < n; j++) {
        const t = text.charCodeAt(j);
        if (t < 128) {
          if (!((t >= 97 && t <= 122) || (t >= 65 && t <= 90) || (t >= 48 && t <= 57) || t === 95)) break;
          if ((t === 104 || t === 72 || t === 119 || t === 87) && linkAhead(text, j)) return false;
        } else if (!(t >= 0x400 && t <= 0x45f)) {
          if (tagCharLength(text, j) > 0) return false;
          break;
        }
      }
      i = j - 1;
    } else if (c === 46) {
      // A dot before a letter may be a domain ("shop.example.com").
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
      if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 0x440 || next === 0x420) return false;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair (emoji, rare scripts): a separator unless it is a letter or digit (then the general path).
      if (LETTER_OR_NUMBER.test(text.slice(i, i + 2))) return false;
      i++;
    } else if (c >= 128 && LETTER_OR_NUMBER.test(text.charAt(i))) return false;
    // Anything else (digits, punctuation, spaces, symbols) ends the word.
    if (start >= 0) {
      out.add(start, end, changed, hash);
      start = -1;
      changed = false;
    }
  }
  if (start >= 0) out.add(start, n, changed, hash);
  return true;
}

/** Receives the words plainWords finds: the source range, whether it differs from the source, and its hash. */
interface WordSink {
  add(start: number, end: number, changed: boolean, hash: number): void;
}

/**
 * Output words of plainWords as the normalised string. Consecutive clean words (lowercase, no ё) separated by
 * exactly one space in the source are taken as one slice, so a typical caption costs a few slices instead of one
 * per word. No class fields (Apps Script bundle rules): properties are set in the constructor.
 */
class Words implements WordSink {
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
  add(start: number, end: number, changed: boolean, _hash: number): void {
    if (!changed) {
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
    const word = this.text.slice(start, end).toLowerCase();
    this.parts.push(word.includes("ё") ? word.replace(/ё/g, "е") : word);
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

/**
 * The words of many captions as 32-bit hashes, without building the normalised strings: caption k's words are
 * `hashes[starts[k]]` … `hashes[starts[k + 1] − 1]`, each the hash wordHashes gives the same word of
 * normaliseCaption(caption k). What the duplicate search and the short-caption count need, in one character scan.
 */
export interface CaptionWordHashes {
  starts: Int32Array;
  hashes: Int32Array;
}

/** Word hashes of every caption (property tests pin them to wordHashes of normaliseCaption). */
export function captionWordHashes(captions: readonly (string | null | undefined)[]): CaptionWordHashes {
  const n = captions.length;
  const starts = new Int32Array(n + 1);
  const sink = new HashSink(n * 8 + 16);
  for (let k = 0; k < n; k++) {
    starts[k] = sink.used;
    const text = captions[k];
    if (!text) continue;
    // A text of L code units has at most (L + 1) / 2 words; room for them first, so adding needs no checks.
    sink.reserve((text.length + 2) >> 1);
    if (!plainWords(text, sink)) {
      sink.used = starts[k] as number;
      const normalised = generalPath(text);
      if (normalised !== "") sink.used = appendWordHashes(normalised, sink.hashes, sink.used);
    }
  }
  starts[n] = sink.used;
  return { starts, hashes: sink.hashes.subarray(0, sink.used) };
}

/**
 * Appends the FNV-1a hash of every space-separated word of `text` (one per space plus one; "" gives one, the
 * caller skips empty texts) to `out` at `at`, which must have room for them; returns the new end.
 */
export function appendWordHashes(text: string, out: Int32Array, at: number): number {
  let used = at;
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      out[used++] = hash;
      hash = FNV_OFFSET;
    } else hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  out[used++] = hash;
  return used;
}

/** Word hashes of one normalised caption (none for ""). */
export function wordHashes(normalised: string): number[] {
  if (normalised === "") return [];
  const out = new Int32Array(normalised.length + 1);
  return Array.from(out.subarray(0, appendWordHashes(normalised, out, 0)));
}

/** plainWords output as hashes in a growing Int32Array. No class fields (Apps Script bundle rules). */
class HashSink implements WordSink {
  declare hashes: Int32Array;
  declare used: number;
  constructor(capacity: number) {
    this.hashes = new Int32Array(capacity);
    this.used = 0;
  }
  /** Makes room for `more` hashes after `used`. */
  reserve(more: number): void {
    if (this.used + more <= this.hashes.length) return;
    const bigger = new Int32Array(Math.max(this.hashes.length * 2, this.used + more));
    bigger.set(this.hashes.subarray(0, this.used));
    this.hashes = bigger;
  }
  add(_start: number, _end: number, _changed: boolean, hash: number): void {
    this.hashes[this.used++] = hash;
  }
}
