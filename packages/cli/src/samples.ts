/**
 * Where the bundled sample exports live: packages/cli/samples, one level above both src/ (tests) and dist/ (the
 * published binary), so one relative URL serves both.
 */
import { fileURLToPath } from "node:url";

export const SAMPLES_DIR = fileURLToPath(new URL("../samples/", import.meta.url));

/** The sample files the demo audits, in order. */
export const SAMPLE_FILES = ["posts.csv", "ads.csv", "comments.csv"] as const;

/** Audit options of the sample (its margin and currency), stored next to it so users can see them. */
export const SAMPLE_OPTIONS_FILE = "options.txt";
