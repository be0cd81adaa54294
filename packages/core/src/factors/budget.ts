/**
 * Factor "budget" (misallocated ad budget): how much spend goes to campaigns or channels that lose money, whether
 * the portfolio as a whole earns its spend back, and units whose share of spend far exceeds their share of results.
 */

import { mergedAdRows } from "../audit/ad-rows";
import type { AuditData, FactorContext, FactorPlugin, Finding, SignalResult, SignalSpec } from "../audit/types";
import { groupUnits, type Unit } from "../audit/units";
import { both, formatMoney, formatNumber, formatPercent } from "../i18n/format";
import { type Lang, loc } from "../i18n/localized";
import { NOUNS, obliqueRu, plural, RU_OBLIQUE } from "../i18n/plural";
import { cpa as cpaOf, roas as roasOf, romi as romiOf } from "../metrics/ads";
import { wilson } from "../stats/proportions";
import type { ReadTable } from "../table/types";
import {
  type Basis,
  basisOf,
  efficiencyText,
  losing,
  unitName,
  unitRows,
  worstRowsByEfficiency,
} from "./budget-helpers";
import { assembleResult, notAssessed } from "./common";
import { findingFor, measure, present, unmeasured } from "./scoring-helpers";

/**
 * A unit must hold at least this share of spend to be judged on spend share vs result share: a unit with 1 % of
 * the budget and no conversions is a detail, not a misallocation a CFO would act on.
 */
export const MIN_JUDGED_SPEND_SHARE = 0.05;
/** Ratios are capped here so a unit with no result at all still gives a finite, comparable value. */
const MAX_RATIO = 10;

const UNITS = loc("campaigns/channels", "кампаний/каналов");
const CONVERSIONS = loc(
  "conversions (ad rows when conversions are not tracked)",
  "конверсий (строк рекламы, если конверсий нет)",
);

export const BUDGET_SIGNALS: SignalSpec[] = [
  {
    id: "loss_spend_share",
    title: loc(
      "Spend on campaigns/channels with ROAS < 1 (or CPA above target)",
      "Расход на кампании/каналы с ROAS < 1 (или CPA выше целевого)",
    ),
    unit: "fraction",
    direction: "higher_is_worse",
    watch: 0.2,
    critical: 0.4,
    minSample: { n: 2, unit: UNITS },
  },
  {
    id: "romi",
    title: loc("Overall ROMI at your margin", "Общий ROMI при вашей марже"),
    unit: "ratio",
    direction: "lower_is_worse",
    watch: 0.2,
    critical: 0,
    minSample: { n: 30, unit: CONVERSIONS },
  },
  {
    id: "roas",
    title: loc("Overall ROAS (margin unknown)", "Общий ROAS (маржа неизвестна)"),
    unit: "ratio",
    direction: "lower_is_worse",
    watch: 2,
    critical: 1,
    minSample: { n: 30, unit: CONVERSIONS },
  },
  {
    id: "cpa_to_target",
    title: loc("Overall CPA vs your target CPA", "Общий CPA относительно целевого"),
    unit: "ratio",
    direction: "higher_is_worse",
    watch: 1,
    critical: 1.5,
    minSample: { n: 30, unit: CONVERSIONS },
  },
  {
    id: "spend_result_disproportion",
    title: loc("Spend share / conversion share of the worst unit", "Доля расхода / доля конверсий худшей единицы"),
    unit: "ratio",
    direction: "higher_is_worse",
    watch: 2,
    critical: 3,
    minSample: { n: 2, unit: UNITS },
  },
];

function evaluateBudget(data: AuditData, ctx: FactorContext) {
  const candidates = { tables: data.tables.filter((t) => t.kinds.message === 0 || t.kinds.ad > 0) };
  let table: ReadTable | null = null;
  let indices: number[] = [];
  let best = -1;
  // Several ad exports are one account: their rows are judged together (audit/ad-rows.ts).
  const merged = mergedAdRows(data, ["spend"], ctx.options.currency);
  if (merged) {
    table = merged.table;
    const spend = table.columns.spend?.values ?? [];
    indices = merged.indices.filter((i) => spend[i] !== null);
  }
  for (const t of merged ? [] : candidates.tables) {
    const spend = t.columns.spend?.values;
    if (!spend) continue;
    const ads: number[] = [];
    t.rowKinds.forEach((k, i) => {
      if (k === "ad") ads.push(i);
    });
    const rows = (ads.length ? ads : t.rowNumbers.map((_, i) => i)).filter((i) => spend[i] !== null);
    const score = (t.columns.conversions || t.columns.revenue ? 1e9 : 0) + rows.length;
    if (rows.length > 0 && score > best) {
      best = score;
      table = t;
      indices = rows;
    }
  }
  if (!table) return notAssessed(budgetFactor);
  const spendCol = table.columns.spend?.values ?? [];
  const totalSpend = indices.reduce((acc, i) => acc + (spendCol[i] ?? 0), 0);
  if (!(totalSpend > 0)) {
    return notAssessed(
      budgetFactor,
      loc(
        "Not assessed: the spend column holds no spend above zero.",
        "Не оценено: в столбце расхода нет сумм больше нуля.",
      ),
    );
  }
  if (!table.columns.conversions && !table.columns.revenue) {
    return notAssessed(
      budgetFactor,
      loc(
        "Not assessed: spend is there but no conversions or revenue, so nothing shows what the money bought.",
        "Не оценено: расход есть, но нет конверсий или выручки — не видно, что куплено за эти деньги.",
      ),
    );
  }

  const by = table.columns.campaign?.values.some((v) => v) ? "campaign" : table.columns.platform ? "platform" : null;
  // Without a campaign or platform column all spend is one unit, named per language in messages.
  const units = groupUnits(table, indices, by ?? "campaign").map((u) => (by ? u : { ...u, name: "" }));
  const currency = ctx.options.currency ?? table.currency;
  const basis = basisOf(table, indices, ctx);
  const t = table;
  const signals: SignalResult[] = [];
  const findings: (Finding | null)[] = [];

  signals.push(lossShareSignal(t, units, basis, ctx, currency, findings));
  signals.push(overallSignal(t, units, basis, ctx, currency, findings));
  signals.push(disproportionSignal(t, units, ctx, findings));

  const why = both((lang) => {
    const spent = formatMoney(totalSpend, currency, lang);
    const conv = units.reduce((a, u) => a + u.conversions, 0);
    const cpa = conv > 0 ? formatMoney(totalSpend / conv, currency, lang, 2) : "—";
    return lang === "en"
      ? `Not assessed: ${spent} spent for ${formatNumber(conv, lang)} ${plural(conv, lang, NOUNS.conversions)} (CPA ${cpa}), but with no revenue column, average order value or target CPA there is nothing to judge that CPA against, and one campaign cannot be compared with others. Add revenue, or set averageOrderValue=… or targetCpa=….`
      : `Не оценено: потрачено ${spent} на ${formatNumber(conv, lang)} ${plural(conv, lang, NOUNS.conversionsObject)} (CPA ${cpa}), но без выручки, среднего чека или целевого CPA не с чем сравнить этот CPA, а одну кампанию не с чем сопоставить. Добавьте выручку или задайте averageOrderValue=… или targetCpa=….`;
  });
  return assembleResult(budgetFactor, signals, present(findings), why);
}

function lossShareSignal(
  table: ReadTable,
  units: Unit[],
  basis: Basis,
  ctx: FactorContext,
  currency: string | null,
  findings: (Finding | null)[],
): SignalResult {
  if (basis.kind === "none") {
    return unmeasured(
      budgetFactor,
      ctx,
      "loss_spend_share",
      loc(
        "needs revenue, or an average order value (averageOrderValue=…), or a target CPA (targetCpa=…)",
        "нужна выручка, средний чек (averageOrderValue=…) или целевой CPA (targetCpa=…)",
      ),
    );
  }
  const judged = units.filter((u) => losing(u, basis) !== null);
  const losers = judged.filter((u) => losing(u, basis) === true);
  const judgedSpend = judged.reduce((a, u) => a + u.spend, 0);
  const lossSpend = losers.reduce((a, u) => a + u.spend, 0);
  const share = judgedSpend > 0 ? lossSpend / judgedSpend : null;
  const signal = measure(budgetFactor, ctx, "loss_spend_share", share === null ? null : round3(share), judged.length);
  const names = (lang: Lang) =>
    losers
      .slice(0, 5)
      .map(
        (u) =>
          `${unitName(u, lang)} (${formatMoney(u.spend, currency, lang)}, ${efficiencyText(u, basis, currency, lang)})`,
      )
      .join("; ");
  findings.push(
    findingFor(
      budgetFactor,
      signal,
      both((lang) => {
        const rule =
          basis.kind === "cpa"
            ? lang === "en"
              ? `CPA above the target ${formatMoney(basis.target, currency, lang, 2)}`
              : `CPA выше целевого ${formatMoney(basis.target, currency, lang, 2)}`
            : lang === "en"
              ? `ROAS below 1${basis.kind === "revenue" && basis.estimated ? " (revenue estimated as conversions × average order value)" : ""}`
              : `ROAS ниже 1${basis.kind === "revenue" && basis.estimated ? " (выручка оценена как конверсии × средний чек)" : ""}`;
        return lang === "en"
          ? `${formatPercent(share ?? 0, lang)} of spend (${formatMoney(lossSpend, currency, lang)}) goes to ${losers.length} of ${judged.length} units with ${rule}: ${names(lang)}.`
          : `${formatPercent(share ?? 0, lang)} расхода (${formatMoney(lossSpend, currency, lang)}) уходит на ${losers.length} из ${judged.length} ${obliqueRu(judged.length, RU_OBLIQUE.units)} с ${rule}: ${names(lang)}.`;
      }),
      table,
      unitRows(table, losers),
    ),
  );
  return signal;
}

function overallSignal(
  table: ReadTable,
  units: Unit[],
  basis: Basis,
  ctx: FactorContext,
  currency: string | null,
  findings: (Finding | null)[],
): SignalResult {
  const spend = units.reduce((a, u) => a + u.spend, 0);
  const conversions = units.reduce((a, u) => a + u.conversions, 0);
  const tracked = units.some((u) => u.has.conversions);
  const n = tracked ? conversions : units.reduce((a, u) => a + u.indices.length, 0);
  const everyRow = units.flatMap((u) => u.indices);
  if (basis.kind === "revenue") {
    // Only units whose revenue is known: spend of units without revenue data would understate the return.
    const known = units.filter((u) => basis.revenueOf(u) !== null);
    const revenue = known.reduce((a, u) => a + (basis.revenueOf(u) ?? 0), 0);
    const knownSpend = known.reduce((a, u) => a + u.spend, 0);
    // ROAS and ROMI are core's metric functions: null when no spend with revenue is known.
    const roas = roasOf(revenue, knownSpend);
    if (roas === null) {
      return unmeasured(
        budgetFactor,
        ctx,
        "roas",
        loc("no spend with revenue recorded", "нет расхода с записанной выручкой"),
      );
    }
    const margin = ctx.options.margin;
    const est = basis.estimated
      ? loc("revenue estimated as conversions × average order value", "выручка оценена как конверсии × средний чек")
      : undefined;
    const romi = romiOf(revenue, knownSpend, margin);
    if (margin !== null && romi !== null) {
      const s = measure(budgetFactor, ctx, "romi", round3(romi), n, est ? { note: est } : {});
      findings.push(
        findingFor(
          budgetFactor,
          s,
          both((lang) =>
            lang === "en"
              ? `ROMI ${formatPercent(romi, lang)} at a ${formatPercent(margin, lang)} margin: ${formatMoney(knownSpend, currency, lang)} of spend brought ${formatMoney(revenue, currency, lang)} of revenue, ${formatMoney(revenue * margin - knownSpend, currency, lang)} after margin.`
              : `ROMI ${formatPercent(romi, lang)} при марже ${formatPercent(margin, lang)}: расход ${formatMoney(knownSpend, currency, lang)} принёс ${formatMoney(revenue, currency, lang)} выручки, ${formatMoney(revenue * margin - knownSpend, currency, lang)} с учётом маржи.`,
          ),
          table,
          worstRowsByEfficiency(table, everyRow, "revenue"),
        ),
      );
      return s;
    }
    const s = measure(budgetFactor, ctx, "roas", round2(roas), n, {
      note: est
        ? both((lang) => `${est[lang]}; ${lang === "en" ? "margin unknown" : "маржа неизвестна"}`)
        : loc("margin unknown: set margin=0.3 for ROMI", "маржа неизвестна: задайте margin=0.3 для ROMI"),
    });
    findings.push(
      findingFor(
        budgetFactor,
        s,
        both((lang) =>
          lang === "en"
            ? `ROAS ${formatNumber(roas, lang, 2)}: ${formatMoney(knownSpend, currency, lang)} of spend brought ${formatMoney(revenue, currency, lang)} of revenue; ${roas < 1 ? "a loss at any margin" : `break-even needs a gross margin of at least ${formatPercent(1 / roas, lang)}`}.`
            : `ROAS ${formatNumber(roas, lang, 2)}: расход ${formatMoney(knownSpend, currency, lang)} принёс ${formatMoney(revenue, currency, lang)} выручки; ${roas < 1 ? "убыток при любой марже" : `безубыточность требует валовой маржи не ниже ${formatPercent(1 / roas, lang)}`}.`,
        ),
        table,
        worstRowsByEfficiency(table, everyRow, "revenue"),
      ),
    );
    return s;
  }
  if (basis.kind === "cpa") {
    const cpa = cpaOf(spend, conversions);
    const ratio = cpa === null ? MAX_RATIO : Math.min(MAX_RATIO, cpa / basis.target);
    const s = measure(budgetFactor, ctx, "cpa_to_target", round2(ratio), n);
    findings.push(
      findingFor(
        budgetFactor,
        s,
        both((lang) =>
          lang === "en"
            ? `CPA ${cpa === null ? "— (no conversions)" : formatMoney(cpa, currency, lang, 2)} against a target of ${formatMoney(basis.target, currency, lang, 2)} (${formatNumber(ratio, lang, 2)}×).`
            : `CPA ${cpa === null ? "— (нет конверсий)" : formatMoney(cpa, currency, lang, 2)} при целевом ${formatMoney(basis.target, currency, lang, 2)} (${formatNumber(ratio, lang, 2)}×).`,
        ),
        table,
        worstRowsByEfficiency(table, everyRow, "conversions"),
      ),
    );
    return s;
  }
  return unmeasured(
    budgetFactor,
    ctx,
    "roas",
    loc(
      "needs revenue (conversion value), or an average order value (averageOrderValue=…), or a target CPA (targetCpa=…)",
      "нужна выручка (ценность конверсий), средний чек (averageOrderValue=…) или целевой CPA (targetCpa=…)",
    ),
  );
}

function disproportionSignal(
  table: ReadTable,
  units: Unit[],
  ctx: FactorContext,
  findings: (Finding | null)[],
): SignalResult {
  const byConversions = units.some((u) => u.has.conversions && u.conversions > 0);
  const outcome = (u: Unit) => (byConversions ? u.conversions : u.revenue);
  const judged = units.filter((u) => (byConversions ? u.has.conversions : u.has.revenue) && u.spend >= 0);
  const spend = judged.reduce((a, u) => a + u.spend, 0);
  const total = judged.reduce((a, u) => a + outcome(u), 0);
  if (judged.length < 2 || !(spend > 0) || !(total > 0)) {
    return unmeasured(
      budgetFactor,
      ctx,
      "spend_result_disproportion",
      judged.length < 2
        ? loc(
            "needs at least two campaigns or channels with results to compare",
            "нужны хотя бы две кампании или канала с результатами для сравнения",
          )
        : loc("no conversions or revenue recorded", "нет конверсий или выручки"),
    );
  }
  const rated = judged
    .filter((u) => u.spend / spend >= MIN_JUDGED_SPEND_SHARE)
    .map((u) => {
      const spendShare = u.spend / spend;
      const raw = outcome(u) / total;
      const conservative = byConversions ? wilson(Math.round(outcome(u)), Math.round(total)).high : raw;
      const ratio = Math.min(MAX_RATIO, conservative > 0 ? spendShare / conservative : MAX_RATIO);
      return { unit: u, spendShare, share: raw, ratio };
    })
    .sort((a, b) => b.ratio - a.ratio);
  const worst = rated[0];
  if (!worst) {
    return unmeasured(
      budgetFactor,
      ctx,
      "spend_result_disproportion",
      loc("no campaign or channel holds 5 % of spend", "ни одна кампания или канал не набирает 5 % расхода"),
    );
  }
  const s = measure(budgetFactor, ctx, "spend_result_disproportion", round2(worst.ratio), judged.length);
  const elevated = rated.filter((r) => r.ratio >= s.watch);
  findings.push(
    findingFor(
      budgetFactor,
      s,
      both((lang) => {
        const what = byConversions
          ? lang === "en"
            ? "conversions"
            : "конверсий"
          : lang === "en"
            ? "revenue"
            : "выручки";
        return lang === "en"
          ? `"${unitName(worst.unit, lang)}" takes ${formatPercent(worst.spendShare, lang)} of spend but brings ${formatPercent(worst.share, lang)} of ${what} (at least ${formatNumber(worst.ratio, lang, 1)}× its fair share of spend).`
          : `«${unitName(worst.unit, lang)}» забирает ${formatPercent(worst.spendShare, lang)} расхода, а приносит ${formatPercent(worst.share, lang)} ${what} (не менее ${formatNumber(worst.ratio, lang, 1)}× от справедливой доли расхода).`;
      }),
      table,
      unitRows(
        table,
        elevated.map((r) => r.unit),
      ),
    ),
  );
  return s;
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const round3 = (v: number) => Math.round(v * 1000) / 1000;

export const budgetFactor: FactorPlugin = {
  id: "budget",
  title: loc("Misallocated ad budget", "Неэффективное распределение бюджета"),
  summary: loc(
    "Ad money goes to campaigns or channels that lose it, or whose share of spend far exceeds their share of results.",
    "Рекламные деньги уходят в кампании или каналы, которые их теряют или чья доля расхода намного больше их доли результатов.",
  ),
  needs: [
    ["spend", "revenue"],
    ["spend", "conversions"],
  ],
  signals: BUDGET_SIGNALS,
  recommendation: loc(
    "Cut or fix the campaigns with ROAS below 1 (or CPA above target) and move their budget to the units that bring results at the portfolio's median cost; set a margin and target CPA so every campaign is judged on profit.",
    "Остановите или исправьте кампании с ROAS ниже 1 (или CPA выше целевого) и переведите их бюджет в единицы, дающие результат по медианной стоимости портфеля; задайте маржу и целевой CPA, чтобы каждая кампания оценивалась по прибыли.",
  ),
  evaluate: evaluateBudget,
};
