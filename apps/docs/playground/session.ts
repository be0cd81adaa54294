/**
 * The playground's engine, run inside its Web Workers (and directly by tests): parses pasted or dropped text with
 * @smm-risk/csv, reads it with the core's reader using the user's mapping corrections, runs the real audit and
 * evaluates a few catalogue formulas over the same data. Keeps parsed rows per source so a mapping change
 * does not re-parse. Nothing here touches the network.
 */
import { audit, type Cell, type Localized, type ReadTable, readTable } from "@smm-risk/core";
import { delimiterName, parseDelimited } from "@smm-risk/csv";
import { evaluateFormulas } from "./formulas";
import type {
  AuditRequest,
  AuditResponse,
  FormulasRequest,
  FormulasResponse,
  SourceInput,
  SourceSummary,
} from "./protocol";

const MAX_DIAGNOSTICS = 50;

interface Parsed {
  rows: string[][];
  delimiter: string;
  warnings: Localized[];
}

export class PlaygroundSession {
  private readonly parsed = new Map<string, Parsed>();

  /** Parses new text, reads every source with its mapping corrections and runs the audit. */
  run(request: AuditRequest): AuditResponse {
    const started = performance.now();
    const startedAt = performance.timeOrigin + started;
    try {
      let t = performance.now();
      for (const source of request.sources) this.parse(source);
      for (const key of [...this.parsed.keys()]) {
        if (!request.sources.some((s) => s.key === key)) this.parsed.delete(key);
      }
      const parseMs = performance.now() - t;

      t = performance.now();
      const tables: ReadTable[] = [];
      for (const source of request.sources) {
        const parsed = this.parsed.get(source.key);
        if (!parsed) throw new Error(`no data for ${source.name}`);
        tables.push(readTable(parsed.rows as Cell[][], { source: source.name, mapping: source.mapping }));
      }
      const readMs = performance.now() - t;
      if (tables.length === 0) {
        return {
          kind: "audit",
          id: request.id,
          ok: false,
          error: { en: "Paste or load some data first.", ru: "Сначала вставьте или загрузите данные." },
        };
      }

      t = performance.now();
      const { lang, platform, margin } = request.options;
      const options: Record<string, unknown> = { lang };
      if (platform) options.platform = platform;
      if (margin !== null) options.margin = margin;
      const result = audit(tables, options);
      const auditMs = performance.now() - t;

      const sources = request.sources.map((s, i) =>
        summarize(s, this.parsed.get(s.key) as Parsed, tables[i] as ReadTable),
      );
      return {
        kind: "audit",
        id: request.id,
        ok: true,
        sources,
        result,
        rows: tables.reduce((n, table) => n + table.rowCount, 0),
        timings: {
          parseMs,
          readMs,
          auditMs,
          totalMs: performance.now() - started,
          startedAt,
          finishedAt: performance.timeOrigin + performance.now(),
        },
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: "audit", id: request.id, ok: false, error: { en: message, ru: message } };
    }
  }

  private parse(source: SourceInput): void {
    if (source.text === undefined) return;
    const parsed = parseDelimited(source.text);
    this.parsed.set(source.key, {
      rows: parsed.rows,
      delimiter: parsed.delimiter,
      warnings: parsed.problems.map((p) => p.message),
    });
  }
}

/** The catalogue formulas over one source, read with the same mapping corrections as the audit. */
export function formulasFor(request: FormulasRequest): FormulasResponse {
  const started = performance.now();
  const rows = parseDelimited(request.source.text).rows;
  const table = readTable(rows as Cell[][], { source: request.source.name, mapping: request.source.mapping });
  const formulas = evaluateFormulas(table, rows, request.result, request.lang);
  return { kind: "formulas", id: request.id, formulas, ms: performance.now() - started };
}

function summarize(source: SourceInput, parsed: Parsed, table: ReadTable): SourceSummary {
  return {
    key: source.key,
    name: source.name,
    delimiter: delimiterName(parsed.delimiter),
    parseWarnings: parsed.warnings.slice(0, 20),
    headers: table.headers,
    headerRow: table.origin.row + table.headerRowIndex,
    rowCount: table.rowCount,
    mapping: table.mapping.map(({ field, header, index, confidence, reason }) => ({
      field,
      header,
      index,
      confidence,
      reason,
    })),
    kinds: table.kinds,
    diagnostics: table.diagnostics.slice(0, MAX_DIAGNOSTICS),
    diagnosticsTotal: table.diagnostics.length,
  };
}
