/**
 * Writes the generated pages (function reference, factor pages, benchmarks) and the sidebar manifest from the
 * core's documented catalogue, FACTORS and BENCHMARKS. Runs before `vitepress build` and `vitepress dev`; the folders it owns
 * are emptied first, so a function removed from the catalogue loses its page.
 * Run: node --conditions=source --import tsx scripts/generate-pages.ts
 *
 * Why a generator rather than VitePress dynamic routes ([name].paths.ts): the output is ordinary Markdown on disk, so
 * VitePress's dead-link check, local search and sidebar treat generated pages exactly like hand-written ones, and a
 * test can compare the files on disk and in the build with the catalogue. The core is loaded by Node from its
 * TypeScript sources (the `source` export condition, through tsx); VitePress bundles path loaders with esbuild and
 * would resolve @smm-risk/core to its built dist/ instead, which may be stale or missing.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BENCHMARKS, documentedCatalogue, FACTORS } from "@smm-risk/core";
import { buildPages, GENERATED_DIRS, LANG_PREFIX } from "./pages";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const { pages, manifest } = buildPages(documentedCatalogue(), FACTORS, BENCHMARKS);
for (const prefix of Object.values(LANG_PREFIX)) {
  for (const dir of GENERATED_DIRS) rmSync(join(root, prefix, dir), { recursive: true, force: true });
}
for (const [path, text] of pages) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
const manifestFile = join(root, ".vitepress", "generated", "manifest.json");
mkdirSync(dirname(manifestFile), { recursive: true });
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `docs: generated ${pages.size} pages (${manifest.functions.length} functions, ${manifest.factors.length} factors, 2 languages)`,
);
