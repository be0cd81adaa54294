/**
 * The playground's formulas Web Worker: evaluates the catalogue functions over the pasted data after the audit is
 * on screen. The page terminates it when the data changes, so stale formula work never delays a new audit.
 */
import type { FormulasRequest } from "./protocol";
import { formulasFor } from "./session";

self.onmessage = (event: MessageEvent<FormulasRequest>) => {
  self.postMessage(formulasFor(event.data));
};
