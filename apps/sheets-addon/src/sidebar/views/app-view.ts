/** Renders the whole sidebar from the state: header with language switch, range, options, actions, progress, result. */
import type { Lang, Platform } from "@smm-risk/core";
import type { Actions } from "../app";
import { el } from "../dom";
import { formatNumber, text, UI } from "../i18n";
import type { State } from "../state";
import { mappingView } from "./mapping";
import { resultView } from "./result";

/** Which <details> sections the user opened or closed (by clicking their summary), kept across re-renders. */
const openSections = new Map<string, boolean>();

export function renderApp(root: HTMLElement, state: State, actions: Actions): void {
  const { lang } = state;
  const children = [
    header(state, actions),
    rangeView(state, actions),
    optionsView(state, actions),
    buttons(state, actions),
    state.busy ? progress(state) : null,
    !state.audit && !state.busy && !state.error ? el("p", { className: "muted hint" }, text(UI.hint, lang)) : null,
    state.error
      ? el(
          "div",
          { className: "message error", attrs: { role: "alert", "data-testid": "error" } },
          text(state.error, lang),
        )
      : null,
    state.notice
      ? el("div", { className: "message notice", attrs: { "data-testid": "notice" } }, text(state.notice, lang))
      : null,
    state.audit ? resultView(state.audit, lang, actions) : null,
    state.audit ? mappingView(state.audit, state.init?.fields ?? [], lang, actions, section) : null,
    state.audit ? warnings(state, section) : null,
  ];
  root.replaceChildren(...children.filter((child): child is HTMLElement => child !== null));
}

export type SectionFn = (
  id: string,
  summary: string,
  defaultOpen: boolean,
  ...body: (HTMLElement | null)[]
) => HTMLElement;

function header(state: State, actions: Actions): HTMLElement {
  const langButton = (lang: Lang, label: string) =>
    el(
      "button",
      {
        className: state.lang === lang ? "lang active" : "lang",
        attrs: { type: "button", "aria-pressed": state.lang === lang, "data-lang": lang },
        on: { click: () => actions.setLang(lang) },
      },
      label,
    );
  return el(
    "header",
    {},
    el("h1", {}, text(UI.title, state.lang)),
    el(
      "div",
      { className: "langs", attrs: { role: "group", "aria-label": "Language / Язык" } },
      langButton("en", "EN"),
      langButton("ru", "RU"),
    ),
  );
}

function rangeView(state: State, actions: Actions): HTMLElement {
  const { lang } = state;
  const range = state.init?.selection ?? null;
  return el(
    "div",
    { className: "range", attrs: { "data-testid": "range" } },
    el("span", { className: "label" }, `${text(UI.range, lang)}: `),
    range
      ? el(
          "span",
          { className: "range-a1" },
          `${range.sheet}!${range.a1}`,
          el(
            "span",
            { className: "muted" },
            ` (${formatNumber(range.rows, lang)} × ${formatNumber(range.columns, lang)})`,
          ),
        )
      : el("span", { className: "muted" }, state.init ? text(UI.noSelection, lang) : text(UI.loading, lang)),
    el(
      "button",
      {
        className: "link",
        attrs: { type: "button", disabled: Boolean(state.busy) },
        on: { click: () => actions.refreshSelection() },
      },
      text(UI.refresh, lang),
    ),
  );
}

function optionsView(state: State, actions: Actions): HTMLElement {
  const { lang, options } = state;
  const platforms = state.init?.platforms ?? [];
  const platform = el(
    "select",
    {
      attrs: { id: "opt-platform" },
      on: {
        change: (event) =>
          actions.setOption("platform", ((event.target as HTMLSelectElement).value || null) as Platform | null),
      },
    },
    el("option", { attrs: { value: "", selected: options.platform === null } }, text(UI.auto, lang)),
    ...platforms.map((p) => el("option", { attrs: { value: p, selected: options.platform === p } }, p)),
  );
  const numberInput = (
    id: string,
    value: number | null,
    onValue: (v: number | null) => void,
    attrs: Record<string, string | number> = {},
  ) =>
    el("input", {
      attrs: {
        id,
        type: "number",
        inputmode: "decimal",
        value: value === null ? "" : String(value),
        placeholder: text(UI.auto, lang),
        ...attrs,
      },
      on: {
        change: (event) => {
          const raw = (event.target as HTMLInputElement).value.trim();
          const parsed = raw === "" ? null : Number(raw);
          onValue(parsed === null || Number.isFinite(parsed) ? parsed : null);
        },
      },
    });
  const currency = el("input", {
    attrs: {
      id: "opt-currency",
      type: "text",
      maxlength: 3,
      value: options.currency ?? "",
      placeholder: text(UI.auto, lang),
      autocomplete: "off",
    },
    on: {
      change: (event) =>
        actions.setOption("currency", (event.target as HTMLInputElement).value.trim().toUpperCase() || null),
    },
  });
  const row = (id: string, label: string, control: HTMLElement) =>
    el("label", { className: "option", attrs: { for: id } }, el("span", {}, label), control);
  return section(
    "options",
    text(UI.options, lang),
    state.audit === null,
    el(
      "div",
      { className: "options" },
      row("opt-platform", text(UI.platform, lang), platform),
      row("opt-currency", text(UI.currency, lang), currency),
      row(
        "opt-margin",
        text(UI.margin, lang),
        numberInput(
          "opt-margin",
          options.margin === null ? null : Math.round(options.margin * 1000) / 10,
          (v) => actions.setOption("margin", v === null ? null : v / 100),
          { min: 0, max: 100, step: "any" },
        ),
      ),
      row(
        "opt-target-cpa",
        text(UI.targetCpa, lang),
        numberInput("opt-target-cpa", options.targetCpa, (v) => actions.setOption("targetCpa", v), {
          min: 0,
          step: "any",
        }),
      ),
    ),
  );
}

function buttons(state: State, actions: Actions): HTMLElement {
  const busy = Boolean(state.busy);
  return el(
    "div",
    { className: "actions" },
    el(
      "button",
      {
        className: "primary",
        attrs: { type: "button", disabled: busy, "data-testid": "run" },
        on: { click: () => actions.run("selection") },
      },
      text(UI.run, state.lang),
    ),
    el(
      "button",
      {
        attrs: { type: "button", disabled: busy, "data-testid": "run-sheet" },
        on: { click: () => actions.run("sheet") },
      },
      text(UI.auditSheet, state.lang),
    ),
    el(
      "button",
      {
        attrs: { type: "button", disabled: busy, "data-testid": "report" },
        on: { click: () => actions.writeReport() },
      },
      text(UI.report, state.lang),
    ),
  );
}

function progress(state: State): HTMLElement {
  const busy = state.busy;
  if (!busy) return el("div");
  const seconds = Math.floor((Date.now() - busy.started) / 1000);
  const label =
    busy.action === "report" ? text(UI.writing, state.lang) : `${text(UI.running, state.lang)} ${busy.label}`;
  return el(
    "div",
    { className: "progress", attrs: { role: "status", "data-testid": "progress" } },
    el("div", { className: "progress-bar" }, el("div", { className: "progress-indeterminate" })),
    el("span", {}, `${label}… ${seconds} ${text(UI.seconds, state.lang)}`),
  );
}

function warnings(state: State, sectionFn: SectionFn): HTMLElement | null {
  const audit = state.audit;
  if (!audit) return null;
  const lang = state.lang;
  const items = [
    ...audit.result.warnings.map((w) => text(w, lang)),
    ...audit.result.diagnostics
      .slice(0, 30)
      .map((d) => (d.cell ? `${d.cell}: ${text(d.message, lang)}` : text(d.message, lang))),
  ];
  if (items.length === 0) return null;
  return sectionFn(
    "warnings",
    `${text(UI.warnings, lang)} (${items.length})`,
    false,
    el("ul", { className: "warnings" }, ...items.map((item) => el("li", {}, item))),
  );
}

function section(id: string, summary: string, defaultOpen: boolean, ...body: (HTMLElement | null)[]): HTMLElement {
  const details = el(
    "details",
    {
      className: `section section-${id}`,
      attrs: { open: openSections.get(id) ?? defaultOpen, "data-testid": `section-${id}` },
    },
    el("summary", { on: { click: () => openSections.set(id, !details.open) } }, summary),
    ...body,
  );
  return details;
}
