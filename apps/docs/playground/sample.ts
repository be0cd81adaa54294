/**
 * The "sample dataset" button: a seeded synthetic account from the core's scenario generator (posts, ads and
 * incoming messages over several months), turned into CSV text so the playground treats it like any pasted export.
 */
import { type Cell, generateScenario, type Lang } from "@smm-risk/core";

const pad = (n: number) => String(n).padStart(2, "0");

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) {
    return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())} ${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}`;
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A 2D array as RFC 4180 CSV. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return rows.map((row) => row.map((cell) => csvField(cellText(cell))).join(",")).join("\n");
}

export interface SampleFile {
  name: string;
  text: string;
}

/**
 * A realistic account with one injected problem, so the sample shows findings and a money verdict with savings:
 * 60 % of ad spend goes to a segment that converts five times worse (the core's "segmentation" scenario cause).
 */
export const SAMPLE_CAUSE = "segmentation" as const;

export function sampleFiles(lang: Lang, seed = 42): SampleFile[] {
  const scenario = generateScenario({ seed, lang, cause: SAMPLE_CAUSE });
  const suffix = lang === "ru" ? "-ru" : "";
  return [
    { name: `sample-posts${suffix}.csv`, text: toCsv(scenario.posts) },
    { name: `sample-ads${suffix}.csv`, text: toCsv(scenario.ads) },
    { name: `sample-messages${suffix}.csv`, text: toCsv(scenario.messages) },
  ];
}
