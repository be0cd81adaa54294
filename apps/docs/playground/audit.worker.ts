/**
 * The playground's audit Web Worker: parsing, reading and the audit run off the main thread so that 10,000 pasted
 * rows never freeze the page. One session per worker keeps parsed sources between runs (mapping corrections).
 */
import type { AuditRequest } from "./protocol";
import { PlaygroundSession } from "./session";

const session = new PlaygroundSession();

self.onmessage = (event: MessageEvent<AuditRequest>) => {
  self.postMessage(session.run(event.data));
};
