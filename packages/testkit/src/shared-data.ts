/**
 * Finds the real public exports in `../shared/data` (next to the repository checkout) for tests.
 * A user's clone has no such folder: tests that need it skip, and say so on the console; CI has it and runs them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("testkit: cannot find the repository root (pnpm-workspace.yaml)");
    dir = parent;
  }
  return dir;
}

/** Absolute path of the shared data folder, or null when it is absent. `SMM_SHARED_DATA` overrides the location. */
export function sharedDataDir(): string | null {
  const dir = process.env.SMM_SHARED_DATA ?? resolve(repoRoot(), "..", "shared", "data");
  return existsSync(dir) ? dir : null;
}

const warned = new Set<string>();

/**
 * Path of one shared export (e.g. "x-analytics/tweet_activity_metrics_rOpenSci_20191101_20191201_en.csv"),
 * or null with a visible note when the folder is absent. Use with `describe.skipIf(path === null)`.
 */
export function sharedDataFile(relative: string, suite = "real-export tests"): string | null {
  const dir = sharedDataDir();
  const path = dir ? join(dir, relative) : null;
  if (path && existsSync(path)) return path;
  const key = `${suite}:${relative}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`[skip] ${suite}: ${relative} not found (../shared/data is absent in this checkout); CI runs these.`);
  }
  return null;
}

/**
 * The text of a shared export, or "" when it is absent: a suite skipped with `describe.skipIf` still runs its
 * body to collect the tests, so reading must not throw there.
 */
export function readSharedText(path: string | null): string {
  return path ? readFileSync(path, "utf8") : "";
}

/** The bytes of a shared export, or an empty buffer when it is absent (see readSharedText). */
export function readSharedBytes(path: string | null): Buffer {
  return path ? readFileSync(path) : Buffer.alloc(0);
}

export const SHARED = {
  xNov2019: "x-analytics/tweet_activity_metrics_rOpenSci_20191101_20191201_en.csv",
  xMar2020: "x-analytics/tweet_activity_metrics_rOpenSci_20200301_20200401_en.csv",
  abTest: "ab-test-campaign/test_group.csv",
} as const;
