/**
 * What `smm-risk inspect` prints: the file's detected mapping, row kinds, currency and diagnostics as aligned text,
 * or as a JSON object (`fields`, `rows`, `diagnostics`, …). Pure functions of a loaded file.
 */
import { columnLetter, type Diagnostic, formatNumber, formatPercent, type Lang } from "@smm-risk/core";
import { delimiterName } from "@smm-risk/csv";
import type { LoadedFile } from "../load";
import { formatKinds } from "./format";
import { label, SEVERITY_LABELS } from "./labels";
import { columnsWrapped, PLAIN, type Style, truncate, wrap, wrapParts } from "./text";

/** The JSON shape of `inspect --format json`. */
export interface InspectJson {
  source: string;
  encoding: string;
  delimiter: string;
  /** 1-based row of the header in the file. */
  headerRow: number;
  /** Data rows after the header. */
  rows: number;
  /** Canonical field → the header it was read from. */
  fields: Record<string, string>;
  mapping: {
    field: string;
    header: string;
    column: string;
    confidence: number;
    reason: string;
    alternatives: { header: string; column: string; confidence: number }[];
  }[];
  kinds: LoadedFile["table"]["kinds"];
  currency: string | null;
  unmapped: { header: string; column: string }[];
  diagnostics: Diagnostic[];
  warnings: { row: number | null; message: { en: string; ru: string } }[];
}

function letter(file: LoadedFile, index: number): string {
  return columnLetter(file.table.origin.column + index);
}

export function inspectJson(file: LoadedFile): InspectJson {
  const { table } = file;
  const fields: Record<string, string> = {};
  for (const m of table.mapping) fields[m.field] = m.header;
  return {
    source: file.source,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headerRow: table.origin.row + table.headerRowIndex,
    rows: table.rowCount,
    fields,
    mapping: table.mapping.map((m) => ({
      field: m.field,
      header: m.header,
      column: letter(file, m.index),
      confidence: m.confidence,
      reason: m.reason,
      alternatives: m.alternatives.map((a) => ({
        header: a.header,
        column: letter(file, a.index),
        confidence: a.confidence,
      })),
    })),
    kinds: table.kinds,
    currency: table.currency,
    unmapped: table.unmapped.map((u) => ({ header: u.header, column: letter(file, u.index) })),
    diagnostics: table.diagnostics,
    warnings: file.problems,
  };
}

export interface InspectTextOptions {
  style?: Style;
  width?: number;
  /** Diagnostics listed before "… and N more". Default 25. */
  maxDiagnostics?: number;
}

export function renderInspect(file: LoadedFile, lang: Lang, options: InspectTextOptions = {}): string {
  const style = options.style ?? PLAIN;
  const width = Math.max(60, options.width ?? 100);
  const { table } = file;
  const blocks: string[] = [];

  const facts = [
    `${label("encoding", lang)}: ${file.encoding}`,
    `${label("delimiter", lang)}: ${delimiterName(file.delimiter)[lang]}`,
    `${label("headerRow", lang)}: ${table.origin.row + table.headerRowIndex}`,
    `${label("dataRows", lang)}: ${formatNumber(table.rowCount, lang)} (${formatKinds(table.kinds, lang)})`,
    `${label("currency", lang)}: ${table.currency ?? label("none", lang)}`,
  ];
  blocks.push(`${style.bold(label("inspectTitle", lang))} · ${file.source}\n${wrapParts(facts, width)}`);

  const mapping = [...table.mapping].sort((a, b) => a.index - b.index);
  if (mapping.length === 0) {
    blocks.push(`${style.bold(label("mapping", lang))}\n  ${label("none", lang)}`);
  } else {
    const rows = [
      [
        label("field", lang),
        label("column", lang),
        label("header", lang),
        label("confidenceHeading", lang),
        label("alternatives", lang),
      ].map((h) => style.dim(h)),
      ...mapping.map((m) => [
        m.field,
        letter(file, m.index),
        truncate(m.header, 36),
        formatPercent(m.confidence, lang, 0),
        alternatives(file, m.alternatives, lang),
      ]),
    ];
    blocks.push(`${style.bold(label("mapping", lang))}\n${columnsWrapped(rows, width, "  ")}`);
  }

  if (table.unmapped.length) {
    const list = table.unmapped.map((u) => `${truncate(u.header, 40)} (${letter(file, u.index)})`).join(", ");
    blocks.push(
      `${style.bold(`${label("unmapped", lang)} (${table.unmapped.length})`)}\n  ${wrap(list, width - 2, "  ")}`,
    );
  }

  if (file.problems.length) {
    const lines = file.problems.map((p) => `  - ${wrap(p.message[lang], width - 4, "    ")}`);
    blocks.push(`${style.bold(label("parserWarnings", lang))}\n${lines.join("\n")}`);
  }

  blocks.push(diagnosticsBlock(table.diagnostics, lang, style, options.maxDiagnostics ?? 25, width));
  return `${blocks.join("\n\n")}\n`;
}

/** "promoted likes (AB), media views (U) +2 more": the best three alternatives. */
function alternatives(file: LoadedFile, list: { header: string; index: number }[], lang: Lang): string {
  const shown = list.slice(0, 3).map((a) => `${truncate(a.header, 30)} (${letter(file, a.index)})`);
  const rest = list.length - shown.length;
  return shown.join(", ") + (rest > 0 ? ` ${label("more", lang, { n: rest })}` : "");
}

function diagnosticsBlock(diagnostics: Diagnostic[], lang: Lang, style: Style, max: number, width: number): string {
  const head = style.bold(`${label("diagnostics", lang)} (${diagnostics.length})`);
  if (diagnostics.length === 0) return `${head}\n  ${label("noDiagnostics", lang)}`;
  const shown = diagnostics.slice(0, max);
  const rows = [
    [
      label("cell", lang),
      label("severity", lang),
      label("header", lang),
      label("value", lang),
      label("reason", lang),
    ].map((h) => style.dim(h)),
    ...shown.map((d) => [
      d.cell ?? "—",
      SEVERITY_LABELS[d.severity][lang],
      truncate(d.header ?? "—", 24),
      d.value === null ? "—" : truncate(JSON.stringify(d.value), 20),
      d.message[lang],
    ]),
  ];
  const more =
    diagnostics.length > max ? `\n  ${style.dim(label("andMore", lang, { n: diagnostics.length - max }))}` : "";
  return `${head}\n${columnsWrapped(rows, width, "  ")}${more}`;
}
