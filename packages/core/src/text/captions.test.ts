import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { captionWordHashes, captionWords, normaliseCaption, wordHashes } from "./captions";

describe("normaliseCaption", () => {
  it("drops URLs, mentions, hashtags, emoji, punctuation and digits", () => {
    expect(normaliseCaption("New post! 🎉 https://t.co/A5NrHl3Qav by @rOpenSci #rstats 2019")).toBe("new post by");
    expect(normaliseCaption("Sale -50% at shop.example.com/sale today!!!")).toBe("sale at today");
  });
  it("keeps Cyrillic letters and folds ё into е", () => {
    expect(normaliseCaption("Ещё одна АКЦИЯ: скидка 20 %!")).toBe("еще одна акция скидка");
  });
  it("returns empty text for captions with no words", () => {
    expect(normaliseCaption("🔥🔥🔥 #love https://x.co")).toBe("");
    expect(normaliseCaption(null)).toBe("");
    expect(captionWords("")).toEqual([]);
    expect(captionWords("a b")).toEqual(["a", "b"]);
  });
});

describe("normaliseCaption on other scripts", () => {
  it("keeps letters of any script, including those outside the basic plane, and splits on emoji", () => {
    expect(normaliseCaption("Café naïve Straße")).toBe("café naïve straße");
    expect(normaliseCaption("Ελληνικά και 日本語")).toBe("ελληνικά και 日本語");
    expect(normaliseCaption("go𝒜go🎉again")).toBe("go𝒜go again");
  });
});

describe("normaliseCaption fast path", () => {
  it("returns clean lowercase text unchanged and still cleans spacing", () => {
    expect(normaliseCaption("новый рецепт кофе")).toBe("новый рецепт кофе");
    expect(normaliseCaption("новый  рецепт ")).toBe("новый рецепт");
    expect(normaliseCaption(" a")).toBe("a");
  });
});

describe("normaliseCaption against its regex definition", () => {
  /** The definition the character scanner implements, written with Unicode regexes only (slow, but obvious). */
  function reference(text: string): string {
    return text
      .toLowerCase()
      .replace(/\b(?:https?:\/\/|www\.)\S+/gu, " ")
      .replace(/\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|ru|org|net|io|co|ly|me|рф|su|info|app)(?:\/\S*)?/gu, " ")
      .replace(/[@#][\p{L}\p{N}_]+/gu, " ")
      .replace(/ё/g, "е")
      .split(/[^\p{L}]+/u)
      .filter((w) => w !== "")
      .join(" ");
  }
  const pieces = ["@", "#", "_", ".", "ё", "Ё", "é", "e\u0301", "🎉", "𝒜", "٣", "7", "a", "Я", " ", "  ", "\n", "-"];
  const more = [
    "http://x.y/z",
    "www.",
    ".com",
    ".рф",
    "shop.example.ru/a",
    "#тег",
    "@user_1",
    "日本",
    "ß",
    "İ",
    "HTTPS://A.B",
  ];
  more.push("xhttp://q", "http:// ", "www.x", "WWW.Y", "\u3000", "Https://тест", "httpclient", "\u212a", "Ё");
  more.push("Ѐ", "Ї", "ў", "Жёлтый", "AbC");
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces, ...more), fc.string({ maxLength: 3, unit: "grapheme" })), {
      maxLength: 14,
    })
    .map((parts) => parts.join(""));

  it("gives the same words as the regex definition on arbitrary text", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normaliseCaption(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
  it("gives word hashes equal to hashing the words of the normalised text, caption by caption", () => {
    const hashesOf = (captions: (string | null)[]) => {
      const { starts, hashes } = captionWordHashes(captions);
      return captions.map((_, k) => Array.from(hashes.subarray(starts[k], starts[k + 1])));
    };
    fc.assert(
      fc.property(fc.array(fc.option(text), { maxLength: 6 }), (captions) => {
        expect(hashesOf(captions)).toEqual(captions.map((t) => wordHashes(normaliseCaption(t))));
      }),
      { numRuns: 2000 },
    );
    expect(hashesOf(["Ещё ЁЖИК Ѐ Її", "", null, "🎉 #тег"])).toEqual([wordHashes("еще ежик ѐ її"), [], [], []]);
    expect(wordHashes("ab ab")).toHaveLength(2);
    expect(wordHashes("ab ab")[0]).toBe(wordHashes("ab")[0]);
    expect(wordHashes("ab")[0]).not.toBe(wordHashes("ba")[0]);
  });
  it("drops tags glued to words and chains of tags", () => {
    expect(normaliseCaption("Кофе#утро#новинка2024 и@bar_1 ok")).toBe("кофе и ok");
  });
});
