/**
 * Factor `audience`: weak understanding of the market and the target audience. Three symptoms: engagement far
 * below what comparable brands get on the platform (by followers, like-for-like with the benchmark), engagement
 * that does not go with clicks or conversions ("jokes without sales"), and follower growth that brings no
 * matching growth in reach (bought or bot followers inflate the count, not the audience).
 */
import { median } from "simple-statistics";
import { sampleConfidence, scoreSignal } from "../audit/score";
import type { FactorPlugin, Finding, SignalResult, SignalSpec } from "../audit/types";
import { findBenchmark } from "../benchmarks/find";
import { both, formatNumber, formatPercent } from "../i18n/format";
import type { Localized } from "../i18n/localized";
import { obliqueRu, RU_OBLIQUE } from "../i18n/plural";
import { spearman } from "../stats/trend";
import type { ReadTable } from "../table/types";
import { assembleResult, notAssessed, thresholdsOf } from "./common";
import {
  DAY_MS,
  type Interactions,
  interactionsOf,
  onPlatform,
  otherPlatformsNote,
  postPoints,
  RATE_LABEL,
  rateBaseOf,
  robustTrend,
  signedPercent,
  smallestBy,
} from "./post-helpers";
import { pickPostRows } from "./post-rows";
import { findingFor, MAX_EVIDENCE_ROWS, present } from "./scoring-helpers";

const POSTS: Localized = { en: "posts", ru: "постов" };
/** Median conversions per post needed to correlate with conversions instead of clicks (Poisson noise ≤ 45 %). */
export const MIN_CONVERSIONS_PER_POST = 5;

const ER_VS_BENCHMARK: SignalSpec = {
  id: "er_vs_benchmark",
  title: {
    en: "Median ER by followers vs the platform benchmark",
    ru: "Медианный ER по подписчикам относительно нормы платформы",
  },
  unit: "ratio",
  direction: "lower_is_worse",
  // METHODOLOGY "Starting thresholds": below half of what the median brand gets on the platform the message is
  // missing its audience; below a quarter it is not reaching it at all.
  watch: 0.5,
  critical: 0.25,
  minSample: { n: 8, unit: POSTS },
};

const ENGAGEMENT_TO_ACTION: SignalSpec = {
  id: "engagement_action_correlation",
  title: {
    en: "Rank correlation of post engagement with clicks/conversions",
    ru: "Ранговая корреляция вовлечённости постов с кликами/конверсиями",
  },
  unit: "coefficient",
  direction: "lower_is_worse",
  // METHODOLOGY: < 0.2 watch, ≤ 0 critical, n ≥ 20. Rates per the same denominator are correlated (not counts),
  // because counts of both grow with a post's reach and would correlate even when engagement never leads to action.
  watch: 0.2,
  critical: 0,
  minSample: { n: 20, unit: POSTS },
};

const FOLLOWERS_WITHOUT_REACH: SignalSpec = {
  id: "follower_growth_without_reach",
  title: {
    en: "Follower growth not matched by reach growth",
    ru: "Рост подписчиков без роста охвата",
  },
  unit: "fraction",
  direction: "higher_is_worse",
  // value = min(follower growth, (1 + follower growth) / (1 + reach growth) − 1): the part of follower growth that
  // reach did not follow, but never more than the follower growth itself (a reach drop with flat followers is a
  // content problem, judged in `needs`). Followers +30 % with flat reach → 0.30 (watch); +60 % with reach falling → ≥ 0.60.
  watch: 0.3,
  critical: 0.6,
  minSample: { n: 8, unit: POSTS },
};

export const audienceFactor: FactorPlugin = {
  id: "audience",
  title: { en: "Audience understanding", ru: "Понимание аудитории" },
  summary: {
    en: "Weak understanding of the market and the target audience: low engagement for the platform, engagement without clicks or sales, followers without reach.",
    ru: "Слабое понимание рынка и целевой аудитории: низкая вовлечённость для платформы, вовлечённость без кликов и продаж, подписчики без охвата.",
  },
  needs: [
    ["likes", "followers"],
    ["engagements", "followers"],
    ["likes", "reach"],
    ["engagements", "reach"],
    ["likes", "impressions"],
    ["engagements", "impressions"],
  ],
  signals: [ER_VS_BENCHMARK, ENGAGEMENT_TO_ACTION, FOLLOWERS_WITHOUT_REACH],
  recommendation: {
    en: "Re-check who the content is for: interview buyers, compare engagement with the platform norm, keep the topics that bring clicks and sales rather than likes, and audit where new followers come from (giveaways, bought followers) before paying for reach.",
    ru: "Перепроверьте, для кого контент: поговорите с покупателями, сравните вовлечённость с нормой платформы, оставляйте темы, которые дают клики и продажи, а не лайки, и проверьте источники новых подписчиков (конкурсы, накрутка), прежде чем платить за охват.",
  },
  evaluate(data, ctx) {
    const plugin = audienceFactor;
    const rows = pickPostRows(data, {
      needs: plugin.needs,
      preferred: ["followers", "reach", "clicks", "conversions", "date", "likes", "comments", "shares"],
    });
    if (!rows) return notAssessed(plugin);
    const { table, indices } = rows;
    const interactions = interactionsOf(table);
    if (!interactions) return notAssessed(plugin);

    const signals: SignalResult[] = [];
    const findings: (Finding | null)[] = [];

    // 1. ER by followers vs the platform benchmark (like-for-like only).
    {
      const spec = ER_VS_BENCHMARK;
      const t = thresholdsOf(plugin, spec.id, ctx);
      const bench = findBenchmark("er_by_followers", ctx.platform, ctx.options.benchmark);
      if (!table.columns.followers) {
        // Decision: with reach or impressions only, the signal is skipped with a note rather than compared with the
        // account's own history. Own history is exactly what needs.engagement_trend measures (with a significance
        // test); scoring it here as well would count one symptom twice and blame the audience for it.
        const base = rateBaseOf(table);
        signals.push(
          scoreSignal(spec, t, null, 0, 0, {
            note: {
              en: `Not compared: the data has ${base ? RATE_LABEL[base].en : "no denominator"}, but published benchmarks are ER by followers; a different denominator is not like-for-like (ERR by reach runs about 3–20× higher). Add a followers column to compare. The account's own trend is judged under "needs".`,
              ru: `Не сравнивалось: в данных ${base ? RATE_LABEL[base].ru : "нет знаменателя"}, а опубликованные нормы — ER по подписчикам; другой знаменатель несопоставим (ERR по охвату примерно в 3–20 раз выше). Добавьте столбец подписчиков. Динамика самого аккаунта оценивается в «потребностях».`,
            },
          }),
        );
      } else if (!bench) {
        signals.push(
          scoreSignal(spec, t, null, 0, 0, {
            note: ctx.platform
              ? {
                  en: `No published ER-by-followers benchmark for ${ctx.platform}.`,
                  ru: `Нет опубликованной нормы ER по подписчикам для ${ctx.platform}.`,
                }
              : {
                  en: "Needs a platform to compare with a benchmark: set platform=instagram (facebook, tiktok, x) or add a platform column.",
                  ru: "Для сравнения с нормой нужна платформа: укажите platform=instagram (facebook, tiktok, x) или добавьте столбец платформы.",
                },
          }),
        );
      } else {
        const platform = bench.platform ?? ctx.platform;
        const comparable = platform ? onPlatform(table, indices, platform) : { indices: [...indices], excluded: 0 };
        const points = postPoints(table, comparable.indices, interactions, "followers");
        const n = points.length;
        const value = n > 0 ? median(points.map((p) => p.rate)) / bench.value : null;
        const extra = platform ? otherPlatformsNote(comparable.excluded, platform) : null;
        const signal = scoreSignal(spec, t, value, n, sampleConfidence(n, spec.minSample?.n ?? 8), {
          note:
            n === 0
              ? {
                  en: "No post has both interactions and a followers count above zero.",
                  ru: "Нет постов, где есть и взаимодействия, и число подписчиков больше нуля.",
                }
              : { en: interactions.note.en + (extra?.en ?? ""), ru: interactions.note.ru + (extra?.ru ?? "") },
          benchmark: {
            id: bench.id,
            label: {
              en: `${bench.source}: median ER by followers, ${bench.platform}`,
              ru: `${bench.source}: медианный ER по подписчикам, ${bench.platform}`,
            },
            value: bench.value,
            source: bench.source,
            year: bench.year,
            denominator: bench.denominator,
          },
        });
        signals.push(signal);
        if (value !== null && signal.level !== "ok" && signal.level !== "not_assessed") {
          const med = value * bench.value;
          const worst = smallestBy(points, (p) => p.rate, MAX_EVIDENCE_ROWS);
          findings.push(
            findingFor(
              plugin,
              signal,
              both(
                (l) =>
                  ({
                    en: `Median ER by followers is ${formatPercent(med, l)} per post, ${formatNumber(value, l, 2)}× the ${bench.platform} benchmark of ${formatPercent(bench.value, l)} (${bench.source}); ${n} posts.`,
                    ru: `Медианный ER по подписчикам ${formatPercent(med, l)} на пост — ${formatNumber(value, l, 2)}× от нормы ${bench.platform} ${formatPercent(bench.value, l)} (${bench.source}); постов: ${n}.`,
                  })[l],
              ),
              table,
              worst.map((p) => p.index),
            ),
          );
        }
      }
    }

    // 2. "Jokes without sales": do the most engaging posts also bring clicks / conversions?
    signals.push(correlationSignal(table, indices, interactions, ctx, findings));

    // 3. Followers growing while reach does not.
    signals.push(followerGrowthSignal(table, indices, interactions, ctx, findings));

    return assembleResult(plugin, signals, present(findings));
  },
};

type Ctx = Parameters<FactorPlugin["evaluate"]>[1];

function correlationSignal(
  table: ReadTable,
  indices: readonly number[],
  interactions: Interactions,
  ctx: Ctx,
  findings: (Finding | null)[],
): SignalResult {
  const spec = ENGAGEMENT_TO_ACTION;
  const t = thresholdsOf(audienceFactor, spec.id, ctx);
  const minN = spec.minSample?.n ?? 20;
  // Conversions are closer to money than clicks, but per post they are usually 0–2, and a rank correlation on such
  // counts measures Poisson noise (ties at zero), not the audience. Use them only when at least minN posts report
  // them and the median post has MIN_CONVERSIONS_PER_POST or more; otherwise clicks.
  const conv = table.columns.conversions?.values;
  const convFilled = conv ? indices.map((i) => conv[i]).filter((v): v is number => v !== null && v !== undefined) : [];
  const useConversions =
    conv !== undefined && convFilled.length >= minN && median(convFilled) >= MIN_CONVERSIONS_PER_POST;
  const outcome = useConversions ? conv : table.columns.clicks?.values;
  const outcomeName: Localized = useConversions
    ? { en: "conversions", ru: "конверсии" }
    : { en: "clicks", ru: "клики" };
  if (!outcome) {
    return scoreSignal(spec, t, null, 0, 0, {
      note: {
        en: "Needs clicks or conversions per post to see whether engagement leads to action.",
        ru: "Нужны клики или конверсии по постам, чтобы понять, ведёт ли вовлечённость к действию.",
      },
    });
  }
  const base = rateBaseOf(table, ["reach", "impressions", "views"]);
  let points = postPoints(table, indices, interactions, base).filter((p) => {
    const o = outcome[p.index];
    return o !== null && o !== undefined;
  });
  // A post without a link cannot bring link clicks however engaging it is: mixing them in would measure whether a
  // post had a link, not whether engagement leads to action. With a link column, only posts with a link count
  // (when enough of them exist).
  const links = table.columns.link?.values;
  const linked = links ? points.filter((p) => (links[p.index] ?? "").trim() !== "") : points;
  const linkOnly = links !== undefined && linked.length >= minN && linked.length < points.length;
  if (linkOnly) points = linked;
  const xs = points.map((p) => p.rate);
  const ys = points.map((p) => ((outcome[p.index] ?? 0) as number) / (p.base ?? 1));
  const n = points.length;
  const linkNote: Localized = linkOnly
    ? { en: " Posts with a link only.", ru: " Только посты со ссылкой." }
    : { en: "", ru: "" };
  const denominatorNote: Localized = base
    ? {
        en: `Engagement and ${outcomeName.en} both per ${base} (rates), ${n} posts.${linkNote.en}`,
        ru: `Вовлечённость и ${outcomeName.ru} — в долях от ${base === "reach" ? "охвата" : base === "impressions" ? "показов" : "просмотров"}, постов: ${n}.${linkNote.ru}`,
      }
    : {
        en: `Counts (no reach or impressions column): the correlation may be inflated by post size; ${n} posts.${linkNote.en}`,
        ru: `Абсолютные числа (нет охвата или показов): корреляция может быть завышена размером поста; постов: ${n}.${linkNote.ru}`,
      };
  if (n < minN) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: `Needs at least ${minN} posts with both engagement and ${outcomeName.en}; found ${n}.`,
        ru: `Нужно не меньше ${minN} ${obliqueRu(minN, RU_OBLIQUE.posts)} с вовлечённостью и столбцом «${outcomeName.ru}»; найдено ${n}.`,
      },
    });
  }
  const rho = spearman(xs, ys);
  if (rho === null) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: `Not computable: engagement or ${outcomeName.en} is the same on every post.`,
        ru: `Не вычисляется: вовлечённость или ${outcomeName.ru} одинаковы во всех постах.`,
      },
    });
  }
  const signal = scoreSignal(spec, t, rho, n, sampleConfidence(n, minN), {
    note:
      interactions.source === "total"
        ? {
            en: `${denominatorNote.en} ${interactions.note.en} Some exports count clicks inside engagements, which inflates this correlation.`,
            ru: `${denominatorNote.ru} ${interactions.note.ru} Некоторые выгрузки включают клики во вовлечённость, что завышает корреляцию.`,
          }
        : denominatorNote,
  });
  if (signal.level === "watch" || signal.level === "critical") {
    // Evidence: the most engaging posts that brought the least action (largest rank gap), worst first.
    const rank = (values: number[]) => {
      // Position of each value in sorted order, ties by sheet order: a typed-array sort (no comparator) and a binary
      // search per value, where a comparator sort of 100k positions would cost ten times more.
      const sorted = Float64Array.from(values).sort();
      const tiesSeen = new Int32Array(values.length);
      return values.map((v) => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((sorted[mid] as number) < v) lo = mid + 1;
          else hi = mid;
        }
        const r = lo + (tiesSeen[lo] as number);
        tiesSeen[lo] = (tiesSeen[lo] as number) + 1;
        return r;
      });
    };
    const rx = rank(xs);
    const ry = rank(ys);
    const worst = smallestBy(
      points.map((p, k) => ({ index: p.index, gap: (rx[k] ?? 0) - (ry[k] ?? 0) })).filter((p) => p.gap > 0),
      (p) => -p.gap,
      MAX_EVIDENCE_ROWS,
    );
    findings.push(
      findingFor(
        audienceFactor,
        signal,
        both(
          (l) =>
            ({
              en: `Engagement hardly goes with ${outcomeName.en}: Spearman ρ = ${formatNumber(rho, l, 2)} over ${n} posts — the most liked posts are not the ones that bring ${outcomeName.en}.`,
              ru: `Вовлечённость почти не связана с показателем «${outcomeName.ru}»: ρ Спирмена = ${formatNumber(rho, l, 2)} по ${n} ${obliqueRu(n, RU_OBLIQUE.postsDative)} — самые любимые посты не приносят действий.`,
            })[l],
        ),
        table,
        worst.map((p) => p.index),
      ),
    );
  }
  return signal;
}

function followerGrowthSignal(
  table: ReadTable,
  indices: readonly number[],
  interactions: Interactions,
  ctx: Ctx,
  findings: (Finding | null)[],
): SignalResult {
  const spec = FOLLOWERS_WITHOUT_REACH;
  const t = thresholdsOf(audienceFactor, spec.id, ctx);
  const followers = table.columns.followers?.values;
  const dates = table.columns.date?.values;
  if (!followers || !dates) {
    return scoreSignal(spec, t, null, 0, 0, {
      note: {
        en: "Needs dated posts with a followers count to compare follower growth with reach growth.",
        ru: "Нужны посты с датой и числом подписчиков, чтобы сравнить рост подписчиков с ростом охвата.",
      },
    });
  }
  // The audience measure: reach when exported, else interactions per post (engagement follows real followers too).
  const reach = table.columns.reach?.values;
  const measureName: Localized = reach
    ? { en: "reach per post", ru: "охват поста" }
    : { en: "interactions per post", ru: "взаимодействия на пост" };
  const points: { index: number; day: number; followers: number; audience: number }[] = [];
  for (const i of indices) {
    const d = dates[i];
    const f = followers[i];
    const a = reach ? reach[i] : interactions.values[i];
    if (d === null || d === undefined || f === null || f === undefined || !(f > 0)) continue;
    if (a === null || a === undefined) continue;
    points.push({ index: i, day: d / DAY_MS, followers: f, audience: a });
  }
  points.sort((a, b) => a.day - b.day || a.index - b.index);
  const n = points.length;
  const first = points[0];
  const last = points[n - 1];
  if (n < 3 || !first || !last || last.day - first.day < 7) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: `Needs at least 3 dated posts with followers spanning a week or more; found ${n}.`,
        ru: `Нужно не меньше 3 постов с датой и подписчиками на отрезке от недели; найдено ${n}.`,
      },
    });
  }
  const days = points.map((p) => p.day - first.day);
  const fTrend = robustTrend(
    days,
    points.map((p) => p.followers),
  );
  const aTrend = robustTrend(
    days,
    points.map((p) => p.audience),
  );
  if (!fTrend || !aTrend || !(fTrend.start > 0) || !(aTrend.start > 0)) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: "Not computable: the fitted follower or reach line starts at zero.",
        ru: "Не вычисляется: линия подписчиков или охвата начинается с нуля.",
      },
    });
  }
  const followerGrowth = fTrend.end / fTrend.start - 1;
  const audienceGrowth = Math.max(-1, aTrend.end / aTrend.start - 1);
  const excess = audienceGrowth <= -1 ? followerGrowth : (1 + followerGrowth) / (1 + audienceGrowth) - 1;
  const value = Math.min(followerGrowth, excess);
  const note: Localized = both(
    (l) =>
      ({
        en: `Followers ${signedPercent(followerGrowth, l)} (${formatNumber(fTrend.start, l)} → ${formatNumber(fTrend.end, l)}), ${measureName.en} ${signedPercent(audienceGrowth, l)}, Theil–Sen lines over ${formatNumber(last.day - first.day, l)} days.`,
        ru: `Подписчики ${signedPercent(followerGrowth, l)} (${formatNumber(fTrend.start, l)} → ${formatNumber(fTrend.end, l)}), ${measureName.ru} ${signedPercent(audienceGrowth, l)}, линии Тейла–Сена за ${formatNumber(last.day - first.day, l)} дн.`,
      })[l],
  );
  const signal = scoreSignal(spec, t, value, n, sampleConfidence(n, spec.minSample?.n ?? 8), { note });
  if (signal.level === "watch" || signal.level === "critical") {
    // Evidence: the latest posts with the smallest audience despite the larger follower count.
    const lateHalf = smallestBy(points.slice(Math.floor(n / 2)), (p) => p.audience / p.followers, MAX_EVIDENCE_ROWS);
    findings.push(
      findingFor(
        audienceFactor,
        signal,
        note,
        table,
        lateHalf.slice(0, MAX_EVIDENCE_ROWS).map((p) => p.index),
      ),
    );
  }
  return signal;
}
