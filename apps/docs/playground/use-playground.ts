/**
 * The playground's state and actions (used by SmmPlayground.vue): sources pasted, dropped or generated, the user's
 * mapping corrections, and the round trip to the audit Web Worker. Kept in TypeScript so it is type-checked and linted.
 */
import {
  CANONICAL_FIELDS,
  type FactorResult,
  formatMoney,
  formatNumber,
  formatPercent,
  type Lang,
  type Localized,
  langFromLocale,
  PLATFORMS,
} from "@smm-risk/core";
import { useData } from "vitepress";
import { computed, onBeforeUnmount, onMounted, reactive, ref, shallowRef } from "vue";
import type {
  AuditRequest,
  AuditResponse,
  FormulaResult,
  FormulasRequest,
  FormulasResponse,
  MappingOverrides,
  SourceSummary,
} from "./protocol";
import { sampleFiles } from "./sample";
import { LEVELS, TEXTS } from "./texts";

export interface Source {
  key: string;
  name: string;
  text: string;
  sent: boolean;
  mapping: MappingOverrides;
}

/** Everything the playground template binds to. */
export function usePlayground() {
  const { lang: siteLang } = useData();
  const lang = computed<Lang>(() => langFromLocale(siteLang.value));
  const t = computed(() => TEXTS[lang.value]);

  const pasted = ref("");
  const sources = ref<Source[]>([]);
  const options = reactive({ platform: "", margin: "" });
  const busy = ref(false);
  const dragging = ref(false);
  const error = ref<Localized | null>(null);
  const response = shallowRef<Extract<AuditResponse, { ok: true }> | null>(null);
  const formulas = shallowRef<FormulaResult[]>([]);
  const roundTripMs = ref<number | null>(null);
  /** Where the round trip went: into the worker, in it, back out and onto the screen (for the timing line). */
  const phases = ref<{ toWorker: number; back: number } | null>(null);
  const fileInput = ref<HTMLInputElement | null>(null);

  let worker: Worker | null = null;
  let formulaWorker: Worker | null = null;
  let nextId = 1;
  let latest: { id: number; started: number } | null = null;

  function failed(event: ErrorEvent) {
    busy.value = false;
    error.value = { en: event.message || "Worker failed", ru: event.message || "Сбой фонового потока" };
  }

  onMounted(() => {
    worker = new Worker(new URL("./audit.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<AuditResponse>) => onAudit(event.data);
    worker.onerror = failed;
  });
  onBeforeUnmount(() => {
    worker?.terminate();
    formulaWorker?.terminate();
  });

  function pick(text: Localized): string {
    return text[lang.value] || text.en;
  }

  /** Answers to anything but the latest request are stale (the user changed the data meanwhile) and dropped. */
  function onAudit(message: AuditResponse) {
    if (!latest || message.id !== latest.id) return;
    roundTripMs.value = Math.round(performance.now() - latest.started);
    if (message.ok) {
      const sentAt = performance.timeOrigin + latest.started;
      phases.value = {
        toWorker: Math.round(message.timings.startedAt - sentAt),
        back: Math.round(performance.timeOrigin + performance.now() - message.timings.finishedAt),
      };
    }
    busy.value = false;
    if (!message.ok) {
      error.value = message.error;
      response.value = null;
      return;
    }
    error.value = null;
    response.value = message;
    startFormulas(message);
  }

  /** Formulas over the first source, in a fresh worker: any previous, now stale, formula work is cancelled. */
  function startFormulas(audit: Extract<AuditResponse, { ok: true }>) {
    const first = sources.value[0];
    if (!first) return;
    formulaWorker = new Worker(new URL("./formulas.worker.ts", import.meta.url), { type: "module" });
    formulaWorker.onmessage = (event: MessageEvent<FormulasResponse>) => {
      if (latest && event.data.id === latest.id) formulas.value = event.data.formulas;
    };
    const request: FormulasRequest = {
      id: audit.id,
      source: { name: first.name, text: first.text, mapping: { ...first.mapping } },
      result: audit.result,
      lang: lang.value,
    };
    formulaWorker.postMessage(request);
  }

  function run() {
    if (!worker || sources.value.length === 0) return;
    const id = nextId++;
    const request: AuditRequest = {
      id,
      sources: sources.value.map((s) => ({
        key: s.key,
        name: s.name,
        ...(s.sent ? {} : { text: s.text }),
        mapping: { ...s.mapping },
      })),
      options: {
        lang: lang.value,
        platform: options.platform || null,
        margin: options.margin === "" ? null : Math.min(100, Math.max(0, Number(options.margin))) / 100,
      },
    };
    for (const s of sources.value) s.sent = true;
    formulaWorker?.terminate();
    formulaWorker = null;
    formulas.value = [];
    latest = { id, started: performance.now() };
    busy.value = true;
    worker.postMessage(request);
  }

  function setSources(list: { name: string; text: string }[], replace: boolean) {
    const kept = replace ? [] : sources.value.filter((s) => !list.some((n) => n.name === s.name));
    sources.value = [
      ...kept,
      ...list.map((f) => ({ key: `${f.name}#${nextId++}`, name: f.name, text: f.text, sent: false, mapping: {} })),
    ];
    run();
  }

  function auditPasted() {
    if (!pasted.value.trim()) {
      error.value = { en: TEXTS.en.emptyPaste, ru: TEXTS.ru.emptyPaste };
      return;
    }
    setSources([{ name: lang.value === "ru" ? "вставка" : "pasted", text: pasted.value }], true);
  }

  function loadSample() {
    pasted.value = "";
    setSources(sampleFiles(lang.value), true);
  }

  function clearAll() {
    pasted.value = "";
    sources.value = [];
    response.value = null;
    error.value = null;
  }

  async function decode(file: File): Promise<string> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder("windows-1251").decode(bytes);
    }
  }

  async function addFiles(files: FileList | null | undefined) {
    if (!files || files.length === 0) return;
    const list: { name: string; text: string }[] = [];
    for (const file of Array.from(files)) {
      try {
        list.push({ name: file.name, text: await decode(file) });
      } catch {
        error.value = { en: TEXTS.en.fileError(file.name), ru: TEXTS.ru.fileError(file.name) };
      }
    }
    if (list.length) setSources(list, false);
  }

  function onDrop(event: DragEvent) {
    dragging.value = false;
    void addFiles(event.dataTransfer?.files);
  }

  function onFileInput(event: Event) {
    const input = event.target as HTMLInputElement;
    void addFiles(input.files);
    input.value = "";
  }

  function removeSource(key: string) {
    sources.value = sources.value.filter((s) => s.key !== key);
    if (sources.value.length) run();
    else response.value = null;
  }

  /** Each source with what the worker detected in it (undefined until its first result). */
  const sourceViews = computed(() =>
    sources.value.map((source) => ({
      source,
      summary: response.value?.sources.find((s) => s.key === source.key),
    })),
  );

  function fieldAt(summary: SourceSummary, index: number): string {
    return summary.mapping.find((m) => m.index === index)?.field ?? "";
  }

  function confidenceAt(summary: SourceSummary, index: number): string {
    const m = summary.mapping.find((x) => x.index === index);
    return m ? formatPercent(m.confidence, lang.value, 0) : "";
  }

  /** The user's correction: column `index` is read as `field` ("" = not used); the field's old column is dropped. */
  function remap(source: Source, summary: SourceSummary, index: number, field: string) {
    const previous = fieldAt(summary, index);
    const mapping: MappingOverrides = { ...source.mapping };
    if (previous && previous !== field) mapping[previous] = null;
    if (field) mapping[field] = index;
    source.mapping = mapping;
    run();
  }

  const result = computed(() => response.value?.result ?? null);
  const notAssessed = computed(() => result.value?.factors.filter((f) => !f.assessed) ?? []);

  function levelClass(level: string): string {
    return `level level-${level.replace("_", "-")}`;
  }

  function levelText(level: keyof typeof LEVELS): string {
    return LEVELS[level][lang.value];
  }

  function mainFinding(f: FactorResult): string {
    const finding = f.findings[0];
    return finding ? pick(finding.message) : "";
  }

  function needsText(f: FactorResult): string {
    return f.missing.map((set) => set.join(" + ")).join(` ${t.value.or} `);
  }

  /** True when the reason only repeats the missing columns (then the list of columns says it already). */
  function genericReason(f: FactorResult): boolean {
    const first = f.missing[0]?.join(" + ");
    return first !== undefined && (f.reason?.en ?? "").includes(first);
  }

  function rowsText(rows: number[]): string {
    const shown = rows.slice(0, 12).join(", ");
    return rows.length > 12 ? `${shown}, … (${rows.length})` : shown;
  }

  const money = computed(() => {
    const v = result.value?.verdict;
    if (!v?.assessed) return [];
    const l = lang.value;
    const cur = v.currency;
    const items: [string, string][] = [];
    const add = (label: string, value: number | null, fmt: (n: number) => string) => {
      if (value !== null && Number.isFinite(value)) items.push([label, fmt(value)]);
    };
    add(t.value.spend, v.spend, (n) => formatMoney(n, cur, l));
    add(t.value.revenue, v.revenue, (n) => formatMoney(n, cur, l));
    add(t.value.conversions, v.conversions, (n) => formatNumber(n, l));
    add(t.value.cpa, v.cpa, (n) => formatMoney(n, cur, l, 2));
    add(t.value.roas, v.roas, (n) => `${formatNumber(n, l, 2)}×`);
    add(t.value.romi, v.romi, (n) => formatPercent(n, l));
    add(t.value.monthlyResult, v.monthlyResult, (n) => formatMoney(n, cur, l));
    add(t.value.monthlySavings, v.monthlySavings, (n) => formatMoney(n, cur, l));
    add(t.value.breakEven, v.breakEvenMargin, (n) => formatPercent(n, l));
    add(t.value.period, v.periodDays, (n) => `${formatNumber(n, l)} ${t.value.days}`);
    return items;
  });

  const riskText = computed(() =>
    result.value?.risk === null || !result.value ? "—" : formatNumber(result.value.risk, lang.value),
  );

  return {
    CANONICAL_FIELDS,
    PLATFORMS,
    formatNumber,
    formatPercent,
    lang,
    t,
    pasted,
    sources,
    options,
    busy,
    dragging,
    error,
    response,
    formulas,
    roundTripMs,
    phases,
    fileInput,
    result,
    notAssessed,
    money,
    riskText,
    pick,
    run,
    auditPasted,
    loadSample,
    clearAll,
    onDrop,
    onFileInput,
    removeSource,
    sourceViews,
    fieldAt,
    confidenceAt,
    remap,
    levelClass,
    levelText,
    mainFinding,
    needsText,
    genericReason,
    rowsText,
  };
}
