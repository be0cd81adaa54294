/** SMM_REPLY_RATE and SMM_CADENCE on Sheets-style input: labelled tables, headers, texts, errors, big ranges. */
import { describe, expect, it } from "vitest";
import { cadenceStats } from "../metrics/cadence";
import { generateScenario } from "../scenarios/generate";
import { wilson } from "../stats/proportions";
import type { Cell } from "../table/types";
import { callFunction } from "./registry";

const col = (...values: unknown[]) => values.map((v) => [v]);
const columnOf = (table: Cell[][], header: string) => {
  const index = (table[0] ?? []).indexOf(header);
  return table.map((row) => [row[index]]);
};
const lookup = (table: unknown, label: string) => (table as unknown[][]).find((row) => row[0] === label)?.[1];

describe("SMM_REPLY_RATE", () => {
  it("returns the rate with its Wilson interval and the counts", () => {
    const out = callFunction("SMM_REPLY_RATE", [col("yes", "yes", "no", "yes")]);
    const w = wilson(3, 4);
    expect(out).toEqual([
      ["Reply rate", 0.75],
      ["95 % interval, low", Math.round(w.low * 1e4) / 1e4],
      ["95 % interval, high", Math.round(w.high * 1e4) / 1e4],
      ["Replied", 3],
      ["Needing a reply", 4],
    ]);
  });

  it("counts only messages that need a reply, given as yes/no or found in the texts", () => {
    const replied = col(true, false, true, false, "");
    expect(lookup(callFunction("SMM_REPLY_RATE", [replied, col("да", "да", "нет", "нет", "да")]), "Reply rate")).toBe(
      0.5,
    );
    const texts = col(
      "Do you ship to Leeds?",
      "My order arrived damaged",
      "Love it!",
      "Nice photo",
      "Where is my parcel?",
    );
    const out = callFunction("SMM_REPLY_RATE", [replied, texts]);
    // Question (replied), complaint (not), question with an unknown reply (skipped).
    expect(lookup(out, "Replied")).toBe(1);
    expect(lookup(out, "Needing a reply")).toBe(2);
  });

  it("reads a count of replies or a response time as replied when above 0, and skips blanks", () => {
    const out = callFunction("SMM_REPLY_RATE", [col(2, 0, 35, "", "-")]);
    expect(lookup(out, "Replied")).toBe(2);
    expect(lookup(out, "Needing a reply")).toBe(3);
  });

  it("skips headers, including Russian ones that are also yes-words, and answers in Russian", () => {
    const scenario = generateScenario({ seed: 5, lang: "ru" });
    const out = callFunction(
      "SMM_REPLY_RATE",
      [columnOf(scenario.messages, "Ответили"), columnOf(scenario.messages, "Сообщение")],
      { lang: "ru" },
    ) as unknown[][];
    expect(out[0]?.[0]).toBe("Доля ответов");
    expect(lookup(out, "Доля ответов")).toBeGreaterThan(0.9);
    expect(lookup(out, "Требовали ответа")).toBeGreaterThan(100);
    // The community cause shows up: about 10 % answered.
    const neglected = generateScenario({ seed: 5, cause: "community" });
    const bad = callFunction("SMM_REPLY_RATE", [
      columnOf(neglected.messages, "Replied"),
      columnOf(neglected.messages, "Message"),
    ]);
    expect(lookup(bad, "Reply rate")).toBeLessThan(0.2);
  });

  it("gives blanks for the rate when nothing needs a reply", () => {
    const out = callFunction("SMM_REPLY_RATE", [col("yes", "no"), col("no", "no")]);
    expect(lookup(out, "Reply rate")).toBe("");
    expect(lookup(out, "Needing a reply")).toBe(0);
  });

  it("names a bad cell and a height mismatch", () => {
    expect(() => callFunction("SMM_REPLY_RATE", [col("yes", "maybe")])).toThrow(
      'SMM_REPLY_RATE: replied row 2 is "maybe", expected yes/no (TRUE/FALSE, yes/no, да/нет, 1/0)',
    );
    expect(() => callFunction("SMM_REPLY_RATE", [col("yes", "no", "yes"), col("yes", "no")])).toThrow(
      "SMM_REPLY_RATE: replied has 3 rows but needs_reply has 2",
    );
  });

  it("handles a single cell and 100k rows", () => {
    expect(lookup(callFunction("SMM_REPLY_RATE", [true]), "Reply rate")).toBe(1);
    const n = 100_000;
    const started = performance.now();
    const out = callFunction("SMM_REPLY_RATE", [
      Array.from({ length: n }, (_, i) => [i % 10 === 0 ? "No" : "Yes"]),
      Array.from({ length: n }, (_, i) => [i % 2 === 0 ? "Where is my order?" : "Thanks!"]),
    ]);
    // Every 10th row is unanswered, and all of those are among the even (question) rows: 1 in 5 questions.
    expect(lookup(out, "Reply rate")).toBeCloseTo(0.8, 4);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("SMM_CADENCE", () => {
  it("summarises a healthy scenario and finds the injected 3-week gap", () => {
    const healthy = callFunction("SMM_CADENCE", [columnOf(generateScenario({ seed: 9 }).posts, "Date")]);
    expect(lookup(healthy, "Posts per week")).toBeGreaterThan(4);
    expect(lookup(healthy, "Longest gap (days)")).toBeLessThan(7);
    expect(lookup(healthy, "Weeks with no post (share)")).toBe(0);
    const gappy = callFunction(
      "SMM_CADENCE",
      [columnOf(generateScenario({ seed: 9, cause: "cadence", lang: "ru" }).posts, "Дата")],
      {
        lang: "ru",
      },
    );
    expect(lookup(gappy, "Самая длинная пауза (дней)")).toBeGreaterThanOrEqual(21);
    expect(lookup(gappy, "Дней-всплесков")).toBeGreaterThan(0);
  });

  it("gives the same numbers as the cadenceStats metric (one definition)", () => {
    const day = (d: number, h = 12) => Date.UTC(2026, 10, d, h);
    const dates = [day(2), day(4), day(16, 9), day(16), day(16, 18), day(27)];
    const out = callFunction("SMM_CADENCE", [col(...dates.map((t) => new Date(t)))]);
    const s = cadenceStats(dates);
    expect(lookup(out, "Gap variation (CV)")).toBe(Math.round((s?.dayGapCv ?? 0) * 100) / 100);
    expect(lookup(out, "Longest gap (days)")).toBe(Math.round((s?.longestGap?.days ?? 0) * 100) / 100);
    expect(lookup(out, "Burst days")).toBe(1);
    expect(lookup(out, "Weeks with no post (share)")).toBe(0.25);
  });

  it("reads Date cells, serial numbers and month-first text, in any order, skipping blanks", () => {
    const dates = [new Date(Date.UTC(2026, 0, 15)), "", 46027, "1/1/2026 09:00", "1/8/2026"];
    const out = callFunction("SMM_CADENCE", [col(...dates)]);
    expect(lookup(out, "Posts")).toBe(4);
    expect(lookup(out, "Longest gap (days)")).toBeGreaterThan(6.5);
    expect(out).toHaveLength(8);
  });

  it("names a bad date and asks for at least two dates", () => {
    expect(() => callFunction("SMM_CADENCE", [col("Date", "2026-03-01", "soon")])).toThrow(
      'SMM_CADENCE: dates row 3 is "soon", expected a date',
    );
    expect(() => callFunction("SMM_CADENCE", ["2026-03-01"])).toThrow(
      "SMM_CADENCE: dates needs at least 2 dates, got 1",
    );
  });

  it("handles 100k dates fast", () => {
    const start = Date.UTC(2020, 0, 1);
    const dates = Array.from({ length: 100_000 }, (_, i) => [new Date(start + i * 3_600_000)]);
    const started = performance.now();
    const out = callFunction("SMM_CADENCE", [dates]);
    expect(lookup(out, "Posts")).toBe(100_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
