/**
 * Builds everything clasp pushes into dist/: SmmRisk.js (core + server namespace), Code.js (generated top-level
 * functions with JSDoc from the core's documented catalogue), Sidebar.html (one self-contained file from Vite) and
 * appsscript.json.
 * `--readable` skips minifying the namespace (for debugging in the Apps Script editor).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { documentedCatalogue } from "@smm-risk/core";
import { build as viteBuild } from "vite";
import { BUNDLE_FILE, bundleServer, NAMESPACE, readMetadata } from "./bundle";
import { documentBundled, renderCodeJs, renderManifest } from "./stubs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const distDir = `${packageDir}/dist`;

export async function buildAll(options: { minify: boolean; quiet?: boolean }): Promise<void> {
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  const bundle = await bundleServer({ minify: options.minify });
  const metadata = readMetadata(bundle);
  writeFileSync(`${distDir}/${BUNDLE_FILE}`, bundle);
  writeFileSync(
    `${distDir}/Code.js`,
    renderCodeJs({
      namespace: NAMESPACE,
      bundleFile: BUNDLE_FILE,
      entryPoints: metadata.entryPoints,
      functions: documentBundled(metadata.functions, documentedCatalogue()),
    }),
  );
  writeFileSync(`${distDir}/appsscript.json`, renderManifest());
  await viteBuild({ configFile: `${packageDir}/vite.config.ts`, logLevel: options.quiet ? "error" : "warn" });
  if (!options.quiet) {
    console.log(
      `sheets-addon: dist/ written (${metadata.functions.length} custom functions, ${metadata.entryPoints.length} entry points)`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAll({ minify: !process.argv.includes("--readable") });
}
