/** The sidebar's whole state in one object; every change goes through `update`, which re-renders. */
import type { Lang, Localized } from "@smm-risk/core";
import type { AuditSuccess, InitResponse, MappingOverrides, SidebarOptions } from "../shared/messages";

export interface Busy {
  action: "audit" | "report";
  label: string;
  started: number;
}

export interface State {
  lang: Lang;
  init: InitResponse | null;
  options: Omit<SidebarOptions, "lang">;
  /** Corrections to the mapping of the last audited range (column indexes are relative to it). */
  mapping: MappingOverrides;
  busy: Busy | null;
  audit: AuditSuccess | null;
  error: Localized | null;
  notice: Localized | null;
}

export function initialState(): State {
  return {
    lang: "en",
    init: null,
    options: { platform: null, currency: null, margin: null, targetCpa: null },
    mapping: {},
    busy: null,
    audit: null,
    error: null,
    notice: null,
  };
}
