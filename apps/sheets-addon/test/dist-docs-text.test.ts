/**
 * The pushed server bundle carries no docs-only text: the signal rationales (core's SIGNAL_RATIONALES, printed only
 * by the methodology pages) and the formula help (core's CATALOGUE_HELP, which Code.js carries as JSDoc) must be
 * tree-shaken out of dist/SmmRisk.js, while the signal titles the audit reports stay in (the control that shows the
 * probes would find text that is there). Code.js, in turn, does carry the help.
 */
import { readFileSync } from "node:fs";
import { CATALOGUE_HELP, FACTORS, type Localized, SIGNAL_RATIONALES } from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import { distDir } from "./harness/load";

const PROBE_LENGTH = 60;

/**
 * Pieces of a text to look for: its first and last 60 characters (the whole text when shorter). Two ends, because a
 * template value inside a text (`${SHORT_CAPTION_WORDS}`) is a variable in the minified bundle, not its digits.
 */
function probes(text: string): string[] {
  if (text.length <= PROBE_LENGTH) return [text];
  return [text.slice(0, PROBE_LENGTH), text.slice(-PROBE_LENGTH)];
}

const texts = (localized: Localized) => [localized.en, localized.ru];

describe("dist/SmmRisk.js leaves out docs-only text", () => {
  const bundle = () => readFileSync(`${distDir}/SmmRisk.js`, "utf8");

  it("contains no signal rationale, in either language", () => {
    const source = bundle();
    const rationales = Object.entries(SIGNAL_RATIONALES).flatMap(([factor, bySignal]) =>
      Object.entries(bySignal).flatMap(([signal, rationale]) =>
        texts(rationale).map((text) => ({ where: `${factor}.${signal}`, text })),
      ),
    );
    expect(rationales.length).toBeGreaterThanOrEqual(2 * FACTORS.length);
    for (const { where, text } of rationales) {
      expect(text.length, where).toBeGreaterThan(PROBE_LENGTH);
      for (const probe of probes(text)) expect(source.includes(probe), `${where}: "${probe}"`).toBe(false);
    }
  });

  it("contains no formula help (summaries, argument help, return values), which only Code.js needs", () => {
    const source = bundle();
    const code = readFileSync(`${distDir}/Code.js`, "utf8");
    const help = Object.entries(CATALOGUE_HELP).flatMap(([name, fn]) => [
      ...texts(fn.summary).map((text) => ({ where: `${name} summary`, text })),
      ...texts(fn.returns).map((text) => ({ where: `${name} returns`, text })),
      ...Object.entries(fn.args).flatMap(([arg, h]) => texts(h).map((text) => ({ where: `${name}(${arg})`, text }))),
    ]);
    expect(help.length).toBeGreaterThanOrEqual(15 * 4);
    let checked = 0;
    for (const { where, text } of help) {
      // Short help ("Расход.", "Показы.") is also ordinary vocabulary of the audit's own messages.
      if (text.length < 30) continue;
      for (const probe of probes(text)) {
        expect(source.includes(probe), `${where}: "${probe}"`).toBe(false);
        expect(code.includes(probe), `Code.js lacks ${where}: "${probe}"`).toBe(true);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(15 * 3);
  });

  it("still contains every signal title in both languages (control: the probes find text that is there)", () => {
    const source = bundle();
    const titles = FACTORS.flatMap((plugin) => plugin.signals.flatMap((spec) => texts(spec.title)));
    expect(titles.length).toBeGreaterThanOrEqual(2 * FACTORS.length);
    for (const title of titles) {
      for (const probe of probes(title)) expect(source.includes(probe), `title "${probe}"`).toBe(true);
    }
  });
});
