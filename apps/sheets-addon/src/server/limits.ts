/**
 * How much data one call may process inside Apps Script's limits (30 s per custom function, 6 min per sidebar
 * call, and a V8 runtime several times slower than Node). The audit's cost grows with the number of data rows
 * (some signals compare rows pairwise); extra columns cost little, so rows are the main budget and cells only
 * guard memory. Figures from bench/addon.bench.ts: see README.md.
 */

export interface SizeLimit {
  rows: number;
  cells: number;
}

/**
 * A sidebar audit or report (6 min per call). 10,000 post rows take about 9 s in Node today (bench), so roughly
 * 1–1.5 min in Apps Script; twice the rows cost about four times as much, which would come close to 6 min.
 */
export const AUDIT_LIMIT: SizeLimit = { rows: 10_001, cells: 500_000 };

/** A custom function call, all range arguments together (30 s per call): 10,000 data rows plus the header. */
export const FUNCTION_LIMIT: SizeLimit = { rows: 10_001, cells: 400_000 };

export interface Size {
  rows: number;
  cells: number;
}

/** Rows (of the tallest range) and cells (of all ranges; single values cost nothing) in a custom function's arguments. */
export function sizeOfArgs(args: unknown[]): Size {
  let rows = 0;
  let cells = 0;
  for (const arg of args) {
    if (Array.isArray(arg)) {
      rows = Math.max(rows, arg.length);
      for (const row of arg) cells += Array.isArray(row) ? row.length : 1;
    }
  }
  return { rows, cells };
}

export function exceeds(size: Size, limit: SizeLimit): boolean {
  return size.rows > limit.rows || size.cells > limit.cells;
}
