/**
 * Composes the fake-Sheets page: the built Sidebar.html with, before its own script, the sheet data, the browser
 * fake, and the built server code (the same dist/*.js clasp pushes). Used by the browser tests and `pnpm dev`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import type { FakePageData } from "./browser-fake";
import type { FakeCell } from "./fakes";
import { distDir, distScripts } from "./load";

export async function bundleBrowserFake(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL("./browser-fake.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    logLevel: "warning",
  });
  return result.outputFiles[0]?.text ?? "";
}

export function encodeSheet(values: unknown[][]): (FakeCell | { $date: string })[][] {
  return values.map((row) =>
    row.map((cell) =>
      cell instanceof Date
        ? { $date: cell.toISOString() }
        : cell === null || cell === undefined
          ? ""
          : (cell as FakeCell),
    ),
  );
}

function inlineScript(code: string): string {
  return `<script>${code.replace(/<\/script/gi, "<\\/script")}</script>`;
}

export async function composeFakePage(data: FakePageData): Promise<string> {
  const sidebar = readFileSync(`${distDir}/Sidebar.html`, "utf8");
  const scripts = [
    inlineScript(`window.__SMM_FAKE_DATA__ = ${JSON.stringify(data)};`),
    inlineScript(await bundleBrowserFake()),
    ...distScripts().map((script) => inlineScript(script.code)),
  ].join("\n");
  const at = sidebar.indexOf("<head>");
  if (at < 0) throw new Error("composeFakePage: Sidebar.html has no <head>");
  return `${sidebar.slice(0, at + 6)}\n${scripts}\n${sidebar.slice(at + 6)}`;
}
