/**
 * Grouping ad rows into units (campaigns, segments, platforms) with their summed spend, clicks, conversions and
 * revenue. Segmentation, budget and the money verdict all compare units, so they share this one aggregation.
 */
import type { TextField } from "../fields";
import type { ReadTable } from "../table/types";

export interface Unit {
  /** The label as written in the first row of the unit (trimmed); "(blank)" for empty labels. */
  name: string;
  /** 0-based data-row indices. */
  indices: number[];
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
  /** Whether any row of the unit had a value in each column (a sum of 0 from empty cells is not a measured 0). */
  has: { spend: boolean; impressions: boolean; clicks: boolean; conversions: boolean; revenue: boolean };
}

const BLANK = "(blank)";

/** Groups the given rows by a label column; labels compare case- and space-insensitively. Order: by spend, largest first. */
export function groupUnits(table: ReadTable, indices: readonly number[], by: TextField): Unit[] {
  const labels = table.columns[by]?.values;
  const cols = {
    spend: table.columns.spend?.values,
    impressions: table.columns.impressions?.values,
    clicks: table.columns.clicks?.values,
    conversions: table.columns.conversions?.values,
    revenue: table.columns.revenue?.values,
  };
  const units = new Map<string, Unit>();
  // Labels repeat on every row of a unit: the unit of each distinct cell text is looked up once.
  const byCell = new Map<string | null | undefined, Unit>();
  const { spend, impressions, clicks, conversions, revenue } = cols;
  for (const i of indices) {
    const cell = labels?.[i];
    let unit = byCell.get(cell);
    if (!unit) {
      const raw = cell?.trim() || BLANK;
      const key = raw.toLowerCase().replace(/\s+/g, " ");
      unit = units.get(key);
      if (!unit) {
        unit = {
          name: raw,
          indices: [],
          spend: 0,
          impressions: 0,
          clicks: 0,
          conversions: 0,
          revenue: 0,
          has: { spend: false, impressions: false, clicks: false, conversions: false, revenue: false },
        };
        units.set(key, unit);
      }
      byCell.set(cell, unit);
    }
    unit.indices.push(i);
    const has = unit.has;
    let v = spend?.[i];
    if (v !== null && v !== undefined) {
      unit.spend += v;
      has.spend = true;
    }
    v = impressions?.[i];
    if (v !== null && v !== undefined) {
      unit.impressions += v;
      has.impressions = true;
    }
    v = clicks?.[i];
    if (v !== null && v !== undefined) {
      unit.clicks += v;
      has.clicks = true;
    }
    v = conversions?.[i];
    if (v !== null && v !== undefined) {
      unit.conversions += v;
      has.conversions = true;
    }
    v = revenue?.[i];
    if (v !== null && v !== undefined) {
      unit.revenue += v;
      has.revenue = true;
    }
  }
  return [...units.values()].sort((a, b) => b.spend - a.spend);
}
