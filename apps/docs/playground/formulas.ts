/**
 * "Try a formula": evaluates catalogue functions over the pasted data exactly as the add-on would in a sheet.
 * Each function's arguments are filled from the read table (a whole-range argument gets the pasted rows, a column
 * argument gets the mapped column with the values Sheets would hand over), the formula is shown with A1
 * references, and the result (or the function's own error message) is shown as text.
 */
import {
  type AuditResult,
  CATALOGUE,
  type CanonicalField,
  type CatalogueFunction,
  type CatalogueParam,
  callFunction,
  columnLetter,
  FACTORS,
  isCanonicalField,
  type Lang,
  type ReadTable,
  type SheetScalar,
  type SheetValue,
} from "@smm-risk/core";
import { localFormula } from "./formula-locale";
import type { FormulaResult } from "./protocol";

const PREVIEW_ROWS = 5;

/** Argument names that are not field names but clearly mean one. */
const ARG_ALIASES: Record<string, CanonicalField> = {
  dates: "date",
  posted_at: "date",
  interactions: "engagements",
  cost: "spend",
  amount_spent: "spend",
  results: "conversions",
  value: "revenue",
  conversion_value: "revenue",
  messages: "inbound",
  incoming: "inbound",
};

function fieldForArg(arg: CatalogueParam): CanonicalField | null {
  const name = arg.name.toLowerCase();
  if (isCanonicalField(name)) return name;
  if (ARG_ALIASES[name]) return ARG_ALIASES[name];
  const singular = name.replace(/s$/, "");
  return isCanonicalField(singular) ? singular : null;
}

interface Filled {
  args: unknown[];
  refs: string[];
}

/** A column as Sheets hands it over: numbers, booleans, Dates, text, and "" for empty cells. */
function columnValues(table: ReadTable, field: CanonicalField): SheetScalar[][] | null {
  const column = table.columns[field];
  if (!column) return null;
  if (column.kind === "date") return column.values.map((v) => [v === null ? "" : new Date(v)]);
  return (column.values as (string | number | boolean | null)[]).map((v) => [v ?? ""]);
}

/** True when the table alone has every column of one of the factor's alternative field sets. */
function tableCanAssess(table: ReadTable, factorId: string): boolean {
  const plugin = FACTORS.find((f) => f.id === factorId);
  return plugin?.needs.some((set) => set.every((field) => table.columns[field] !== undefined)) ?? false;
}

function textArg(arg: CatalogueParam, table: ReadTable, result: AuditResult): string | null {
  const name = arg.name.toLowerCase();
  if (name === "factor") {
    // The worst factor this table can show on its own (the audit may have used other tables for its worst one).
    const worst = result.factors
      .filter((f) => f.assessed && tableCanAssess(table, f.id))
      .sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0))[0];
    return worst?.id ?? null;
  }
  if (name === "platform") return result.inputs.platform ?? "instagram";
  if (name === "metric") return "er_by_followers";
  return null;
}

/** Columns for a multi-column "interactions" argument: the engagements total, or adjacent likes/comments/shares/saves. */
function interactionColumns(table: ReadTable): CanonicalField[] | null {
  if (table.columns.engagements) return ["engagements"];
  const parts = (["likes", "comments", "shares", "saves"] as const).filter((f) => table.columns[f]);
  const indices = parts.map((f) => table.columns[f]?.index ?? -1).sort((a, b) => a - b);
  const adjacent = indices.every((v, i) => i === 0 || v === (indices[i - 1] ?? 0) + 1);
  return parts.length >= 2 && adjacent
    ? [...parts].sort((a, b) => (table.columns[a]?.index ?? 0) - (table.columns[b]?.index ?? 0))
    : null;
}

/** The fields an argument reads from the table, or null when it is not a column argument the data can fill. */
function fieldsForArg(arg: CatalogueParam, table: ReadTable): CanonicalField[] | null {
  if (arg.name.toLowerCase() === "interactions") return interactionColumns(table);
  const field = fieldForArg(arg);
  return field && table.columns[field] ? [field] : null;
}

function fill(fn: CatalogueFunction, table: ReadTable, rows: string[][], result: AuditResult): Filled | null {
  const args: unknown[] = [];
  const refs: string[] = [];
  const width = Math.max(1, ...rows.map((r) => r.length));
  const firstData = table.rowNumbers[0];
  const lastData = table.rowNumbers[table.rowNumbers.length - 1];
  for (const arg of fn.args) {
    const fields = arg.type === "range" || arg.type === "column" ? fieldsForArg(arg, table) : null;
    if (fields && firstData !== undefined && lastData !== undefined) {
      const columns = fields.map((f) => columnValues(table, f) ?? []);
      args.push(columns[0]?.map((_, i) => columns.map((c) => c[i]?.[0] ?? "")) ?? []);
      const letters = fields.map((f) => columnLetter((table.columns[f]?.index ?? 0) + 1));
      refs.push(`${letters[0]}${firstData}:${letters[letters.length - 1]}${lastData}`);
      continue;
    }
    if (arg.type === "range" && (arg.name === "data" || fieldForArg(arg) === null) && arg.name !== "interactions") {
      if (rows.length === 0) return null;
      args.push(rows);
      refs.push(`A1:${columnLetter(width)}${rows.length}`);
      continue;
    }
    if (arg.type === "text") {
      const text = arg.optional ? null : textArg(arg, table, result);
      if (text === null) {
        if (arg.optional) break;
        return null;
      }
      args.push(text);
      refs.push(JSON.stringify(text));
      continue;
    }
    if (arg.optional) break;
    return null;
  }
  return { args, refs };
}

function display(value: SheetScalar): string {
  if (value === null || value === "") return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 16).replace("T", " ");
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

function toGrid(value: SheetValue): string[][] {
  if (Array.isArray(value)) return value.map((row) => row.map(display));
  return [[display(value)]];
}

/** Every catalogue function whose arguments the data can fill, evaluated by the real core. */
export function evaluateFormulas(table: ReadTable, rows: string[][], result: AuditResult, lang: Lang): FormulaResult[] {
  const out: FormulaResult[] = [];
  for (const fn of CATALOGUE) {
    const filled = fill(fn, table, rows, result);
    if (!filled) continue;
    const formula = localFormula(`=${fn.name}(${filled.refs.join(", ")})`, lang);
    try {
      const grid = toGrid(callFunction(fn.name, filled.args, { lang }));
      out.push({
        name: fn.name,
        formula,
        value: grid.slice(0, PREVIEW_ROWS),
        moreRows: Math.max(0, grid.length - PREVIEW_ROWS),
        error: null,
      });
    } catch (error) {
      out.push({
        name: fn.name,
        formula,
        value: [],
        moreRows: 0,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return out;
}
