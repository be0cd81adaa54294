import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTable } from "./read";
import type { Cell, ReadTable } from "./types";

const codes = (t: ReadTable) => t.diagnostics.map((d) => d.code);

describe("readTable: header detection", () => {
  it("skips sep=, lines, report titles and blank lines above the header", () => {
    const t = readTable([
      ["sep=,"],
      ["Posts report, November 2026", "", ""],
      [],
      ["", "", ""],
      ["Date", "Reach", "Likes"],
      ["26.11.2026", "1 200", "15"],
      ["", "", ""],
      ["27.11.2026", "900", "-"],
    ]);
    expect(t.headerRowIndex).toBe(4);
    expect(t.rowCount).toBe(2);
    expect(t.rowNumbers).toEqual([6, 8]);
    expect(t.columns.reach?.values).toEqual([1200, 900]);
    expect(t.columns.likes?.values).toEqual([15, null]);
    expect(t.diagnostics).toEqual([]);
  });

  it("ignores filler columns (blank, Column1, Unnamed: 3) and lists unknown headers as unmapped", () => {
    const t = readTable([
      ["Reach", "", "Column1", "Unnamed: 3", "Mood"],
      [10, "", "", "", "happy"],
    ]);
    expect(t.unmapped).toEqual([{ header: "Mood", index: 4 }]);
    expect(t.mapping.map((m) => m.field)).toEqual(["reach"]);
  });

  it("gives no_header and an empty table for empty or headerless input", () => {
    for (const input of [
      [],
      [[]],
      [[""], [null]],
      [
        [1, 2],
        [3, 4],
      ],
      [[new Date(0), 5]],
    ] as Cell[][][]) {
      const t = readTable(input);
      expect(t.rowCount).toBe(0);
      expect(codes(t)).toEqual(["no_header"]);
      expect(t.diagnostics[0]?.message.ru).toMatch(/заголовк/);
    }
  });
});

describe("readTable: mapping", () => {
  it("prefers total reach over follower reach, whichever comes first, and keeps the loser as an alternative", () => {
    for (const headers of [
      ["Охват подписчиков", "Полный охват"],
      ["Полный охват", "Охват подписчиков"],
    ]) {
      const t = readTable([headers, [100, 250]]);
      const reach = t.mapping.find((m) => m.field === "reach");
      expect(reach?.header).toBe("Полный охват");
      expect(reach?.alternatives).toEqual([
        { header: "Охват подписчиков", index: headers.indexOf("Охват подписчиков"), confidence: 0.7 },
      ]);
      expect(reach?.reason).toMatch(/preferred over "Охват подписчиков"/);
    }
  });

  it("never lets a promoted column or a weak match win a field", () => {
    const t = readTable([
      ["promoted likes", "user profile clicks", "Add to cart", "Purchases"],
      ["-", 3, 10, 2],
    ]);
    expect(t.columns.likes).toBeUndefined();
    expect(t.columns.clicks).toBeUndefined();
    expect(t.columns.conversions?.header).toBe("Purchases");
    expect(t.mapping.find((m) => m.field === "conversions")?.alternatives[0]?.header).toBe("Add to cart");
  });

  it("applies user overrides by header, by index and null, and reports unknown ones with the available headers", () => {
    const rows: Cell[][] = [
      ["Полный охват", "Охват подписчиков", "Лайки", "Текст"],
      [300, 100, 5, "a"],
    ];
    const t = readTable(rows, { mapping: { reach: "охват подписчиков", likes: null, text: 3, shares: "Репосты" } });
    expect(t.columns.reach?.header).toBe("Охват подписчиков");
    expect(t.columns.reach?.values).toEqual([100]);
    expect(t.mapping.find((m) => m.field === "reach")).toMatchObject({
      confidence: 1,
      reason: "user override",
      alternatives: [{ header: "Полный охват", index: 0, confidence: 1 }],
    });
    expect(t.columns.likes).toBeUndefined();
    expect(t.columns.text?.values).toEqual(["a"]);
    const unknown = t.diagnostics.find((d) => d.code === "unknown_override");
    expect(unknown?.field).toBe("shares");
    expect(unknown?.message.en).toContain('"Полный охват", "Охват подписчиков", "Лайки", "Текст"');
  });

  it("puts computed rates into derived as fractions, not into count fields", () => {
    const t = readTable([
      ["Reach", "ER", "engagement rate", "CTR (%)", "CPC (руб.)", "ROAS"],
      [100, "3,5%", 0.012, 1.5, "12,5", "350%"],
      [200, "4%", 0.02, 0.5, "10", 2.5],
    ]);
    expect(t.mapping.map((m) => m.field)).toEqual(["reach"]);
    expect(t.unmapped).toEqual([]);
    const byMetric = Object.fromEntries(t.derived.map((d) => [d.header, [d.metric, d.values]]));
    expect(byMetric.ER).toEqual(["engagement_rate", [0.035, 0.04]]);
    expect(byMetric["engagement rate"]).toEqual(["engagement_rate", [0.012, 0.02]]);
    expect(byMetric["CTR (%)"]).toEqual(["ctr", [0.015, 0.005]]);
    expect(byMetric["CPC (руб.)"]).toEqual(["cpc", [12.5, 10]]);
    expect(byMetric.ROAS).toEqual(["roas", [3.5, 2.5]]);
    expect(t.currency).toBe("RUB");
  });

  it("scales a rate column written in percents without % signs (values mostly > 1)", () => {
    const t = readTable([["ER"], [3.5], [12], [0.8]]);
    expect(t.derived[0]?.values).toEqual([0.035, 0.12, 0.008]);
  });

  it("reads TGStat's ERR as a read rate in a Telegram-like table", () => {
    const t = readTable([
      ["Дата", "Просмотры", "Репосты", "ERR"],
      ["26.11.2026", 1500, 3, "45,5%"],
    ]);
    expect(t.derived[0]).toMatchObject({ metric: "read_rate", values: [0.455] });
  });

  it("warns about duplicate headers and mixed currencies", () => {
    const t = readTable([
      ["Spend (USD)", "Доход (руб.)", "Reach", "Reach"],
      [10, 20, 1, 2],
    ]);
    expect(codes(t)).toEqual(expect.arrayContaining(["duplicate_header", "mixed_currency"]));
    expect(t.currency).toBe("USD");
    expect(t.columns.reach?.index).toBe(2);
  });
});

describe("readTable: cells", () => {
  it("addresses unreadable cells from the range origin and never turns them into 0", () => {
    const t = readTable(
      [
        ["Reach", "Likes", "Date"],
        ["1 200", "lots", "26.11.2026"],
        ["abc", 5, "yesterday"],
      ],
      { origin: { row: 5, column: 3 }, source: "Sheet1!C5:E7" },
    );
    expect(t.rowNumbers).toEqual([6, 7]);
    expect(t.columns.reach?.values).toEqual([1200, null]);
    expect(t.columns.likes?.values).toEqual([null, 5]);
    expect(t.columns.date?.values).toEqual([Date.UTC(2026, 10, 26), null]);
    const cells = t.diagnostics.map((d) => [d.code, d.cell, d.row, d.header, d.field, d.value]);
    expect(cells).toEqual([
      ["unreadable_number", "C7", 7, "Reach", "reach", "abc"],
      ["unreadable_number", "D6", 6, "Likes", "likes", "lots"],
      ["unreadable_date", "E7", 7, "Date", "date", "yesterday"],
    ]);
    expect(t.diagnostics.every((d) => d.severity === "error" && d.message.en && d.message.ru)).toBe(true);
    expect(t.source).toBe("Sheet1!C5:E7");
  });

  it("truncates long raw values and caps per-column diagnostics with a summary", () => {
    const rows: Cell[][] = [["Reach"], ["x".repeat(100)]];
    for (let i = 0; i < 10; i++) rows.push(["bad"]);
    const t = readTable(rows, { maxDiagnosticsPerColumn: 3 });
    expect(t.diagnostics).toHaveLength(4);
    expect(t.diagnostics[0]?.value).toHaveLength(60);
    expect(t.diagnostics[3]).toMatchObject({ cell: null, code: "unreadable_number" });
    expect(t.diagnostics[3]?.message.en).toMatch(/^8 more/);
  });

  it("warns about negative counts and leaves them out; negative revenue (refunds) is kept", () => {
    const t = readTable([
      ["Likes", "Revenue"],
      [-3, -50],
      [4, 10],
    ]);
    expect(t.columns.likes?.values).toEqual([null, 4]);
    expect(t.columns.revenue?.values).toEqual([-50, 10]);
    expect(t.diagnostics.map((d) => [d.code, d.severity, d.cell])).toEqual([["negative_count", "warning", "A2"]]);
  });

  it("decides 1,234 per column: other cells first, then count columns read thousands, then the locale", () => {
    const evidence = readTable([["Расход"], ["1,5"], ["1,234"]]);
    expect(evidence.columns.spend?.values).toEqual([1.5, 1.234]);
    const counts = readTable([["Reach"], ["1,234"], ["2,500"]]);
    expect(counts.columns.reach?.values).toEqual([1234, 2500]);
    const moneyRu = readTable([["Расход"], ["1,234"]]);
    expect(moneyRu.columns.spend?.values).toEqual([1.234]);
    expect(codes(moneyRu)).toEqual(["ambiguous_number"]);
    const moneyEn = readTable([["Spend"], ["1,234"]], { locale: "en" });
    expect(moneyEn.columns.spend?.values).toEqual([1234]);
    const dotThousands = readTable([["Spend"], ["1.234,50"], ["2.345"]]);
    expect(dotThousands.columns.spend?.values).toEqual([1234.5, 2345]);
  });

  it("a percent in a count column is an error, not a silent fraction", () => {
    const t = readTable([["Likes"], ["12%"]]);
    expect(t.columns.likes?.values).toEqual([null]);
    expect(t.diagnostics[0]?.message.en).toMatch(/percentage/);
  });

  it("decides day/month order per column", () => {
    const dayFirst = readTable([["Date"], ["04/05/2019"], ["13/05/2019"]]);
    expect(dayFirst.columns.date?.order).toBe("day-first");
    expect(dayFirst.columns.date?.values[0]).toBe(Date.UTC(2019, 4, 4));
    const monthFirst = readTable([["Date"], ["04/05/2019"], ["4/22/2018 6:00"]]);
    expect(monthFirst.columns.date?.order).toBe("month-first");
    expect(monthFirst.columns.date?.values).toEqual([Date.UTC(2019, 3, 5), Date.UTC(2018, 3, 22, 6)]);
    const slash = readTable([["Date"], ["04/05/2019"]]);
    expect(slash.columns.date?.order).toBe("month-first");
    expect(codes(slash)).toEqual(["ambiguous_date"]);
    const dots = readTable([["Дата"], ["04.05.2019"]]);
    expect(dots.columns.date?.order).toBe("day-first");
    expect(dots.columns.date?.values).toEqual([Date.UTC(2019, 4, 4)]);
    const iso = readTable([["Date"], ["2019-05-04 10:00 +0300"]]);
    expect(iso.columns.date).toMatchObject({ order: "year-first", offsetMinutes: [180] });
  });

  it("reads Date objects, serial numbers and invalid Dates", () => {
    const t = readTable([["Date"], [new Date(2026, 10, 26, 9, 30)], [45000.5], [new Date(Number.NaN)]]);
    expect(t.columns.date?.values).toEqual([Date.UTC(2026, 10, 26, 9, 30), Date.UTC(2023, 2, 15, 12), null]);
    expect(codes(t)).toEqual(["unreadable_date"]);
  });

  it("converts response times to minutes from the header's unit", () => {
    const hours = readTable([["Время ответа, ч"], ["1,5"], ["2:30"], [0.25]]);
    expect(hours.columns.response_time?.values).toEqual([90, 150, 15]);
    expect(hours.columns.response_time?.unit).toBe("minutes");
    const seconds = readTable([["Response time (sec)"], [90]]);
    expect(seconds.columns.response_time?.values).toEqual([1.5]);
    const duration = readTable([["Reply time"], [new Date(1899, 11, 30, 1, 20)]]);
    expect(duration.columns.response_time?.values).toEqual([80]);
  });

  it("keeps 19-digit ids as text and reads booleans", () => {
    const t = readTable([
      ["Tweet id", "Входящее", "Ответили"],
      ["1200188117489045504", "да", "нет"],
      ["1199720788225646592", "TRUE", false],
    ]);
    expect(t.columns.post_id?.values).toEqual(["1200188117489045504", "1199720788225646592"]);
    expect(t.columns.inbound?.values).toEqual([true, true]);
    expect(t.columns.replied?.values).toEqual([false, false]);
  });

  it("skips Total/Итого rows with an info note", () => {
    const t = readTable([
      ["Кампания", "Расход"],
      ["Весна", 100],
      ["Итого", 100],
    ]);
    expect(t.rowCount).toBe(1);
    expect(t.diagnostics.map((d) => [d.code, d.row])).toEqual([["total_row", 3]]);
  });
});

describe("readTable: column-level number convention (property)", () => {
  it("a column written in one locale convention reads back exactly, without being told the convention", () => {
    const NBSP = "\u00a0";
    const convention = fc.constantFrom(
      { thousands: " ", decimal: "," },
      { thousands: NBSP, decimal: "," },
      { thousands: ".", decimal: "," },
      { thousands: ",", decimal: "." },
      { thousands: "", decimal: "." },
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 99_999_999 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(1, 2),
        convention,
        fc.constantFrom("Расход", "Spend", "Reach"),
        (hundredths, decimals, c, header) => {
          const divisor = decimals === 1 ? 10 : 100;
          const cells = hundredths.map((h) => {
            const int = String(Math.floor(h / divisor)).replace(/\B(?=(\d{3})+(?!\d))/g, c.thousands);
            return `${int}${c.decimal}${String(h % divisor).padStart(decimals, "0")}`;
          });
          const t = readTable([[header], ...cells.map((v) => [v])]);
          const column = header === "Reach" ? t.columns.reach : t.columns.spend;
          expect(column?.values).toEqual(hundredths.map((h) => h / divisor));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("readTable: row kinds", () => {
  it("classifies posts, ads, messages and unknown rows", () => {
    const t = readTable([
      ["Date", "Text", "Likes", "Campaign", "Spend", "Inbound", "Note"],
      ["26.11.2026", "Hello", 5, "", "", "", ""],
      ["26.11.2026", "", "", "Spring", 100, "", ""],
      ["26.11.2026", "Where is my order?", "", "", "", "да", ""],
      ["", "", "", "", "", "", "just a note"],
    ]);
    expect(t.rowKinds).toEqual(["post", "ad", "message", "unknown"]);
    expect(t.kinds).toEqual({ post: 1, ad: 1, message: 1, unknown: 1 });
  });
});

describe("readTable: durations", () => {
  it("leaves out a response time too large to convert to minutes, with a diagnostic, never Infinity", () => {
    const t = readTable([["Время ответа, ч"], [2.9961552247705265e306], [2]]);
    expect(t.columns.response_time?.values).toEqual([null, 120]);
    expect(t.diagnostics.map((d) => [d.code, d.cell])).toEqual([["unreadable_number", "A2"]]);
  });
});

describe("readTable: robustness", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("Reach", "Охват", "Дата", "Likes", "ER", "Расход, ₽", "Ответили", "Время ответа, ч", "-", "", " "),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.date({ noInvalidDate: false }),
    fc.constant(null),
    fc.constant(undefined),
  );

  it("never throws on arbitrary 2D arrays and keeps column lengths consistent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
        fc.record({ row: fc.integer({ min: -2, max: 50 }), column: fc.integer({ min: -2, max: 30 }) }),
        (values, origin) => {
          const t = readTable(values as Cell[][], { origin });
          expect(t.rowNumbers).toHaveLength(t.rowCount);
          expect(t.rowKinds).toHaveLength(t.rowCount);
          for (const column of Object.values(t.columns)) {
            expect(column?.values).toHaveLength(t.rowCount);
            if (column?.kind === "number") {
              for (const v of column.values) expect(v === null || Number.isFinite(v)).toBe(true);
            }
          }
          for (const d of t.derived) expect(d.values).toHaveLength(t.rowCount);
          const total = t.kinds.post + t.kinds.ad + t.kinds.message + t.kinds.unknown;
          expect(total).toBe(t.rowCount);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("tolerates non-array input, non-array rows and sparse rows", () => {
    expect(readTable(null as unknown as Cell[][]).rowCount).toBe(0);
    const sparse: Cell[] = [];
    sparse[2] = 7;
    const t = readTable([["Reach", "Likes", "Shares"], sparse, "oops" as unknown as Cell[], [1]]);
    expect(t.rowCount).toBe(3);
    expect(t.columns.shares?.values).toEqual([7, null, null]);
    expect(t.columns.reach?.values).toEqual([null, null, 1]);
  });
});

describe("readTable: date and time in separate columns", () => {
  it("adds the time of day from a competing time column to whole-day dates", () => {
    const t = readTable([
      ["Дата", "Время", "Охват"],
      ["26.11.2026", "14:05", 100],
      ["27.11.2026", "9:30", 120],
      ["28.11.2026", "", 90],
      [new Date(2026, 10, 29), new Date(1899, 11, 30, 18, 45), 80],
    ]);
    expect(t.columns.date?.values).toEqual([
      Date.UTC(2026, 10, 26, 14, 5),
      Date.UTC(2026, 10, 27, 9, 30),
      Date.UTC(2026, 10, 28),
      Date.UTC(2026, 10, 29, 18, 45),
    ]);
    expect(t.mapping.find((m) => m.field === "date")?.reason).toMatch(/time of day added \(column "Время"\)/);
  });

  it("leaves dates alone when the other column is not times of day", () => {
    const t = readTable([
      ["Date", "Publish time"],
      ["2026-11-26", "2026-11-27 10:00"],
    ]);
    expect(t.columns.date?.values).toEqual([Date.UTC(2026, 10, 26)]);
  });
});
