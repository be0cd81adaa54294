/**
 * Plain-text layout for the terminal: display width, padding, word wrapping, aligned columns, risk bars
 * and optional ANSI colour (on only for a TTY without NO_COLOR). Pure functions, no I/O.
 */
import type { Level } from "@smm-risk/core";

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}]/u;
const ZERO_WIDTH = /^(?:[\u0300-\u036f]|[\u200b-\u200f]|\ufe0f)$/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escape sequences is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string occupies in a monospace terminal (ANSI codes ignored, CJK/emoji count 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, "")) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts to `width` columns with an ellipsis; line breaks become spaces. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  if (displayWidth(flat) <= width) return flat;
  let out = "";
  for (const ch of flat) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Greedy word wrap: every line holds at most `width` columns of text (a longer single word stays whole);
 * lines after the first are prefixed with `indent`, which is not counted in `width`.
 */
export function wrap(text: string, width: number, indent = ""): string {
  // Split on ordinary white space only: no-break spaces (1 234 ₽, 80 %) keep their parts together.
  const words = text.split(/[ \t\r\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && displayWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join("\n");
}

/** Joins parts with `separator`, breaking lines only between parts so no part is split. */
export function wrapParts(parts: string[], width: number, separator = " · "): string {
  const lines: string[] = [];
  let line = "";
  for (const part of parts) {
    if (line && displayWidth(line + separator + part) > width) {
      lines.push(line);
      line = part;
    } else line = line ? line + separator + part : part;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/**
 * Aligns rows into columns like `columns`, but the last column is word-wrapped to what is left of `width`,
 * its continuation lines indented under it.
 */
export function columnsWrapped(rows: string[][], width: number, indent = ""): string {
  const widths: number[] = [];
  for (const row of rows)
    row.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  const lead = displayWidth(indent) + widths.reduce((sum, w) => sum + w + 2, 0);
  const rest = Math.max(8, width - lead);
  return rows
    .map((row) => {
      const head = row.slice(0, -1).map((cell, i) => padEnd(cell, widths[i] ?? 0));
      const last = wrap(row[row.length - 1] ?? "", rest, " ".repeat(lead));
      return (indent + [...head, last].join("  ")).trimEnd();
    })
    .join("\n");
}

/** Aligns rows of cells into columns separated by two spaces; the last column is not padded. */
export function columns(rows: string[][], indent = ""): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  return rows
    .map(
      (row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i] ?? 0))).join("  "),
    )
    .map((line) => line.trimEnd())
    .join("\n");
}

/** A 0–100 risk as a bar of `width` cells: "██████░░░░". */
export function bar(risk: number | null, width = 20): string {
  if (risk === null) return "·".repeat(width);
  const filled = Math.max(0, Math.min(width, Math.round((risk / 100) * width)));
  return "█".repeat(filled) + "░".repeat(width - filled);
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  level(level: Level, text: string): string;
}

const wrapAnsi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const LEVEL_COLOURS: Record<Level, (text: string) => string> = {
  ok: wrapAnsi(32, 39),
  watch: wrapAnsi(33, 39),
  critical: wrapAnsi(31, 39),
  not_assessed: wrapAnsi(2, 22),
};

export const PLAIN: Style = { bold: (t) => t, dim: (t) => t, level: (_, t) => t };

export const COLOUR: Style = {
  bold: wrapAnsi(1, 22),
  dim: wrapAnsi(2, 22),
  level: (level, text) => LEVEL_COLOURS[level](text),
};

/** Colour only when writing to a terminal and NO_COLOR is unset or empty (https://no-color.org). */
export function chooseStyle(isTTY: boolean | undefined, env: Record<string, string | undefined> = {}): Style {
  if (!isTTY) return PLAIN;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return PLAIN;
  if (env.TERM === "dumb") return PLAIN;
  return COLOUR;
}
