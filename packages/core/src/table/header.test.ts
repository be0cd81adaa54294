import { describe, expect, it } from "vitest";
import { CANONICAL_FIELDS } from "../fields";
import { a1Address, cellAddress, columnLetter } from "./address";
import { isFillerHeader, normaliseHeader } from "./header";
import { matchHeader, synonymKeys } from "./match";
import { FIELD_SYNONYMS } from "./synonyms";

describe("normaliseHeader", () => {
  it.each([
    ["Amount spent (USD)", "amount spent", "USD", null],
    ["Spend [USD]", "spend", "USD", null],
    ["Расход (руб.)", "расход", "RUB", null],
    ["Расход, ₽", "расход", "RUB", null],
    ["Cost, RUR", "cost", "RUB", null],
    ["Revenue €", "revenue", "EUR", null],
    ["# of Impressions", "impressions", null, null],
    ["Number of clicks", "clicks", null, null],
    ["Время ответа, ч", "время ответа", null, "hours"],
    ["Response time (minutes)", "response time", null, "minutes"],
    ["Reply time, sec", "reply time", null, "seconds"],
    ["CTR (%)", "ctr", null, "percent"],
    ["ER, %", "er", null, "percent"],
    ["  Вовлечённость  ", "вовлеченность", null, null],
    ["Date (UTC)", "date", null, null],
    ["Post-type", "post type", null, null],
  ])("%j → %j", (header, key, currency, unit) => {
    expect(normaliseHeader(header)).toEqual({ key, currency, unit });
  });

  it("recognises filler headers", () => {
    for (const h of ["", "  ", "Column1", "Column 12", "Unnamed: 3", "Столбец 2", "col_4"]) {
      expect(isFillerHeader(h), h).toBe(true);
    }
    for (const h of ["Reach", "Column of likes", "Охват"]) expect(isFillerHeader(h), h).toBe(false);
  });
});

describe("synonym data", () => {
  it("has spellings for every canonical field", () => {
    for (const field of CANONICAL_FIELDS) expect(FIELD_SYNONYMS[field].length, field).toBeGreaterThan(0);
  });

  it("never gives one normalised spelling to two fields", () => {
    const owner = new Map<string, string>();
    for (const field of CANONICAL_FIELDS) {
      for (const spelling of FIELD_SYNONYMS[field]) {
        const key = normaliseHeader(spelling.replace(/^[~?]/, "")).key;
        const previous = owner.get(key);
        expect(previous === undefined || previous === field, `"${spelling}" in ${field} and ${previous}`).toBe(true);
        owner.set(key, field);
      }
    }
    expect(synonymKeys().length).toBe(owner.size);
  });

  it.each([
    ["Reach", "reach", "primary"],
    ["Impressions", "impressions", "primary"],
    ["Reactions", "likes", "primary"],
    ["Shares", "shares", "primary"],
    ["Saves", "saves", "primary"],
    ["Post type", "format", "primary"],
    ["Publish time", "date", "primary"],
    ["Permalink", "post_id", "secondary"],
    ["Description", "text", "primary"],
    ["Amount spent (USD)", "spend", "primary"],
    ["Results", "conversions", "primary"],
    ["Purchase conversion value", "revenue", "primary"],
    ["Link clicks", "clicks", "primary"],
    ["Ad set name", "segment", "primary"],
    ["Campaign name", "campaign", "primary"],
    ["Age", "segment", "secondary"],
    ["Reporting starts", "date", "primary"],
    ["Video views", "views", "primary"],
    ["Total likes", "likes", "primary"],
    ["Охват", "reach", "primary"],
    ["Лайки", "likes", "primary"],
    ["Репосты", "shares", "primary"],
    ["Комментарии", "comments", "primary"],
    ["Подписчики", "followers", "primary"],
    ["Скрытия", "negative", "primary"],
    ["Просмотры", "views", "primary"],
    ["Расход (руб.)", "spend", "primary"],
    ["Клики", "clicks", "primary"],
    ["Показы", "impressions", "primary"],
    ["Конверсии", "conversions", "primary"],
    ["Доход (руб.)", "revenue", "primary"],
    ["Кампания", "campaign", "primary"],
    ["Условие показа", "segment", "primary"],
    ["Лиды", "conversions", "primary"],
    ["Дата", "date", "primary"],
    ["Рубрика", "topic", "primary"],
    ["Формат", "format", "primary"],
    ["Текст", "text", "primary"],
    ["Ответили", "replied", "primary"],
    ["Время ответа, ч", "response_time", "primary"],
    ["Входящее", "inbound", "primary"],
    ["Охват подписчиков", "reach", "secondary"],
    ["user profile clicks", "clicks", "weak"],
    ["promoted likes", "likes", "promoted"],
    ["Tweet permalink", "post_id", "weak"],
    ["Total reach (organic + paid)", "reach", "partial"],
  ])("%j → %s (%s)", (header, field, tier) => {
    const m = matchHeader(header);
    expect({ field: m.field, tier: m.tier }).toEqual({ field, tier });
  });

  it.each([
    ["ER", "engagement_rate"],
    ["engagement rate", "engagement_rate"],
    ["ERR, %", "engagement_rate"],
    ["ERR24", "read_rate"],
    ["CTR (%)", "ctr"],
    ["CPM (cost per 1,000 impressions) (USD)", "cpm"],
    ["CPC (cost per link click)", "cpc"],
    ["Ср. цена клика (руб.)", "cpc"],
    ["Цена цели (руб.)", "cpa"],
    ["Cost per result", "cpa"],
    ["Purchase ROAS (return on ad spend)", "roas"],
  ])("%j is the computed rate %s", (header, metric) => {
    const m = matchHeader(header);
    expect({ field: m.field, derived: m.derived }).toEqual({ field: null, derived: metric });
  });

  it("keeps generic words from partial matches", () => {
    expect(matchHeader("Time to first response").field).toBe("response_time");
    expect(matchHeader("Likes and comments").field).toBe(null);
  });
});

describe("addresses", () => {
  it("letters and A1 names", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(columnLetter(0)).toBe("");
    expect(a1Address(12, 6)).toBe("F12");
    expect(cellAddress({ row: 5, column: 3 }, 0, 0)).toBe("C5");
    expect(cellAddress({ row: 5, column: 3 }, 2, 1)).toBe("D7");
  });
});
