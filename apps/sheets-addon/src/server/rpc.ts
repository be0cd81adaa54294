/**
 * The server functions the sidebar calls through `google.script.run`, one per entry of the shared RpcContract.
 * Each takes and returns plain JSON; expected problems come back as `{ ok: false, error }`, never as exceptions.
 */
import { CANONICAL_FIELDS, PLATFORMS } from "@smm-risk/core";
import type { RpcContract, RpcMethod } from "../shared/messages";
import { auditRequest } from "./audit-range";
import { AUDIT_LIMIT } from "./limits";
import { userLang, userLocale } from "./locale";
import { activeSelection, isFailure } from "./range";
import { writeReport } from "./report";
import { selectRows } from "./select-rows";
import { takeAutoRun } from "./sidebar";

export type RpcHandlers = { [M in RpcMethod]: (request: RpcContract[M]["request"]) => RpcContract[M]["response"] };

export const RPC_HANDLERS: RpcHandlers = {
  smmInit: () => {
    const locale = userLocale();
    return {
      locale,
      lang: userLang(),
      selection: activeSelection(),
      maxCells: AUDIT_LIMIT.cells,
      maxRows: AUDIT_LIMIT.rows,
      fields: [...CANONICAL_FIELDS],
      platforms: [...PLATFORMS],
      autoRun: takeAutoRun(),
    };
  },
  smmAudit: (request) => {
    const started = Date.now();
    const done = auditRequest(request);
    if (isFailure(done)) return done;
    const { read, table, result } = done;
    return {
      ok: true,
      range: read.info,
      headers: table.headers,
      headerRow: read.info.row + table.headerRowIndex,
      mapping: table.mapping,
      unmapped: table.unmapped,
      result,
      auditedAt: new Date().toISOString(),
      elapsedMs: Date.now() - started,
    };
  },
  smmSelectRows: (request) => selectRows(request),
  smmWriteReport: (request) => writeReport(request),
};
