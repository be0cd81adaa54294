/**
 * The engine behind every per-row metric function (SMM_CTR, SMM_ER, …): read each argument as a column, check
 * the heights agree, apply the formula row by row, and shape the output like the input — a single value in,
 * a single value out; columns in, one column out (with a label on top when the inputs had headers, so the
 * result lines up with the data when the formula sits in the header row). Empty inputs and zero denominators
 * give "" (a blank cell), never 0 and never an error.
 */
import type { Localized } from "../i18n/localized";
import type { Cell } from "../table/types";
import { badCell, sharedLength } from "./args";
import type { CatalogueContext, SheetScalar, SheetValue } from "./types";
import { type NumberArg, numberArg } from "./values";

export interface MetricArg {
  name: string;
  /** Several adjacent columns summed per row (interactions = likes + comments + shares [+ saves]). */
  multiColumn?: boolean;
  /** Value used when the argument is omitted or blank; undefined = required. */
  fallback?: number;
  /** Validates/converts one value; returns the value to use, or what was expected. */
  check?: (value: number, cell: Cell) => number | Localized;
}

export interface ColumnMetricSpec {
  name: string;
  args: MetricArg[];
  /** Output header when the inputs had headers. */
  label: Localized;
  /** The formula; null when undefined (zero denominator). */
  compute: (values: number[]) => number | null;
}

const isOmitted = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/** Runs a per-row metric on Sheets-style arguments. */
export function runColumnMetric(spec: ColumnMetricSpec, raw: readonly unknown[], ctx: CatalogueContext): SheetValue {
  const args: NumberArg[] = spec.args.map((arg, k) => {
    const value = raw[k];
    if (arg.fallback !== undefined && isOmitted(value)) {
      return {
        name: arg.name,
        single: true,
        header: null,
        rows: [[arg.fallback]],
        width: 1,
        firstRow: 1,
        values: [arg.fallback],
      };
    }
    return numberArg(spec.name, arg.name, value, arg.multiColumn === true);
  });
  spec.args.forEach((arg, k) => {
    const column = args[k] as NumberArg;
    if (!arg.check) return;
    column.values.forEach((v, i) => {
      if (v === null) return;
      const cell = column.rows[column.single ? 0 : i]?.[0] as Cell;
      const checked = arg.check?.(v, cell);
      if (typeof checked === "number") column.values[i] = checked;
      else if (checked) badCell(spec.name, column, i, 0, cell, checked);
    });
  });
  const length = sharedLength(spec.name, args);
  const inputs: number[] = new Array(args.length);
  const at = (i: number): SheetScalar => {
    for (let k = 0; k < args.length; k++) {
      const column = args[k] as NumberArg;
      const v = column.single ? column.values[0] : column.values[i];
      if (v === null || v === undefined) return "";
      inputs[k] = v;
    }
    const result = spec.compute(inputs);
    return result === null || !Number.isFinite(result) ? "" : result;
  };
  if (length === null) return at(0);
  const withHeader = args.some((a) => a.header !== null);
  const out: SheetScalar[][] = new Array(length + (withHeader ? 1 : 0));
  let r = 0;
  if (withHeader) out[r++] = [spec.label[ctx.lang]];
  for (let i = 0; i < length; i++) out[r++] = [at(i)];
  return out.length === 0 ? "" : out;
}
