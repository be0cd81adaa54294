/**
 * Launches Debian's Chromium (`apt-get install chromium`) through playwright-core for browser tests and screenshots.
 * Never downloads a browser: when none is installed, `chromiumPath()` is null and browser tests skip with a note
 * (CI installs it in .ci/run, so there they run).
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumPath(): string | null {
  for (const candidate of CANDIDATES) if (candidate && existsSync(candidate)) return candidate;
  if (process.env.CI) throw new Error("CI: Chromium not found; .ci/run must install Debian's chromium package");
  console.warn("[skip] browser tests: no Chromium at /usr/bin/chromium (apt-get install -y chromium); CI runs these.");
  return null;
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
