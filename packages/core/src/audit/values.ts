/**
 * auditValues: read a 2D range and audit it in one call — what a custom function or a sidebar does with one
 * `getValues()` result. The options' field mapping is handed to the reader, so "map.reach=Полный охват" works here.
 */
import { FACTORS } from "../factors/index";
import { parseOptions } from "../options/parse";
import { readTable } from "../table/index";
import type { Cell, ReadOptions } from "../table/types";
import { audit } from "./engine";
import type { AuditResult, FactorPlugin } from "./types";

export function auditValues(
  values: Cell[][],
  options?: unknown,
  read: ReadOptions = {},
  plugins: readonly FactorPlugin[] = FACTORS,
): AuditResult {
  const parsed = parseOptions(options, plugins);
  const mapping = { ...(read.mapping ?? {}), ...parsed.mapping };
  const table = readTable(values, { ...read, mapping });
  return audit(table, parsed, plugins);
}
