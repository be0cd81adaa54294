/**
 * The runtime behind every generated `SMM_*` stub: checks the size budget, calls the catalogue implementation
 * with the user's language, and shapes the result the way Sheets accepts (rectangular 2D arrays, no nulls).
 * Errors become short `Error`s, which Sheets shows as `#ERROR!` with the message.
 */
import { CATALOGUE, callFunction, type SheetScalar, type SheetValue } from "@smm-risk/core";
import { exceeds, FUNCTION_LIMIT, sizeOfArgs } from "./limits";
import { userLang } from "./locale";
import { argsToWallClock, spreadsheetOffset } from "./wall-clock";

export function callFunction_(name: string, args: unknown[]): SheetValue {
  const size = sizeOfArgs(args);
  if (exceeds(size, FUNCTION_LIMIT)) {
    throw new Error(
      `${name}: ${size.rows} rows / ${size.cells} cells is over the limit of ${FUNCTION_LIMIT.rows - 1} data rows / ${FUNCTION_LIMIT.cells} cells; audit fewer rows or use the sidebar.`,
    );
  }
  let result: SheetValue;
  try {
    result = callFunction(name, argsToWallClock(trimTrailingUndefined(args), spreadsheetOffset()), {
      lang: userLang(),
    });
  } catch (error) {
    throw new Error(shortMessage(name, error));
  }
  return toSheetOutput(result);
}

/** What the build reads to check the stubs against the bundle: names and parameters (their help is not bundled). */
export function catalogueInfo_() {
  return CATALOGUE.map(({ name, category, args }) => ({ name, category, args }));
}

function trimTrailingUndefined(args: unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end);
}

function shortMessage(name: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const text = message.startsWith(name) ? message : `${name}: ${message}`;
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/** Sheets rejects ragged arrays and shows null oddly: pad rows to the widest and turn null into "". */
export function toSheetOutput(value: SheetValue): SheetValue {
  if (!Array.isArray(value)) return value === null || value === undefined ? "" : value;
  if (value.length === 0) return "";
  let width = 0;
  for (const row of value) width = Math.max(width, row.length);
  return value.map((row) => {
    const out: SheetScalar[] = new Array(width);
    for (let i = 0; i < width; i++) {
      const cell = row[i];
      out[i] = cell === null || cell === undefined ? "" : cell;
    }
    return out;
  });
}
