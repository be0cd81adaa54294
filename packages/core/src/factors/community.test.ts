import { describe, expect, it } from "vitest";
import { generateScenario } from "../scenarios/index";
import { readTable } from "../table/index";
import { makeContext } from "../testing/context";
import { makeTable } from "../testing/table";
import { communityFactor } from "./community";
import { classifyMessage } from "./message-helpers";

const signal = (r: ReturnType<typeof communityFactor.evaluate>, id: string) => r.signals.find((s) => s.id === id);

/** n messages: questions that were answered (`answered` of them, the first ones) after `minutes` each. */
function inbox(
  n: number,
  answered: number,
  minutes: (k: number) => number,
  extra: Partial<Record<"text", string[]>> = {},
) {
  const texts = extra.text ?? Array.from({ length: n }, (_, k) => `Do you ship order ${k} to Berlin?`);
  return makeTable(
    {
      text: texts,
      inbound: Array.from({ length: n }, () => true),
      replied: Array.from({ length: n }, (_, k) => k < answered),
      response_time: Array.from({ length: n }, (_, k) => (k < answered ? minutes(k) : null)),
    },
    { rowKinds: Array.from({ length: n }, () => "message" as const) },
  );
}

describe("community factor", () => {
  it("is ok when nearly every question gets a quick answer", () => {
    const r = communityFactor.evaluate({ tables: [inbox(60, 58, () => 45)] }, makeContext());
    expect(r.level).toBe("ok");
    expect(signal(r, "reply_rate")?.value).toBeCloseTo(58 / 60, 3);
    expect(signal(r, "response_time_median_hours")?.value).toBe(0.75);
    expect(signal(r, "unanswered_complaint_share")?.value).toBe(0);
  });

  it("flags a low reply rate with its Wilson interval and cites the unanswered questions", () => {
    const r = communityFactor.evaluate({ tables: [inbox(40, 8, () => 60)] }, makeContext());
    const rate = signal(r, "reply_rate");
    expect(rate?.value).toBe(0.2);
    expect(rate?.level).toBe("critical");
    expect(rate?.note?.en).toContain("8 of 40");
    expect(rate?.note?.en).toMatch(/interval 10%–35%/);
    const finding = r.findings.find((f) => f.message.en.startsWith("Only 20%"));
    // Unanswered data rows 8..39 → sheet rows 10..41, capped at 20.
    expect(finding?.rows.slice(0, 3)).toEqual([10, 11, 12]);
    expect(finding?.rows).toHaveLength(20);
  });

  it("measures median and 90th-percentile response time in hours and cites the slowest replies", () => {
    // 40 answered questions: 34 after 2 h, 6 after 48 h (p90 interpolates between ranks, R-7 / spreadsheet style).
    const r = communityFactor.evaluate({ tables: [inbox(40, 40, (k) => (k < 34 ? 120 : 2880))] }, makeContext());
    expect(signal(r, "response_time_median_hours")).toMatchObject({ value: 2, level: "ok" });
    const p90 = signal(r, "response_time_p90_hours");
    expect(p90?.value).toBe(48);
    expect(p90?.level).toBe("watch");
    const finding = r.findings.find((f) => f.message.en.startsWith("Replies take"));
    expect(finding?.rows.slice(0, 6)).toEqual([36, 37, 38, 39, 40, 41]);
  });

  it("counts unanswered complaints as a share of all incoming messages", () => {
    const texts = [
      ...Array.from({ length: 95 }, () => "Love it"),
      ...Array.from({ length: 5 }, () => "My order arrived damaged, I want a refund"),
    ];
    const t = makeTable(
      {
        text: texts,
        inbound: texts.map(() => true),
        replied: texts.map((_, k) => k < 95 || k === 99),
      },
      { rowKinds: texts.map(() => "message" as const) },
    );
    const r = communityFactor.evaluate({ tables: [t] }, makeContext());
    const s = signal(r, "unanswered_complaint_share");
    expect(s?.value).toBe(0.04);
    expect(s?.level).toBe("watch");
    expect(r.findings.find((f) => f.message.en.includes("complaints"))?.rows).toEqual([97, 98, 99, 100]);
    const finding = r.findings.find((f) => f.message.en.includes("left without a reply"));
    expect(finding?.message.en).toMatch(
      /^4 complaints \(4\.0% of 100 incoming messages\) were left without a reply\.$/,
    );
    expect(finding?.message.ru).toMatch(/^Без ответа остались 4 жалобы \(4,0\s?% из 100 входящих\)\.$/);
    // Praise needs no reply: the reply rate is over the 5 complaints only.
    expect(signal(r, "reply_rate")).toMatchObject({ value: 0.2, n: 5 });
  });

  it("leaves the brand's own outbound messages out", () => {
    const t = makeTable(
      {
        text: ["Where is my order?", "We sent it today!", "Any discount codes?"],
        inbound: [true, false, true],
        replied: [true, null, false],
      },
      { rowKinds: ["message", "message", "message"] },
    );
    const r = communityFactor.evaluate({ tables: [t] }, makeContext());
    expect(signal(r, "reply_rate")).toMatchObject({ value: 0.5, n: 2 });
  });

  it("takes every incoming message as needing a reply when there is no text, and says so", () => {
    const t = makeTable(
      { replied: [true, false, true, true], response_time: [30, null, 90, 60] },
      { rowKinds: ["message", "message", "message", "message"] },
    );
    const r = communityFactor.evaluate({ tables: [t] }, makeContext());
    expect(signal(r, "reply_rate")).toMatchObject({ value: 0.75, n: 4 });
    expect(signal(r, "reply_rate")?.note?.en).toContain("no text column");
    expect(signal(r, "unanswered_complaint_share")?.value).toBeNull();
    // Four messages are far below the 30 needed: low confidence.
    expect(signal(r, "reply_rate")?.confidence).toBeLessThan(0.1);
  });

  it("reads replies from a response time column when there is no replied column", () => {
    const t = makeTable(
      { text: ["How much?", "Is it in stock?", "Do you deliver?"], response_time: [10, null, 20] },
      { rowKinds: ["message", "message", "message"] },
    );
    const r = communityFactor.evaluate({ tables: [t] }, makeContext());
    expect(signal(r, "reply_rate")?.value).toBeCloseTo(2 / 3, 3);
  });

  it("is not assessed without message columns, and names the columns", () => {
    const posts = makeTable({ likes: [1, 2], date: ["2026-01-01", "2026-01-02"] });
    const r = communityFactor.evaluate({ tables: [posts] }, makeContext());
    expect(r).toMatchObject({ assessed: false, level: "not_assessed", missing: [["replied"], ["response_time"]] });
    const noReplies = makeTable({ text: ["Hi?"], inbound: [true] }, { rowKinds: ["message"] });
    const r2 = communityFactor.evaluate({ tables: [noReplies] }, makeContext());
    expect(r2.assessed).toBe(false);
    expect(r2.reason?.en).toContain("replied");
  });

  it("applies threshold overrides", () => {
    const r = communityFactor.evaluate(
      { tables: [inbox(60, 55, () => 60)] },
      makeContext({ thresholds: { "community.reply_rate": { watch: 0.95, critical: 0.9 } } }),
    );
    expect(signal(r, "reply_rate")).toMatchObject({ watch: 0.95, critical: 0.9, level: "watch" });
  });
});

describe("message classification", () => {
  it.each([
    ["Do you ship to Kazan?", "question"],
    ["how long is delivery", "question"],
    ["Подскажите, есть доставка в Казань", "question"],
    ["Сколько стоит доставка", "question"],
    ["Still waiting for my order, very disappointed.", "complaint"],
    ["The grinder broke after a week, how do I return it?", "complaint"],
    ["Верните деньги за заказ", "complaint"],
    ["Курьер так и не приехал, ужасный сервис", "complaint"],
    ["Been ordering for a year, never disappointed", "other"],
    ["Заказываю у вас уже год, ни разу не разочаровался", "other"],
    ["Love the coffee!", "other"],
  ] as const)("%s → %s", (text, kind) => {
    expect(classifyMessage(text)).toBe(kind);
  });
});

describe("community on generated scenarios", () => {
  function evaluate(cause: "community" | null, seed: number, lang: "en" | "ru" = "en") {
    const s = generateScenario({ seed, cause, lang });
    return communityFactor.evaluate({ tables: [readTable(s.messages, { source: "messages" })] }, makeContext());
  }
  it.each([42, 7, 2026])("seed %i: healthy is ok, the neglected inbox is critical", (seed) => {
    const healthy = evaluate(null, seed);
    expect(healthy.level).toBe("ok");
    expect(signal(healthy, "reply_rate")?.value).toBeGreaterThan(0.85);
    const sick = evaluate("community", seed);
    expect(sick.level).toBe("critical");
    expect(signal(sick, "reply_rate")?.value).toBeLessThan(0.25);
  });
  it("reads Russian inboxes the same way", () => {
    expect(evaluate(null, 42, "ru").level).toBe("ok");
    expect(evaluate("community", 42, "ru").level).toBe("critical");
  });
});
