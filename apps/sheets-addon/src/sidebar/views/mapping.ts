/**
 * The detected column mapping of the audited range, one dropdown per column: choosing another field (or "ignored")
 * reruns the audit on the same range with that correction.
 */
import type { CanonicalField, Lang } from "@smm-risk/core";
import type { AuditSuccess } from "../../shared/messages";
import type { Actions } from "../app";
import { el } from "../dom";
import { formatPercent, text, UI } from "../i18n";
import type { SectionFn } from "./app-view";

export function mappingView(
  audit: AuditSuccess,
  fields: CanonicalField[],
  lang: Lang,
  actions: Actions,
  section: SectionFn,
): HTMLElement {
  const byIndex = new Map(audit.mapping.map((entry) => [entry.index, entry]));
  const rows = audit.headers.map((header, index) => {
    const entry = byIndex.get(index);
    const select = el(
      "select",
      {
        attrs: { "data-column": index, "aria-label": header || `#${index + 1}` },
        on: {
          change: (event) =>
            actions.remap(index, ((event.target as HTMLSelectElement).value || null) as CanonicalField | null),
        },
      },
      el("option", { attrs: { value: "", selected: !entry } }, text(UI.ignored, lang)),
      ...fields.map((field) => el("option", { attrs: { value: field, selected: entry?.field === field } }, field)),
    );
    const doubt =
      entry && entry.confidence < 1
        ? el("span", { className: "doubt", title: entry.reason }, `? ${formatPercent(entry.confidence, lang)}`)
        : null;
    return el(
      "tr",
      { className: entry ? "mapped" : "unmapped" },
      el("td", { className: "header-cell", title: header }, header || `#${index + 1}`),
      el("td", {}, select, doubt),
    );
  });
  const recognised = `${audit.mapping.length}/${audit.headers.filter((h) => h !== "").length} ${text(UI.recognised, lang)}`;
  return section(
    "mapping",
    `${text(UI.mapping, lang)} (${recognised})`,
    false,
    el("p", { className: "muted" }, text(UI.mappingHint, lang)),
    el("table", { className: "mapping", attrs: { "data-testid": "mapping" } }, el("tbody", {}, ...rows)),
  );
}
