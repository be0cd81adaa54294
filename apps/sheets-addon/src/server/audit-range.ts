/**
 * One audit of one range: resolve the target, read it once, map the columns (with the user's corrections),
 * run the core audit with the sidebar's options. Shared by the sidebar's audit and the report writer.
 */
import { type AuditResult, audit, OptionsError, type ReadTable, readTable } from "@smm-risk/core";
import type { AuditRequest, Failure, SidebarOptions } from "../shared/messages";
import { isFailure, type ReadRange, readRange, resolveTarget } from "./range";
import { badOptions, failed } from "./texts";
import { rangeToWallClock, spreadsheetOffset } from "./wall-clock";

export interface RangeAudit {
  read: ReadRange;
  table: ReadTable;
  result: AuditResult;
}

export function auditRequest(request: AuditRequest): RangeAudit | Failure {
  const range = resolveTarget(request.target);
  if (isFailure(range)) return range;
  const read = readRange(range);
  if (isFailure(read)) return read;
  return auditValues(read, request);
}

export function auditValues(read: ReadRange, request: Pick<AuditRequest, "options" | "mapping">): RangeAudit | Failure {
  const { info, values } = read;
  let table: ReadTable;
  try {
    table = readTable(rangeToWallClock(values, spreadsheetOffset()), {
      origin: { row: info.row, column: info.column },
      mapping: request.mapping,
      source: `${info.sheet}!${info.a1}`,
      locale: request.options.lang,
    });
  } catch (error) {
    return { ok: false, code: "failed", error: failed(messageOf(error)) };
  }
  try {
    return { read, table, result: audit(table, coreOptions(request.options)) };
  } catch (error) {
    if (error instanceof OptionsError) return { ok: false, code: "bad_options", error: badOptions(error.localized) };
    return { ok: false, code: "failed", error: failed(messageOf(error)) };
  }
}

/** Sidebar options → the object `parseOptions` accepts; unset options are left out so the data decides. */
export function coreOptions(options: SidebarOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { lang: options.lang };
  if (options.platform) out.platform = options.platform;
  if (options.currency) out.currency = options.currency;
  if (options.margin !== null) out.margin = options.margin;
  if (options.targetCpa !== null) out.targetCpa = options.targetCpa;
  return out;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
