import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { WATCH_RISK } from "../audit/score";
import { generateScenario, type ScenarioCause } from "../scenarios/index";
import { readTable } from "../table/index";
import { makeContext } from "../testing/context";
import { makeTable } from "../testing/table";
import { contentFactor } from "./content";

const days = (n: number, step = 2) =>
  Array.from({ length: n }, (_, i) =>
    new Date(Date.UTC(2026, 0, 1) + i * step * 86_400_000).toISOString().slice(0, 10),
  );
type Result = ReturnType<typeof contentFactor.evaluate>;
const signal = (r: Result, id: string) => r.signals.find((s) => s.id === id);
const run = (columns: Parameters<typeof makeTable>[0], options: Parameters<typeof makeContext>[0] = {}) =>
  contentFactor.evaluate({ tables: [makeTable(columns)] }, makeContext(options));

const CAPTIONS = [
  "Meet Anna, our head baker, who starts every morning at four",
  "Five ways to keep bread fresh for a whole week without a freezer",
  "Behind the scenes: how we pick coffee beans from small farms in Kenya",
  "Customer question of the week: can sourdough be gluten free?",
  "Our autumn menu is here with pumpkin soup and apple pie",
  "Why we stopped using plastic cups last year and what it cost us",
  "Weekend workshop: learn to shape croissants with our pastry team",
  "The story of the old oven we rescued from a closed factory",
  "Three breakfast ideas under ten minutes for busy parents",
  "We asked you which cake to bring back and the winner is carrot",
  "Delivery now reaches the northern districts on weekdays",
  "A thank-you note to the neighbours who helped after the flood",
];
const TOPICS = [
  "coffee",
  "tea",
  "cake",
  "bread",
  "pasta",
  "salad",
  "soup",
  "pizza",
  "juice",
  "cookies",
  "rice",
  "fish",
];
const distinct = (i: number) => CAPTIONS[i % CAPTIONS.length] as string;

describe("content: duplicate captions", () => {
  it("is ok for distinct captions", () => {
    const r = run({ text: CAPTIONS });
    expect(signal(r, "duplicate_captions")?.value).toBe(0);
    expect(signal(r, "duplicate_captions")?.level).toBe("ok");
  });

  it("is critical when 30 % of posts repeat an earlier one, citing the later posts (newest-first export)", () => {
    const n = 20;
    // Newest first, as many exports list posts: row 2 is the latest post.
    const date = days(n).reverse();
    const text = Array.from(
      { length: n },
      (_, i) => `Unique post ${TOPICS[i % 12]} ${["alpha", "beta", "gamma"][i % 3]} story ${"x".repeat(i + 1)}`,
    );
    // The oldest post (last row, sheet row 21) is re-posted in rows 2, 4 and 6, with small edits in rows 8–12.
    const original = "Spring sale: twenty percent off all coats and boots until Sunday, come to the store!";
    text[n - 1] = original;
    text[0] = original;
    text[2] = `${original} 🎉 #sale`;
    text[4] = original.toUpperCase();
    text[6] = original.replace("Sunday", "Monday");
    text[8] = original.replace("coats", "jackets");
    text[10] = `${original} https://shop.example.com/sale`;
    const r = run({ date, text });
    const s = signal(r, "duplicate_captions");
    expect(s?.value).toBeCloseTo(6 / 20, 6);
    expect(s?.level).toBe("critical");
    const f = r.findings.find((x) => x.message.en.includes("repeat an earlier caption"));
    expect(f?.rows.sort((a, b) => a - b)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(f?.message.en).toContain("repeats row 21");
    expect(s?.note?.ru).toMatch(/^6 из 20 постов с текстом повторяют прежнюю подпись/);
  });

  it("honours threshold overrides", () => {
    const text = Array.from({ length: 10 }, (_, i) => (i < 2 ? "same words every single time" : distinct(i)));
    expect(signal(run({ text }), "duplicate_captions")?.level).not.toBe("critical");
    const strict = run({ text }, { thresholds: { "content.duplicate_captions": { watch: 0.05, critical: 0.1 } } });
    expect(signal(strict, "duplicate_captions")?.level).toBe("critical");
  });
});

describe("content: short captions and single format", () => {
  it("flags most posts without a message", () => {
    const text = [
      "🔥🔥",
      "#love",
      "",
      "New",
      "https://t.co/x",
      "Ok go",
      ...Array.from({ length: 4 }, (_, i) => distinct(i)),
    ];
    const r = run({ text });
    const s = signal(r, "short_captions");
    expect(s?.value).toBeCloseTo(0.6, 6);
    expect(s?.level).toBe("watch");
  });

  it("reports one format for nearly all posts as a finding, not a signal", () => {
    const format = Array.from({ length: 25 }, (_, i) => (i === 0 ? "video" : "Photo"));
    const r = run({ text: Array.from({ length: 25 }, (_, i) => `${distinct(i)} ${TOPICS[i % 12]}`), format });
    expect(r.findings.some((f) => f.message.en.startsWith("One format only: 96%"))).toBe(true);
    expect(r.signals.map((s) => s.id)).not.toContain("single_format");
  });
});

describe("content: below the platform's bottom quartile", () => {
  it("is critical when 70 % of posts are below half the Instagram median", () => {
    const likes = Array.from({ length: 20 }, (_, i) => (i % 10 < 7 ? 10 : 60));
    const r = run({ likes, followers: Array(20).fill(10_000) }, { platform: "instagram" });
    const s = signal(r, "below_bottom_quartile");
    expect(s?.value).toBeCloseTo(0.7, 6);
    expect(s?.level).toBe("critical");
    expect(s?.benchmark?.value).toBeCloseTo(0.00235, 8);
  });

  it("is not compared without a platform or with reach only", () => {
    expect(
      signal(run({ likes: Array(10).fill(5), followers: Array(10).fill(1000) }), "below_bottom_quartile")?.note?.en,
    ).toMatch(/platform=instagram/);
    expect(
      signal(run({ text: ["a b c"], likes: [1], reach: [10] }, { platform: "instagram" }), "below_bottom_quartile")
        ?.note?.en,
    ).toMatch(/not like-for-like/);
  });
});

describe("content: amplification", () => {
  const n = 20;
  const date = days(n);
  const reach = Array(n).fill(1000);

  it("is critical when shares per reach fall to a fifth of the first half", () => {
    const shares = Array.from({ length: n }, (_, i) => (i < n / 2 ? 10 : 2));
    const r = run({ date, shares, reach });
    const s = signal(r, "amplification_vs_prior");
    expect(s?.value).toBeCloseTo(0.2, 6);
    expect(s?.level).toBe("critical");
    expect(r.findings.find((f) => f.message.en.startsWith("Fewer people"))?.rows[0]).toBeGreaterThanOrEqual(12);
  });

  it("is ok when stable, and a small wobble is not significant", () => {
    expect(signal(run({ date, shares: Array(n).fill(5), reach }), "amplification_vs_prior")?.value).toBe(1);
    const wobble = Array.from({ length: n }, (_, i) => (i === 1 || i === 4 ? 1 : i === 12 ? 1 : 0));
    const s = signal(run({ date, shares: wobble, reach }), "amplification_vs_prior");
    expect(s?.value).toBe(1);
    expect(s?.note?.en).toMatch(/Not significant/);
  });

  it("is critical when nothing is shared or saved over 20 000 reached", () => {
    const r = run({ date, shares: Array(n).fill(0), saves: Array(n).fill(0), reach });
    const s = signal(r, "amplification_vs_prior");
    expect(s?.value).toBe(0);
    expect(s?.level).toBe("critical");
    expect(s?.note?.en).toMatch(/Almost nobody/);
  });
});

describe("content: columns", () => {
  it("never reads a comment log's texts as captions", () => {
    const messages = makeTable(
      { text: Array(12).fill("How much is delivery to Kazan?"), inbound: Array(12).fill(true) },
      { rowKinds: Array(12).fill("message") },
    );
    const r = contentFactor.evaluate({ tables: [messages] }, makeContext());
    expect(r.assessed).toBe(false);
  });

  it("is not assessed without captions, shares or followers", () => {
    const r = run({ date: days(10), likes: Array(10).fill(3) });
    expect(r.assessed).toBe(false);
    expect(r.missing).toContainEqual(["text"]);
  });
});

/** A real export read the way users read it: papaparse splits the CSV, the table reader maps the columns. */
function readShared(path: string) {
  const rows = Papa.parse<string[]>(readSharedText(path), { skipEmptyLines: "greedy" }).data;
  return readTable(rows, { source: path.split("/").pop() ?? path });
}

const xNov = sharedDataFile(SHARED.xNov2019, "content factor");
const xMar = sharedDataFile(SHARED.xMar2020, "content factor");
describe.skipIf(xNov === null || xMar === null)("content on the real X Analytics exports", () => {
  it("finds the one re-posted announcement and measures retweets per impression against the first half", () => {
    const nov = contentFactor.evaluate({ tables: [readShared(xNov as string)] }, makeContext({ platform: "x" }));
    const dup = signal(nov, "duplicate_captions");
    expect(dup?.n).toBe(28);
    expect(dup?.value).toBeCloseTo(1 / 28, 6);
    expect(dup?.note?.en).toContain("row 24 repeats row 25"); // the Moore Foundation award, tweeted twice on 6 Nov
    expect(signal(nov, "below_bottom_quartile")?.value).toBeNull(); // impressions are not followers: not like-for-like
    expect(signal(nov, "short_captions")?.value).toBe(0);

    const mar = contentFactor.evaluate({ tables: [readShared(xMar as string)] }, makeContext({ platform: "x" }));
    const amp = signal(mar, "amplification_vs_prior");
    expect(amp?.value).toBeCloseTo(0.497, 2); // retweets per 1000 impressions 0.96 → 0.48, p < 0.001
    expect(amp?.level).toBe("watch");
  });
});

describe("content on the seeded scenarios", () => {
  const evaluate = (seed: number, cause: ScenarioCause | null) => {
    const s = generateScenario({ seed, cause });
    const tables = [readTable(s.posts), readTable(s.ads), readTable(s.messages)];
    return contentFactor.evaluate({ tables }, makeContext({ platform: s.platform }));
  };
  it.each([42, 7, 2026])("seed %i: healthy data is ok, the injected content cause is above watch", (seed) => {
    const healthy = evaluate(seed, null);
    expect(healthy.assessed).toBe(true);
    expect(healthy.level).toBe("ok");
    const injected = evaluate(seed, "content");
    expect(injected.risk ?? 0).toBeGreaterThanOrEqual(WATCH_RISK);
    expect(injected.findings.length).toBeGreaterThan(0);
    expect(signal(injected, "duplicate_captions")?.value).toBeGreaterThan(0.25); // ~30 % copies
  });
});
