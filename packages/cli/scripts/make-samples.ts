/**
 * Writes the demo's sample exports to packages/cli/samples from core's seeded scenario generator: our own synthetic
 * data (never third-party exports). One brand, one seed, four months; each export comes from the scenario that
 * injects one cause into it (or none), so the demo tells a story: irregular posting (posts.csv) and ads that lose
 * money (ads.csv), while the community inbox (comments.csv) is healthy. Deterministic: running it again gives
 * identical files.
 *
 * Run: pnpm --filter @smm-risk/cli samples
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Cell, generateScenario, type ScenarioCause } from "@smm-risk/core";
import { toDelimited } from "@smm-risk/csv";

export const SAMPLE_SEED = 7;
export const SAMPLE_MONTHS = 4;
/** Which injected cause each sample file carries; null = healthy. */
export const SAMPLE_CAUSES: Record<"posts" | "ads" | "messages", ScenarioCause | null> = {
  posts: "cadence",
  ads: "budget",
  messages: null,
};
export const SAMPLE_OPTIONS = "margin=0.35; platform=instagram";

const FILES = { posts: "posts.csv", ads: "ads.csv", messages: "comments.csv" } as const;

function csv(rows: Cell[][]): string {
  return `${toDelimited(rows.map((row) => row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell))))}\r\n`;
}

export function sampleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const part of ["posts", "ads", "messages"] as const) {
    const scenario = generateScenario({ seed: SAMPLE_SEED, months: SAMPLE_MONTHS, cause: SAMPLE_CAUSES[part] });
    files[FILES[part]] = csv(scenario[part]);
  }
  files["options.txt"] = `${SAMPLE_OPTIONS}\n`;
  return files;
}

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL("../samples/", import.meta.url));
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(sampleFiles())) {
    await writeFile(join(dir, name), text, "utf8");
    console.log(`wrote samples/${name} (${text.split("\n").length - 1} lines)`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
