/**
 * The one typed promise wrapper over `google.script.run`: `call("smmAudit", request)` resolves with the server
 * function's return value and rejects with an Error. Method names and payloads come from the shared RpcContract.
 */
import type { RpcMethod, RpcRequest, RpcResponse } from "../shared/messages";

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [method: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRunner } };
  }
}

export function call<M extends RpcMethod>(method: M, request: RpcRequest<M>): Promise<RpcResponse<M>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new Error("google.script.run is not available: open this page from the add-on menu in Google Sheets."));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as RpcResponse<M>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[method];
    if (typeof fn !== "function") {
      reject(new Error(`The server has no function ${method}.`));
      return;
    }
    fn.call(runner, request);
  });
}

export const server = {
  init: () => call("smmInit", null),
  audit: (request: RpcRequest<"smmAudit">) => call("smmAudit", request),
  selectRows: (request: RpcRequest<"smmSelectRows">) => call("smmSelectRows", request),
  writeReport: (request: RpcRequest<"smmWriteReport">) => call("smmWriteReport", request),
};
