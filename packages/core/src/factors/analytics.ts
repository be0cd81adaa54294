/**
 * Factor "analytics" (not using analytics): key metrics not tracked (reach, clicks, conversions), links without
 * UTM tags so traffic cannot be attributed, and no adaptation: weak formats and topics keep their share of posts
 * from the first half of the period to the second.
 */
import { median } from "simple-statistics";
import type { AuditData, FactorContext, FactorPlugin, Finding, SignalResult, SignalSpec } from "../audit/types";
import type { NumberField } from "../fields";
import { both, formatNumber, formatPercent } from "../i18n/format";
import { type Lang, loc } from "../i18n/localized";
import { obliqueRu, RU_OBLIQUE } from "../i18n/plural";
import { twoProportionTest } from "../stats/proportions";
import type { ReadTable } from "../table/types";
import { assembleResult, notAssessed } from "./common";
import { engagementPerPost, groupMedians, type LabelGroup, labelsOf } from "./post-activity-helpers";
import { pickPostRows, postIndices } from "./post-rows";
import { findingFor, measure, present, unmeasured } from "./scoring-helpers";

/** A column counts as tracked when at least half of the rows it belongs to have a value. */
export const MIN_FILLED_SHARE = 0.5;
/** A format or topic is weak when its median engagement is at least 30 % below the account median (as in "needs"). */
export const WEAK_GROUP_RATIO = 0.7;
/** Groups need this many posts for their median to mean anything. */
export const MIN_GROUP_POSTS = 3;
/** Each half of the period needs this many posts to compare shares. */
const MIN_HALF_POSTS = 10;

/** Hosts of social platforms: links to a platform's own pages (permalinks, profiles) need no UTM tags. */
const SOCIAL_HOSTS =
  /(^|\.)(twitter\.com|x\.com|t\.co|instagram\.com|facebook\.com|fb\.com|fb\.me|vk\.com|vk\.ru|t\.me|telegram\.me|tiktok\.com|linkedin\.com|lnkd\.in|youtube\.com|youtu\.be|ok\.ru|threads\.net)$/i;
/** A utm_ parameter in the query string or fragment (utm_source, utm_medium, utm_campaign…). */
const UTM = /[?&#;]utm_[a-z]+=/i;

const ROWS = loc("rows", "строк");

export const ANALYTICS_SIGNALS: SignalSpec[] = [
  {
    id: "untracked_key_metrics",
    title: loc("Key metrics not tracked", "Ключевые метрики не отслеживаются"),
    unit: "count",
    direction: "higher_is_worse",
    watch: 1,
    critical: 3,
    minSample: { n: 8, unit: ROWS },
  },
  {
    id: "utm_share",
    title: loc("Links with UTM tags", "Ссылки с UTM-метками"),
    unit: "fraction",
    direction: "lower_is_worse",
    watch: 0.5,
    critical: 0.1,
    minSample: { n: 10, unit: loc("links", "ссылок") },
  },
  {
    id: "weak_share_change",
    title: loc(
      "Change in the share of posts in weak formats/topics, second half vs first",
      "Изменение доли постов в слабых форматах/темах, вторая половина периода против первой",
    ),
    unit: "fraction",
    direction: "higher_is_worse",
    watch: -0.05,
    critical: 0.05,
    minSample: { n: 40, unit: loc("posts", "постов") },
  },
];

interface Tracked {
  metric: "reach" | "clicks" | "conversions";
  fields: NumberField[];
}
const KEY_METRICS: Tracked[] = [
  { metric: "reach", fields: ["reach", "impressions", "views"] },
  { metric: "clicks", fields: ["clicks"] },
  { metric: "conversions", fields: ["conversions", "revenue"] },
];
const METRIC_NAMES: Record<Tracked["metric"], { en: string; ru: string }> = {
  reach: { en: "reach (or impressions/views)", ru: "охват (или показы/просмотры)" },
  clicks: { en: "clicks", ru: "клики" },
  conversions: { en: "conversions (or revenue)", ru: "конверсии (или выручка)" },
};

/** Rows of a table that posts or ads live in (messages do not carry reach, clicks or conversions). */
function contentRows(table: ReadTable): number[] {
  const rows: number[] = [];
  table.rowKinds.forEach((k, i) => {
    if (k === "post" || k === "ad") rows.push(i);
  });
  return rows.length > 0 ? rows : postIndices(table);
}

function evaluateAnalytics(data: AuditData, ctx: FactorContext) {
  const content = data.tables.map((table) => ({ table, rows: contentRows(table) })).filter((c) => c.rows.length > 0);
  if (content.length === 0) {
    return notAssessed(
      analyticsFactor,
      loc(
        "Not assessed: needs post or ad rows (reach, clicks, conversions, spend or links); message logs carry none of these.",
        "Не оценено: нужны строки постов или рекламы (охват, клики, конверсии, расход или ссылки); в журнале сообщений их нет.",
      ),
    );
  }
  const signals: SignalResult[] = [];
  const findings: (Finding | null)[] = [];
  signals.push(trackingSignal(content, ctx, findings));
  signals.push(utmSignal(content, ctx, findings));
  signals.push(adaptationSignal(data, ctx, findings));
  return assembleResult(analyticsFactor, signals, present(findings));
}

function trackingSignal(
  content: { table: ReadTable; rows: number[] }[],
  ctx: FactorContext,
  findings: (Finding | null)[],
): SignalResult {
  const rows = content.reduce((a, c) => a + c.rows.length, 0);
  const missing: Tracked["metric"][] = [];
  /** The best-filled table for a mostly empty metric: its empty rows are the evidence. */
  const sparse: { table: ReadTable; empty: number[]; filled: number; metric: Tracked["metric"] }[] = [];
  for (const key of KEY_METRICS) {
    let best: { table: ReadTable; empty: number[]; share: number } | null = null;
    for (const { table, rows: idx } of content) {
      for (const field of key.fields) {
        const values = table.columns[field]?.values;
        if (!values) continue;
        const empty = idx.filter((i) => values[i] === null || values[i] === undefined);
        const share = 1 - empty.length / idx.length;
        if (!best || share > best.share) best = { table, empty, share };
      }
    }
    if (!best || best.share < MIN_FILLED_SHARE) {
      missing.push(key.metric);
      if (best) sparse.push({ table: best.table, empty: best.empty, filled: best.share, metric: key.metric });
    }
  }
  const blind = content.some(({ table, rows: idx }) => spendsBlind(table, idx));
  const value = blind ? Math.max(3, missing.length) : missing.length;
  const signal = measure(analyticsFactor, ctx, "untracked_key_metrics", value, rows);
  const list = (lang: Lang) => missing.map((m) => METRIC_NAMES[m][lang]).join(", ");
  const first = sparse[0];
  findings.push(
    findingFor(
      analyticsFactor,
      signal,
      both((lang) => {
        const sparseText = sparse
          .map((s) =>
            lang === "en"
              ? `${METRIC_NAMES[s.metric].en} is filled in only ${formatPercent(s.filled, lang)} of rows`
              : `${METRIC_NAMES[s.metric].ru}: заполнено лишь ${formatPercent(s.filled, lang)} строк`,
          )
          .join("; ");
        if (lang === "en") {
          return `Not tracked: ${list(lang)}${sparseText ? ` (${sparseText})` : ""}.${blind ? " Money is spent on ad rows that record neither clicks nor conversions: nobody can see what it bought." : ""}`;
        }
        return `Не отслеживаются: ${list(lang)}${sparseText ? ` (${sparseText})` : ""}.${blind ? " Деньги тратятся на рекламные строки без кликов и конверсий: не видно, что за них куплено." : ""}`;
      }),
      first?.table ?? null,
      first?.empty ?? [],
    ),
  );
  return signal;
}

/**
 * Whether a table spends money on rows that track neither clicks nor conversions (nor revenue): clicks on organic
 * posts elsewhere do not tell what the ad money bought.
 */
function spendsBlind(table: ReadTable, rows: readonly number[]): boolean {
  const spend = table.columns.spend?.values;
  if (!spend) return false;
  const paid = rows.filter((i) => (spend[i] ?? 0) > 0);
  if (paid.length === 0) return false;
  const tracked = (["clicks", "conversions", "revenue"] as const).some((f) => {
    const values = table.columns[f]?.values;
    return values !== undefined && paid.filter((i) => values[i] !== null).length >= MIN_FILLED_SHARE * paid.length;
  });
  return !tracked;
}

/** The host of a URL-like text ("https://shop.example/a?x" → "shop.example"), lower-cased; null when none. */
export function hostOf(link: string): string | null {
  const m = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?([^/:?#\s]+\.[^/:?#\s]+)/i.exec(link);
  return m?.[1] ? m[1].toLowerCase().replace(/^www\./, "") : null;
}

export function hasUtm(link: string): boolean {
  return UTM.test(link);
}

function utmSignal(
  content: { table: ReadTable; rows: number[] }[],
  ctx: FactorContext,
  findings: (Finding | null)[],
): SignalResult {
  let best: { table: ReadTable; links: number[]; untagged: number[]; social: number } | null = null;
  for (const { table, rows } of content) {
    const values = table.columns.link?.values;
    if (!values) continue;
    const links: number[] = [];
    const untagged: number[] = [];
    let social = 0;
    for (const i of rows) {
      const v = values[i]?.trim();
      if (!v) continue;
      const host = hostOf(v);
      if (host && SOCIAL_HOSTS.test(host)) {
        social++;
        continue;
      }
      links.push(i);
      if (!hasUtm(v)) untagged.push(i);
    }
    if (!best || links.length > best.links.length) best = { table, links, untagged, social };
  }
  if (!best) {
    return unmeasured(analyticsFactor, ctx, "utm_share", loc("needs a link column", "нужен столбец ссылок"));
  }
  if (best.links.length === 0) {
    return unmeasured(
      analyticsFactor,
      ctx,
      "utm_share",
      best.social > 0
        ? loc(
            "the links point only to the social platforms' own pages, which need no UTM tags",
            "ссылки ведут только на страницы самих соцсетей, им UTM-метки не нужны",
          )
        : loc("the link column is empty", "столбец ссылок пуст"),
    );
  }
  const { table, links, untagged } = best;
  const share = (links.length - untagged.length) / links.length;
  const signal = measure(analyticsFactor, ctx, "utm_share", Math.round(share * 1000) / 1000, links.length);
  findings.push(
    findingFor(
      analyticsFactor,
      signal,
      both((lang) =>
        lang === "en"
          ? `Only ${formatPercent(share, lang)} of ${links.length} links carry UTM tags; ${untagged.length} cannot be attributed in web analytics.`
          : `UTM-метки есть лишь у ${formatPercent(share, lang)} из ${links.length} ссылок; ${untagged.length} нельзя атрибутировать в веб-аналитике.`,
      ),
      table,
      untagged,
    ),
  );
  return signal;
}

function adaptationSignal(data: AuditData, ctx: FactorContext, findings: (Finding | null)[]): SignalResult {
  const set = pickPostRows(data, {
    accept: (table, i) =>
      table.columns.date?.values[i] !== null &&
      table.columns.date?.values[i] !== undefined &&
      (table.columns.format !== undefined || table.columns.topic !== undefined),
  });
  if (!set) {
    return unmeasured(
      analyticsFactor,
      ctx,
      "weak_share_change",
      loc("needs dated posts with a format or topic column", "нужны посты с датой и столбцом формата или темы"),
    );
  }
  const { table } = set;
  const engagement = engagementPerPost(table, set.indices);
  if (!engagement) {
    return unmeasured(
      analyticsFactor,
      ctx,
      "weak_share_change",
      loc("needs an engagement measure per post", "нужна метрика вовлечённости на пост"),
    );
  }
  const indices = set.indices.filter((i) => engagement.values[i] !== null && engagement.values[i] !== undefined);
  if (indices.length < 2 * MIN_HALF_POSTS) {
    return unmeasured(
      analyticsFactor,
      ctx,
      "weak_share_change",
      loc(
        `needs at least ${2 * MIN_HALF_POSTS} posts with engagement`,
        `нужно не менее ${2 * MIN_HALF_POSTS} ${obliqueRu(2 * MIN_HALF_POSTS, RU_OBLIQUE.posts)} с вовлечённостью`,
      ),
    );
  }
  const accountMedian = median(indices.map((i) => engagement.values[i] as number));
  const weakGroups: LabelGroup[] = [];
  for (const field of ["format", "topic"] as const) {
    const labels = labelsOf(table, field);
    if (!labels) continue;
    const groups = groupMedians(labels, indices, engagement.values).filter((g) => g.indices.length >= MIN_GROUP_POSTS);
    if (groups.length < 2) continue;
    weakGroups.push(...groups.filter((g) => g.median <= WEAK_GROUP_RATIO * accountMedian));
  }
  if (weakGroups.length === 0) {
    return unmeasured(
      analyticsFactor,
      ctx,
      "weak_share_change",
      loc(
        "no format or topic is clearly weaker than the rest, so there is nothing to cut back",
        "ни один формат или тема не слабее остальных заметно: отказываться не от чего",
      ),
    );
  }
  const weak = new Set(weakGroups.flatMap((g) => g.indices));
  const dates = table.columns.date?.values ?? [];
  let minTime = Number.POSITIVE_INFINITY;
  let maxTime = Number.NEGATIVE_INFINITY;
  for (const i of indices) {
    const t = dates[i] as number;
    if (t < minTime) minTime = t;
    if (t > maxTime) maxTime = t;
  }
  const mid = (minTime + maxTime) / 2;
  const first = indices.filter((i) => (dates[i] as number) <= mid);
  const second = indices.filter((i) => (dates[i] as number) > mid);
  if (first.length < MIN_HALF_POSTS || second.length < MIN_HALF_POSTS) {
    return unmeasured(
      analyticsFactor,
      ctx,
      "weak_share_change",
      loc(
        `each half of the period needs at least ${MIN_HALF_POSTS} posts`,
        `в каждой половине периода нужно не менее ${MIN_HALF_POSTS} ${obliqueRu(MIN_HALF_POSTS, RU_OBLIQUE.posts)}`,
      ),
    );
  }
  const weak1 = first.filter((i) => weak.has(i)).length;
  const weak2 = second.filter((i) => weak.has(i)).length;
  const share1 = weak1 / first.length;
  const share2 = weak2 / second.length;
  const change = Math.round((share2 - share1) * 1000) / 1000;
  // The change is reported with a two-proportion test so a reader can tell a real shift from noise; the
  // thresholds follow METHODOLOGY (not falling = watch, rising = critical) and thin data lowers confidence.
  const test = twoProportionTest(weak2, second.length, weak1, first.length);
  const signal = measure(analyticsFactor, ctx, "weak_share_change", change, indices.length, {
    note: both((lang) =>
      lang === "en"
        ? `weak share ${formatPercent(share1, lang)} of ${first.length} posts, then ${formatPercent(share2, lang)} of ${second.length}; two-proportion test p = ${formatNumber(test.p, lang, 3)}`
        : `доля слабых ${formatPercent(share1, lang)} из ${first.length} ${obliqueRu(first.length, RU_OBLIQUE.posts)}, затем ${formatPercent(share2, lang)} из ${second.length}; тест двух долей p = ${formatNumber(test.p, lang, 3)}`,
    ),
  });
  const names = weakGroups.map((g) => g.name).join(", ");
  const evidence = second
    .filter((i) => weak.has(i))
    .sort((a, b) => (engagement.values[a] as number) - (engagement.values[b] as number) || a - b);
  findings.push(
    findingFor(
      analyticsFactor,
      signal,
      both((lang) =>
        lang === "en"
          ? `Weak formats/topics (${names}) made up ${formatPercent(share1, lang)} of posts in the first half of the period and ${formatPercent(share2, lang)} in the second: the data is collected but not acted on.`
          : `Слабые форматы/темы (${names}) составляли ${formatPercent(share1, lang)} постов в первой половине периода и ${formatPercent(share2, lang)} во второй: данные собираются, но не используются.`,
      ),
      table,
      evidence,
    ),
  );
  return signal;
}

export const analyticsFactor: FactorPlugin = {
  id: "analytics",
  title: loc("Not using analytics", "Аналитика не используется"),
  summary: loc(
    "Key metrics are not tracked, links carry no UTM tags, and weak formats and topics keep their share instead of being cut.",
    "Ключевые метрики не отслеживаются, ссылки без UTM-меток, а слабые форматы и темы сохраняют свою долю вместо того, чтобы сокращаться.",
  ),
  needs: [["reach"], ["impressions"], ["clicks"], ["conversions"], ["spend"], ["link"], ["likes"], ["engagements"]],
  signals: ANALYTICS_SIGNALS,
  recommendation: loc(
    "Track reach, clicks and conversions for every post and campaign, tag every outbound link with UTM parameters, and review each month which formats and topics underperform — then cut their share.",
    "Отслеживайте охват, клики и конверсии по каждому посту и кампании, размечайте каждую внешнюю ссылку UTM-метками и ежемесячно смотрите, какие форматы и темы отстают, — и сокращайте их долю.",
  ),
  evaluate: evaluateAnalytics,
};
