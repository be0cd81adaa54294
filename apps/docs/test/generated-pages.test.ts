/**
 * The generated reference and methodology match the core exactly: every catalogue function has a page in both
 * languages and no page documents a function that does not exist (in the generator's output, on disk after
 * `generate`, and in the built site); every factor plugin has its page; texts from the core are escaped.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BENCHMARKS, type DocumentedFunction, documentedCatalogue, FACTORS } from "@smm-risk/core";
import { describe, expect, it } from "vitest";
import { localFormula } from "../playground/formula-locale";
import { buildPages, LANG_PREFIX } from "../scripts/pages";
import { functionSlug, renderFunctionPage, signature } from "../scripts/reference";
import { DIST, DOCS_ROOT, hasBuild } from "./site";

const CATALOGUE = documentedCatalogue();
const site = buildPages(CATALOGUE, FACTORS, BENCHMARKS);
const slugs = CATALOGUE.map((f) => functionSlug(f.name)).sort();

function pagesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext) && f !== `index${ext}`)
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

describe("function reference", () => {
  it("the catalogue is not empty and every name is unique", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(15);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  for (const lang of ["en", "ru"] as const) {
    it(`${lang}: one page per catalogue function, nothing else`, () => {
      const prefix = `${LANG_PREFIX[lang]}reference/functions/`;
      const generated = [...site.pages.keys()]
        .filter((p) => p.startsWith(prefix) && !p.endsWith("index.md"))
        .map((p) => p.slice(prefix.length, -3))
        .sort();
      expect(generated).toEqual(slugs);
    });
  }

  it("each page shows the signature, every argument, the return value, the examples and the errors", () => {
    for (const fn of CATALOGUE) {
      for (const lang of ["en", "ru"] as const) {
        const page = site.pages.get(`${LANG_PREFIX[lang]}reference/functions/${functionSlug(fn.name)}.md`) ?? "";
        expect(page).toContain(`# ${fn.name}`);
        expect(page).toContain(signature(fn, lang));
        for (const arg of fn.args) expect(page).toContain(`\`${arg.name}\``);
        for (const ex of fn.examples) expect(page).toContain(localFormula(ex.formula, lang).replace(/\|/g, "\\|"));
        // A Russian-locale sheet rejects "," between arguments: no example or signature there may use it.
        if (lang === "ru") expect(page).not.toMatch(/`=SMM_[A-Z_]+\([^"`]*, /);
        expect(page).toMatch(lang === "en" ? /## Returns/ : /## Возвращает/);
        expect(fn.errors.length === 0 || page.includes(lang === "en" ? "## Errors" : "## Ошибки")).toBe(true);
      }
    }
  });

  it("signature brackets optional arguments", () => {
    const fn = {
      name: "SMM_X",
      args: [
        { name: "data", optional: false },
        { name: "options", optional: true },
      ],
    };
    expect(signature(fn as unknown as DocumentedFunction)).toBe("=SMM_X(data, [options])");
  });

  it("text from the catalogue cannot inject HTML or Vue interpolation", () => {
    const evil: DocumentedFunction = {
      name: "SMM_EVIL",
      category: "metric",
      summary: { en: "<img src=x onerror=alert(1)> {{ 1 + 1 }} a|b", ru: "<script>" },
      args: [{ name: "data", type: "range", optional: false, help: { en: "*bold* `x`", ru: "x" } }],
      returns: { en: "r", ru: "r" },
      examples: [{ formula: "=SMM_EVIL(A1:B2)", result: { en: "{{x}}", ru: "x" } }],
      errors: [{ en: "<b>", ru: "<b>" }],
    };
    const page = renderFunctionPage(evil, "en");
    expect(page).not.toMatch(/<img|<script|<b>|\{\{/);
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain("a\\|b");
  });
});

describe("methodology pages", () => {
  it("one page per registered factor plugin in both languages, with every signal", () => {
    expect(FACTORS.length).toBeGreaterThan(0);
    for (const factor of FACTORS) {
      for (const lang of ["en", "ru"] as const) {
        const page = site.pages.get(`${LANG_PREFIX[lang]}methodology/factors/${factor.id}.md`);
        expect(page, `${lang} page for ${factor.id}`).toBeDefined();
        for (const signal of factor.signals) expect(page).toContain(`${factor.id}.${signal.id}.watch`);
      }
    }
  });

  it("the benchmark table lists every benchmark with its source", () => {
    for (const lang of ["en", "ru"] as const) {
      const page = site.pages.get(`${LANG_PREFIX[lang]}methodology/benchmarks/index.md`) ?? "";
      for (const b of BENCHMARKS) expect(page).toContain(b.id);
    }
  });
});

describe("generated files on disk match the core", () => {
  const onDisk = (lang: "en" | "ru") => join(DOCS_ROOT, LANG_PREFIX[lang], "reference", "functions");
  it.skipIf(!existsSync(onDisk("en")))("generated Markdown: one file per function, no stale pages", () => {
    for (const lang of ["en", "ru"] as const) expect(pagesIn(onDisk(lang), ".md")).toEqual(slugs);
    for (const lang of ["en", "ru"] as const) {
      const factors = pagesIn(join(DOCS_ROOT, LANG_PREFIX[lang], "methodology", "factors"), ".md");
      expect(factors).toEqual(FACTORS.map((f) => f.id).sort());
    }
  });

  describe.skipIf(!hasBuild("generated pages in the build"))("built site", () => {
    it("one built page per function and per factor in both languages, nothing else", () => {
      for (const lang of ["en", "ru"] as const) {
        expect(pagesIn(join(DIST, LANG_PREFIX[lang], "reference", "functions"), ".html")).toEqual(slugs);
        expect(pagesIn(join(DIST, LANG_PREFIX[lang], "methodology", "factors"), ".html")).toEqual(
          FACTORS.map((f) => f.id).sort(),
        );
      }
    });
  });
});
