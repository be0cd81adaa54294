import { describe, expect, it } from "vitest";
import { CatalogueError, failChoice } from "./errors";

describe("failChoice", () => {
  it("names the argument, the choices and what was given, in both languages with Russian agreement", () => {
    const thrown = (ru: "masculine" | "feminine") => {
      try {
        failChoice("SMM_X", "metric", ["ctr", "cpc"], "vibes", ru);
      } catch (error) {
        return error as CatalogueError;
      }
      throw new Error("failChoice did not throw");
    };
    const feminine = thrown("feminine");
    expect(feminine).toBeInstanceOf(CatalogueError);
    expect(feminine.message).toBe('SMM_X: metric must be one of ctr, cpc (got "vibes")');
    expect(feminine.localized.ru).toBe('metric должна быть одной из: ctr, cpc (указано "vibes")');
    expect(thrown("masculine").localized.ru).toBe('metric должен быть одним из: ctr, cpc (указано "vibes")');
  });
});
