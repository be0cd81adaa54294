import { describe, expect, it } from "vitest";
import type { FactorPlugin } from "../audit/types";
import { notAssessed } from "../factors/common";
import { DEFAULT_OPTIONS } from "./defaults";
import { OptionsError } from "./errors";
import { parseOptions } from "./parse";

const cadence: FactorPlugin = {
  id: "cadence",
  title: { en: "Cadence", ru: "Регулярность" },
  summary: { en: "", ru: "" },
  needs: [["date"]],
  signals: [
    {
      id: "longest_gap_days",
      title: { en: "Longest gap", ru: "Самый длинный перерыв" },
      unit: "days",
      direction: "higher_is_worse",
      watch: 14,
      critical: 21,
    },
    {
      id: "empty_weeks",
      title: { en: "Empty weeks", ru: "Пустые недели" },
      unit: "fraction",
      direction: "higher_is_worse",
      watch: 0.25,
      critical: 0.5,
    },
  ],
  recommendation: { en: "", ru: "" },
  evaluate: () => notAssessed(cadence),
};
const plugins = [cadence];

function error(input: unknown): OptionsError {
  try {
    parseOptions(input, plugins);
  } catch (e) {
    if (e instanceof OptionsError) return e;
    throw e;
  }
  throw new Error("expected an OptionsError");
}

describe("parseOptions", () => {
  it("gives the defaults for nothing", () => {
    expect(parseOptions(undefined, plugins)).toEqual(DEFAULT_OPTIONS);
    expect(parseOptions("", plugins)).toEqual(DEFAULT_OPTIONS);
    expect(parseOptions([], plugins)).toEqual(DEFAULT_OPTIONS);
    expect(parseOptions({}, plugins)).toEqual(DEFAULT_OPTIONS);
  });

  it("reads a key=value string with ; and newlines, any key case, Russian keys", () => {
    const o = parseOptions(
      "margin=30%; Currency = rub\nplatform=IG;  Target CPA = 1 200,5\nсредний чек=2500; язык=русский",
      plugins,
    );
    expect(o).toMatchObject({
      margin: 0.3,
      currency: "RUB",
      platform: "instagram",
      targetCpa: 1200.5,
      averageOrderValue: 2500,
      lang: "ru",
    });
  });

  it("reads margin as a fraction, a percent, or percent points", () => {
    expect(parseOptions("margin=0.3", plugins).margin).toBe(0.3);
    expect(parseOptions("margin=30", plugins).margin).toBe(0.3);
    expect(parseOptions("margin=30%", plugins).margin).toBe(0.3);
    expect(parseOptions("margin=0,25", plugins).margin).toBe(0.25);
    expect(parseOptions("margin=1", plugins).margin).toBe(1);
    expect(parseOptions({ margin: 0.42 }, plugins).margin).toBe(0.42);
  });

  it("reads a two-column range from Sheets, skipping blanks and a header row", () => {
    const o = parseOptions(
      [
        ["Option", "Value"],
        ["margin", 0.35],
        ["", ""],
        ["platform", "ВКонтакте"],
        ["averageOrderValue", "$1,200.50"],
        ["cadence.longest_gap_days.watch", 10],
        ["map.reach", "Полный охват"],
      ],
      plugins,
    );
    expect(o.margin).toBe(0.35);
    expect(o.platform).toBe("vk");
    expect(o.averageOrderValue).toBe(1200.5);
    expect(o.thresholds).toEqual({ "cadence.longest_gap_days": { watch: 10 } });
    expect(o.mapping).toEqual({ reach: "Полный охват" });
  });

  it("reads a single-column range of key=value texts", () => {
    expect(parseOptions([["margin=0.2; currency=EUR"], ["lang=ru"]], plugins)).toMatchObject({
      margin: 0.2,
      currency: "EUR",
      lang: "ru",
    });
  });

  it("reads objects, including nested thresholds and mapping", () => {
    const o = parseOptions(
      {
        platform: "Twitter",
        thresholds: { "cadence.longest_gap_days": { watch: 7, critical: 10 } },
        mapping: { spend: "Расход", reach: null, likes: 3 },
        "cadence.empty_weeks.critical": "60%",
      },
      plugins,
    );
    expect(o.platform).toBe("x");
    expect(o.thresholds).toEqual({
      "cadence.longest_gap_days": { watch: 7, critical: 10 },
      "cadence.empty_weeks": { critical: 0.6 },
    });
    expect(o.mapping).toEqual({ spend: "Расход", reach: null, likes: 3 });
  });

  it("normalises platforms and currencies people write", () => {
    expect(parseOptions("platform=FB", plugins).platform).toBe("facebook");
    expect(parseOptions("platform=X", plugins).platform).toBe("x");
    expect(parseOptions("platform=TG", plugins).platform).toBe("telegram");
    expect(parseOptions("platform=auto", plugins).platform).toBeNull();
    expect(parseOptions("currency=₽", plugins).currency).toBe("RUB");
    expect(parseOptions("currency=$", plugins).currency).toBe("USD");
  });

  it("names an unknown key and lists the allowed ones", () => {
    const e = error("margn=0.3");
    expect(e.message).toMatch(/^Unknown option "margn"\. Allowed: platform, currency, margin, targetCpa/);
    expect(e.localized.ru).toMatch(/Неизвестный параметр "margn"/);
    expect(e.key).toBe("margn");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("OptionsError");
  });

  it("names a bad value and what is allowed", () => {
    expect(error("margin=abc").message).toBe(
      'margin must be a number between 0 and 1, or a percent such as 30% (got "abc")',
    );
    expect(error("margin=150").message).toMatch(/margin must be .* \(got "150"\)/);
    expect(error("margin=-0.1").message).toMatch(/margin/);
    expect(error("platform=myspace").message).toMatch(
      /^platform must be one of instagram, facebook, .* \(got "myspace"\)/,
    );
    expect(error("currency=rubles!").message).toMatch(/currency must be a 3-letter/);
    expect(error("targetCpa=-5").message).toMatch(/targetCpa must be a positive amount/);
    expect(error("aov=10%").message).toMatch(/averageOrderValue must be a positive amount/);
    expect(error("lang=de").message).toBe('lang must be en or ru (got "de")');
    expect(error("benchmark=gartner").message).toMatch(/^benchmark must be one of rivaliq-2023/);
    expect(error("margin 0.3").message).toMatch(/^Expected key=value, got "margin 0.3"/);
    expect(error(42).message).toMatch(/^Options must be an object/);
  });

  it("validates thresholds against the registered signals", () => {
    expect(error("budget.roas.watch=1").message).toMatch(/^Unknown factor "budget" .* Allowed factors: cadence/);
    expect(error("cadence.gap.watch=1").message).toBe(
      'Unknown signal "gap" of cadence. Allowed: longest_gap_days, empty_weeks',
    );
    expect(error("cadence.longest_gap_days.soon=1").message).toMatch(/must end in \.watch or \.critical/);
    expect(error("cadence.longest_gap_days.watch=ten").message).toMatch(
      /cadence\.longest_gap_days\.watch must be a number \(got "ten"\); the default is 14/,
    );
    expect(error("cadence.empty_weeks.watch=30").message).toMatch(/as a fraction or a percent/);
    expect(parseOptions("cadence.empty_weeks.watch=30%", plugins).thresholds["cadence.empty_weeks"]).toEqual({
      watch: 0.3,
    });
    expect(error("cadence.longest_gap_days.watch=30").message).toMatch(/watch \(30\) must be at most critical \(21\)/);
    expect(
      parseOptions("cadence.longest_gap_days.watch=30; cadence.longest_gap_days.critical=40", plugins).thresholds,
    ).toEqual({ "cadence.longest_gap_days": { watch: 30, critical: 40 } });
  });

  it("validates mapping fields", () => {
    expect(error("map.reech=Охват").message).toMatch(
      /^Unknown field "reech" in map\.reech\. Allowed fields: date, platform/,
    );
    expect(parseOptions("map.reach=none", plugins).mapping).toEqual({ reach: null });
    expect(error({ mapping: { reach: true } }).message).toMatch(/map\.reach must be a header text/);
  });

  it("rejects a value without a key in a range", () => {
    expect(error([["", 0.3]]).message).toMatch(/row 1 has a value but no key/);
  });
});

describe("parseOptions with the registered factors", () => {
  it("accepts every registered signal id and checks direction-aware ordering", () => {
    expect(parseOptions("community.reply_rate.watch=70%").thresholds).toEqual({
      "community.reply_rate": { watch: 0.7 },
    });
    expect(parseOptions("needs.engagement_trend.watch=-15%").thresholds).toEqual({
      "needs.engagement_trend": { watch: -0.15 },
    });
    expect(() => parseOptions("community.reply_rate.watch=40%")).toThrow(
      /community\.reply_rate: watch \(0\.4\) must be at least critical \(0\.5\)/,
    );
    expect(() => parseOptions("content.dupes.watch=0.2")).toThrow(
      /Unknown signal "dupes" of content\. Allowed: duplicate_captions/,
    );
  });
});
