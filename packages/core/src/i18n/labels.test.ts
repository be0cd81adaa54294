import { describe, expect, it } from "vitest";
import { LEVEL_LABELS, lowerFirst, RESULT_LABELS, upperCase, VERDICT_LABELS, withUnit } from "./labels";

describe("result labels", () => {
  it("has every word in English and Russian, none blank", () => {
    for (const table of [LEVEL_LABELS, RESULT_LABELS, VERDICT_LABELS]) {
      for (const text of Object.values(table)) {
        expect(text.en.trim()).not.toBe("");
        expect(text.ru.trim()).not.toBe("");
        // Only acronyms (CPA, ROAS, ROMI) read the same in both languages.
        if (!/^[A-Z]+$/.test(text.en)) expect(text.ru).not.toBe(text.en);
      }
    }
  });

  it("changes case and adds units without rewriting the words", () => {
    expect(lowerFirst(RESULT_LABELS.grade)).toEqual({ en: "grade", ru: "оценка" });
    expect(upperCase(LEVEL_LABELS.not_assessed)).toEqual({ en: "NOT ASSESSED", ru: "НЕ ОЦЕНЁН" });
    expect(withUnit(RESULT_LABELS.confidence, "%")).toEqual({ en: "Confidence, %", ru: "Достоверность, %" });
    expect(withUnit(RESULT_LABELS.period, { en: "days", ru: "дней" })).toEqual({
      en: "Period, days",
      ru: "Период, дней",
    });
  });
});
