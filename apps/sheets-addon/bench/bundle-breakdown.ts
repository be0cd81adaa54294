/**
 * Where the server bundle's bytes go: by source area (from esbuild's metafile) and by kind (code, English or other
 * Latin text, Russian text), so a size budget can be discussed with figures rather than guesses.
 */
import { tokenizer } from "acorn";
import type { Metafile } from "esbuild";

export interface Breakdown {
  /** Bytes in the output per source area, largest first. */
  areas: { area: string; bytes: number }[];
  /** Bytes of string and template literals holding Cyrillic, of other literals of 20+ characters, and the rest. */
  russianText: number;
  latinText: number;
  code: number;
}

/** The area an input file belongs to: a core folder, the add-on's server code, or a dependency. */
export function areaOf(input: string): string {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (dependency) return dependency[1] ?? input;
  const core = /packages\/core\/src\/([^/]+)\//.exec(input);
  if (core) return `core/${core[1]}`;
  if (input.includes("src/server/")) return "add-on server";
  return input;
}

export function breakdown(code: string, metafile: Metafile): Breakdown {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const area = areaOf(input);
      totals.set(area, (totals.get(area) ?? 0) + bytesInOutput);
    }
  }
  let russianText = 0;
  let latinText = 0;
  // A real tokenizer: minified code has regular expressions and nested templates that fool a regex scan.
  for (const token of tokenizer(code, { ecmaVersion: 2020 })) {
    if (token.type.label !== "string" && token.type.label !== "template") continue;
    const literal = code.slice(token.start, token.end);
    const bytes = Buffer.byteLength(literal);
    if (/[\u0400-\u04FF]/.test(literal)) russianText += bytes;
    else if (literal.length >= 20) latinText += bytes;
  }
  return {
    areas: [...totals].map(([area, bytes]) => ({ area, bytes })).sort((a, b) => b.bytes - a.bytes),
    russianText,
    latinText,
    code: Buffer.byteLength(code) - russianText - latinText,
  };
}
