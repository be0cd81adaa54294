/**
 * Finding captions that repeat an earlier one, in O(n) expected time: identical normalised texts by hashing,
 * near-identical ones (token-set Jaccard similarity ≥ 0.8) by MinHash signatures split into LSH bands, so only
 * texts that share a band bucket are compared, never all pairs. Deterministic: fixed seeds, no randomness.
 */
import { wordCount } from "./captions";

export interface DuplicateMatch {
  /** Position (in the input array) of the later text that repeats an earlier one. */
  index: number;
  /** Position of the earlier text it repeats. */
  of: number;
  /** Token-set Jaccard similarity, 1 for identical normalised texts. */
  similarity: number;
}

export interface DuplicateOptions {
  /** Jaccard similarity at which two texts count as near-duplicates (default 0.8: at most one word in five differs). */
  threshold?: number;
  /** Identical texts shorter than this many words are not counted ("Hi" twice is not copy-paste). Default 2. */
  minWordsExact?: number;
  /** Near-duplicate matching needs this many distinct words; Jaccard on 3-word sets jumps in steps of 25 %. Default 5. */
  minWordsNear?: number;
}

/**
 * 4 bands × 2 rows: a pair at Jaccard 0.8 shares a bucket with probability 1 − (1 − 0.8²)⁴ ≈ 98.3 %, at 0.9 ≈ 99.9 %.
 * More bands would buy a point of recall at twice the cost on 100k-row exports; the signal is a share, not a list.
 */
const BANDS = 4;
const ROWS = 2;
const HASHES = BANDS * ROWS;
/**
 * Only the most recent entries of a crowded bucket are compared, which bounds the work on templated inputs
 * (a small vocabulary fills every bucket): at most BANDS × MAX_PER_BUCKET Jaccard checks per text.
 */
const MAX_PER_BUCKET = 16;
const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix32((i + 1) * 0x9e3779b1));

/** MurmurHash3 finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Sorted, deduplicated 32-bit hashes of the words of a normalised text (words separated by single spaces),
 * hashed straight from the characters without splitting into strings. `scratch` is reused between calls.
 */
function tokenSet(text: string, scratch: { buffer: Uint32Array }): Uint32Array {
  let count = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      if (count === scratch.buffer.length) {
        const bigger = new Uint32Array(scratch.buffer.length * 2);
        bigger.set(scratch.buffer);
        scratch.buffer = bigger;
      }
      scratch.buffer[count++] = h >>> 0;
      h = 0x811c9dc5;
    } else {
      h ^= c;
      h = Math.imul(h, 0x01000193);
    }
  }
  const hashes = scratch.buffer;
  // Insertion sort: captions have tens of words, where it beats the typed-array sort's call overhead.
  for (let i = 1; i < count; i++) {
    const v = hashes[i] as number;
    let j = i - 1;
    while (j >= 0 && (hashes[j] as number) > v) {
      hashes[j + 1] = hashes[j] as number;
      j--;
    }
    hashes[j + 1] = v;
  }
  let w = 0;
  for (let r = 0; r < count; r++) if (r === 0 || hashes[r] !== hashes[w - 1]) hashes[w++] = hashes[r] as number;
  return hashes.slice(0, w);
}

function signature(tokens: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as number;
    for (let k = 0; k < HASHES; k++) {
      const h = fmix32(token ^ (SEEDS[k] as number));
      if (h < (sig[k] as number)) sig[k] = h;
    }
  }
  return sig;
}

/** Jaccard similarity of two sorted, deduplicated hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 1 : common / union;
}

/**
 * For texts already normalised (normaliseCaption) and in chronological order, every text that repeats an earlier
 * one: identical texts point at the first occurrence, near-identical ones at the most recent similar-enough
 * earlier text found. The first occurrence of a caption is never a duplicate.
 */
export function findDuplicates(normalised: readonly string[], options: DuplicateOptions = {}): DuplicateMatch[] {
  const threshold = options.threshold ?? 0.8;
  const minExact = options.minWordsExact ?? 2;
  const minNear = options.minWordsNear ?? 5;
  const firstByText = firstOccurrences(normalised);
  /**
   * One map per band from a 32-bit hash of the band's rows to the latest text in that bucket; `previous` chains each
   * text to the one before it in the same bucket (collisions only add candidates; Jaccard decides).
   */
  const latest = bucketHeads(normalised.length * BANDS);
  const previous = new Int32Array(normalised.length * BANDS).fill(-1);
  /** checkedFor[j] = i once text j was compared with text i, so a pair sharing several bands is compared once. */
  const checkedFor = new Int32Array(normalised.length).fill(-1);
  const sets: Uint32Array[] = [];
  const matches: DuplicateMatch[] = [];
  const scratch = { buffer: new Uint32Array(64) };

  normalised.forEach((text, index) => {
    if (text === "") return;
    const earlier = firstByText.firstOrAdd(text, index);
    const words = wordCount(text);
    if (earlier >= 0) {
      if (words >= minExact) matches.push({ index, of: earlier, similarity: 1 });
      return;
    }
    if (words < minNear) return;
    const tokens = tokenSet(text, scratch);
    if (tokens.length < minNear) return;
    const sig = signature(tokens);
    let best: DuplicateMatch | null = null;
    for (let b = 0; b < BANDS; b++) {
      const key = fmix32((sig[b * ROWS] as number) ^ fmix32(sig[b * ROWS + 1] as number));
      const head = latest.swap(key, b, index);
      if (head < 0) continue;
      previous[index * BANDS + b] = head;
      for (let other = head, walked = 0; other >= 0 && walked < MAX_PER_BUCKET; walked++) {
        const next = previous[other * BANDS + b] as number;
        if (checkedFor[other] === index) {
          other = next;
          continue;
        }
        checkedFor[other] = index;
        const similarity = jaccard(tokens, sets[other] as Uint32Array);
        if (similarity >= threshold) {
          // The most recent earlier text that is similar enough: the signal needs "repeats something", not the
          // closest match, and stopping here keeps templated exports linear.
          best = { index, of: other, similarity };
          break;
        }
        other = next;
      }
      if (best) break;
    }
    if (best) matches.push(best);
    sets[index] = tokens;
  });
  return matches;
}

/**
 * Open-addressing hash table from (band, 32-bit key) to the latest text index in that bucket: one Int32Array of
 * [mixed key, latest index + 1] pairs, so a probe touches one cache line (several times faster than four Maps with
 * 100k entries each). Band and key are mixed into one 32-bit key; a collision only merges two buckets, which adds
 * candidates that the exact Jaccard check then rejects. Capacity is a power of two ≥ 2 × entries.
 * `swap` stores `index` as the bucket's latest text and returns the previous latest (−1 for a new bucket).
 */
function bucketHeads(entries: number): { swap(key: number, band: number, index: number): number } {
  let size = 16;
  while (size < entries * 2) size *= 2;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  return {
    swap(key, band, index) {
      const mixed = fmix32(key ^ Math.imul(band + 1, 0x9e3779b1)) | 0;
      let slot = mixed & mask;
      for (;;) {
        const at = slot * 2;
        const head = (table[at + 1] as number) - 1;
        if (head < 0) {
          table[at] = mixed;
          table[at + 1] = index + 1;
          return -1;
        }
        if (table[at] === mixed) {
          table[at + 1] = index + 1;
          return head;
        }
        slot = (slot + 1) & mask;
      }
    },
  };
}

/**
 * Exact-text index: the first position of each distinct text, by a 32-bit FNV-1a hash in an open-addressing
 * table, comparing the strings only when hashes match (a Map keyed by 100k long strings costs several times more).
 * `firstOrAdd` returns the first position of an identical earlier text, or −1 after recording this one.
 */
function firstOccurrences(texts: readonly string[]): { firstOrAdd(text: string, index: number): number } {
  let size = 16;
  while (size < texts.length * 2) size *= 2;
  const hashes = new Uint32Array(size);
  const firsts = new Int32Array(size).fill(-1);
  const mask = size - 1;
  return {
    firstOrAdd(text, index) {
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
      const hash = h >>> 0;
      let slot = fmix32(hash) & mask;
      for (;;) {
        const first = firsts[slot] as number;
        if (first < 0) {
          hashes[slot] = hash;
          firsts[slot] = index;
          return -1;
        }
        if (hashes[slot] === hash && texts[first] === text) return first;
        slot = (slot + 1) & mask;
      }
    },
  };
}
