/** The healthy scenario: deterministic, spelled like real exports, and realistic in every number factors read. */
import { describe, expect, it } from "vitest";
import { spearman } from "../stats/trend";
import { SCENARIO_START } from "./calendar";
import { generateScenario } from "./generate";
import { columnOf, jaccard, longestGapDays, medianOf, numbersOf, parseScenarioDate, sumOf, wordsOf } from "./testing";

const healthy = generateScenario({ seed: 7 });
const { posts, ads, messages } = healthy;

describe("generateScenario: determinism and shape", () => {
  it("gives identical cells for the same options and different cells for another seed", () => {
    expect(generateScenario({ seed: 7 })).toEqual(healthy);
    expect(generateScenario({ seed: 7, cause: "budget", lang: "ru" })).toEqual(
      generateScenario({ seed: 7, cause: "budget", lang: "ru" }),
    );
    expect(generateScenario({ seed: 8 }).posts).not.toEqual(posts);
  });

  it("spells English headers like real exports", () => {
    expect(posts[0]).toEqual([
      "Date",
      "Post type",
      "Topic",
      "Caption",
      "Link",
      "Followers",
      "Impressions",
      "Reach",
      "Likes",
      "Comments",
      "Shares",
      "Saves",
      "Link clicks",
      "Conversions",
      "Hides",
    ]);
    expect(ads[0]).toEqual([
      "Date",
      "Campaign name",
      "Ad set name",
      "Amount spent (USD)",
      "Impressions",
      "Link clicks",
      "Purchases",
      "Purchases conversion value",
    ]);
    expect(messages[0]).toEqual(["Date", "Message", "Inbound", "Replied", "Response time (minutes)"]);
    expect(healthy.currency).toBe("USD");
  });

  it("spells Russian headers, dates and yes/no in Russian, money in rubles", () => {
    const ru = generateScenario({ seed: 7, lang: "ru" });
    expect(ru.posts[0]).toEqual([
      "Дата",
      "Формат",
      "Рубрика",
      "Текст",
      "Ссылка",
      "Подписчики",
      "Показы",
      "Охват",
      "Лайки",
      "Комментарии",
      "Репосты",
      "Сохранения",
      "Клики",
      "Конверсии",
      "Скрытия",
    ]);
    expect(ru.ads[0]).toEqual(["Дата", "Кампания", "Сегмент", "Расход (руб.)", "Показы", "Клики", "Покупки", "Доход"]);
    expect(ru.messages[0]).toEqual(["Дата", "Сообщение", "Входящее", "Ответили", "Время ответа (мин)"]);
    expect(ru.posts[1]?.[0]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(ru.ads[1]?.[0]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(new Set(columnOf(ru.messages, "Ответили"))).toEqual(new Set(["Да", "Нет", ""]));
    expect(ru.currency).toBe("RUB");
    // Same seed, same story: the ruble spend is the dollar spend × 90.
    const usd = sumOf(numbersOf(ads, "Amount spent (USD)"));
    expect(sumOf(numbersOf(ru.ads, "Расход (руб.)")) / usd).toBeCloseTo(90, 0);
  });

  it("holds only strings and numbers, dates as text, no empty rows", () => {
    for (const table of [posts, ads, messages]) {
      for (const row of table) {
        expect(row.length).toBe(table[0]?.length);
        for (const cell of row) expect(["string", "number"]).toContain(typeof cell);
      }
    }
    expect(posts[1]?.[0]).toMatch(/^2026-03-\d{2} \d{2}:\d{2}$/);
    expect(parseScenarioDate(ads[1]?.[0] ?? "")).toBe(SCENARIO_START);
  });

  it("scales with months and rejects bad options with the allowed values", () => {
    const short = generateScenario({ months: 1 });
    const long = generateScenario({ months: 12 });
    expect(short.posts.length).toBeGreaterThan(15);
    expect(short.posts.length).toBeLessThan(30);
    expect(long.posts.length).toBeGreaterThan(220);
    expect(long.messages.length).toBeGreaterThan(800);
    expect(() => generateScenario({ months: 0 })).toThrow(/months must be a number above 0/);
    expect(() => generateScenario({ cause: "bots" as never })).toThrow(/cause must be one of audience, segmentation/);
    expect(() => generateScenario({ lang: "de" as never })).toThrow(/lang must be one of en, ru/);
    expect(() => generateScenario({ platform: "myspace" as never })).toThrow(/platform must be one of instagram/);
  });
});

describe("generateScenario: the healthy account is realistic", () => {
  const dates = columnOf(posts, "Date").map(parseScenarioDate);
  const followers = numbersOf(posts, "Followers");
  const reach = numbersOf(posts, "Reach");
  const interactions = posts
    .slice(1)
    .map((_, i) => ["Likes", "Comments", "Shares", "Saves"].reduce((sum, h) => sum + (numbersOf(posts, h)[i] ?? 0), 0));

  it("posts about five times a week, at varied hours, with no long gap", () => {
    const weeks = (Math.max(...dates) - Math.min(...dates)) / (7 * 86_400_000);
    const perWeek = dates.length / weeks;
    expect(perWeek).toBeGreaterThan(4.2);
    expect(perWeek).toBeLessThan(5.8);
    expect(longestGapDays(dates)).toBeLessThan(7);
    expect(new Set(dates.map((d) => new Date(d).getUTCHours())).size).toBeGreaterThanOrEqual(8);
    expect(new Set(dates.map((d) => new Date(d).getUTCDay())).size).toBe(7);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it("has Instagram-like ER by followers (0.5–1.5 %) and reach growing with followers", () => {
    const er = interactions.map((x, i) => x / (followers[i] ?? 1));
    expect(medianOf(er)).toBeGreaterThan(0.005);
    expect(medianOf(er)).toBeLessThan(0.015);
    expect((followers.at(-1) ?? 0) / (followers[0] ?? 1)).toBeGreaterThan(1.05);
    const half = Math.floor(reach.length / 2);
    expect(medianOf(reach.slice(half))).toBeGreaterThan(medianOf(reach.slice(0, half)));
    for (let i = 0; i < reach.length; i += 1) {
      expect(numbersOf(posts, "Impressions")[i]).toBeGreaterThanOrEqual(reach[i] ?? 0);
      expect(numbersOf(posts, "Link clicks")[i]).toBeLessThanOrEqual(reach[i] ?? 0);
    }
  });

  it("lets clicks and conversions follow engagement", () => {
    const clicks = numbersOf(posts, "Link clicks");
    expect(spearman(interactions, clicks)).toBeGreaterThan(0.4);
    const conversions = numbersOf(posts, "Conversions");
    for (const [i, c] of conversions.entries()) expect(c).toBeLessThanOrEqual(clicks[i] ?? 0);
    expect(sumOf(conversions)).toBeGreaterThan(0);
  });

  it("tags about 70 % of links with UTM and writes captions with no near-duplicates", () => {
    const links = columnOf(posts, "Link").filter((l) => l !== "");
    const tagged = links.filter((l) => String(l).includes("utm_source=")).length / links.length;
    expect(tagged).toBeGreaterThan(0.55);
    expect(tagged).toBeLessThan(0.85);
    const captions = columnOf(posts, "Caption").map((c) => wordsOf(String(c)));
    let worst = 0;
    for (let i = 0; i < captions.length; i += 1) {
      for (let j = i + 1; j < captions.length; j += 1) {
        worst = Math.max(worst, jaccard(captions[i] ?? new Set(), captions[j] ?? new Set()));
      }
    }
    expect(worst).toBeLessThan(0.5);
  });

  it("spreads posts over several topics and formats with similar engagement per reach", () => {
    for (const header of ["Topic", "Post type"]) {
      const groups = new Map<string, number[]>();
      columnOf(posts, header).forEach((label, i) => {
        const list = groups.get(String(label)) ?? [];
        list.push((interactions[i] ?? 0) / (reach[i] ?? 1));
        groups.set(String(label), list);
      });
      expect(groups.size).toBeGreaterThanOrEqual(3);
      const medians = [...groups.values()].map(medianOf);
      expect(Math.min(...medians) / Math.max(...medians)).toBeGreaterThan(0.7);
    }
  });

  it("runs every campaign at ROAS 3–6 (profitable at a 30 % margin) with segments converting alike", () => {
    const campaigns = columnOf(ads, "Campaign name");
    const segments = columnOf(ads, "Ad set name");
    const spend = numbersOf(ads, "Amount spent (USD)");
    const revenue = numbersOf(ads, "Purchases conversion value");
    const clicks = numbersOf(ads, "Link clicks");
    const purchases = numbersOf(ads, "Purchases");
    expect(new Set(campaigns).size).toBeGreaterThanOrEqual(3);
    expect(new Set(segments).size).toBeGreaterThanOrEqual(4);
    for (const name of new Set(campaigns)) {
      const rows = campaigns.flatMap((c, i) => (c === name ? [i] : []));
      const roas = sumOf(rows.map((i) => revenue[i] ?? 0)) / sumOf(rows.map((i) => spend[i] ?? 0));
      expect(roas).toBeGreaterThan(3);
      expect(roas).toBeLessThan(6.5);
    }
    const rates = [...new Set(segments)].map((name) => {
      const rows = segments.flatMap((s, i) => (s === name ? [i] : []));
      return sumOf(rows.map((i) => purchases[i] ?? 0)) / sumOf(rows.map((i) => clicks[i] ?? 0));
    });
    expect(Math.min(...rates) / Math.max(...rates)).toBeGreaterThan(0.6);
  });

  it("logs ~300 messages, ~40 % questions, ~95 % of them answered within a median of 1–2 hours", () => {
    const texts = columnOf(messages, "Message").map(String);
    expect(texts.length).toBeGreaterThan(250);
    expect(texts.length).toBeLessThan(360);
    const questions = texts.flatMap((t, i) => (t.includes("?") ? [i] : []));
    expect(questions.length / texts.length).toBeGreaterThan(0.33);
    expect(questions.length / texts.length).toBeLessThan(0.5);
    const replied = columnOf(messages, "Replied");
    const answered = questions.filter((i) => replied[i] === "Yes").length / questions.length;
    expect(answered).toBeGreaterThan(0.9);
    const minutes = numbersOf(messages, "Response time (minutes)").filter(Number.isFinite);
    expect(medianOf(minutes)).toBeGreaterThan(50);
    expect(medianOf(minutes)).toBeLessThan(120);
    expect(columnOf(messages, "Inbound").filter((v) => v === "No").length).toBeGreaterThan(0);
    // Inboxes repeat short messages ("Any discount codes this week?"), but most carry an order, product or city.
    expect(new Set(texts).size / texts.length).toBeGreaterThan(0.4);
  });
});
