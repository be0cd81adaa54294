/** The table reader maps every header of every scenario export, in both languages, without a diagnostic. */
import { describe, expect, it } from "vitest";
import { readTable } from "../table/index";
import { generateScenario } from "./generate";

describe.each(["en", "ru"] as const)("scenario exports read back (%s)", (lang) => {
  const scenario = generateScenario({ seed: 3, lang });
  const expected = {
    posts: [
      "date",
      "format",
      "topic",
      "text",
      "link",
      "followers",
      "impressions",
      "reach",
      "likes",
      "comments",
      "shares",
      "saves",
      "clicks",
      "conversions",
      "negative",
    ],
    ads: ["date", "campaign", "segment", "spend", "impressions", "clicks", "conversions", "revenue"],
    messages: ["date", "text", "inbound", "replied", "response_time"],
  };
  it.each(["posts", "ads", "messages"] as const)("%s: every header maps to its field", (name) => {
    const table = readTable(scenario[name]);
    expect(table.mapping.map((m) => m.field)).toEqual(expected[name]);
    expect(table.unmapped).toEqual([]);
    expect(table.diagnostics).toEqual([]);
    expect(table.rowCount).toBe(scenario[name].length - 1);
  });

  it("reads ad rows as ads with the currency, message rows as messages", () => {
    const ads = readTable(scenario.ads);
    expect(ads.kinds.ad).toBe(ads.rowCount);
    expect(ads.currency).toBe(lang === "ru" ? "RUB" : "USD");
    const messages = readTable(scenario.messages);
    expect(messages.kinds.message).toBe(messages.rowCount);
    expect(messages.columns.response_time?.values.filter((v) => v !== null).length).toBeGreaterThan(100);
  });
});
