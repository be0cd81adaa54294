import { describe, expect, it } from "vitest";
import { makeTable } from "../testing/table";
import { normalisePlatform, resolvePlatform } from "./platform";

describe("normalisePlatform", () => {
  it.each([
    ["Instagram", "instagram"],
    ["IG", "instagram"],
    ["ВКонтакте", "vk"],
    ["VK", "vk"],
    ["vk.com", "vk"],
    ["Twitter", "x"],
    ["X", "x"],
    ["TikTok", "tiktok"],
    ["Telegram", "telegram"],
    ["TG", "telegram"],
    ["Facebook", "facebook"],
    ["FB", "facebook"],
    [" LinkedIn ", "linkedin"],
    ["YouTube", "youtube"],
  ])("%s → %s", (text, platform) => {
    expect(normalisePlatform(text)).toBe(platform);
  });

  it("returns null for anything else", () => {
    expect(normalisePlatform("MySpace")).toBeNull();
    expect(normalisePlatform("")).toBeNull();
    expect(normalisePlatform(3)).toBeNull();
  });
});

describe("resolvePlatform", () => {
  it("prefers the options", () => {
    const t = makeTable({ platform: ["IG", "IG"] });
    expect(resolvePlatform([t], "vk")).toMatchObject({ platform: "vk", source: "options" });
  });

  it("takes the majority of the platform column and reports what it saw", () => {
    const t = makeTable({ platform: ["IG", "Instagram", "VK", null, "??"] });
    expect(resolvePlatform([t], null)).toEqual({
      platform: "instagram",
      source: "column",
      seen: [
        { platform: "instagram", rows: 2 },
        { platform: "vk", rows: 1 },
      ],
    });
  });

  it("recognises an X export by its headers", () => {
    const t = { ...makeTable({ reach: [1] }), headers: ["Tweet id", "Tweet permalink", "impressions"] };
    expect(resolvePlatform([t], null)).toMatchObject({ platform: "x", source: "headers" });
  });

  it("returns null when nothing says", () => {
    expect(resolvePlatform([makeTable({ reach: [1] })], null)).toEqual({ platform: null, source: "none", seen: [] });
  });
});
