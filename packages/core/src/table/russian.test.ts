/** Russian exports: a VK-style post table and a Yandex Direct-style ad report, with Russian number and date formats. */
import { describe, expect, it } from "vitest";
import { readTable } from "./read";
import type { Cell } from "./types";

const NBSP = "\u00a0";

describe("VK-style posts table", () => {
  const rows: Cell[][] = [
    ["Статистика записей сообщества «Кофейня»"],
    [],
    [
      "Дата публикации",
      "Текст",
      "Рубрика",
      "Формат",
      "Охват подписчиков",
      "Полный охват",
      "Просмотры",
      "Лайки",
      "Комментарии",
      "Репосты",
      "Скрытия",
      "ER, %",
      "Реклама",
    ],
    [
      "26.11.2026 14:05",
      "Новый сезон!",
      "Новинки",
      "Фото",
      `1${NBSP}204`,
      "1 234,0",
      "2 010",
      "45",
      "3",
      "7",
      "1",
      "3,5%",
      "нет",
    ],
    ["27.11.2026 9:30", "Скидки до пятницы", "Акции", "Видео", "980", "1 510", "—", "38", "0", "-", "0", "4,1", "да"],
    ["", "", "", "", "", "", "", "", "", "", "", "", ""],
    [
      "13.12.2026 20:00",
      "Розыгрыш",
      "Конкурсы",
      "Клип",
      "2 004",
      "12 345,5",
      "n/a",
      "130",
      "57",
      "21",
      "2",
      "12,5 %",
      "нет",
    ],
  ];
  const t = readTable(rows);

  it("finds the header under the title and maps the Russian headers", () => {
    expect(t.headerRowIndex).toBe(2);
    expect(Object.fromEntries(t.mapping.map((m) => [m.field, m.header]))).toEqual({
      date: "Дата публикации",
      text: "Текст",
      topic: "Рубрика",
      format: "Формат",
      reach: "Полный охват",
      views: "Просмотры",
      likes: "Лайки",
      comments: "Комментарии",
      shares: "Репосты",
      negative: "Скрытия",
    });
    expect(t.derived.map((d) => [d.header, d.metric])).toEqual([["ER, %", "engagement_rate"]]);
    expect(t.unmapped).toEqual([{ header: "Реклама", index: 12 }]);
  });

  it("reads Russian numbers, placeholders and dates", () => {
    expect(t.rowNumbers).toEqual([4, 5, 7]);
    expect(t.columns.reach?.values).toEqual([1234, 1510, 12345.5]);
    expect(t.columns.views?.values).toEqual([2010, null, null]);
    expect(t.columns.shares?.values).toEqual([7, null, 21]);
    expect(t.derived[0]?.values.map((v) => (v === null ? null : Math.round(v * 1e6) / 1e6))).toEqual([
      0.035, 0.041, 0.125,
    ]);
    expect(t.columns.date?.values).toEqual([
      Date.UTC(2026, 10, 26, 14, 5),
      Date.UTC(2026, 10, 27, 9, 30),
      Date.UTC(2026, 11, 13, 20, 0),
    ]);
    expect(t.columns.date?.order).toBe("day-first");
    expect(t.kinds.post).toBe(3);
    expect(t.diagnostics).toEqual([]);
  });
});

describe("Yandex Direct-style ad report", () => {
  const rows: Cell[][] = [
    ["Отчёт по кампаниям, 01.11.2026 – 30.11.2026"],
    [
      "Кампания",
      "Условие показа",
      "Дата",
      "Показы",
      "Клики",
      "CTR (%)",
      "Расход (руб.)",
      "Ср. цена клика (руб.)",
      "Конверсии",
      "Цена цели (руб.)",
      "Доход (руб.)",
      "Лиды",
    ],
    [
      "Кофе — поиск",
      "купить кофе",
      "01.11.2026",
      "12 500",
      "340",
      "2,72",
      "8 120,50",
      "23,88",
      "12",
      "676,71",
      "25 300",
      "да",
    ],
    [
      "Кофе — РСЯ",
      "кофе в зернах",
      "02.11.2026",
      "48 000",
      "410",
      "0,85",
      "6 400,00",
      "15,61",
      "5",
      "1 280,00",
      "9 900",
      "нет",
    ],
    ["Итого", "", "", "60 500", "750", "1,24", "14 520,50", "19,36", "17", "854,15", "35 200", ""],
  ];
  const t = readTable(rows);

  it("maps spend, revenue, conversions, segment and the computed rates, in roubles", () => {
    expect(t.headerRowIndex).toBe(1);
    expect(t.currency).toBe("RUB");
    expect(t.columns.spend?.values).toEqual([8120.5, 6400]);
    expect(t.columns.revenue?.values).toEqual([25300, 9900]);
    expect(t.columns.conversions?.header).toBe("Конверсии");
    expect(t.mapping.find((m) => m.field === "conversions")?.alternatives.map((a) => a.header)).toEqual(["Лиды"]);
    expect(t.columns.segment?.values).toEqual(["купить кофе", "кофе в зернах"]);
    expect(t.columns.impressions?.values).toEqual([12500, 48000]);
    const rates = Object.fromEntries(t.derived.map((d) => [d.metric, d.values]));
    expect(rates.ctr?.map((v) => (v === null ? null : Math.round(v * 1e6) / 1e6))).toEqual([0.0272, 0.0085]);
    expect(rates.cpc).toEqual([23.88, 15.61]);
    expect(rates.cpa).toEqual([676.71, 1280]);
  });

  it("leaves the Итого row out and classifies the rest as ads", () => {
    expect(t.rowCount).toBe(2);
    expect(t.kinds.ad).toBe(2);
    // 01.11 and 02.11 fit both orders: the "." separator decides day-first, and an info note says so.
    expect(t.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["total_row", "info"],
      ["ambiguous_date", "info"],
    ]);
    expect(t.columns.date?.values).toEqual([Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 2)]);
  });
});
