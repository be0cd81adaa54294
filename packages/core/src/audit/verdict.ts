/**
 * The money verdict, separate from the risk: what the ads cost and returned, whether that is a profit or a loss
 * per 30 days, how much the worst units waste against the portfolio's median efficiency, and, where the margin is
 * unknown, the margin the business would need to break even.
 *
 * Choices a CFO would ask about:
 * - Only ad rows (rows with spend) count; organic posts have no spend to judge. Ad rows of every table count
 *   together (two platforms' exports, or two months'), except a table in another currency (ad-rows.ts); the
 *   message says which tables were merged or left out.
 * - Revenue is the revenue column when it has values; otherwise conversions × averageOrderValue (said so).
 * - Monthly figures scale the period's totals by 30 / periodDays, where periodDays runs from the first to the last
 *   dated ad row inclusive. Undated rows give no monthly figure (and the message says why).
 * - Profit = revenue × margin − spend. Without a margin, a targetCpa is read as the most a conversion is worth
 *   paying, so conversions × targetCpa − spend is the result against target. With neither, no profit is claimed.
 * - Savings: units are campaigns (else segments). Efficiency is ROAS when revenue is known per unit, else CPA. Only
 *   units with enough data count (≥ 3 conversions, or spend that would buy ≥ 3 conversions at the portfolio CPA;
 *   for ROAS also ≥ 2 % of spend). Each unit worse than the median of those units is priced as if it ran at the
 *   median: the same conversions at the median CPA (or the same revenue at the median ROAS); the difference is its
 *   saving. Unit spend and savings are over the data's period; monthlySavings is their sum per 30 days.
 *   A unit with spend but no conversion shows its whole spend as its CPA (a lower bound) and all of it as saving.
 */
import { median } from "simple-statistics";
import { formatMoney, formatNumber, formatPercent } from "../i18n/format";
import type { Lang, Localized } from "../i18n/localized";
import { NOUNS, plural } from "../i18n/plural";
import { breakEvenMargin as breakEvenMarginOf, cpa as cpaOf, roas as roasOf, romi as romiOf } from "../metrics/ads";
import type { ReadTable } from "../table/types";
import { mergedAdRows, mergeNote } from "./ad-rows";
import { dateRange, periodOf } from "./period";
import { pickRows, sheetRows } from "./rows";
import type { AuditData, AuditOptions, MoneyVerdict } from "./types";
import { groupUnits, type Unit } from "./units";

/** Conversions a unit needs (or could have bought at the portfolio CPA) before its efficiency is compared. */
export const MIN_UNIT_CONVERSIONS = 3;
/** Smallest share of spend a unit needs before its ROAS is compared. */
export const MIN_UNIT_SPEND_SHARE = 0.02;
/** Units listed in the verdict, worst first. */
export const MAX_SAVINGS_UNITS = 10;
/** Evidence rows listed per unit. */
const MAX_UNIT_ROWS = 20;

type SavingsUnit = MoneyVerdict["savingsUnits"][number];

function sumOf(values: readonly (number | null)[] | undefined, indices: readonly number[]): number | null {
  if (!values) return null;
  let total = 0;
  let seen = false;
  for (const i of indices) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) {
      total += v;
      seen = true;
    }
  }
  return seen ? total : null;
}

function notAssessed(currency: string | null, margin: number | null, message: Localized): MoneyVerdict {
  return {
    assessed: false,
    message,
    currency,
    periodDays: null,
    spend: null,
    revenue: null,
    conversions: null,
    cpa: null,
    roas: null,
    romi: null,
    margin,
    breakEvenMargin: null,
    monthlyResult: null,
    monthlySpend: null,
    monthlySavings: null,
    savingsUnits: [],
    missing: [
      ["spend", "revenue"],
      ["spend", "conversions"],
    ],
  };
}

export function moneyVerdict(data: AuditData, options: AuditOptions, currency: string | null): MoneyVerdict {
  const merged = mergedAdRows(data, ["spend"], options.currency);
  const set = merged ?? pickRows(data, ["spend"], ["ad"], ["revenue", "conversions", "date", "campaign", "segment"]);
  if (!set) {
    return notAssessed(currency, options.margin, {
      en: "Money verdict not assessed: no ad spend column. Add spend with revenue or conversions.",
      ru: "Денежный вердикт не оценён: нет столбца расхода. Добавьте расход и выручку или конверсии.",
    });
  }
  const { table, indices } = set;
  const cols = table.columns;
  const spend = sumOf(cols.spend?.values, indices);
  if (spend === null || spend <= 0) {
    return notAssessed(currency ?? table.currency, options.margin, {
      en: `Money verdict not assessed: the spend column "${cols.spend?.header}" has no positive amounts.`,
      ru: `Денежный вердикт не оценён: в столбце расхода "${cols.spend?.header}" нет положительных сумм.`,
    });
  }
  // Merged tables left the other currencies out: their amounts are in the merged table's currency.
  const money = (merged && merged.excluded.length > 0 ? merged.table.currency : null) ?? currency ?? table.currency;
  const conversions = sumOf(cols.conversions?.values, indices);
  const revenueColumn = sumOf(cols.revenue?.values, indices);
  const aov = options.averageOrderValue;
  const revenueFromAov = revenueColumn === null && conversions !== null && aov !== null;
  const revenue = revenueColumn ?? (revenueFromAov ? (conversions ?? 0) * (aov ?? 0) : null);
  const margin = options.margin;
  // The ratios are core's metric functions (METHODOLOGY "Metric definitions"), so the verdict, the factors and
  // the SMM_CPA / SMM_ROAS / SMM_ROMI formulas cannot disagree.
  const cpa = cpaOf(spend, conversions);
  const roas = roasOf(revenue, spend);
  const romi = romiOf(revenue, spend, margin);
  const breakEvenMargin = breakEvenMarginOf(spend, revenue);

  const periodDays = periodOf([dateRange(table, indices)])?.days ?? null;
  const scale = periodDays ? 30 / periodDays : null;
  const periodResult =
    revenue !== null && margin !== null
      ? revenue * margin - spend
      : options.targetCpa !== null && conversions !== null
        ? conversions * options.targetCpa - spend
        : null;
  const monthlyResult = periodResult !== null && scale !== null ? periodResult * scale : null;
  const monthlySpend = scale !== null ? spend * scale : null;

  const savings = savingsOf(table, indices, spend, conversions, revenueColumn !== null);
  const periodSavings = savings.units.reduce((a, u) => a + u.savings, 0);
  const monthlySavings = savings.units.length && scale !== null ? periodSavings * scale : null;

  const missing: MoneyVerdict["missing"] =
    revenue === null && conversions === null
      ? [["revenue"], ["conversions"]]
      : revenue === null && options.targetCpa === null
        ? [["revenue"]]
        : [];

  const round = (v: number | null, d = 2) => (v === null ? null : Math.round(v * 10 ** d) / 10 ** d);
  const verdict: MoneyVerdict = {
    assessed: true,
    message: { en: "", ru: "" },
    currency: money,
    periodDays,
    spend: round(spend),
    revenue: round(revenue),
    conversions: round(conversions, 4),
    cpa: round(cpa),
    roas: round(roas, 4),
    romi: round(romi, 4),
    margin,
    breakEvenMargin: round(breakEvenMargin, 4),
    monthlyResult: round(monthlyResult),
    monthlySpend: round(monthlySpend),
    monthlySavings: round(monthlySavings),
    savingsUnits: savings.units,
    missing,
  };
  const facts = { revenueFromAov, aov, targetCpa: options.targetCpa, unitKind: savings.kind, median: savings.median };
  const note = merged ? mergeNote(merged) : null;
  verdict.message = {
    en: [describe(verdict, facts, "en"), note?.en].filter(Boolean).join(" "),
    ru: [describe(verdict, facts, "ru"), note?.ru].filter(Boolean).join(" "),
  };
  return verdict;
}

interface Savings {
  units: SavingsUnit[];
  kind: "campaign" | "segment" | null;
  median: number | null;
}

function savingsOf(
  table: ReadTable,
  indices: readonly number[],
  spend: number,
  conversions: number | null,
  revenueKnown: boolean,
): Savings {
  const by = distinctUnits(table, indices, "campaign")
    ? "campaign"
    : distinctUnits(table, indices, "segment")
      ? "segment"
      : null;
  if (!by) return { units: [], kind: null, median: null };
  const metric: "roas" | "cpa" | null = revenueKnown ? "roas" : conversions !== null && conversions > 0 ? "cpa" : null;
  if (!metric) return { units: [], kind: by, median: null };
  const portfolioCpa = cpaOf(spend, conversions);
  const enoughConversions = (u: Unit) =>
    u.conversions >= MIN_UNIT_CONVERSIONS || (portfolioCpa !== null && u.spend >= MIN_UNIT_CONVERSIONS * portfolioCpa);
  const eligible = groupUnits(table, indices, by).filter((u) =>
    metric === "cpa"
      ? u.spend > 0 && u.has.conversions && enoughConversions(u)
      : u.spend >= MIN_UNIT_SPEND_SHARE * spend && u.has.revenue && (portfolioCpa === null || enoughConversions(u)),
  );
  if (eligible.length < 2) return { units: [], kind: by, median: null };
  const efficiency = (u: Unit) =>
    metric === "cpa"
      ? (cpaOf(u.spend, u.conversions) ?? Number.POSITIVE_INFINITY)
      : // Eligible ROAS units spend at least MIN_UNIT_SPEND_SHARE of a positive total, so the ratio exists.
        (roasOf(u.revenue, u.spend) ?? 0);
  const mid = median(eligible.map(efficiency));
  if (!Number.isFinite(mid) || mid <= 0) return { units: [], kind: by, median: null };
  const units: SavingsUnit[] = [];
  for (const u of eligible) {
    const e = efficiency(u);
    const worse = metric === "cpa" ? e > mid : e < mid;
    if (!worse) continue;
    const fair = metric === "cpa" ? u.conversions * mid : u.revenue / mid;
    const saving = u.spend - fair;
    if (!(saving > 0)) continue;
    units.push({
      name: u.name,
      spend: Math.round(u.spend * 100) / 100,
      efficiency: Math.round((Number.isFinite(e) ? e : u.spend) * 10000) / 10000,
      metric,
      savings: Math.round(saving * 100) / 100,
      rows: sheetRows(table, u.indices.slice(0, MAX_UNIT_ROWS)),
    });
  }
  units.sort((a, b) => b.savings - a.savings);
  return { units: units.slice(0, MAX_SAVINGS_UNITS), kind: by, median: mid };
}

function distinctUnits(table: ReadTable, indices: readonly number[], by: "campaign" | "segment"): boolean {
  const values = table.columns[by]?.values;
  if (!values) return false;
  const first = values[indices[0] ?? 0]?.trim().toLowerCase();
  for (const i of indices) {
    const v = values[i]?.trim().toLowerCase();
    if (v && v !== first) return true;
  }
  return false;
}

/** "Если бы худшая кампания работала" / "Если бы худшие сегменты (3) работали": agreed in number and gender. */
function ruWorst(segments: boolean, count: number): string {
  if (count === 1) return segments ? "Если бы худший сегмент работал" : "Если бы худшая кампания работала";
  return `Если бы худшие ${segments ? "сегменты" : "кампании"} (${count}) работали`;
}

interface Facts {
  revenueFromAov: boolean;
  aov: number | null;
  targetCpa: number | null;
  unitKind: "campaign" | "segment" | null;
  median: number | null;
}

function describe(v: MoneyVerdict, facts: Facts, lang: Lang): string {
  const ru = lang === "ru";
  const m = (x: number) => formatMoney(x, v.currency, lang);
  // Unit prices (CPA, order value) keep cents when small: "$4.92", not "$5".
  const price = (x: number) => formatMoney(x, v.currency, lang, Math.abs(x) < 100 ? 2 : 0);
  const out: string[] = [];
  const spend = v.spend ?? 0;
  const perMonth =
    v.monthlySpend !== null
      ? ru
        ? ` (≈ ${m(v.monthlySpend)} за 30 дней; период ${v.periodDays} дн.)`
        : ` (≈ ${m(v.monthlySpend)} per 30 days over ${v.periodDays} days)`
      : "";
  if (v.revenue !== null && v.roas !== null) {
    const source = facts.revenueFromAov
      ? ru
        ? ` (оценка: конверсии × средний чек ${price(facts.aov ?? 0)})`
        : ` (estimated as conversions × average order value ${price(facts.aov ?? 0)})`
      : "";
    out.push(
      ru
        ? `ROAS ${formatNumber(v.roas, lang, 2)}: расход ${m(spend)}${perMonth} принёс выручку ${m(v.revenue)}${source}.`
        : `ROAS ${formatNumber(v.roas, lang, 2)}: spend of ${m(spend)}${perMonth} brought ${m(v.revenue)} in revenue${source}.`,
    );
    if (v.romi !== null && v.margin !== null) {
      const result =
        v.monthlyResult === null
          ? ""
          : v.monthlyResult < 0
            ? ru
              ? `: убыток около ${m(-v.monthlyResult)} за 30 дней`
              : `: a loss of about ${m(-v.monthlyResult)} per 30 days`
            : ru
              ? `: прибыль около ${m(v.monthlyResult)} за 30 дней`
              : `: a profit of about ${m(v.monthlyResult)} per 30 days`;
      out.push(
        ru
          ? `При марже ${formatPercent(v.margin, lang)} ROMI ${formatPercent(v.romi, lang)}${result}.`
          : `At a ${formatPercent(v.margin, lang)} margin ROMI is ${formatPercent(v.romi, lang)}${result}.`,
      );
    } else if (v.breakEvenMargin !== null) {
      out.push(
        v.breakEvenMargin > 1
          ? ru
            ? `Маржа не задана, но даже при 100 % марже выручка не покрывает расход.`
            : `Margin not given, but even a 100% margin would not cover the spend.`
          : ru
            ? `Маржа не задана: безубыточность требует валовой маржи не ниже ${formatPercent(v.breakEvenMargin, lang)}; задайте margin=… для ROMI и прибыли.`
            : `Margin not given: breaking even needs a gross margin of at least ${formatPercent(v.breakEvenMargin, lang)}; set margin=… for ROMI and profit.`,
      );
    }
  } else if (v.conversions !== null) {
    out.push(
      v.cpa !== null
        ? ru
          ? `Расход ${m(spend)}${perMonth} дал ${formatNumber(v.conversions, lang)} ${plural(v.conversions, lang, NOUNS.conversionsObject)}: CPA ${price(v.cpa)}.`
          : `Spend of ${m(spend)}${perMonth} brought ${formatNumber(v.conversions, lang)} ${plural(v.conversions, lang, NOUNS.conversions)}: CPA ${price(v.cpa)}.`
        : ru
          ? `Расход ${m(spend)}${perMonth} не дал ни одной конверсии.`
          : `Spend of ${m(spend)}${perMonth} brought no conversions.`,
    );
    if (facts.targetCpa !== null) {
      const result = v.monthlyResult;
      if (result !== null) {
        out.push(
          result < 0
            ? ru
              ? `Относительно целевой CPA ${price(facts.targetCpa)} это перерасход около ${m(-result)} за 30 дней.`
              : `Against the target CPA of ${price(facts.targetCpa)} that is about ${m(-result)} per 30 days over target.`
            : ru
              ? `Это в пределах целевой CPA ${price(facts.targetCpa)} (запас около ${m(result)} за 30 дней).`
              : `That is within the target CPA of ${price(facts.targetCpa)} (about ${m(result)} per 30 days to spare).`,
        );
      }
    } else if (facts.targetCpa === null) {
      out.push(
        ru
          ? "Чтобы понять, окупается ли это, добавьте столбец выручки или задайте averageOrderValue (средний чек) или targetCpa."
          : "To tell whether it pays, add a revenue column or set averageOrderValue or targetCpa.",
      );
    }
  } else {
    out.push(
      ru
        ? `Расход ${m(spend)}${perMonth}, но нет конверсий и выручки: добавьте столбец конверсий или выручки, чтобы оценить отдачу.`
        : `Spend of ${m(spend)}${perMonth} but no conversions or revenue: add a conversions or revenue column to judge the return.`,
    );
  }
  if (v.savingsUnits.length && facts.median !== null) {
    const metric = v.savingsUnits[0]?.metric;
    const kind = facts.unitKind === "segment" ? "segments" : "campaigns";
    const mid = metric === "cpa" ? price(facts.median) : formatNumber(facts.median, lang, 2);
    const total = v.savingsUnits.reduce((a, u) => a + u.savings, 0);
    const amount =
      v.monthlySavings !== null
        ? ru
          ? `около ${m(v.monthlySavings)} за 30 дней`
          : `about ${m(v.monthlySavings)} per 30 days`
        : ru
          ? `около ${m(total)} за период`
          : `about ${m(total)} over the period`;
    out.push(
      ru
        ? `${ruWorst(facts.unitKind === "segment", v.savingsUnits.length)} с медианным ${metric === "cpa" ? "CPA" : "ROAS"} ${mid}, экономия составила бы ${amount}.`
        : `Running the ${v.savingsUnits.length === 1 ? `worst ${kind.slice(0, -1)}` : `${v.savingsUnits.length} worst ${kind}`} at the median ${metric === "cpa" ? "CPA" : "ROAS"} of ${mid} would save ${amount}.`,
    );
  }
  if (v.periodDays === null) {
    out.push(
      ru
        ? "У строк рекламы нет дат, поэтому месячных оценок нет."
        : "The ad rows have no dates, so there are no per-month figures.",
    );
  } else if (v.periodDays < 7) {
    out.push(
      ru
        ? `Период всего ${v.periodDays} дн.: месячные цифры — экстраполяция.`
        : `The data covers only ${v.periodDays} days: monthly figures are extrapolated.`,
    );
  }
  return out.join(" ");
}
