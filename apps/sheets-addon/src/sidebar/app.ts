/**
 * The sidebar controller: loads the init data, runs audits and reports through the RPC wrapper, and re-renders
 * the views from the state after every change.
 */
import type { CanonicalField, Localized } from "@smm-risk/core";
import type { AuditRequest, AuditTarget, Failure } from "../shared/messages";
import { UI } from "./i18n";
import { server } from "./rpc";
import { initialState, type State } from "./state";
import { renderApp } from "./views/app-view";

export interface Actions {
  setLang(lang: State["lang"]): void;
  setOption<K extends keyof State["options"]>(key: K, value: State["options"][K]): void;
  run(kind: "selection" | "sheet"): void;
  remap(columnIndex: number, field: CanonicalField | null): void;
  writeReport(): void;
  selectRows(rows: number[]): void;
  refreshSelection(): void;
}

export function startApp(root: HTMLElement): void {
  let state = initialState();
  let ticker: ReturnType<typeof setInterval> | null = null;

  const update = (patch: Partial<State>) => {
    state = { ...state, ...patch };
    document.documentElement.lang = state.lang;
    renderApp(root, state, actions);
    if (state.busy && !ticker) ticker = setInterval(() => renderApp(root, state, actions), 1000);
    if (!state.busy && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };

  const fail = (error: unknown) => update({ busy: null, error: errorText(error) });

  const request = (target: AuditTarget): AuditRequest => ({
    target,
    options: { ...state.options, lang: state.lang },
    mapping: state.mapping,
  });

  const audit = (target: AuditTarget, label: string) => {
    update({ busy: { action: "audit", label, started: Date.now() }, error: null, notice: null });
    server
      .audit(request(target))
      .then((response) => {
        if (!response.ok) {
          update({ busy: null, error: failureText(response) });
          return;
        }
        // The server read the range the user had selected at that moment: show it as the current selection.
        const init = state.init && target.kind !== "range" ? { ...state.init, selection: response.range } : state.init;
        update({ busy: null, audit: response, init });
      })
      .catch(fail);
  };

  const actions: Actions = {
    setLang: (lang) => update({ lang }),
    setOption: (key, value) => {
      // No re-render: the input already shows what the user typed, and re-rendering would steal its focus.
      state = { ...state, options: { ...state.options, [key]: value } };
    },
    run: (kind) => {
      state = { ...state, mapping: {} };
      const label = kind === "sheet" ? text(UI.auditSheet) : selectionLabel();
      audit({ kind }, label);
    },
    remap: (columnIndex, field) => {
      const current = state.audit;
      if (!current) return;
      const mapping = { ...state.mapping };
      for (const entry of current.mapping) if (entry.index === columnIndex) mapping[entry.field] = null;
      if (field) mapping[field] = columnIndex;
      state = { ...state, mapping };
      const { sheet, a1 } = current.range;
      audit({ kind: "range", sheet, a1 }, `${sheet}!${a1}`);
    },
    writeReport: () => {
      const target: AuditTarget = state.audit
        ? { kind: "range", sheet: state.audit.range.sheet, a1: state.audit.range.a1 }
        : { kind: "selection" };
      update({ busy: { action: "report", label: "", started: Date.now() }, error: null, notice: null });
      server
        .writeReport(request(target))
        .then((response) => {
          if (response.ok) {
            update({
              busy: null,
              notice: { en: `${UI.reportDone.en} “${response.sheet}”`, ru: `${UI.reportDone.ru} «${response.sheet}»` },
            });
          } else update({ busy: null, error: failureText(response) });
        })
        .catch(fail);
    },
    selectRows: (rows) => {
      const current = state.audit;
      if (!current) return;
      const { sheet, column, columns } = current.range;
      server
        .selectRows({ sheet, rows, firstColumn: column, lastColumn: column + columns - 1 })
        .then((response) => {
          if (response.ok) {
            const list = response.ranges.join(", ");
            update({ notice: { en: `${UI.selected.en}: ${list}`, ru: `${UI.selected.ru}: ${list}` }, error: null });
          } else update({ error: failureText(response) });
        })
        .catch(fail);
    },
    refreshSelection: () => {
      server
        .init()
        .then((init) => update({ init }))
        .catch(fail);
    },
  };

  const text = (value: Localized) => value[state.lang] || value.en;
  const selectionLabel = () => {
    const selection = state.init?.selection;
    return selection ? `${selection.sheet}!${selection.a1}` : "";
  };

  update({});
  server
    .init()
    .then((init) => {
      update({ init, lang: init.lang });
      if (init.autoRun) actions.run(init.autoRun);
    })
    .catch(fail);
}

function failureText(failure: Failure): Localized {
  return failure.error;
}

function errorText(error: unknown): Localized {
  const message = error instanceof Error ? error.message : String(error);
  return { en: message, ru: message };
}
