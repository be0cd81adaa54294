/**
 * What the budget factor judges ad units by (revenue, revenue estimated from an average order value, or a target
 * CPA), whether a unit loses money on that basis, and the labels and evidence rows its findings cite.
 */
import type { FactorContext } from "../audit/types";
import type { Unit } from "../audit/units";
import { formatMoney, formatNumber } from "../i18n/format";
import type { Lang } from "../i18n/localized";
import { cpa as cpaOf, roas as roasOf } from "../metrics/ads";
import type { ReadTable } from "../table/types";
import { MAX_EVIDENCE_ROWS } from "./scoring-helpers";

export type Basis =
  | { kind: "revenue"; estimated: boolean; revenueOf: (u: Unit) => number | null }
  | { kind: "cpa"; target: number }
  | { kind: "none" };

/** What the units are judged by: revenue, revenue estimated from conversions × average order value, or a target CPA. */
export function basisOf(table: ReadTable, indices: readonly number[], ctx: FactorContext): Basis {
  const revenue = table.columns.revenue?.values;
  if (revenue && indices.some((i) => revenue[i] !== null)) {
    return { kind: "revenue", estimated: false, revenueOf: (u) => (u.has.revenue ? u.revenue : null) };
  }
  const conversions = table.columns.conversions?.values;
  const hasConversions = conversions !== undefined && indices.some((i) => conversions[i] !== null);
  const aov = ctx.options.averageOrderValue;
  if (hasConversions && aov !== null && aov > 0) {
    return { kind: "revenue", estimated: true, revenueOf: (u) => (u.has.conversions ? u.conversions * aov : null) };
  }
  const target = ctx.options.targetCpa;
  if (hasConversions && target !== null && target > 0) return { kind: "cpa", target };
  return { kind: "none" };
}

/** Whether a unit loses money (ROAS < 1) or overpays (spend > target × conversions); null when it cannot be judged. */
export function losing(unit: Unit, basis: Basis): boolean | null {
  if (!(unit.spend > 0)) return null;
  if (basis.kind === "revenue") {
    const revenue = basis.revenueOf(unit);
    return revenue === null ? null : revenue < unit.spend;
  }
  if (basis.kind === "cpa") return unit.has.conversions ? unit.spend > basis.target * unit.conversions : null;
  return null;
}

/** A unit's label; the single unit of a table without campaign or platform column is "all spend". */
export function unitName(unit: Unit, lang: Lang): string {
  return unit.name || (lang === "en" ? "all spend" : "весь расход");
}

export function efficiencyText(unit: Unit, basis: Basis, currency: string | null, lang: Lang): string {
  if (basis.kind === "revenue") {
    const roas = roasOf(basis.revenueOf(unit) ?? 0, unit.spend);
    return roas === null ? "ROAS —" : `ROAS ${formatNumber(roas, lang, 2)}`;
  }
  const cpa = cpaOf(unit.spend, unit.conversions);
  return cpa !== null
    ? `CPA ${formatMoney(cpa, currency, lang, 2)}`
    : lang === "en"
      ? "no conversions"
      : "нет конверсий";
}

/** Rows of the given units, worst unit first, each unit's rows by spend (largest first). */
export function unitRows(table: ReadTable, units: readonly Unit[]): number[] {
  const spend = table.columns.spend?.values ?? [];
  const out: number[] = [];
  for (const u of units) {
    const rows = [...u.indices].sort((a, b) => (spend[b] ?? 0) - (spend[a] ?? 0) || a - b);
    for (const i of rows) {
      out.push(i);
      if (out.length >= MAX_EVIDENCE_ROWS) return out;
    }
  }
  return out;
}

/** Rows with spend, worst result per unit of spend first (no result at all first, then by the largest spend). */
export function worstRowsByEfficiency(
  table: ReadTable,
  rows: readonly number[],
  by: "revenue" | "conversions",
): number[] {
  const spend = table.columns.spend?.values ?? [];
  const result = table.columns[by]?.values;
  const eff = (i: number) => (result?.[i] ?? 0) / (spend[i] as number);
  const before = (a: number, b: number) => {
    const d = eff(a) - eff(b);
    if (d !== 0) return d < 0;
    const s = (spend[b] as number) - (spend[a] as number);
    return s !== 0 ? s < 0 : a < b;
  };
  // The first MAX_EVIDENCE_ROWS in that order, kept sorted while scanning (the same rows as sorting all rows and
  // slicing, without sorting 100k rows to show 20).
  const worst: number[] = [];
  for (const i of rows) {
    if (!((spend[i] ?? 0) > 0)) continue;
    if (worst.length === MAX_EVIDENCE_ROWS && !before(i, worst[worst.length - 1] as number)) continue;
    let k = worst.length;
    while (k > 0 && before(i, worst[k - 1] as number)) k--;
    worst.splice(k, 0, i);
    if (worst.length > MAX_EVIDENCE_ROWS) worst.pop();
  }
  return worst;
}
