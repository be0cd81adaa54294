/**
 * Field mapping: which column feeds which canonical field. User overrides win. Otherwise, among the columns
 * matching a field, the rule is: automatic-pick tiers only (weak and promoted-only matches are never chosen),
 * then higher confidence (primary 1 > secondary 0.7 > partial 0.6), then the spelling listed earlier in the
 * synonym data (its order is the documented preference: "Полный охват" before "Охват" before "Охват подписчиков",
 * "link clicks" before "clicks"), then the leftmost column. Losing columns stay as alternatives.
 */
import { type CanonicalField, isCanonicalField } from "../fields";
import { loc } from "../i18n/localized";
import type { HeaderUnit } from "./header";
import { isFillerHeader, normaliseHeader } from "./header";
import { type HeaderMatch, matchHeader, TIER_CONFIDENCE } from "./match";
import type { DerivedMetric } from "./synonyms";
import type { Diagnostic, FieldMapping, ReadOptions } from "./types";

export interface DerivedPlan {
  metric: DerivedMetric;
  header: string;
  index: number;
  unit: HeaderUnit | null;
}

export interface MappingPlan {
  /** Header texts (trimmed), one per column. */
  headers: string[];
  mapping: FieldMapping[];
  derived: DerivedPlan[];
  unmapped: { header: string; index: number }[];
  /** Header facts per column index (currency, unit). */
  matches: (HeaderMatch | null)[];
  diagnostics: Diagnostic[];
}

interface Candidate {
  index: number;
  header: string;
  confidence: number;
  auto: boolean;
  rank: number;
  tier: string;
  synonym: string | null;
}

function headerText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return String(cell).trim();
}

function tableDiagnostic(code: Diagnostic["code"], severity: Diagnostic["severity"], message: Diagnostic["message"]) {
  return { code, severity, cell: null, row: null, header: null, field: null, value: null, message } as Diagnostic;
}

/** Finds the column an override names: exact header, then case-insensitive, then the same normalised key. */
function findOverrideColumn(target: string | number, headers: string[]): number {
  if (typeof target === "number") {
    return Number.isInteger(target) && target >= 0 && target < headers.length ? target : -1;
  }
  const wanted = String(target).trim();
  let at = headers.indexOf(wanted);
  if (at >= 0) return at;
  const lower = wanted.toLowerCase();
  at = headers.findIndex((h) => h.toLowerCase() === lower);
  if (at >= 0) return at;
  const key = normaliseHeader(wanted).key;
  return key ? headers.findIndex((h) => h !== "" && normaliseHeader(h).key === key) : -1;
}

function reasonFor(c: Candidate): string {
  if (c.tier === "primary") return `exact synonym "${c.synonym}"`;
  if (c.tier === "secondary") return `secondary synonym "${c.synonym}" (no primary column)`;
  return `partial match of "${c.synonym}"`;
}

/** Plans the mapping of a header row (already trimmed texts) with the user's overrides. */
export function planMapping(headerRow: readonly unknown[], options: ReadOptions = {}): MappingPlan {
  const headers = headerRow.map(headerText);
  const diagnostics: Diagnostic[] = [];
  const matches: (HeaderMatch | null)[] = headers.map((h) => (isFillerHeader(h) ? null : matchHeader(h)));

  // Duplicate headers (same text, case-insensitive).
  const seen = new Map<string, number>();
  headers.forEach((h, index) => {
    if (isFillerHeader(h)) return;
    const k = h.toLowerCase();
    if (seen.has(k)) {
      diagnostics.push({
        ...tableDiagnostic(
          "duplicate_header",
          "warning",
          loc(
            `Header "${h}" appears more than once; the first matching column is used unless you override the mapping`,
            `Заголовок «${h}» встречается несколько раз; используется первый подходящий столбец, если не задать сопоставление вручную`,
          ),
        ),
        header: h,
      });
    } else seen.set(k, index);
  });

  // Overrides.
  const reserved = new Map<number, CanonicalField>();
  const overridden = new Map<CanonicalField, number | null>();
  const listed = headers.filter((h) => !isFillerHeader(h));
  for (const [rawField, target] of Object.entries(options.mapping ?? {})) {
    if (target === undefined) continue;
    if (!isCanonicalField(rawField)) {
      diagnostics.push(
        tableDiagnostic(
          "unknown_override",
          "warning",
          loc(`Unknown field "${rawField}" in the mapping override`, `Неизвестное поле «${rawField}» в сопоставлении`),
        ),
      );
      continue;
    }
    if (target === null) {
      overridden.set(rawField, null);
      continue;
    }
    const at = findOverrideColumn(target, headers);
    if (at < 0 || reserved.has(at)) {
      const available = listed.map((h) => `"${h}"`).join(", ");
      diagnostics.push({
        ...tableDiagnostic(
          "unknown_override",
          "warning",
          loc(
            `Mapping for ${rawField}: no column "${String(target)}" (available: ${available || "none"}); detected automatically instead`,
            `Сопоставление для ${rawField}: нет столбца «${String(target)}» (есть: ${available || "нет"}); поле определено автоматически`,
          ),
        ),
        field: rawField,
        value: String(target).slice(0, 60),
      });
      continue;
    }
    reserved.set(at, rawField);
    overridden.set(rawField, at);
  }

  // Candidates per field.
  const candidates = new Map<CanonicalField, Candidate[]>();
  matches.forEach((m, index) => {
    if (!m || m.field === null || m.tier === null) return;
    const list = candidates.get(m.field) ?? [];
    list.push({
      index,
      header: headers[index] as string,
      confidence: TIER_CONFIDENCE[m.tier],
      auto: m.tier !== "weak" && m.tier !== "promoted",
      rank: m.rank,
      tier: m.tier,
      synonym: m.synonym,
    });
    candidates.set(m.field, list);
  });

  const mapping: FieldMapping[] = [];
  const used = new Set<number>(reserved.keys());
  for (const [field, list] of candidates) {
    list.sort(
      (a, b) => Number(b.auto) - Number(a.auto) || b.confidence - a.confidence || a.rank - b.rank || a.index - b.index,
    );
    const override = overridden.get(field);
    if (override !== undefined) continue; // handled below
    const free = list.filter((c) => !reserved.has(c.index));
    const winner = free[0];
    if (!winner?.auto) continue;
    used.add(winner.index);
    const alternatives = list
      .filter((c) => c !== winner)
      .map((c) => ({ header: c.header, index: c.index, confidence: c.confidence }));
    const beaten = alternatives.length ? `; preferred over ${alternatives.map((a) => `"${a.header}"`).join(", ")}` : "";
    mapping.push({
      field,
      header: winner.header,
      index: winner.index,
      confidence: winner.confidence,
      reason: reasonFor(winner) + beaten,
      alternatives,
    });
  }
  for (const [field, at] of overridden) {
    if (at === null) continue;
    const alternatives = (candidates.get(field) ?? [])
      .filter((c) => c.index !== at)
      .map((c) => ({ header: c.header, index: c.index, confidence: c.confidence }));
    mapping.push({
      field,
      header: headers[at] as string,
      index: at,
      confidence: 1,
      reason: "user override",
      alternatives,
    });
  }
  mapping.sort((a, b) => a.index - b.index);

  // Rates the export computed.
  const mappedFields = new Set(mapping.map((m) => m.field));
  const telegramLike = mappedFields.has("views") && !mappedFields.has("reach") && !mappedFields.has("likes");
  const derived: DerivedPlan[] = [];
  matches.forEach((m, index) => {
    if (!m?.derived || used.has(index)) return;
    const metric: DerivedMetric =
      m.derived === "engagement_rate" && m.key === "err" && telegramLike ? "read_rate" : m.derived;
    derived.push({ metric, header: headers[index] as string, index, unit: m.unit });
    used.add(index);
  });

  const alternativeColumns = new Set<number>();
  for (const list of candidates.values()) for (const c of list) alternativeColumns.add(c.index);
  const unmapped = headers
    .map((header, index) => ({ header, index }))
    .filter(({ header, index }) => !isFillerHeader(header) && !used.has(index) && !alternativeColumns.has(index));

  return { headers, mapping, derived, unmapped, matches, diagnostics };
}
