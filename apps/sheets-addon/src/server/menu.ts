/**
 * The add-on menu and its actions. `onOpen` only builds the menu (it may run in AuthMode.NONE, where nothing
 * that needs authorization is allowed); `onInstall` calls `onOpen`. Item handlers are top-level functions in Code.js.
 */
import { type Lang, langFromLocale, pick } from "@smm-risk/core";
import { userLang } from "./locale";
import { writeReport } from "./report";
import { showSidebar } from "./sidebar";
import { failed, HELP_TEXT, HELP_TITLE, MENU, REPORT_DONE } from "./texts";

/** Names of the top-level handlers (generated into Code.js from the entry points in index.ts). */
export const MENU_HANDLERS = {
  auditSelection: "smmMenuAuditSelection",
  auditSheet: "smmMenuAuditSheet",
  insertReport: "smmMenuInsertReport",
  help: "smmMenuHelp",
} as const;

export function onOpen(e?: { authMode?: unknown }): void {
  const lang = menuLang(e);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(pick(MENU.auditSelection, lang), MENU_HANDLERS.auditSelection)
    .addItem(pick(MENU.auditSheet, lang), MENU_HANDLERS.auditSheet)
    .addItem(pick(MENU.insertReport, lang), MENU_HANDLERS.insertReport)
    .addSeparator()
    .addItem(pick(MENU.help, lang), MENU_HANDLERS.help)
    .addToUi();
}

export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

/** In AuthMode.NONE nothing beyond the menu is touched: the menu stays in English there. */
function menuLang(e?: { authMode?: unknown }): Lang {
  if (!e || e.authMode === ScriptApp.AuthMode.NONE) return "en";
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch (_) {
    return "en";
  }
}

export function menuAuditSelection(): void {
  showSidebar("selection");
}

export function menuAuditSheet(): void {
  showSidebar("sheet");
}

export function menuInsertReport(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  let response: ReturnType<typeof writeReport>;
  try {
    response = writeReport({
      target: { kind: "selection" },
      mapping: {},
      options: { platform: null, currency: null, margin: null, targetCpa: null, lang },
    });
  } catch (error) {
    ui.alert(pick(failed(error instanceof Error ? error.message : String(error)), lang));
    return;
  }
  if (response.ok) SpreadsheetApp.getActiveSpreadsheet().toast(`${pick(REPORT_DONE, lang)} "${response.sheet}"`);
  else ui.alert(pick(response.error, lang));
}

export function menuHelp(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  ui.alert(pick(HELP_TITLE, lang), pick(HELP_TEXT, lang), ui.ButtonSet.OK);
}
