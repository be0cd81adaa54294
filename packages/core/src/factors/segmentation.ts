/**
 * Factor `segmentation`: wrong audience segmentation. Ad rows are grouped by the segment column (age band,
 * gender, interest, geo, ad set); each segment's conversion rate carries a Wilson interval, and the money at risk
 * is the share of spend on segments that convert significantly (two-proportion z-test, p < 0.05) at most half as
 * well as the best segment.
 *
 * Campaigns are deliberately NOT used as a fallback segmentation: campaigns split budgets by objective, product
 * or creative as often as by audience, and the `budget` factor already judges campaigns; counting them here
 * would charge the same evidence twice and name the wrong cause. Without a segment column the factor is not assessed.
 */

import { mergedAdRows } from "../audit/ad-rows";
import { pickRows } from "../audit/rows";
import { sampleConfidence, scoreSignal } from "../audit/score";
import type { FactorPlugin, Finding, SignalSpec } from "../audit/types";
import { groupUnits, type Unit } from "../audit/units";
import { both, formatMoney, formatPercent } from "../i18n/format";
import { type RateInterval, twoProportionTest, wilson } from "../stats/proportions";
import { assembleResult, notAssessed, thresholdsOf } from "./common";
import { pText } from "./post-helpers";
import { findingFor, MAX_EVIDENCE_ROWS, present } from "./scoring-helpers";

/** p below which a segment's lower conversion rate counts as real, not noise (METHODOLOGY). */
export const SIGNIFICANCE = 0.05;
/** A segment is "much worse" when its conversion rate is at most this fraction of the best segment's (METHODOLOGY). */
export const WORSE_RATIO = 0.5;

const SPEND_ON_WEAK_SEGMENTS: SignalSpec = {
  id: "spend_on_weak_segments",
  title: {
    en: "Share of spend on segments converting at most half as well as the best",
    ru: "Доля расхода на сегменты, конвертирующие вдвое хуже лучшего и менее",
  },
  unit: "fraction",
  direction: "higher_is_worse",
  watch: 0.25,
  critical: 0.5,
  minSample: { n: 2, unit: { en: "segments with conversions", ru: "сегментов с конверсиями" } },
};

interface Segment {
  unit: Unit;
  trials: number;
  successes: number;
  rate: RateInterval;
}

export const segmentationFactor: FactorPlugin = {
  id: "segmentation",
  title: { en: "Audience segmentation", ru: "Сегментация аудитории" },
  summary: {
    en: "Wrong audience segmentation: ad spend going to segments whose conversion rate is far below the best segments'.",
    ru: "Неверная сегментация аудитории: рекламный бюджет уходит на сегменты, конверсия которых намного ниже лучших.",
  },
  needs: [
    ["segment", "spend", "conversions", "clicks"],
    ["segment", "spend", "conversions", "impressions"],
  ],
  signals: [SPEND_ON_WEAK_SEGMENTS],
  recommendation: {
    en: "Move budget from the segments that convert at half the best rate or worse to the best ones (or test new creatives for them first); re-check the segments after two weeks with at least a few hundred clicks each.",
    ru: "Перенесите бюджет с сегментов, конвертирующих вдвое хуже лучшего, на лучшие (или сначала протестируйте для них другие креативы); перепроверьте сегменты через две недели, когда у каждого будет хотя бы несколько сотен кликов.",
  },
  evaluate(data, ctx) {
    const plugin = segmentationFactor;
    // Several ad exports are one account: their rows are judged together (audit/ad-rows.ts).
    const rows =
      mergedAdRows(data, ["segment", "spend", "conversions", "clicks"], ctx.options.currency) ??
      mergedAdRows(data, ["segment", "spend", "conversions", "impressions"], ctx.options.currency) ??
      pickRows(data, ["segment", "spend", "conversions", "clicks"], ["ad"]) ??
      pickRows(data, ["segment", "spend", "conversions", "impressions"], ["ad"]);
    if (!rows) return notAssessed(plugin);
    const { table, indices } = rows;
    const spec = SPEND_ON_WEAK_SEGMENTS;
    const t = thresholdsOf(plugin, spec.id, ctx);
    const currency = table.currency ?? ctx.options.currency;
    const units = groupUnits(table, indices, "segment").filter((u) => u.has.spend && u.spend > 0);

    // One denominator for every segment: clicks when every spending segment reports them (CR = conversions /
    // clicks, the METHODOLOGY definition), else impressions. Conversions above clicks (view-through attribution)
    // break the binomial model, so impressions are used then too.
    const clicksUsable =
      table.columns.clicks !== undefined && units.every((u) => u.has.clicks && u.clicks >= u.conversions);
    const impressionsUsable = table.columns.impressions !== undefined && units.every((u) => u.has.impressions);
    const denominator = clicksUsable ? "clicks" : impressionsUsable ? "impressions" : null;
    if (!denominator) {
      return assembleResult(
        plugin,
        [
          scoreSignal(spec, t, null, 0, 0, {
            note: {
              en: "Needs clicks (or impressions) for every segment with spend to compare conversion rates.",
              ru: "Нужны клики (или показы) по каждому сегменту с расходом, чтобы сравнить конверсию.",
            },
          }),
        ],
        [],
      );
    }
    const segments: Segment[] = units
      .filter((u) => u[denominator] > 0)
      .map((u) => {
        const successes = Math.min(u.conversions, u[denominator]);
        return { unit: u, trials: u[denominator], successes, rate: wilson(successes, u[denominator]) };
      });
    const converting = segments.filter((s) => s.successes > 0).length;
    const totalSpend = segments.reduce((a, s) => a + s.unit.spend, 0);
    if (segments.length < 2 || converting === 0 || !(totalSpend > 0)) {
      return assembleResult(
        plugin,
        [
          scoreSignal(spec, t, null, converting, 0, {
            note: {
              en: `Needs at least 2 segments with spend and ${denominator}, and some conversions; found ${segments.length} segments, ${converting} with conversions.`,
              ru: `Нужно не меньше 2 сегментов с расходом и ${denominator === "clicks" ? "кликами" : "показами"} и хотя бы какие-то конверсии; найдено сегментов: ${segments.length}, с конверсиями: ${converting}.`,
            },
          }),
        ],
        [],
      );
    }

    // The yardstick: the segment whose conversion rate we can be most confident is high (highest Wilson lower
    // bound), so "1 conversion from 1 click" cannot become the best segment.
    const best = segments.reduce((a, b) => (b.rate.low > a.rate.low ? b : a));
    const weak = segments
      .filter((s) => s !== best)
      .map((s) => ({ s, test: twoProportionTest(best.successes, best.trials, s.successes, s.trials) }))
      .filter(({ s, test }) => s.rate.rate <= WORSE_RATIO * best.rate.rate && test.z > 0 && test.p < SIGNIFICANCE)
      .sort((a, b) => b.s.unit.spend - a.s.unit.spend);
    const weakSpend = weak.reduce((a, w) => a + w.s.unit.spend, 0);
    const value = weakSpend / totalSpend;
    const crName = denominator === "clicks" ? "conversions / clicks" : "conversions / impressions";
    const crNameRu = denominator === "clicks" ? "конверсии / клики" : "конверсии / показы";
    const signal = scoreSignal(spec, t, value, converting, sampleConfidence(converting, spec.minSample?.n ?? 2), {
      note: both(
        (l) =>
          ({
            en: `${segments.length} segments, conversion rate = ${crName}; best: "${best.unit.name}" at ${formatPercent(best.rate.rate, l)} (95% CI ${formatPercent(best.rate.low, l)}–${formatPercent(best.rate.high, l)}); ${weak.length} segments significantly at most half of it.`,
            ru: `Сегментов: ${segments.length}, конверсия = ${crNameRu}; лучший: «${best.unit.name}» — ${formatPercent(best.rate.rate, l)} (95% ДИ ${formatPercent(best.rate.low, l)}–${formatPercent(best.rate.high, l)}); значимо вдвое хуже и менее: ${weak.length}.`,
          })[l],
      ),
    });
    const findings: (Finding | null)[] = [];
    if (signal.level === "watch" || signal.level === "critical") {
      findings.push(
        findingFor(
          plugin,
          signal,
          both(
            (l) =>
              ({
                en: `${formatPercent(value, l)} of ad spend (${formatMoney(weakSpend, currency, l)}) goes to ${weak.length} segment(s) converting at half the rate of "${best.unit.name}" (${formatPercent(best.rate.rate, l)}) or worse: ${weak
                  .slice(0, 3)
                  .map((w) => `"${w.s.unit.name}" ${formatPercent(w.s.rate.rate, l)} (p ${pText(w.test.p, l)})`)
                  .join(", ")}.`,
                ru: `${formatPercent(value, l)} рекламного расхода (${formatMoney(weakSpend, currency, l)}) уходит на сегменты (${weak.length}), конвертирующие вдвое хуже «${best.unit.name}» (${formatPercent(best.rate.rate, l)}) и менее: ${weak
                  .slice(0, 3)
                  .map((w) => `«${w.s.unit.name}» ${formatPercent(w.s.rate.rate, l)} (p ${pText(w.test.p, l)})`)
                  .join(", ")}.`,
              })[l],
          ),
          table,
          evidenceRows(
            weak.map((w) => w.s.unit),
            table.columns.spend?.values ?? [],
          ),
        ),
      );
    }
    return assembleResult(plugin, [signal], present(findings));
  },
};

/** Rows of the weak segments: the biggest-spending segment first, its costliest rows first. */
function evidenceRows(units: Unit[], spend: readonly (number | null)[]): number[] {
  const out: number[] = [];
  for (const u of units) {
    const byCost = [...u.indices].sort((a, b) => (spend[b] ?? 0) - (spend[a] ?? 0) || a - b);
    for (const i of byCost) {
      if (out.length >= MAX_EVIDENCE_ROWS) return out;
      out.push(i);
    }
  }
  return out;
}
