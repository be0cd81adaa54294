/**
 * Finding captions that repeat an earlier one without comparing all pairs: identical normalised texts by hashing,
 * near-identical ones (token-set Jaccard similarity ≥ 0.8) by prefix filtering, the standard exact method of
 * similarity joins. Words are ordered rarest first (one global order); two sets with Jaccard ≥ t must share a word
 * among the first |A| − ⌈t·|A|⌉ + 1 words of each, so only those "prefix" words are indexed and probed. Prefixes
 * consist of rare words, so the candidate lists stay short even when every caption uses the same common words
 * (where MinHash buckets fill up with false candidates), and every candidate is checked exactly. The one
 * approximation is MAX_PER_WORD on crowded word lists (templated captions). Deterministic: no randomness.
 */
import { appendWordHashes, type CaptionWordHashes, captionWordHashes, normaliseCaption } from "./captions";

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
 * At most this many of the most recent texts sharing one prefix word are examined per text: bounds the work on
 * templated exports where even the rarest words of a caption are in thousands of captions. Recent texts come first,
 * and the signal needs "repeats something", so a cap this high loses nothing in practice.
 */
const MAX_PER_WORD = 32;
/** Guards ⌈t·n⌉ against binary rounding (0.8 × 10 = 8.000000000000002 would otherwise round up to 9). */
const EPSILON = 1e-9;

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

interface WordIds {
  /** The id of a word given its 32-bit hash, added on first sight; counts every occurrence. */
  idOf(hash: number): number;
  /** Number of distinct words so far. */
  size(): number;
  /** Occurrences per id (the first size() entries). */
  counts(): Int32Array;
}

/**
 * Distinct words of all texts as small integer ids, by their 32-bit FNV-1a hash in an open-addressing table of
 * [hash, id + 1] pairs (one memory access per probe). Two words merge only if their hashes collide (about one pair
 * in 100k distinct words): it can only nudge the similarity of the few captions holding both, never make a caption
 * a duplicate on its own.
 */
function wordIds(expected: number): WordIds {
  let size = 1024;
  while (size < expected * 2) size *= 2;
  let slots = new Int32Array(size * 2);
  let mask = size - 1;
  let counts = new Int32Array(1024);
  let distinct = 0;
  const grow = () => {
    const old = slots;
    size *= 2;
    slots = new Int32Array(size * 2);
    mask = size - 1;
    for (let at = 0; at < old.length; at += 2) {
      const id1 = old[at + 1] as number;
      if (id1 === 0) continue;
      const h = old[at] as number;
      let slot = fmix32(h) & mask;
      while ((slots[slot * 2 + 1] as number) !== 0) slot = (slot + 1) & mask;
      slots[slot * 2] = h;
      slots[slot * 2 + 1] = id1;
    }
  };
  return {
    size: () => distinct,
    counts: () => counts,
    idOf(hash) {
      const h = hash | 0;
      let slot = fmix32(hash) & mask;
      for (;;) {
        const at = slot * 2;
        const id1 = slots[at + 1] as number;
        if (id1 === 0) break;
        if (slots[at] === h) {
          counts[id1 - 1] = (counts[id1 - 1] as number) + 1;
          return id1 - 1;
        }
        slot = (slot + 1) & mask;
      }
      const fresh = distinct++;
      if (fresh === counts.length) {
        const bigger = new Int32Array(counts.length * 2);
        bigger.set(counts);
        counts = bigger;
      }
      counts[fresh] = 1;
      slots[slot * 2] = h;
      slots[slot * 2 + 1] = fresh + 1;
      if (distinct * 2 >= size) grow();
      return fresh;
    },
  };
}

/**
 * For texts already normalised (normaliseCaption) and in chronological order, every text that repeats an earlier
 * one: identical texts point at the first occurrence, near-identical ones at the most recent similar-enough
 * earlier text. The first occurrence of a caption is never a duplicate.
 */
export function findDuplicates(normalised: readonly string[], options: DuplicateOptions = {}): DuplicateMatch[] {
  const n = normalised.length;
  // A text of L characters has at most L + 1 space-separated words.
  let characters = 0;
  for (let index = 0; index < n; index++) characters += (normalised[index] as string).length;
  const hashes = new Int32Array(characters + n + 1);
  const starts = new Int32Array(n + 1);
  let used = 0;
  for (let index = 0; index < n; index++) {
    starts[index] = used;
    const text = normalised[index] as string;
    if (text !== "") used = appendWordHashes(text, hashes, used);
  }
  starts[n] = used;
  return duplicatesOfWords({ starts, hashes }, (a, b) => normalised[a] === normalised[b], options);
}

/**
 * findDuplicates for raw captions (in chronological order) without building their normalised texts: the same
 * matches as findDuplicates(captions.map(normaliseCaption)), from the captions' word hashes (computed here unless
 * given). Only captions whose word hashes equal an earlier caption's are normalised, to confirm the repeat.
 */
export function findCaptionDuplicates(
  captions: readonly (string | null | undefined)[],
  words: CaptionWordHashes = captionWordHashes(captions),
  options: DuplicateOptions = {},
): DuplicateMatch[] {
  const normalised = new Map<number, string>();
  const textOf = (k: number) => {
    let text = normalised.get(k);
    if (text === undefined) {
      text = normaliseCaption(captions[k]);
      normalised.set(k, text);
    }
    return text;
  };
  return duplicatesOfWords(words, (a, b) => textOf(a) === textOf(b), options);
}

/**
 * The search itself, on each text's word hashes (text k: hashes[starts[k]] … hashes[starts[k + 1] − 1]; none for an
 * empty text). `sameText(a, b)` confirms that two texts with equal word hashes are identical.
 */
function duplicatesOfWords(
  words: CaptionWordHashes,
  sameText: (a: number, b: number) => boolean,
  options: DuplicateOptions,
): DuplicateMatch[] {
  const threshold = options.threshold ?? 0.8;
  const minExact = options.minWordsExact ?? 2;
  const minNear = options.minWordsNear ?? 5;
  const { starts, hashes } = words;
  const n = starts.length - 1;
  const firstByText = firstOccurrences(words, sameText);
  const exact: DuplicateMatch[] = [];

  // Pass 1: exact repeats; word ids of the texts that may have a near-duplicate (in `sets`, text by text).
  const sets = new Int32Array(hashes.length + 1);
  let used = 0;
  const from = new Int32Array(n + 1);
  const candidate = new Uint8Array(n);
  // Started small (a cache-sized table) and grown as words appear: a few thousand distinct words are typical.
  const ids = wordIds(Math.min(n * 2 + 16, 8192));
  for (let index = 0; index < n; index++) {
    const first = used;
    from[index] = first;
    const wordsFrom = starts[index] as number;
    const wordsTo = starts[index + 1] as number;
    if (wordsFrom === wordsTo) continue;
    // The text's hash chains its words' hashes (equal hashes are confirmed by comparing the texts).
    let textHash = 0x811c9dc5;
    for (let w = wordsFrom; w < wordsTo; w++) {
      const wordHash = hashes[w] as number;
      sets[used++] = ids.idOf(wordHash >>> 0);
      textHash = Math.imul(textHash ^ wordHash, 0x01000193);
    }
    const count = used - first;
    const earlier = firstByText.firstOrAdd(index, textHash >>> 0);
    if (earlier >= 0 || count < minNear) {
      // Counted words of these texts only shift the rarity order slightly; their ids are not kept.
      used = first;
      if (earlier >= 0 && count >= minExact) exact.push({ index, of: earlier, similarity: 1 });
      continue;
    }
    candidate[index] = 1;
  }
  from[n] = used;

  // The global order: rarest word first (ties by id, i.e. first appearance), as ranks 0, 1, 2, …
  const distinct = ids.size();
  const rank = ranksByCount(ids.counts(), distinct);

  // Pass 2: each text's word set in rank order; probe its prefix words' lists of earlier texts, then index them.
  const setEnd = new Int32Array(n);
  const head = new Int32Array(distinct).fill(-1);
  // Each text indexes at most all its words: `used` bounds the postings.
  const postingText = new Int32Array(used + 1);
  const postingNext = new Int32Array(used + 1);
  // Position of the word in the indexed text's set (for the positional bound below).
  const postingAt = new Int32Array(used + 1);
  let postings = 0;
  const checkedFor = new Int32Array(n).fill(-1);
  const near: DuplicateMatch[] = [];
  for (let index = 0; index < n; index++) {
    if (!candidate[index]) continue;
    const start = from[index] as number;
    const size = toRankedSet(sets, start, from[index + 1] as number, rank);
    setEnd[index] = start + size;
    if (size < minNear) continue;
    const prefix = size - Math.ceil(threshold * size - EPSILON) + 1;
    const minSize = Math.ceil(threshold * size - EPSILON);
    const maxSize = Math.floor(size / threshold + EPSILON);
    let best = -1;
    let bestSimilarity = 0;
    // Whether every earlier prefix word's list was walked to its end (or to texts no newer than `best`).
    let complete = true;
    for (let p = 0; p < prefix; p++) {
      let posting = head[sets[start + p] as number] as number;
      let walked = 0;
      for (; posting >= 0 && walked < MAX_PER_WORD; walked++) {
        const other = postingText[posting] as number;
        // Lists run newest first: nothing older than the best match so far can replace it.
        if (other <= best) break;
        const at = postingAt[posting] as number;
        posting = postingNext[posting] as number;
        if (checkedFor[other] === index) continue;
        checkedFor[other] = index;
        const otherStart = from[other] as number;
        const otherSize = (setEnd[other] as number) - otherStart;
        if (otherSize < minSize || otherSize > maxSize) continue;
        // Jaccard ≥ t ⇔ overlap ≥ t / (1 + t) × (|A| + |B|).
        const need = Math.ceil((threshold / (1 + threshold)) * (size + otherSize) - EPSILON);
        // Positional bound: when the lists of all earlier prefix words were complete, a pair that can reach `need`
        // is first met at its rarest common word (which is in both prefixes), so no common word precedes position
        // p here or `at` there and the overlap is at most min(size − p, otherSize − at).
        if (complete && Math.min(size - p, otherSize - at) < need) continue;
        const common = overlapAtLeast(sets, start, size, otherStart, otherSize, need);
        if (common >= 0) {
          best = other;
          bestSimilarity = common / (size + otherSize - common);
          break;
        }
      }
      if (walked === MAX_PER_WORD && posting >= 0) complete = false;
    }
    if (best >= 0) near.push({ index, of: best, similarity: bestSimilarity });
    for (let p = 0; p < prefix; p++) {
      const word = sets[start + p] as number;
      postingText[postings] = index;
      postingAt[postings] = p;
      postingNext[postings] = head[word] as number;
      head[word] = postings++;
    }
  }
  return mergeByIndex(exact, near);
}

/**
 * Rank of each id when ids are ordered by count ascending, ties by id: a counting sort, linear in the number of ids
 * (counts are small integers), where a comparison sort of 600k distinct words would cost a tenth of a second.
 */
function ranksByCount(counts: Int32Array, distinct: number): Int32Array {
  let maxCount = 0;
  for (let id = 0; id < distinct; id++) if ((counts[id] as number) > maxCount) maxCount = counts[id] as number;
  const next = new Int32Array(maxCount + 2);
  for (let id = 0; id < distinct; id++) {
    const slot = (counts[id] as number) + 1;
    next[slot] = (next[slot] as number) + 1;
  }
  for (let c = 1; c < next.length; c++) next[c] = (next[c] as number) + (next[c - 1] as number);
  const rank = new Int32Array(distinct);
  for (let id = 0; id < distinct; id++) {
    const c = counts[id] as number;
    rank[id] = next[c] as number;
    next[c] = (next[c] as number) + 1;
  }
  return rank;
}

/**
 * Size of the overlap of two sorted sets stored in `values` (at `a`, `aSize` long and at `b`, `bSize` long), or −1
 * as soon as it can no longer reach `need`: dissimilar captions are rejected after a few words, not a full merge.
 */
function overlapAtLeast(values: Int32Array, a: number, aSize: number, b: number, bSize: number, need: number): number {
  const aEnd = a + aSize;
  const bEnd = b + bSize;
  // Words of each set that may still miss the other before the overlap falls short of `need`.
  let aSpare = aSize - need;
  let bSpare = bSize - need;
  if (aSpare < 0 || bSpare < 0) return -1;
  let i = a;
  let j = b;
  let common = 0;
  while (i < aEnd && j < bEnd) {
    const x = values[i] as number;
    const y = values[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) {
      if (--aSpare < 0) return -1;
      i++;
    } else {
      if (--bSpare < 0) return -1;
      j++;
    }
  }
  return common >= need ? common : -1;
}

/** Maps word ids to ranks in place, sorts them and drops repeats; returns the set's size. */
function toRankedSet(values: Int32Array, start: number, end: number, rank: Int32Array): number {
  for (let i = start; i < end; i++) values[i] = rank[values[i] as number] as number;
  // Insertion sort: captions have tens of words, where it beats the typed-array sort's call overhead.
  for (let i = start + 1; i < end; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= start && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
  let w = start;
  for (let r = start; r < end; r++) if (r === start || values[r] !== values[w - 1]) values[w++] = values[r] as number;
  return w - start;
}

/** Two lists each ascending by index, merged into one ascending list. */
function mergeByIndex(a: DuplicateMatch[], b: DuplicateMatch[]): DuplicateMatch[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: DuplicateMatch[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as DuplicateMatch).index < (b[j] as DuplicateMatch).index))
      out.push(a[i++] as DuplicateMatch);
    else out.push(b[j++] as DuplicateMatch);
  }
  return out;
}

/**
 * Exact-text index: the first position of each distinct text, by its 32-bit hash in an open-addressing table,
 * comparing the word hashes and then the texts only when hashes match (a Map keyed by 100k long strings costs
 * several times more). `firstOrAdd` returns the first position of an identical earlier text, or −1 after recording
 * this one.
 */
function firstOccurrences(
  words: CaptionWordHashes,
  sameText: (a: number, b: number) => boolean,
): { firstOrAdd(index: number, hash: number): number } {
  const { starts, hashes: wordHashes } = words;
  let size = 16;
  while (size < (starts.length - 1) * 2) size *= 2;
  const hashes = new Uint32Array(size);
  const firsts = new Int32Array(size).fill(-1);
  const mask = size - 1;
  const sameWords = (a: number, b: number) => {
    const aFrom = starts[a] as number;
    const bFrom = starts[b] as number;
    const length = (starts[a + 1] as number) - aFrom;
    if ((starts[b + 1] as number) - bFrom !== length) return false;
    for (let k = 0; k < length; k++) if (wordHashes[aFrom + k] !== wordHashes[bFrom + k]) return false;
    return true;
  };
  return {
    firstOrAdd(index, hash) {
      let slot = fmix32(hash) & mask;
      for (;;) {
        const first = firsts[slot] as number;
        if (first < 0) {
          hashes[slot] = hash;
          firsts[slot] = index;
          return -1;
        }
        if (hashes[slot] === hash && sameWords(first, index) && sameText(first, index)) return first;
        slot = (slot + 1) & mask;
      }
    },
  };
}
