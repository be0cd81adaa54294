/** Russian and English count agreement, including fractions and the genitive after "из". */
import { describe, expect, it } from "vitest";
import { NOUNS, obliqueRu, plural } from "./plural";

describe("plural", () => {
  it("agrees Russian nouns with their count", () => {
    const forms = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => `${n} ${plural(n, "ru", NOUNS.posts)}`);
    expect(forms).toEqual([
      "0 постов",
      "1 пост",
      "2 поста",
      "4 поста",
      "5 постов",
      "11 постов",
      "12 постов",
      "14 постов",
      "21 пост",
      "22 поста",
      "25 постов",
      "101 пост",
      "111 постов",
    ]);
    expect(plural(4.8, "ru", NOUNS.posts)).toBe("поста");
  });

  it("uses one and other in English", () => {
    expect([0, 1, 2, 1.5].map((n) => plural(n, "en", NOUNS.rows))).toEqual(["rows", "row", "rows", "rows"]);
  });

  it("takes the genitive after из", () => {
    expect([1, 5, 11, 21, 2.5].map((n) => `из ${n} ${obliqueRu(n, ["поста", "постов"])}`)).toEqual([
      "из 1 поста",
      "из 5 постов",
      "из 11 постов",
      "из 21 поста",
      "из 2.5 поста",
    ]);
  });
});
