/** The "Insert report sheet" action: audit the target, then write the report sheet (refusing to replace the source). */
import type { AuditRequest, ReportResponse } from "../shared/messages";
import { auditRequest } from "./audit-range";
import { isFailure } from "./range";
import { buildReport, reportSheetName } from "./report/model";
import { writeReportSheet } from "./report/write";
import { reportOnSource } from "./texts";

export function writeReport(request: AuditRequest, now: Date = new Date()): ReportResponse {
  const sheetName = reportSheetName(now);
  if (request.target.kind === "range" && request.target.sheet === sheetName) {
    return { ok: false, code: "report_on_source", error: reportOnSource(sheetName) };
  }
  const done = auditRequest(request);
  if (isFailure(done)) return done;
  if (done.read.info.sheet === sheetName) {
    return { ok: false, code: "report_on_source", error: reportOnSource(sheetName) };
  }
  const model = buildReport({
    result: done.result,
    table: done.table,
    range: done.read.info,
    auditedAt: now,
    lang: request.options.lang,
  });
  writeReportSheet(model, sheetName);
  return { ok: true, sheet: sheetName };
}
