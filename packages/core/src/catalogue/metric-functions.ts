/**
 * Per-row metric functions: each takes whole columns and returns a column, so one formula in the header row
 * serves a whole report. Formulas and denominators follow METHODOLOGY.md "Metric definitions"; rates are
 * fractions (format the cells as percent). The arithmetic is core's metrics module (the same functions the factors
 * use); this file only adds the spreadsheet shape. A zero or negative denominator gives a blank.
 * Their documentation is in help/metrics.ts.
 */
import type { Localized } from "../i18n/localized";
import { cpa, cpc, cpm, ctr, roas, romi } from "../metrics/ads";
import { engagementRateByFollowers, engagementRateByReach } from "../metrics/engagement";
import type { Cell } from "../table/types";
import { type MetricArg, runColumnMetric } from "./column-metric";
import type { CatalogueFunction, CatalogueParam } from "./types";

type MetricParam = CatalogueParam & Omit<MetricArg, "name">;

interface MetricDefinition {
  name: string;
  args: MetricParam[];
  /** Header of the output column when the inputs had headers. */
  label: Localized;
  compute: (values: number[]) => number | null;
}

function column(name: string, optional = false): MetricParam {
  return { name, type: "column", optional };
}

function metricFunction(def: MetricDefinition): CatalogueFunction {
  return {
    name: def.name,
    category: "metric",
    args: def.args.map(({ name, type, optional }) => ({ name, type, optional })),
    impl: (args, ctx) =>
      runColumnMetric(
        {
          name: def.name,
          label: def.label,
          compute: def.compute,
          args: def.args.map(({ name, multiColumn, fallback, check }) => ({
            name,
            ...(multiColumn ? { multiColumn } : {}),
            ...(fallback !== undefined ? { fallback } : {}),
            ...(check ? { check } : {}),
          })),
        },
        args,
        ctx,
      ),
  };
}

/** Arguments several metrics share. */
const SPEND = column("spend");
const CLICKS = column("clicks");
/** Likes, comments, shares [and saves] as adjacent columns, summed per row; or one engagements column. */
const INTERACTIONS: MetricParam = { name: "interactions", type: "range", optional: false, multiColumn: true };

const pair = (f: (a: number, b: number) => number | null) => (v: number[]) => f(v[0] ?? 0, v[1] ?? 0);

/**
 * Gross margin as a fraction: 0.3, "30%" and a bare 30 all mean 30 % (a margin above 100 % does not exist, so a
 * number in (1, 100] can only be percent points); percent text was already turned into a fraction by the parser.
 */
export function checkMargin(value: number, cell: Cell): number | Localized {
  const percentText = typeof cell === "string" && cell.trim().endsWith("%");
  const fraction = !percentText && value > 1 && value <= 100 ? value / 100 : value;
  return fraction >= 0 && fraction <= 1
    ? fraction
    : { en: "a gross margin between 0 and 1 (e.g. 0.3 or 30%)", ru: "валовая маржа от 0 до 1 (например, 0,3 или 30%)" };
}

export const METRIC_FUNCTIONS: readonly CatalogueFunction[] = [
  metricFunction({
    name: "SMM_ER",
    args: [INTERACTIONS, column("followers")],
    label: { en: "ER by followers", ru: "ER по подписчикам" },
    compute: pair(engagementRateByFollowers),
  }),
  metricFunction({
    name: "SMM_ERR",
    args: [INTERACTIONS, column("reach")],
    label: { en: "ERR", ru: "ERR" },
    compute: pair(engagementRateByReach),
  }),
  metricFunction({
    name: "SMM_CTR",
    args: [CLICKS, column("impressions")],
    label: { en: "CTR", ru: "CTR" },
    compute: pair(ctr),
  }),
  metricFunction({
    name: "SMM_CPM",
    args: [SPEND, column("impressions")],
    label: { en: "CPM", ru: "CPM" },
    compute: pair(cpm),
  }),
  metricFunction({
    name: "SMM_CPC",
    args: [SPEND, CLICKS],
    label: { en: "CPC", ru: "CPC" },
    compute: pair(cpc),
  }),
  metricFunction({
    name: "SMM_CPA",
    args: [SPEND, column("conversions")],
    label: { en: "CPA", ru: "CPA" },
    compute: pair(cpa),
  }),
  metricFunction({
    name: "SMM_ROAS",
    args: [column("revenue"), SPEND],
    label: { en: "ROAS", ru: "ROAS" },
    compute: pair(roas),
  }),
  metricFunction({
    name: "SMM_ROMI",
    args: [
      column("revenue"),
      SPEND,
      { name: "margin", type: "number", optional: true, fallback: 1, check: checkMargin },
    ],
    label: { en: "ROMI", ru: "ROMI" },
    compute: (v) => romi(v[0], v[1], v[2] ?? 1),
  }),
];
