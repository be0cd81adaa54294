/**
 * Each injected cause changes exactly the data it describes, measured on the generated cells (the factor-level
 * check that each cause raises its own factor lives in audit/scenarios.test.ts).
 */
import { describe, expect, it } from "vitest";
import { FACTOR_IDS } from "../audit/types";
import { spearman } from "../stats/trend";
import type { Cell } from "../table/types";
import { SCENARIO_CAUSES } from "./causes";
import { generateScenario } from "./generate";
import { columnOf, longestGapDays, medianOf, numbersOf, parseScenarioDate, sumOf, wordsOf } from "./testing";

const SEED = 11;
const healthy = generateScenario({ seed: SEED });
const injected = (cause: (typeof FACTOR_IDS)[number]) => generateScenario({ seed: SEED, cause });

const interactionsOf = (posts: Cell[][]) =>
  posts
    .slice(1)
    .map((_, i) => ["Likes", "Comments", "Shares", "Saves"].reduce((s, h) => s + (numbersOf(posts, h)[i] ?? 0), 0));
const halves = (values: number[]) => [values.slice(0, values.length >> 1), values.slice(values.length >> 1)] as const;
/** Revenue / spend by a label column. */
function roasBy(ads: Cell[][], label: string): Map<string, { spend: number; roas: number; rate: number }> {
  const labels = columnOf(ads, label).map(String);
  const spend = numbersOf(ads, "Amount spent (USD)");
  const revenue = numbersOf(ads, "Purchases conversion value");
  const clicks = numbersOf(ads, "Link clicks");
  const purchases = numbersOf(ads, "Purchases");
  const out = new Map<string, { spend: number; roas: number; rate: number }>();
  for (const name of new Set(labels)) {
    const rows = labels.flatMap((l, i) => (l === name ? [i] : []));
    const s = sumOf(rows.map((i) => spend[i] ?? 0));
    out.set(name, {
      spend: s,
      roas: sumOf(rows.map((i) => revenue[i] ?? 0)) / s,
      rate: sumOf(rows.map((i) => purchases[i] ?? 0)) / sumOf(rows.map((i) => clicks[i] ?? 0)),
    });
  }
  return out;
}

describe("SCENARIO_CAUSES", () => {
  it("has exactly one cause per factor id, described in both languages", () => {
    expect(SCENARIO_CAUSES.map((c) => c.id)).toEqual([...FACTOR_IDS]);
    for (const cause of SCENARIO_CAUSES) {
      expect(cause.factor).toBe(cause.id);
      expect(cause.description.en.length).toBeGreaterThan(40);
      expect(cause.description.ru.length).toBeGreaterThan(40);
    }
  });

  it("leaves the exports a cause does not touch unchanged", () => {
    expect(injected("community").posts).toEqual(healthy.posts);
    expect(injected("community").ads).toEqual(healthy.ads);
    expect(injected("cadence").messages).toEqual(healthy.messages);
    expect(injected("budget").posts).toEqual(healthy.posts);
    expect(injected("segmentation").messages).toEqual(healthy.messages);
  });
});

describe("each cause visibly changes its data", () => {
  it("cadence: a gap of at least 21 days and bursts of 3+ posts a day", () => {
    const dates = columnOf(injected("cadence").posts, "Date").map(parseScenarioDate);
    expect(longestGapDays(dates)).toBeGreaterThanOrEqual(21);
    const perDay = new Map<number, number>();
    for (const d of dates) perDay.set(Math.floor(d / 86_400_000), (perDay.get(Math.floor(d / 86_400_000)) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeGreaterThanOrEqual(3);
    expect(longestGapDays(columnOf(healthy.posts, "Date").map(parseScenarioDate))).toBeLessThan(7);
  });

  it("community: about 10 % of questions answered, median response above a day", () => {
    const { messages } = injected("community");
    const texts = columnOf(messages, "Message").map(String);
    const replied = columnOf(messages, "Replied");
    const questions = texts.flatMap((t, i) => (t.includes("?") ? [i] : []));
    const rate = questions.filter((i) => replied[i] === "Yes").length / questions.length;
    expect(rate).toBeGreaterThan(0.03);
    expect(rate).toBeLessThan(0.2);
    expect(medianOf(numbersOf(messages, "Response time (minutes)"))).toBeGreaterThan(24 * 60);
  });

  it("segmentation: 60 % of spend on one segment converting 5× worse", () => {
    const ads = injected("segmentation").ads;
    const bySegment = [...roasBy(ads, "Ad set name").values()];
    const total = sumOf(bySegment.map((s) => s.spend));
    const biggest = bySegment.reduce((a, b) => (b.spend > a.spend ? b : a));
    expect(biggest.spend / total).toBeGreaterThan(0.55);
    expect(biggest.spend / total).toBeLessThan(0.65);
    const others = bySegment.filter((s) => s !== biggest).map((s) => s.rate);
    expect(medianOf(others) / biggest.rate).toBeGreaterThan(3.5);
  });

  it("needs: engagement per reach falls by about half over the period", () => {
    const { posts } = injected("needs");
    const perReach = interactionsOf(posts).map((x, i) => x / (numbersOf(posts, "Reach")[i] ?? 1));
    const quarter = perReach.length >> 2;
    // Expected ratio of the last quarter to the first: (1 − 0.5 × 0.875) / (1 − 0.5 × 0.125) = 0.6.
    expect(medianOf(perReach.slice(-quarter)) / medianOf(perReach.slice(0, quarter))).toBeLessThan(0.75);
    const [hFirst, hSecond] = halves(
      interactionsOf(healthy.posts).map((x, i) => x / (numbersOf(healthy.posts, "Reach")[i] ?? 1)),
    );
    expect(medianOf(hSecond) / medianOf(hFirst)).toBeGreaterThan(0.85);
  });

  it("content: about 30 % of captions copy an earlier caption", () => {
    const norm = (c: Cell) => [...wordsOf(String(c))].sort().join(" ");
    const copies = (posts: Cell[][]) => {
      const seen = new Set<string>();
      let repeated = 0;
      for (const caption of columnOf(posts, "Caption").map(norm)) {
        if (seen.has(caption)) repeated += 1;
        seen.add(caption);
      }
      return repeated / (posts.length - 1);
    };
    expect(copies(injected("content").posts)).toBeGreaterThan(0.2);
    expect(copies(injected("content").posts)).toBeLessThan(0.4);
    expect(copies(healthy.posts)).toBe(0);
  });

  it("analytics: no click, purchase or value columns in ads, no conversions in posts, almost no UTM", () => {
    const { ads, posts } = injected("analytics");
    expect(ads[0]).toEqual(["Date", "Campaign name", "Ad set name", "Amount spent (USD)", "Impressions"]);
    expect(posts[0]).not.toContain("Conversions");
    const links = columnOf(posts, "Link").filter((l) => l !== "");
    expect(links.filter((l) => String(l).includes("utm_")).length / links.length).toBeLessThan(0.15);
  });

  it("budget: most spend on campaigns at ROAS ≈ 0.4, portfolio ROAS below 1", () => {
    const { ads } = injected("budget");
    const campaigns = [...roasBy(ads, "Campaign name").values()];
    const total = sumOf(campaigns.map((c) => c.spend));
    const losing = campaigns.filter((c) => c.roas < 1);
    expect(sumOf(losing.map((c) => c.spend)) / total).toBeGreaterThan(0.7);
    for (const c of losing) expect(c.roas).toBeLessThan(0.75);
    const portfolio = sumOf(numbersOf(ads, "Purchases conversion value")) / sumOf(numbersOf(ads, "Amount spent (USD)"));
    expect(portfolio).toBeLessThan(1);
  });

  it("audience: followers +80 % while reach falls, engagement no longer tied to clicks", () => {
    const { posts } = injected("audience");
    const followers = numbersOf(posts, "Followers");
    expect((followers.at(-1) ?? 0) / (followers[0] ?? 1)).toBeGreaterThan(1.7);
    const [first, second] = halves(numbersOf(posts, "Reach"));
    expect(medianOf(second)).toBeLessThan(medianOf(first));
    const rho = spearman(interactionsOf(posts), numbersOf(posts, "Link clicks")) ?? 1;
    expect(Math.abs(rho)).toBeLessThan(0.25);
  });
});

describe("the causes hold for any seed", () => {
  const seeds = Array.from({ length: 12 }, (_, i) => i * 7919 + 1);
  it.each(seeds)("seed %i: the cause's headline number is past its critical threshold, healthy is not", (seed) => {
    const ok = generateScenario({ seed });
    expect(longestGapDays(columnOf(ok.posts, "Date").map(parseScenarioDate))).toBeLessThan(8);
    expect(spearman(interactionsOf(ok.posts), numbersOf(ok.posts, "Link clicks"))).toBeGreaterThan(0.35);
    const okRoas =
      sumOf(numbersOf(ok.ads, "Purchases conversion value")) / sumOf(numbersOf(ok.ads, "Amount spent (USD)"));
    expect(okRoas).toBeGreaterThan(3.3);

    const cadence = generateScenario({ seed, cause: "cadence" });
    expect(longestGapDays(columnOf(cadence.posts, "Date").map(parseScenarioDate))).toBeGreaterThanOrEqual(21);
    const budget = generateScenario({ seed, cause: "budget" }).ads;
    expect(
      sumOf(numbersOf(budget, "Purchases conversion value")) / sumOf(numbersOf(budget, "Amount spent (USD)")),
    ).toBeLessThan(1);
    const audience = generateScenario({ seed, cause: "audience" }).posts;
    const followers = numbersOf(audience, "Followers");
    expect((followers.at(-1) ?? 0) / (followers[0] ?? 1)).toBeGreaterThan(1.6);
    expect(spearman(interactionsOf(audience), numbersOf(audience, "Link clicks"))).toBeLessThan(0.35);
  });
});
