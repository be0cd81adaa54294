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
