import { describe, expect, it } from "vitest";
import { LABELS, label, PLURALS, plural } from "./labels";

describe("labels", () => {
  it("has every label in both languages", () => {
    for (const [key, text] of Object.entries(LABELS)) {
      expect(text.en, key).not.toBe("");
      expect(text.ru, key).not.toBe("");
      expect(text.ru, key).not.toBe(text.en);
    }
  });

  it("fills placeholders", () => {
    expect(label("more", "en", { n: 3 })).toBe("+3 more");
    expect(label("more", "ru", { n: 3 })).toBe("и ещё 3");
  });

  it("picks Russian plural forms by the last digits", () => {
    const forms = [1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 1.5].map((n) => plural(n, "ru", PLURALS.rows));
    expect(forms).toEqual([
      "строка",
      "строки",
      "строк",
      "строк",
      "строк",
      "строка",
      "строки",
      "строк",
      "строка",
      "строк",
      "строки",
    ]);
    expect(plural(1, "en", PLURALS.days)).toBe("day");
    expect(plural(0, "en", PLURALS.days)).toBe("days");
  });
});
