import { describe, expect, it } from "vitest";
import { captionWords, normaliseCaption } from "./captions";

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
