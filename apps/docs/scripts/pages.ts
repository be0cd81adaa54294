/**
 * Every generated page of the site, as relative path → Markdown, plus the manifest the VitePress config reads
 * to build the sidebars. Pure: the script that writes them to disk and the tests both call this.
 */
import type { Benchmark, DocumentedFunction, FactorPlugin, Lang, Localized } from "@smm-risk/core";
import { renderBenchmarksPage, renderFactorPage } from "./methodology";
import { categoryLabel, functionSlug, renderFunctionIndex, renderFunctionPage } from "./reference";

export const LANG_PREFIX: Record<Lang, string> = { en: "", ru: "ru/" };

/** Folders (relative to the docs root, per language) that hold only generated pages. */
export const GENERATED_DIRS = ["reference/functions", "methodology/factors", "methodology/benchmarks"] as const;

export interface Manifest {
  functions: { name: string; slug: string; category: DocumentedFunction["category"]; categoryLabel: Localized }[];
  factors: { id: string; title: Localized }[];
}

export interface GeneratedSite {
  pages: Map<string, string>;
  manifest: Manifest;
}

export function buildPages(
  catalogue: readonly DocumentedFunction[],
  factors: readonly FactorPlugin[],
  benchmarks: readonly Benchmark[],
): GeneratedSite {
  const pages = new Map<string, string>();
  for (const lang of ["en", "ru"] as const) {
    const p = LANG_PREFIX[lang];
    pages.set(`${p}reference/functions/index.md`, renderFunctionIndex(catalogue, lang));
    for (const fn of catalogue)
      pages.set(`${p}reference/functions/${functionSlug(fn.name)}.md`, renderFunctionPage(fn, lang));
    for (const factor of factors) pages.set(`${p}methodology/factors/${factor.id}.md`, renderFactorPage(factor, lang));
    pages.set(`${p}methodology/benchmarks/index.md`, renderBenchmarksPage(benchmarks, lang));
  }
  const manifest: Manifest = {
    functions: catalogue.map((fn) => ({
      name: fn.name,
      slug: functionSlug(fn.name),
      category: fn.category,
      categoryLabel: { en: categoryLabel(fn.category, "en"), ru: categoryLabel(fn.category, "ru") },
    })),
    factors: factors.map((f) => ({ id: f.id, title: f.title })),
  };
  return { pages, manifest };
}
