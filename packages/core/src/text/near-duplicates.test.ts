import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseCaption } from "./captions";
import { findCaptionDuplicates, findDuplicates } from "./near-duplicates";

const base = "our new autumn collection is finally here with warm coats scarves and boots for the whole family";

describe("findDuplicates", () => {
  it("finds identical captions after normalisation and points at the first one", () => {
    const texts = ["Big sale today! https://a.co/1", "Something else entirely here", "big SALE today 🎉 #promo"].map(
      normaliseCaption,
    );
    expect(findDuplicates(texts)).toEqual([{ index: 2, of: 0, similarity: 1 }]);
  });

  it("finds a near-duplicate with one word changed but not a different caption", () => {
    const texts = [
      base,
      "tips for choosing running shoes that fit your feet and your budget this season",
      base.replace("autumn", "winter"),
    ].map(normaliseCaption);
    const matches = findDuplicates(texts);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ index: 2, of: 0 });
    expect(matches[0]?.similarity).toBeGreaterThan(0.8);
    expect(matches[0]?.similarity).toBeLessThan(1);
  });

  it("ignores empty and one-word captions", () => {
    expect(findDuplicates(["", "", "hi", "hi"])).toEqual([]);
  });

  it("stays fast on 50k distinct captions and finds only the planted repeats", () => {
    // Letter-only words (digits are stripped by normalisation): a base-26 spelling of numbers.
    const word = (n: number) => {
      let out = "";
      let v = n + 26;
      while (v > 0) {
        out += String.fromCharCode(97 + (v % 26));
        v = Math.floor(v / 26);
      }
      return out;
    };
    const texts = Array.from({ length: 50_000 }, (_, i) =>
      Array.from({ length: 12 }, (_, k) => word((i * 7919 + k * 104_729) % 2_000_003)).join(" "),
    );
    texts[40_000] = texts[123] as string;
    texts[45_000] = `${texts[77]} extra`;
    const started = performance.now();
    const matches = findDuplicates(texts);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(matches.map((m) => [m.index, m.of])).toEqual([
      [40_000, 123],
      [45_000, 77],
    ]);
  });
});

describe("findDuplicates against all pairs", () => {
  /** The definition, by comparing every pair (quadratic: small inputs only). */
  function allPairs(texts: string[], t = 0.8, minExact = 2, minNear = 5) {
    const sets = texts.map((x) => new Set(x === "" ? [] : x.split(" ")));
    const indexed: number[] = [];
    const out: { index: number; of: number }[] = [];
    texts.forEach((x, i) => {
      if (x === "") return;
      const words = x.split(" ").length;
      const first = texts.indexOf(x);
      if (first < i) {
        if (words >= minExact) out.push({ index: i, of: first });
        return;
      }
      if (words < minNear || (sets[i] as Set<string>).size < minNear) return;
      const a = sets[i] as Set<string>;
      for (let k = indexed.length - 1; k >= 0; k--) {
        const b = sets[indexed[k] as number] as Set<string>;
        const common = [...a].filter((w) => b.has(w)).length;
        if (common / (a.size + b.size - common) >= t) {
          out.push({ index: i, of: indexed[k] as number });
          break;
        }
      }
      indexed.push(i);
    });
    return out;
  }
  const vocabulary = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
  const caption = fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 12 }).map((w) => w.join(" "));

  it("finds exactly the repeats and the most recent similar earlier text that comparing all pairs finds", () => {
    fc.assert(
      fc.property(fc.array(caption, { maxLength: 30 }), fc.constantFrom(0.5, 0.7, 0.8, 0.9), (texts, t) => {
        const found = findDuplicates(texts, { threshold: t }).map(({ index, of }) => ({ index, of }));
        expect(found).toEqual(allPairs(texts, t));
      }),
      { numRuns: 500 },
    );
  });

  it("stays fast on 50k templated captions where every word is common", () => {
    const words = Array.from(
      { length: 40 },
      (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    const texts = Array.from({ length: 50_000 }, (_, i) =>
      Array.from({ length: 20 }, (_, k) => words[(i * 7 + k * k * 13 + ((i >> 3) % 5) * k) % words.length]).join(" "),
    );
    const started = performance.now();
    const matches = findDuplicates(texts);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(matches.length).toBeGreaterThan(0);
  });
});

describe("findDuplicates against the plain prefix-filter search", () => {
  /**
   * The search as first written, on strings and Maps: rarest-first word order, prefix lists walked newest first up
   * to 32 texts, every candidate's overlap counted in full. Long inputs of a few words fill the lists past 32, where
   * all-pairs is no longer the definition; the positional bound must not change a single match there either.
   */
  function prefixSearch(texts: string[], t: number, minExact = 2, minNear = 5) {
    const eps = 1e-9;
    const counts = new Map<string, number>();
    const order = new Map<string, number>();
    for (const x of texts)
      if (x !== "")
        for (const w of x.split(" ")) {
          counts.set(w, (counts.get(w) ?? 0) + 1);
          if (!order.has(w)) order.set(w, order.size);
        }
    const ranked = [...order.keys()].sort(
      (a, b) =>
        (counts.get(a) as number) - (counts.get(b) as number) || (order.get(a) as number) - (order.get(b) as number),
    );
    const rank = new Map(ranked.map((w, r) => [w, r]));
    const sets: number[][] = [];
    const lists = new Map<number, number[]>();
    const out: { index: number; of: number; similarity: number }[] = [];
    texts.forEach((x, index) => {
      if (x === "") return;
      const words = x.split(" ");
      const first = texts.indexOf(x);
      if (first < index) {
        if (words.length >= minExact) out.push({ index, of: first, similarity: 1 });
        return;
      }
      if (words.length < minNear) return;
      const set = [...new Set(words.map((w) => rank.get(w) as number))].sort((a, b) => a - b);
      sets[index] = set;
      if (set.length < minNear) return;
      const prefix = set.length - Math.ceil(t * set.length - eps) + 1;
      let best = -1;
      let similarity = 0;
      const checked = new Set<number>();
      for (const word of set.slice(0, prefix)) {
        const list = lists.get(word) ?? [];
        for (let k = list.length - 1, walked = 0; k >= 0 && walked < 32; k--, walked++) {
          const other = list[k] as number;
          if (other <= best) break;
          if (checked.has(other)) continue;
          checked.add(other);
          const b = sets[other] as number[];
          if (b.length < Math.ceil(t * set.length - eps) || b.length > Math.floor(set.length / t + eps)) continue;
          const need = Math.ceil((t / (1 + t)) * (set.length + b.length) - eps);
          const common = set.filter((w) => b.includes(w)).length;
          if (common >= need) {
            best = other;
            similarity = common / (set.length + b.length - common);
            break;
          }
        }
      }
      if (best >= 0) out.push({ index, of: best, similarity });
      for (const word of set.slice(0, prefix)) {
        const list = lists.get(word);
        if (list) list.push(index);
        else lists.set(word, [index]);
      }
    });
    return out.sort((a, b) => a.index - b.index);
  }
  // Sixteen words, a few common and most rare (a skewed draw), five to twelve per caption.
  const word = fc.noBias(fc.integer({ min: 0, max: 999 })).map((k) => `w${Math.floor((k / 1000) ** 2.5 * 16)}`);
  const caption = fc.noBias(fc.array(word, { minLength: 5, maxLength: 12 })).map((w) => w.join(" "));

  it("finds the same matches on long inputs of a few words, where the lists are capped", () => {
    fc.assert(
      fc.property(
        fc.array(caption, { minLength: 100, maxLength: 400, size: "max" }),
        fc.constantFrom(0.5, 0.7, 0.8),
        (texts, t) => {
          expect(findDuplicates(texts, { threshold: t })).toEqual(prefixSearch(texts, t));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("findCaptionDuplicates on raw captions", () => {
  // Words in several spellings that normalise alike (case, ё, punctuation, emoji, tags, links), so raw captions
  // that differ repeat each other after normalisation.
  const spellings = [
    ["кофе", "Кофе", "КОФЕ"],
    ["еж", "ёж", "ЁЖ"],
    ["new", "New", "NEW!"],
    ["sale", "sale,", "Sale 🎉"],
    ["утро", "утро #утро", "утро https://a.co/x"],
    ["café", "Café", "CAFÉ"],
    ["a", "a.", "A"],
    ["b", "b 2024", "B"],
  ];
  const caption = fc
    .array(fc.tuple(fc.integer({ min: 0, max: spellings.length - 1 }), fc.integer({ min: 0, max: 2 })), {
      maxLength: 10,
    })
    .map((picks) => picks.map(([w, s]) => (spellings[w] as string[])[s]).join(" "));

  it("finds the same matches as findDuplicates on the normalised captions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(caption, { freq: 8 }), { maxLength: 30 }),
        fc.constantFrom(0.5, 0.8),
        (captions, threshold) => {
          const expected = findDuplicates(captions.map(normaliseCaption), { threshold });
          expect(findCaptionDuplicates(captions, undefined, { threshold })).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("confirms a repeat by the normalised text, not by equal word hashes alone", () => {
    // Forged hashes: both captions claim the same two words, as a 32-bit collision of every word pair would.
    const words = { starts: Int32Array.from([0, 2, 4]), hashes: Int32Array.from([7, 9, 7, 9]) };
    expect(findCaptionDuplicates(["Big sale", "small fee"], words)).toEqual([]);
    expect(findCaptionDuplicates(["Big sale", "big SALE!"], words)).toEqual([{ index: 1, of: 0, similarity: 1 }]);
  });
});
