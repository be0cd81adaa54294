import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseCaption } from "./captions";
import { findDuplicates } from "./near-duplicates";

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
