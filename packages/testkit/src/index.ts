/** Test-only helpers: real exports from ../shared/data and Debian's Chromium. */

export { CHROMIUM_ARGS, chromiumPath, launchChromium } from "./chromium";
export { readSharedBytes, readSharedText, SHARED, sharedDataDir, sharedDataFile } from "./shared-data";
