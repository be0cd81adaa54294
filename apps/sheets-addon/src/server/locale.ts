/** The user's language: Session locale when the context allows it, else the spreadsheet's, else English. */
import { type Lang, langFromLocale } from "@smm-risk/core";

export function userLocale(): string {
  try {
    const locale = Session.getActiveUserLocale();
    if (locale) return locale;
  } catch (_) {
    // Custom functions and AuthMode.NONE may not expose the session; fall through.
  }
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale() || "en";
  } catch (_) {
    return "en";
  }
}

export function userLang(): Lang {
  return langFromLocale(userLocale());
}
