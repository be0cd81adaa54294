/**
 * Bundles the server code with the whole core (from its TypeScript sources) into one ES2020 IIFE that defines a
 * single global namespace, and reads back the metadata the stubs are generated from by running it in a bare vm.
 */
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import * as esbuild from "esbuild";
import type { BundledFunction, StubEntryPoint } from "./stubs";

export const NAMESPACE = "SmmRisk";
export const BUNDLE_FILE = "SmmRisk.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

export async function bundleServer(options: { minify: boolean }): Promise<string> {
  return (await bundleServerWithMetafile(options)).code;
}

/** The bundle and esbuild's metafile (which input contributed how many bytes), for the size breakdown in the bench. */
export async function bundleServerWithMetafile(options: {
  minify: boolean;
}): Promise<{ code: string; metafile: esbuild.Metafile }> {
  const result = await esbuild.build({
    metafile: true,
    entryPoints: [`${packageDir}/src/server/index.ts`],
    bundle: true,
    write: false,
    format: "iife",
    globalName: NAMESPACE,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["source"],
    minify: options.minify,
    legalComments: "eof",
    charset: "utf8",
    logLevel: "warning",
    banner: {
      js: `/** smm-risk core and add-on server code, bundled by apps/sheets-addon/build/build.ts (${options.minify ? "minified" : "readable"}). GENERATED: do not edit. @OnlyCurrentDoc */`,
    },
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("bundle: esbuild produced no output");
  return { code: file.text, metafile: result.metafile };
}

export interface BundleMetadata {
  entryPoints: StubEntryPoint[];
  functions: BundledFunction[];
}

/** Runs the bundle in a context with only ECMAScript built-ins and reads the entry points and the functions' parameters. */
export function readMetadata(bundle: string): BundleMetadata {
  const context = createContext({});
  runInContext(bundle, context, { filename: BUNDLE_FILE });
  const json = runInContext(
    `JSON.stringify({ entryPoints: ${NAMESPACE}.entryPoints_.map(function (e) { return { name: e.name, params: e.params, doc: e.doc }; }), functions: ${NAMESPACE}.catalogueInfo_() })`,
    context,
  ) as string;
  return JSON.parse(json) as BundleMetadata;
}
