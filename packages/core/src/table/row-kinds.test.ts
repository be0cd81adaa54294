import { describe, expect, it } from "vitest";
import { generateScenario } from "../scenarios/index";
import { readTable } from "./read";

describe("row kinds", () => {
  it("reads a posts export that tracks conversions and link clicks as posts, not ads", () => {
    const t = readTable([
      ["Date", "Caption", "Reach", "Likes", "Link clicks", "Conversions"],
      ["2026-03-01", "New roast is here", 1200, 40, 12, 2],
      ["2026-03-02", "How we brew", 900, 31, 4, 0],
      ["2026-03-03", "Weekend offer", 1500, 52, 20, 5],
    ]);
    expect(t.rowKinds).toEqual(["post", "post", "post"]);
    expect(t.kinds).toEqual({ post: 3, ad: 0, message: 0, unknown: 0 });
  });

  it("needs ad evidence for an ad: spend > 0, or a campaign / ad set label with ad metrics", () => {
    const t = readTable([
      ["Date", "Campaign", "Ad set", "Amount spent (USD)", "Impressions", "Purchases"],
      ["2026-03-01", "Spring", "18-24", 120, 9000, 3], // spend > 0
      ["2026-03-02", "Spring", "18-24", 0, 0, 0], // paused day of a named campaign: still an ad row
      ["2026-03-03", "", "25-34", "", 4000, 1], // an ad set with metrics, no spend cell
      ["2026-03-04", "", "", "", "", 2], // conversions alone: no ad evidence
      ["2026-03-05", "Summer", "", "", "", ""], // a label with no metric at all
    ]);
    expect(t.rowKinds).toEqual(["ad", "ad", "ad", "post", "post"]);
  });

  it("keeps messages first: a comment log with a campaign column is still messages", () => {
    const t = readTable([
      ["Date", "Campaign", "Message", "Inbound", "Replied"],
      ["2026-03-01", "Spring", "Where is my order?", "yes", "no"],
    ]);
    expect(t.rowKinds).toEqual(["message"]);
  });

  it("separates posts and ads within one mixed range", () => {
    const t = readTable([
      ["Date", "Text", "Campaign", "Reach", "Likes", "Clicks", "Conversions", "Spend"],
      ["2026-03-01", "Organic post", "", 1000, 30, 10, 1, ""],
      ["2026-03-01", "", "Spring sale", 5000, "", 80, 6, 250],
      ["2026-03-02", "Another post", "", 1100, 35, 12, 2, ""],
      ["2026-03-02", "", "Spring sale", 4800, "", 70, 4, "0"],
      ["2026-03-03", "Boosted post", "", 3000, 90, 40, 3, 50],
    ]);
    expect(t.rowKinds).toEqual(["post", "ad", "post", "ad", "ad"]);
    expect(t.kinds).toEqual({ post: 2, ad: 3, message: 0, unknown: 0 });
  });

  describe.each(["en", "ru"] as const)("the generated healthy scenario (%s)", (lang) => {
    const scenario = generateScenario({ seed: 42, lang });
    it("reads the posts export (with Conversions and Link clicks) as posts only", () => {
      const posts = readTable(scenario.posts);
      expect(posts.columns.conversions).toBeDefined();
      expect(posts.columns.clicks).toBeDefined();
      expect(posts.rowCount).toBeGreaterThan(50);
      expect(posts.kinds).toEqual({ post: posts.rowCount, ad: 0, message: 0, unknown: 0 });
    });
    it("reads the ads export as ads and the inbox as messages", () => {
      const ads = readTable(scenario.ads);
      expect(ads.kinds).toEqual({ post: 0, ad: ads.rowCount, message: 0, unknown: 0 });
      const messages = readTable(scenario.messages);
      expect(messages.kinds).toEqual({ post: 0, ad: 0, message: messages.rowCount, unknown: 0 });
    });
    it("reads the three exports pasted one under another as one range of posts, ads and messages", () => {
      // The posts header row is the range's header; ad and message rows follow with their cells in the posts
      // columns that mean the same (date, impressions, clicks, conversions) plus extra trailing columns.
      const postHeaders = scenario.posts[0] as string[];
      const width = postHeaders.length;
      const extra =
        lang === "en" ? ["Campaign name", "Amount spent (USD)", "Inbound"] : ["Кампания", "Расход (руб.)", "Входящее"];
      const at = (name: string) => postHeaders.indexOf(name);
      const [dateH, imprH, clicksH, convH] =
        lang === "en"
          ? ["Date", "Impressions", "Link clicks", "Conversions"]
          : ["Дата", "Показы", "Клики", "Конверсии"];
      const adHeaders = scenario.ads[0] as string[];
      const messageHeaders = scenario.messages[0] as string[];
      const range: unknown[][] = [[...postHeaders, ...extra]];
      for (const row of scenario.posts.slice(1, 11)) range.push([...row, "", "", ""]);
      for (const row of scenario.ads.slice(1, 6)) {
        const out: unknown[] = new Array(width).fill("");
        const get = (h: string) => row[adHeaders.indexOf(h)];
        out[at(dateH)] = get(dateH);
        out[at(imprH)] = get(lang === "en" ? "Impressions" : "Показы");
        out[at(clicksH)] = get(lang === "en" ? "Link clicks" : "Клики");
        out[at(convH)] = get(lang === "en" ? "Purchases" : "Покупки");
        range.push([...out, get(adHeaders[1] as string), get(adHeaders[3] as string), ""]);
      }
      for (const row of scenario.messages.slice(1, 4)) {
        const out: unknown[] = new Array(width).fill("");
        out[at(dateH)] = row[messageHeaders.indexOf(dateH)];
        range.push([...out, "", "", row[messageHeaders.indexOf(messageHeaders[2] as string)]]);
      }
      const t = readTable(range as Parameters<typeof readTable>[0]);
      expect(t.columns.campaign).toBeDefined();
      expect(t.columns.spend).toBeDefined();
      expect(t.columns.inbound).toBeDefined();
      expect(t.kinds).toEqual({ post: 10, ad: 5, message: 3, unknown: 0 });
      expect(t.rowKinds.slice(0, 10).every((k) => k === "post")).toBe(true);
    });
  });
});
