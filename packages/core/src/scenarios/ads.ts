/**
 * The synthetic ad report: weekly rows for 3–4 campaigns × 4–5 ad sets (age bands and an interest), with CPM,
 * CTR and purchase rate drawn around realistic Meta figures so that every campaign's ROAS lands near 3.5–5.5 and
 * segments convert alike. Injected causes: segmentation (a bad segment takes 60 % of spend), budget
 * (campaigns at ROAS ≈ 0.4 take 90 % of spend), analytics (no click, purchase or value columns).
 */
import type { Cell } from "../table/types";
import { DAY_MS, formatDay, SCENARIO_START } from "./calendar";
import { AD_HEADERS, type AdColumn } from "./headers";
import type { ScenarioSetup } from "./setup";
import { CAMPAIGNS, SEGMENTS } from "./vocabulary";

/** USD CPM of a mid-market consumer brand on Meta. */
const CPM_USD = 7;
/** Link clicks / impressions, close to WordStream's 0.90 % Facebook average. */
const CTR = 0.011;
/** Purchases / link clicks for an e-commerce store. */
const PURCHASE_RATE = 0.035;
/**
 * Average order value, USD. With the above: ROAS ≈ 1000 / 7 × 0.011 × 0.035 × 80 ≈ 4.4, so a healthy account earns
 * ROMI ≈ +30 % at a 30 % gross margin (at ROAS 2.75 it would lose money at any margin below 36 %).
 */
const ORDER_VALUE_USD = 80;

export function generateAds(setup: ScenarioSetup): Cell[][] {
  const { random, lang, cause, days, currencyRate } = setup;
  const campaigns = CAMPAIGNS[lang].slice(0, random.chance(0.5) ? 4 : 3);
  const segments = SEGMENTS[lang].slice(0, random.chance(0.5) ? 5 : 4);
  const badCampaigns = cause === "budget" ? campaigns.length - 1 : 0;
  const plans = campaigns.map((name, c) => {
    const bad = c < badCampaigns;
    const weights = segments.map(() => random.logNormal(1, 0.2));
    if (cause === "segmentation") {
      const others = weights.slice(1).reduce((a, b) => a + b, 0);
      // The first segment (18–24) takes 60 % of the campaign's spend.
      weights[0] = (others * 0.6) / 0.4;
    }
    const total = weights.reduce((a, b) => a + b, 0);
    return {
      name,
      bad,
      weeklyBudget: random.logNormal(450, 0.25),
      purchaseRate: PURCHASE_RATE * random.logNormal(1, 0.08) * (bad ? 0.6 : 1),
      orderValue: ORDER_VALUE_USD * random.logNormal(1, 0.12) * (bad ? 0.15 : 1),
      shares: weights.map((w) => w / total),
      segmentRates: segments.map((_, s) => (cause === "segmentation" && s === 0 ? 0.2 : random.logNormal(1, 0.06))),
    };
  });
  if (badCampaigns > 0) {
    // Budget cause: the losing campaigns together take exactly 90 % of the budget.
    const good = plans.filter((p) => !p.bad).reduce((sum, p) => sum + p.weeklyBudget, 0);
    for (const plan of plans)
      if (plan.bad) plan.weeklyBudget = ((good * 0.9) / 0.1 / badCampaigns) * random.logNormal(1, 0.1);
  }
  const columns: AdColumn[] = (Object.keys(AD_HEADERS[lang]) as AdColumn[]).filter(
    (column) => !(cause === "analytics" && (column === "clicks" || column === "conversions" || column === "revenue")),
  );
  const rows: Cell[][] = [columns.map((column) => AD_HEADERS[lang][column])];
  const money = (usd: number) => Math.round(usd * currencyRate * 100) / 100;

  for (let week = 0; week * 7 < days; week += 1) {
    const covered = Math.min(7, days - week * 7) / 7;
    for (const plan of plans) {
      segments.forEach((segment, s) => {
        const spendUsd = plan.weeklyBudget * (plan.shares[s] ?? 0) * covered * random.logNormal(1, 0.12);
        const impressions = Math.round((spendUsd / (CPM_USD * random.logNormal(1, 0.15))) * 1000);
        const clicks = random.binomial(impressions, CTR * random.logNormal(1, 0.1));
        const purchases = random.binomial(clicks, plan.purchaseRate * (plan.segmentRates[s] ?? 1));
        let revenueUsd = 0;
        for (let k = 0; k < purchases; k += 1) revenueUsd += plan.orderValue * random.logNormal(1, 0.25);
        const values: Record<AdColumn, Cell> = {
          date: formatDay(SCENARIO_START + week * 7 * DAY_MS, lang),
          campaign: plan.name,
          segment,
          spend: money(spendUsd),
          impressions,
          clicks,
          conversions: purchases,
          revenue: money(revenueUsd),
        };
        rows.push(columns.map((column) => values[column]));
      });
    }
  }
  return rows;
}
