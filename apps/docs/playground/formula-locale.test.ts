/** Formulas for decimal-comma locales: ";" between arguments, "," in decimals, "\" between array columns, quotes untouched. */
import { describe, expect, it } from "vitest";
import { localFormula } from "./formula-locale";

describe("localFormula", () => {
  it("leaves English formulas as they are", () => {
    expect(localFormula("=SMM_ROMI(1000, 200, 0.3)", "en")).toBe("=SMM_ROMI(1000, 200, 0.3)");
  });

  it("uses ; between arguments and a decimal comma in Russian", () => {
    expect(localFormula("=SMM_ROMI(1000, 200, 0.3)", "ru")).toBe("=SMM_ROMI(1000; 200; 0,3)");
    expect(localFormula("=SMM_CTR(F2:F500, E2:E500)", "ru")).toBe("=SMM_CTR(F2:F500; E2:E500)");
    expect(localFormula("=SMM_RISK(data, [options])", "ru")).toBe("=SMM_RISK(data; [options])");
  });

  it("never changes text in quotes, and separates array-literal columns with a backslash", () => {
    expect(localFormula('=SMM_RISK(Posts!A1:O500, "platform=instagram; margin=0.3, x")', "ru")).toBe(
      '=SMM_RISK(Posts!A1:O500; "platform=instagram; margin=0.3, x")',
    );
    expect(localFormula('=SMM_REPLY_RATE({"yes";"no"})', "ru")).toBe('=SMM_REPLY_RATE({"yes";"no"})');
    expect(localFormula("=SMM_X({1.5, 2})", "ru")).toBe("=SMM_X({1,5\\ 2})");
  });
});
