import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayMonthEvidence, parseDateCell } from "./dates";

const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

describe("parseDateCell: every documented format", () => {
  const cases: [string | number, number, number | null, ("day-first" | "month-first")?][] = [
    ["26.11.2026 14:05", utc(2026, 11, 26, 14, 5), null],
    ["26.11.2026", utc(2026, 11, 26), null],
    ["1.08.2019", utc(2019, 8, 1), null],
    ["01.08.19", utc(2019, 8, 1), null],
    ["26.11.2026 г.", utc(2026, 11, 26), null],
    ["4/22/2018 6:00", utc(2018, 4, 22, 6, 0), null, "month-first"],
    ["4/22/2018 6:00 PM", utc(2018, 4, 22, 18, 0), null, "month-first"],
    ["12/01/2019 12:30 am", utc(2019, 12, 1, 0, 30), null, "month-first"],
    ["22/04/2018", utc(2018, 4, 22), null, "day-first"],
    ["2019-10-14 8:30", utc(2019, 10, 14, 8, 30), null],
    ["2019-10-14", utc(2019, 10, 14), null],
    ["2019/10/14", utc(2019, 10, 14), null],
    ["2018-09-28 21:57 +0000", utc(2018, 9, 28, 21, 57), 0],
    ["2019-11-28 23:02 +0000", utc(2019, 11, 28, 23, 2), 0],
    ["2019-11-28T23:02:15Z", utc(2019, 11, 28, 23, 2, 15), 0],
    ["2019-11-28T23:02:15.250+03:00", utc(2019, 11, 28, 23, 2, 15) + 250, 180],
    ["2019-11-28T23:02:15-0530", utc(2019, 11, 28, 23, 2, 15), -330],
    ["2019-11-28T23:02:15", utc(2019, 11, 28, 23, 2, 15), null],
    ["Tue Oct 31 22:10:47 +0000 2017", utc(2017, 10, 31, 22, 10, 47), 0],
    ["Nov 28, 2019", utc(2019, 11, 28), null],
    ["November 28, 2019 2:05 PM", utc(2019, 11, 28, 14, 5), null],
    ["Thursday, November 28, 2019 at 14:05", utc(2019, 11, 28, 14, 5), null],
    ["28 Nov 2019", utc(2019, 11, 28), null],
    ["28-Nov-2019", utc(2019, 11, 28), null],
    ["28 ноября 2019 г. 14:05", utc(2019, 11, 28, 14, 5), null],
    ["1 мая 2020", utc(2020, 5, 1), null],
    [45000.5, utc(2023, 3, 15, 12, 0), null],
    ["45000.5", utc(2023, 3, 15, 12, 0), null],
    [43466, utc(2019, 1, 1), null],
    [20191128, utc(2019, 11, 28), null],
    [1572999999, 1572999999000, 0],
  ];
  it.each(cases)("%j", (raw, ms, offset, order) => {
    const r = parseDateCell(raw, order ? { order } : {});
    expect(r).toEqual({ ok: true, value: ms, offsetMinutes: offset });
  });

  it("reads Date objects by their local getters (the sheet's wall clock)", () => {
    const d = new Date(2026, 10, 26, 14, 5, 7);
    expect(parseDateCell(d)).toEqual({ ok: true, value: utc(2026, 11, 26, 14, 5, 7), offsetMinutes: null });
  });

  it.each([
    "31.02.2019",
    "2019-13-01",
    "2019-10-14 25:00",
    "13/13/2019",
    "hello",
    "Nov 2019",
    "2019-10-14 +9999",
    true,
    new Date(Number.NaN),
    -5,
  ])("%j is unreadable, with a reason", (raw) => {
    const r = parseDateCell(raw as string);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.ru).toMatch(/не дата/);
  });

  it("treats placeholders as empty", () => {
    for (const raw of ["", " ", "-", "N/A", null, undefined]) {
      expect(parseDateCell(raw)).toEqual({ ok: true, value: null, offsetMinutes: null });
    }
  });

  it("reports what a cell proves about the day/month order", () => {
    const sep = { code: 0 };
    expect(dayMonthEvidence("26.11.2026", sep)).toBe(1);
    expect(sep.code).toBe(46);
    expect(dayMonthEvidence("4/22/2018 6:00", sep)).toBe(2);
    expect(dayMonthEvidence("04/05/2019", sep)).toBe(3);
    expect(dayMonthEvidence("05/05/2019", sep)).toBe(4);
    expect(dayMonthEvidence("2019-10-14", sep)).toBe(0);
  });
});

describe("parseDateCell: property-based round trip", () => {
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const formats: { name: string; order?: "day-first" | "month-first"; fmt: (d: Date) => string; seconds: boolean }[] = [
    {
      name: "DD.MM.YYYY HH:mm",
      fmt: (d) =>
        `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
      seconds: false,
    },
    {
      name: "M/D/YYYY H:mm",
      order: "month-first",
      fmt: (d) =>
        `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}`,
      seconds: false,
    },
    {
      name: "YYYY-MM-DD H:mm +0000",
      fmt: (d) =>
        `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${d.getUTCHours()}:${pad(d.getUTCMinutes())} +0000`,
      seconds: false,
    },
    { name: "ISO", fmt: (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z"), seconds: true },
    {
      name: "Twitter",
      fmt: (d) =>
        `Mon ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`,
      seconds: true,
    },
    { name: "serial", fmt: (d) => String(d.getTime() / 86_400_000 + 25_569), seconds: true },
  ];

  it("a wall-clock time formatted in each supported format reads back to the same wall clock", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }),
        fc.constantFrom(...formats),
        (seconds, format) => {
          const ms = format.seconds ? seconds * 1000 : Math.floor(seconds / 60) * 60_000;
          const text = format.fmt(new Date(ms));
          const r = parseDateCell(text, format.order ? { order: format.order } : {});
          expect(r.ok, `${format.name}: ${text}`).toBe(true);
          if (r.ok) expect(r.value, `${format.name}: ${text}`).toBe(ms);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("never throws on arbitrary strings or numbers", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.double()), (v) => {
        const r = parseDateCell(v);
        if (r.ok && r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
