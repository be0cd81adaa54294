/**
 * Opens the sidebar (the single self-contained Sidebar.html) and remembers which menu item opened it, so the
 * sidebar's first call can start that audit right away.
 */
import { pick } from "@smm-risk/core";
import { userLang } from "./locale";
import { SIDEBAR_TITLE } from "./texts";

const AUTO_RUN_KEY = "smmRisk.autoRun";

export type AutoRun = "selection" | "sheet";

export function showSidebar(autoRun: AutoRun | null = null): void {
  const properties = PropertiesService.getUserProperties();
  if (autoRun) properties.setProperty(AUTO_RUN_KEY, autoRun);
  else properties.deleteProperty(AUTO_RUN_KEY);
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(pick(SIDEBAR_TITLE, userLang()));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Reads and clears the pending request, so reopening the sidebar by hand does not audit again. */
export function takeAutoRun(): AutoRun | null {
  const properties = PropertiesService.getUserProperties();
  const value = properties.getProperty(AUTO_RUN_KEY);
  if (value) properties.deleteProperty(AUTO_RUN_KEY);
  return value === "selection" || value === "sheet" ? value : null;
}
