/** SMM_BENCHMARK returns the stored figures like-for-like, with aliases, a source table on request, and clear errors. */
import { describe, expect, it } from "vitest";
import { BENCHMARKS } from "../benchmarks/data";
import { callFunction } from "./registry";

describe("SMM_BENCHMARK", () => {
  it("returns the default study's figure for a platform and metric", () => {
    expect(callFunction("SMM_BENCHMARK", ["instagram", "er_by_followers"])).toBe(0.0047);
    expect(callFunction("SMM_BENCHMARK", ["IG", "er"])).toBe(0.0047);
    expect(callFunction("SMM_BENCHMARK", ["Facebook", "posts per week"])).toBe(5);
    expect(callFunction("SMM_BENCHMARK", ["", "reply_expectation_24h"])).toBe(0.79);
  });

  it("picks the named study", () => {
    expect(callFunction("SMM_BENCHMARK", ["instagram", "er_by_followers", "socialinsider-2023"])).toBe(0.006);
    expect(callFunction("SMM_BENCHMARK", ["facebook", "er_by_followers", "rivaliq-2024"])).toBe(0.00063);
  });

  it("matches every stored figure", () => {
    for (const b of BENCHMARKS) {
      expect(callFunction("SMM_BENCHMARK", [b.platform ?? "", b.metric, b.study])).toBe(b.value);
    }
  });

  it("returns the source as a table when asked, in the caller's language", () => {
    const out = callFunction("SMM_BENCHMARK", ["facebook", "cpc", "", true], { lang: "ru" }) as unknown[][];
    expect(out[0]).toEqual(["Значение", 1.72]);
    expect(out).toContainEqual(["Источник", "WordStream, Facebook Ads Benchmarks (2017 data)"]);
    expect(out).toContainEqual(["Валюта", "USD"]);
    expect(callFunction("SMM_BENCHMARK", ["facebook", "cpc", "", "FALSE"])).toBe(1.72);
  });

  it("refuses unknown metrics, platforms, studies and figures that were never published", () => {
    expect(() => callFunction("SMM_BENCHMARK", ["instagram", "likes"])).toThrow(
      /^SMM_BENCHMARK: metric must be one of er_by_followers, /,
    );
    expect(() => callFunction("SMM_BENCHMARK", ["myspace", "er"])).toThrow(
      /^SMM_BENCHMARK: platform must be one of instagram, /,
    );
    expect(() => callFunction("SMM_BENCHMARK", ["instagram", "er", "gartner"])).toThrow(
      /^SMM_BENCHMARK: study must be one of /,
    );
    expect(() => callFunction("SMM_BENCHMARK", ["instagram", "ctr"])).toThrow(
      "SMM_BENCHMARK: no published ctr figure for instagram; available for: facebook",
    );
    expect(() => callFunction("SMM_BENCHMARK", ["instagram", "er", "sprout-2020"])).toThrow(
      /no published er_by_followers figure/,
    );
    expect(() => callFunction("SMM_BENCHMARK", ["facebook", "cpc", "", "maybe"])).toThrow(
      "with_source must be TRUE or FALSE",
    );
  });
});
