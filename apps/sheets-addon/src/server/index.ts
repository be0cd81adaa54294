/**
 * The server bundle's namespace (`SmmRisk` in Apps Script): the entry points that generated top-level functions in
 * Code.js call, and the catalogue runtime behind the `SMM_*` stubs. The whole core is bundled in behind it.
 */
import {
  MENU_HANDLERS,
  menuAuditSelection,
  menuAuditSheet,
  menuHelp,
  menuInsertReport,
  onInstall,
  onOpen,
} from "./menu";
import { RPC_HANDLERS } from "./rpc";
import { showSidebar } from "./sidebar";

export { callFunction_, catalogueInfo_ } from "./custom-functions";

/** A function Apps Script must see at top level: triggers, menu handlers and sidebar-callable functions. */
export interface EntryPoint {
  name: string;
  params: string[];
  doc: string;
  // biome-ignore lint/suspicious/noExplicitAny: entry points take whatever Apps Script passes.
  run: (...args: any[]) => unknown;
}

export const entryPoints_: EntryPoint[] = [
  { name: "onOpen", params: ["e"], doc: "Builds the add-on menu (simple trigger).", run: onOpen },
  { name: "onInstall", params: ["e"], doc: "Runs onOpen right after the add-on is installed.", run: onInstall },
  { name: "showSidebar", params: [], doc: "Opens the audit sidebar.", run: () => showSidebar(null) },
  { name: MENU_HANDLERS.auditSelection, params: [], doc: "Menu: Audit selection.", run: menuAuditSelection },
  { name: MENU_HANDLERS.auditSheet, params: [], doc: "Menu: Audit whole sheet.", run: menuAuditSheet },
  { name: MENU_HANDLERS.insertReport, params: [], doc: "Menu: Insert report sheet.", run: menuInsertReport },
  { name: MENU_HANDLERS.help, params: [], doc: "Menu: Help.", run: menuHelp },
  ...Object.entries(RPC_HANDLERS).map(([name, run]) => ({
    name,
    params: ["request"],
    doc: `Sidebar call (google.script.run.${name}).`,
    run,
  })),
];

export function run_(name: string, args: unknown[]): unknown {
  const entry = entryPoints_.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`smm-risk: unknown entry point ${name}`);
  return entry.run(...args);
}
