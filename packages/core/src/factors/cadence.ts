/**
 * Factor "cadence" (irregular posting): long gaps, uneven rhythm, weeks with no post, too few posts for the
 * platform, and most posts going out in the weekday×hour slots where this account's own audience responds least.
 */
import { normalisePlatform } from "../audit/platform";
import type {
  AuditData,
  FactorContext,
  FactorPlugin,
  FactorResult,
  Finding,
  Platform,
  SignalResult,
  SignalSpec,
} from "../audit/types";
import { findBenchmark } from "../benchmarks/find";
import type { CanonicalField } from "../fields";
import { both, formatNumber, formatPercent } from "../i18n/format";
import { type Localized, loc } from "../i18n/localized";
import { NOUNS, obliqueRu, plural, RU_OBLIQUE } from "../i18n/plural";
import { type CadenceStats, cadenceOf, type DatedRow, dayOf, isoDay } from "../metrics/cadence";
import type { ReadTable } from "../table/types";
import { slotAnalysis, slotLabel } from "./cadence-helpers";
import { assembleResult, notAssessed } from "./common";
import { interactionsPerPost } from "./post-activity-helpers";
import { pickPostRows } from "./post-rows";
import { findingFor, measure, present, unmeasured } from "./scoring-helpers";

const POSTS = loc("posts", "постов");
const WEEKS = loc("weeks", "недель");

export const CADENCE_SIGNALS: SignalSpec[] = [
  {
    id: "longest_gap_days",
    title: loc("Longest gap between posts", "Самый длинный перерыв между постами"),
    unit: "days",
    direction: "higher_is_worse",
    watch: 14,
    critical: 21,
    minSample: { n: 8, unit: POSTS },
  },
  {
    id: "gap_variation",
    title: loc(
      "Variation of gaps between posting days (CV)",
      "Разброс перерывов между днями публикаций (коэффициент вариации)",
    ),
    unit: "coefficient",
    direction: "higher_is_worse",
    watch: 1.0,
    critical: 1.5,
    minSample: { n: 8, unit: POSTS },
  },
  {
    id: "empty_week_share",
    title: loc("Weeks with no post", "Недели без постов"),
    unit: "fraction",
    direction: "higher_is_worse",
    watch: 0.25,
    critical: 0.5,
    minSample: { n: 3, unit: WEEKS },
  },
  {
    id: "posts_per_week_vs_benchmark",
    title: loc(
      "Posts per week vs the platform's typical brand",
      "Постов в неделю относительно типичного бренда площадки",
    ),
    unit: "ratio",
    direction: "lower_is_worse",
    watch: 0.5,
    critical: 0.25,
    minSample: { n: 3, unit: WEEKS },
  },
  {
    id: "weak_slot_share",
    title: loc(
      "Posts in the account's weakest weekday×hour slots",
      "Посты в худших для аккаунта слотах «день недели × час»",
    ),
    unit: "fraction",
    direction: "higher_is_worse",
    watch: 0.5,
    critical: 0.7,
    minSample: { n: 30, unit: POSTS },
  },
];

/** What enables the factor when the only dates are on ad or message rows: posts, recognised by their content or engagement. */
const POSTS_WITH_DATES: CanonicalField[][] = [
  ["date", "text"],
  ["date", "likes"],
  ["date", "engagements"],
];

function evaluateCadence(data: AuditData, ctx: FactorContext) {
  const set = pickPostRows(data, {
    accept: (table, i) => {
      const t = table.columns.date?.values[i];
      return t !== null && t !== undefined;
    },
  });
  if (!set || set.indices.length < 2) {
    const datedOther = data.tables.some((t) => t.columns.date !== undefined);
    return notAssessed(
      cadenceFactor,
      set
        ? loc(
            "Not assessed: only one dated post; the rhythm needs at least two.",
            "Не оценено: только один пост с датой; для ритма нужно хотя бы два.",
          )
        : datedOther
          ? loc(
              "Not assessed: the dates belong to ad or message rows, not to posts; a posts export with publication dates enables this factor.",
              "Не оценено: даты относятся к строкам рекламы или сообщений, а не к постам; нужна выгрузка постов с датами публикации.",
            )
          : undefined,
      set || !datedOther ? undefined : POSTS_WITH_DATES,
    );
  }
  const groups = platformGroups(set.table, set.indices);
  if (groups.length < 2) return evaluateRows(set.table, set.indices, ctx);
  // One table mixing platforms (a Meta Business Suite export holds Facebook and Instagram): each platform has
  // its own rhythm and benchmark, and combined dates would hide one platform's silence behind the other's posts.
  // The worst platform drives the factor; every platform's findings are kept, labelled.
  const results = groups.map((g) => ({
    name: g.name,
    result: evaluateRows(set.table, g.indices, g.platform ? { ...ctx, platform: g.platform } : ctx),
  }));
  const worst = results.reduce((a, b) => ((b.result.risk ?? -1) > (a.result.risk ?? -1) ? b : a));
  const findings = results.flatMap(({ name, result }) =>
    result.findings.map((f) => ({ ...f, message: { en: `${name}: ${f.message.en}`, ru: `${name}: ${f.message.ru}` } })),
  );
  const severity = { critical: 2, watch: 1, ok: 0 } as const;
  return { ...worst.result, findings: findings.sort((a, b) => severity[b.severity] - severity[a.severity]) };
}

/** Post rows per platform when the table's platform column names at least two platforms with two or more posts. */
function platformGroups(
  table: ReadTable,
  indices: readonly number[],
): { name: string; platform: Platform | null; indices: number[] }[] {
  const labels = table.columns.platform?.values;
  if (!labels) return [];
  const groups = new Map<string, { name: string; platform: Platform | null; indices: number[] }>();
  for (const i of indices) {
    const raw = labels[i]?.trim() ?? "";
    const platform = normalisePlatform(raw);
    const key = platform ?? raw.toLowerCase();
    let g = groups.get(key);
    if (!g) {
      g = { name: platform ?? (raw || "(blank)"), platform, indices: [] };
      groups.set(key, g);
    }
    g.indices.push(i);
  }
  const kept = [...groups.values()].filter((g) => g.indices.length >= 2);
  return kept.length >= 2 ? kept : [];
}

/** The cadence signals and findings for one set of post rows. */
function evaluateRows(table: ReadTable, indices: readonly number[], ctx: FactorContext): FactorResult {
  const dates = table.columns.date?.values ?? [];
  const rows: DatedRow[] = indices.map((i) => ({ t: dates[i] as number, i }));
  const c = cadenceOf(rows);

  const signals: SignalResult[] = [];
  const findings: (Finding | null)[] = [];

  // Longest gap, citing the posts on either side of it.
  const gap = measure(cadenceFactor, ctx, "longest_gap_days", c.longestGap ? round1(c.longestGap.days) : null, c.posts);
  signals.push(gap);
  if (c.longestGap) {
    const g = c.longestGap;
    const span = `${isoDay(dayOf(dates[g.before] as number))} → ${isoDay(dayOf(dates[g.after] as number))}`;
    findings.push(
      findingFor(
        cadenceFactor,
        gap,
        both((lang) =>
          lang === "en"
            ? `No post for ${formatNumber(g.days, lang, 1)} days (${span}).`
            : `Нет постов ${formatNumber(g.days, lang, 1)} дн. (${span}).`,
        ),
        table,
        [g.before, g.after],
      ),
    );
  }

  // Uneven rhythm, citing the bursts.
  const variation = measure(
    cadenceFactor,
    ctx,
    "gap_variation",
    c.dayGapCv === null ? null : round2(c.dayGapCv),
    c.posts,
    c.dayGapCv === null
      ? {
          note: loc("needs posts on at least three different days", "нужны посты хотя бы в три разных дня"),
        }
      : {},
  );
  signals.push(variation);
  findings.push(
    findingFor(
      cadenceFactor,
      variation,
      burstMessage(c),
      table,
      // The burst posts first, then the posts on either side of the widest silences.
      [...c.bursts.flatMap((b) => b.indices), ...c.widestDayGaps.flatMap((g) => [g.before, g.after])],
    ),
  );

  // Silent weeks.
  const empty = measure(cadenceFactor, ctx, "empty_week_share", round3(c.emptyWeekShare), c.weeks);
  signals.push(empty);
  findings.push(
    findingFor(
      cadenceFactor,
      empty,
      both((lang) =>
        lang === "en"
          ? `${c.emptyWeeks} of ${c.weeks} weeks (${formatPercent(c.emptyWeekShare, lang)}) had no post.`
          : `${c.emptyWeeks} из ${c.weeks} ${obliqueRu(c.weeks, RU_OBLIQUE.weeks)} (${formatPercent(c.emptyWeekShare, lang)}) без постов.`,
      ),
      table,
      c.silentStretches.flatMap((s) => [s.before, s.after]),
    ),
  );

  // Rate vs the platform's typical brand.
  signals.push(rateSignal(c, ctx, findings, table));

  // Weak slots.
  signals.push(slotSignal(rows, ctx, findings, table));

  return assembleResult(cadenceFactor, signals, present(findings));
}

function rateSignal(c: CadenceStats, ctx: FactorContext, findings: (Finding | null)[], table: ReadTable): SignalResult {
  if (ctx.platform === null) {
    return unmeasured(
      cadenceFactor,
      ctx,
      "posts_per_week_vs_benchmark",
      both((lang) =>
        lang === "en"
          ? `${formatNumber(c.postsPerWeek, lang, 1)} posts per week; a comparison needs a platform: set platform=instagram (or facebook, x)`
          : `${formatNumber(c.postsPerWeek, lang, 1)} поста в неделю; для сравнения нужна площадка: укажите platform=instagram (или facebook, x)`,
      ),
    );
  }
  const bench = findBenchmark("posts_per_week", ctx.platform, ctx.options.benchmark);
  if (!bench) {
    return unmeasured(
      cadenceFactor,
      ctx,
      "posts_per_week_vs_benchmark",
      both((lang) =>
        lang === "en"
          ? `${formatNumber(c.postsPerWeek, lang, 1)} posts per week; no published posting-rate benchmark for ${ctx.platform}`
          : `${formatNumber(c.postsPerWeek, lang, 1)} поста в неделю; для ${ctx.platform} нет опубликованного ориентира частоты`,
      ),
    );
  }
  const ratio = c.postsPerWeek / bench.value;
  const signal = measure(cadenceFactor, ctx, "posts_per_week_vs_benchmark", round2(ratio), c.weeks, {
    benchmark: {
      id: bench.id,
      label: loc(
        `${bench.source}: ${bench.value} ${plural(bench.value, "en", NOUNS.posts)} per week`,
        `${bench.source}: ${bench.value} ${plural(bench.value, "ru", NOUNS.posts)} в неделю`,
      ),
      value: bench.value,
      source: bench.source,
      year: bench.year,
      denominator: bench.denominator,
    },
  });
  findings.push(
    findingFor(
      cadenceFactor,
      signal,
      both((lang) =>
        lang === "en"
          ? `${formatNumber(c.postsPerWeek, lang, 1)} posts per week, ${formatNumber(ratio, lang, 2)}× the typical ${ctx.platform} brand (${bench.value}, ${bench.source}).`
          : `${formatNumber(c.postsPerWeek, lang, 1)} поста в неделю — ${formatNumber(ratio, lang, 2)}× от типичного бренда в ${ctx.platform} (${formatNumber(bench.value, lang, 1)}, ${bench.source}).`,
      ),
      table,
    ),
  );
  return signal;
}

function slotSignal(
  rows: DatedRow[],
  ctx: FactorContext,
  findings: (Finding | null)[],
  table: ReadTable,
): SignalResult {
  const interactions = interactionsPerPost(table);
  if (!interactions) {
    return unmeasured(
      cadenceFactor,
      ctx,
      "weak_slot_share",
      loc(
        "needs an engagement measure per post (engagements, or likes/comments/shares)",
        "нужна метрика вовлечённости на пост (вовлечённость или лайки/комментарии/репосты)",
      ),
    );
  }
  const valued = rows.filter((r) => interactions.values[r.i] !== null);
  const analysis = valued.length >= 30 ? slotAnalysis(valued, interactions.values) : null;
  if (!analysis) {
    return unmeasured(
      cadenceFactor,
      ctx,
      "weak_slot_share",
      valued.length < 30
        ? both((lang) =>
            lang === "en"
              ? `needs at least 30 posts with engagement (has ${valued.length})`
              : `нужно не менее 30 постов с вовлечённостью (есть ${valued.length})`,
          )
        : loc(
            "posts are spread too thinly over weekdays and hours to rank time slots",
            "посты слишком разбросаны по дням и часам, чтобы сравнить слоты",
          ),
    );
  }
  const signal = measure(cadenceFactor, ctx, "weak_slot_share", round3(analysis.weakShare), analysis.posts);
  const best = analysis.slots.slice(0, 3);
  const bestText = (lang: "en" | "ru") =>
    best.map((s) => `${slotLabel(s, lang)} (${formatNumber(s.median, lang, 0)})`).join(", ");
  const weakText = (lang: "en" | "ru") => analysis.weak.map((s) => slotLabel(s, lang)).join(", ");
  const weakIndices = analysis.weak
    .flatMap((s) => s.indices)
    .sort((a, b) => (interactions.values[a] ?? 0) - (interactions.values[b] ?? 0));
  const elevated = findingFor(
    cadenceFactor,
    signal,
    both((lang) =>
      lang === "en"
        ? `${formatPercent(analysis.weakShare, lang)} of posts go out in the slots where this account's audience responds least (${weakText(lang)}). Best slots by median ${interactions.label} per post: ${bestText(lang)}.`
        : `${formatPercent(analysis.weakShare, lang)} постов выходят в слоты, где аудитория аккаунта откликается хуже всего (${weakText(lang)}). Лучшие слоты по медиане взаимодействий на пост: ${bestText(lang)}.`,
    ),
    table,
    weakIndices,
  );
  // The best slots are worth reporting even when the schedule is fine: they are this account's own data.
  findings.push(
    elevated ?? {
      factor: "cadence",
      severity: "ok",
      message: both((lang) =>
        lang === "en"
          ? `Best posting slots from this account's own data (median ${interactions.label} per post): ${bestText(lang)}.`
          : `Лучшие слоты публикаций по данным аккаунта (медиана взаимодействий на пост): ${bestText(lang)}.`,
      ),
      rows: [],
      source: table.source,
    },
  );
  return signal;
}

function burstMessage(c: CadenceStats): Localized {
  const burst = c.bursts[0];
  return both((lang) => {
    const cv = formatNumber(c.dayGapCv ?? 0, lang, 2);
    if (lang === "en") {
      const tail = burst
        ? ` ${c.bursts.length} burst day(s), the largest ${burst.indices.length} posts on ${isoDay(burst.day)}.`
        : "";
      return `Gaps between posting days vary a lot (CV ${cv}): bursts alternate with silences.${tail}`;
    }
    const tail = burst
      ? ` Всплесков: ${c.bursts.length}, самый большой — ${isoDay(burst.day)} (постов: ${burst.indices.length}).`
      : "";
    return `Перерывы между днями публикаций сильно различаются (КВ ${cv}): всплески чередуются с тишиной.${tail}`;
  });
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const round2 = (v: number) => Math.round(v * 100) / 100;
const round3 = (v: number) => Math.round(v * 1000) / 1000;

export const cadenceFactor: FactorPlugin = {
  id: "cadence",
  title: loc("Irregular posting", "Нерегулярный постинг"),
  summary: loc(
    "Long gaps, bursts and silent weeks, too few posts for the platform, or posts going out when the account's own audience responds least.",
    "Долгие перерывы, всплески и пустые недели, слишком мало постов для площадки или публикации в часы, когда собственная аудитория аккаунта откликается хуже всего.",
  ),
  needs: [["date"]],
  signals: CADENCE_SIGNALS,
  recommendation: loc(
    "Keep a content calendar: never go more than two weeks without a post, spread posts evenly instead of in bursts, match the platform's usual rate, and move posts to the weekday-hour slots where this account's audience responds best.",
    "Ведите контент-план: не делайте перерывов дольше двух недель, распределяйте посты равномерно, а не всплесками, держите обычный для площадки темп и переносите публикации в дни и часы, где аудитория аккаунта откликается лучше всего.",
  ),
  evaluate: evaluateCadence,
};
