/**
 * Factor `needs`: ignoring what customers need. Three symptoms: engagement per post falling over the period
 * (robust Theil–Sen line, Mann–Kendall significance required), most posts going to topics or formats the
 * audience responds to least, and negative feedback (hides, complaints, unfollows) rising per 1000 reached.
 */
import { median } from "simple-statistics";
import { sampleConfidence, scoreSignal } from "../audit/score";
import type { FactorContext, FactorPlugin, Finding, SignalResult, SignalSpec } from "../audit/types";
import { both, formatNumber, formatPercent } from "../i18n/format";
import type { Lang, Localized } from "../i18n/localized";
import type { ReadTable } from "../table/types";
import { assembleResult, notAssessed, thresholdsOf } from "./common";
import {
  chronological,
  DAY_MS,
  halves,
  interactionsOf,
  type PostPoint,
  postPoints,
  pText,
  RATE_LABEL,
  type RateBase,
  rateBaseOf,
  rateRatio,
  robustTrend,
  signedPercent,
  smallestBy,
} from "./post-helpers";
import { pickPostRows } from "./post-rows";
import { findingFor, MAX_EVIDENCE_ROWS, present } from "./scoring-helpers";

/** A trend or a rise must be significant at this level before it counts (METHODOLOGY: significance required). */
export const SIGNIFICANCE = 0.05;
/** A topic/format is weak when its median rate is at most this fraction of the account median (≥ 30 % below). */
export const WEAK_GROUP_RATIO = 0.7;
/**
 * A topic/format is judged only with at least this many posts: a median of 2–4 posts swings with one post,
 * and a rubric that rare is not "where the effort goes" anyway (its posts still count in the denominator).
 */
export const MIN_GROUP_POSTS = 5;
/**
 * Each topic is compared with the median of the account's OTHER posts (leave-one-out): against the plain account
 * median a weak topic holding most posts would define the median itself and could never look weak, so the
 * "> 60 %" threshold would be unreachable. Above this many judged topics no single one can dominate, and the
 * plain account median is used to keep the cost linear.
 */
const LEAVE_ONE_OUT_MAX_GROUPS = 50;
const POSTS: Localized = { en: "posts", ru: "постов" };

const ENGAGEMENT_TREND: SignalSpec = {
  id: "engagement_trend",
  title: { en: "Engagement trend over the period", ru: "Динамика вовлечённости за период" },
  unit: "fraction",
  direction: "lower_is_worse",
  watch: -0.2,
  critical: -0.4,
  minSample: { n: 8, unit: POSTS },
};

const WEAK_TOPIC_SHARE: SignalSpec = {
  id: "weak_topic_share",
  title: {
    en: "Share of posts in topics/formats 30 %+ below the account's median engagement",
    ru: "Доля постов в темах/форматах с вовлечённостью на 30 %+ ниже медианы аккаунта",
  },
  unit: "fraction",
  direction: "higher_is_worse",
  watch: 0.4,
  critical: 0.6,
  minSample: { n: 8, unit: POSTS },
};

const NEGATIVE_GROWTH: SignalSpec = {
  id: "negative_feedback_growth",
  title: {
    en: "Negative feedback per 1000 reach, second half vs first half",
    ru: "Негатив на 1000 охвата: вторая половина периода к первой",
  },
  unit: "ratio",
  direction: "higher_is_worse",
  watch: 1.5,
  critical: 2,
  minSample: { n: 8, unit: POSTS },
};

export const needsFactor: FactorPlugin = {
  id: "needs",
  title: { en: "Customer needs", ru: "Потребности клиентов" },
  summary: {
    en: "Ignoring what customers need: falling engagement, most posts in the topics the audience responds to least, rising negative feedback.",
    ru: "Игнорирование потребностей клиентов: падающая вовлечённость, большинство постов в темах, на которые аудитория откликается меньше всего, рост негатива.",
  },
  needs: [
    ["date", "likes"],
    ["date", "engagements"],
    ["topic", "likes"],
    ["topic", "engagements"],
    ["format", "likes"],
    ["format", "engagements"],
    ["date", "negative", "reach"],
    ["date", "negative", "impressions"],
  ],
  signals: [ENGAGEMENT_TREND, WEAK_TOPIC_SHARE, NEGATIVE_GROWTH],
  recommendation: {
    en: "Ask the audience what it needs (polls, comments, sales and support questions), shift posts from the weakest topics and formats to the strongest, and read the negative feedback: what are people hiding or complaining about?",
    ru: "Спросите аудиторию, что ей нужно (опросы, комментарии, вопросы в продажах и поддержке), перенесите посты из самых слабых тем и форматов в сильные и разберите негатив: что люди скрывают и на что жалуются?",
  },
  evaluate(data, ctx) {
    const plugin = needsFactor;
    const rows = pickPostRows(data, {
      needs: plugin.needs,
      preferred: ["date", "reach", "topic", "format", "negative", "likes", "comments"],
    });
    if (!rows) return notAssessed(plugin);
    const { table, indices } = rows;
    const interactions = interactionsOf(table);
    const base = rateBaseOf(table);
    // Per-post rates once for both engagement signals (chronological; 100k posts sort once, not twice).
    const points = interactions ? postPoints(table, indices, interactions, base) : [];
    const findings: (Finding | null)[] = [];
    const signals: SignalResult[] = [
      trendSignal(table, interactions ? points : null, base, ctx, findings),
      topicSignal(table, interactions ? points : null, base, ctx, findings),
      negativeSignal(table, indices, ctx, findings),
    ];
    return assembleResult(plugin, signals, present(findings));
  },
};

const NO_INTERACTIONS: Localized = {
  en: "Needs likes, comments, shares or an engagements column.",
  ru: "Нужны столбцы лайков, комментариев, репостов или вовлечённости.",
};

function rateName(base: ReturnType<typeof rateBaseOf>): Localized {
  return base ? RATE_LABEL[base] : { en: "interactions per post", ru: "взаимодействия на пост" };
}

function trendSignal(
  table: ReadTable,
  allPoints: PostPoint[] | null,
  base: RateBase | null,
  ctx: FactorContext,
  findings: (Finding | null)[],
): SignalResult {
  const spec = ENGAGEMENT_TREND;
  const t = thresholdsOf(needsFactor, spec.id, ctx);
  if (!allPoints) return scoreSignal(spec, t, null, 0, 0, { note: NO_INTERACTIONS });
  if (!table.columns.date) {
    return scoreSignal(spec, t, null, 0, 0, {
      note: { en: "Needs a date column to see a trend.", ru: "Для тренда нужен столбец даты." },
    });
  }
  const points = allPoints.filter((p) => p.time !== null);
  const n = points.length;
  const first = points[0];
  const last = points[n - 1];
  if (n < 3 || !first || !last || (last.time as number) - (first.time as number) < 7 * DAY_MS) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: `Needs at least 3 dated posts spanning a week or more; found ${n}.`,
        ru: `Нужно не меньше 3 постов с датой на отрезке от недели; найдено ${n}.`,
      },
    });
  }
  const origin = first.time as number;
  const trend = robustTrend(
    points.map((p) => ((p.time as number) - origin) / DAY_MS),
    points.map((p) => p.rate),
  );
  if (!trend || !(trend.start > 0)) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: "Not computable: the fitted engagement line starts at zero.",
        ru: "Не вычисляется: линия вовлечённости начинается с нуля.",
      },
    });
  }
  const change = Math.max(-1, trend.end / trend.start - 1);
  const significant = trend.p < SIGNIFICANCE;
  const name = rateName(base);
  const describe = (l: Lang) =>
    ({
      en: `${name.en}: ${formatPercent(trend.start, l)} → ${formatPercent(trend.end, l)} (${signedPercent(change, l)}) over ${formatNumber(((last.time as number) - origin) / DAY_MS, l)} days, Mann–Kendall p ${pText(trend.p, l)}, ${n} posts.`,
      ru: `${name.ru}: ${formatPercent(trend.start, l)} → ${formatPercent(trend.end, l)} (${signedPercent(change, l)}) за ${formatNumber(((last.time as number) - origin) / DAY_MS, l)} дн., p Манна–Кендалла ${pText(trend.p, l)}, постов: ${n}.`,
    })[l];
  const countsNote = base
    ? null
    : {
        en: " Interaction counts (no reach, impressions, views or followers column): a change in reach moves them too.",
        ru: " Абсолютные взаимодействия (нет охвата, показов, просмотров, подписчиков): их двигает и изменение охвата.",
      };
  const note = both((l) =>
    [
      describe(l),
      significant
        ? ""
        : l === "en"
          ? " Not significant: counted as no change."
          : " Незначимо: считается, что изменения нет.",
      countsNote ? countsNote[l] : "",
    ].join(""),
  );
  const signal = scoreSignal(spec, t, significant ? change : 0, n, sampleConfidence(n, spec.minSample?.n ?? 8), {
    note,
  });
  if (signal.level === "watch" || signal.level === "critical") {
    const lastThird = smallestBy(points.slice(Math.floor((2 * n) / 3)), (p) => p.rate, MAX_EVIDENCE_ROWS);
    findings.push(
      findingFor(
        needsFactor,
        signal,
        both((l) => (l === "en" ? "Engagement is falling. " : "Вовлечённость падает. ") + describe(l)),
        table,
        lastThird.map((p) => p.index),
      ),
    );
  }
  return signal;
}

function topicSignal(
  table: ReadTable,
  allPoints: PostPoint[] | null,
  base: RateBase | null,
  ctx: FactorContext,
  findings: (Finding | null)[],
): SignalResult {
  const spec = WEAK_TOPIC_SHARE;
  const t = thresholdsOf(needsFactor, spec.id, ctx);
  if (!allPoints) return scoreSignal(spec, t, null, 0, 0, { note: NO_INTERACTIONS });
  // Topics (rubrics) say what the audience needs; formats are the fallback when there are no topics.
  const field = table.columns.topic ? "topic" : table.columns.format ? "format" : null;
  if (!field) {
    return scoreSignal(spec, t, null, 0, 0, {
      note: {
        en: "Needs a topic (rubric) or format column.",
        ru: "Нужен столбец темы (рубрики) или формата.",
      },
    });
  }
  const labels = table.columns[field]?.values ?? [];
  const points = allPoints.filter((p) => (labels[p.index] ?? "").trim() !== "");
  const n = points.length;
  type Group = { name: string; points: typeof points };
  const groups = new Map<string, Group>();
  // Labels repeat on many posts: each distinct cell text is normalised and looked up once.
  const byCell = new Map<string, Group>();
  for (const p of points) {
    const cell = labels[p.index] as string;
    let g = byCell.get(cell);
    if (!g) {
      const name = cell.trim();
      const key = name.toLowerCase().replace(/\s+/g, " ");
      g = groups.get(key);
      if (!g) {
        g = { name, points: [] };
        groups.set(key, g);
      }
      byCell.set(cell, g);
    }
    g.points.push(p);
  }
  const judged = [...groups.values()].filter((g) => g.points.length >= MIN_GROUP_POSTS);
  const fieldName: Localized = field === "topic" ? { en: "topics", ru: "тем" } : { en: "formats", ru: "форматов" };
  if (judged.length < 2) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: `Needs at least 2 ${fieldName.en} with ${MIN_GROUP_POSTS}+ posts each; found ${judged.length}.`,
        ru: `Нужно не меньше 2 ${fieldName.ru} по ${MIN_GROUP_POSTS}+ постов; найдено ${judged.length}.`,
      },
    });
  }
  const accountMedian = median(points.map((p) => p.rate));
  if (!(accountMedian > 0)) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: "Not computable: the account's median engagement is zero.",
        ru: "Не вычисляется: медианная вовлечённость аккаунта равна нулю.",
      },
    });
  }
  const leaveOneOut = judged.length <= LEAVE_ONE_OUT_MAX_GROUPS;
  // All rates sorted once (a typed-array sort, no comparator): the median of "every post outside group g" is then
  // a merge walk that skips g's own rates, not a filter and a selection per group.
  const allRates = leaveOneOut ? Float64Array.from(points, (p) => p.rate).sort() : new Float64Array(0);
  const medianWithout = (members: readonly PostPoint[]): number | null => {
    const m = n - members.length;
    if (m <= 0) return null;
    const own = Float64Array.from(members, (p) => p.rate).sort();
    const lo = Math.floor((m - 1) / 2);
    const hi = Math.floor(m / 2);
    let seen = 0;
    let low = 0;
    let j = 0;
    for (let i = 0; i < allRates.length; i++) {
      const rate = allRates[i] as number;
      if (j < own.length && own[j] === rate) {
        j++;
        continue;
      }
      if (seen === lo) low = rate;
      // Same interpolation as simple-statistics' median (type 7), so the value is identical to median(others).
      if (seen === hi) return lo === hi ? rate : low + 0.5 * (rate - low);
      seen++;
    }
    return null;
  };
  const weak = judged
    .map((g) => {
      const without = leaveOneOut ? medianWithout(g.points) : null;
      return {
        ...g,
        median: median(g.points.map((p) => p.rate)),
        yardstick: without ?? accountMedian,
      };
    })
    .filter((g) => g.median <= WEAK_GROUP_RATIO * g.yardstick)
    .sort((a, b) => b.points.length - a.points.length);
  const weakPosts = weak.reduce((a, g) => a + g.points.length, 0);
  const value = weakPosts / n;
  const name = rateName(base);
  const list = (l: Lang) =>
    weak
      .slice(0, 4)
      .map(
        (g) =>
          `${l === "en" ? `"${g.name}"` : `«${g.name}»`} ${g.points.length} ${l === "en" ? "posts" : "п."}, ${formatPercent(g.median, l)}`,
      )
      .join(", ");
  const signal = scoreSignal(spec, t, value, n, sampleConfidence(n, spec.minSample?.n ?? 8), {
    note: both(
      (l) =>
        ({
          en: `${judged.length} ${fieldName.en} judged by median ${name.en}${leaveOneOut ? " against the median of the other posts" : ""}; account median ${formatPercent(accountMedian, l)}; weak: ${weak.length ? list(l) : "none"}.`,
          ru: `Оценено ${fieldName.ru}: ${judged.length}, по медиане «${name.ru}»${leaveOneOut ? " относительно медианы остальных постов" : ""}; медиана аккаунта ${formatPercent(accountMedian, l)}; слабые: ${weak.length ? list(l) : "нет"}.`,
        })[l],
    ),
  });
  if (signal.level === "watch" || signal.level === "critical") {
    const evidence = smallestBy(
      weak.flatMap((g) => g.points),
      (p) => p.rate,
      MAX_EVIDENCE_ROWS,
    );
    findings.push(
      findingFor(
        needsFactor,
        signal,
        both(
          (l) =>
            ({
              en: `${formatPercent(value, l)} of posts are in ${fieldName.en} whose median engagement is 30%+ below the rest of the account (median ${formatPercent(accountMedian, l)}): ${list(l)}.`,
              ru: `${formatPercent(value, l)} постов — в ${field === "topic" ? "темах" : "форматах"} с медианной вовлечённостью на 30 %+ ниже остального аккаунта (медиана ${formatPercent(accountMedian, l)}): ${list(l)}.`,
            })[l],
        ),
        table,
        evidence.map((p) => p.index),
      ),
    );
  }
  return signal;
}

function negativeSignal(
  table: ReadTable,
  indices: readonly number[],
  ctx: FactorContext,
  findings: (Finding | null)[],
): SignalResult {
  const spec = NEGATIVE_GROWTH;
  const t = thresholdsOf(needsFactor, spec.id, ctx);
  const negative = table.columns.negative?.values;
  const dates = table.columns.date?.values;
  const base = rateBaseOf(table, ["reach", "impressions", "views"]);
  const baseValues = base ? table.columns[base]?.values : undefined;
  if (!negative || !dates || !baseValues || !base) {
    return scoreSignal(spec, t, null, 0, 0, {
      note: {
        en: "Needs dated posts with negative feedback (hides, complaints, unfollows) and reach or impressions.",
        ru: "Нужны посты с датой, негативом (скрытия, жалобы, отписки) и охватом или показами.",
      },
    });
  }
  const points = chronological(
    indices.reduce<{ index: number; time: number; neg: number; reach: number }[]>((out, index) => {
      const time = dates[index];
      const neg = negative[index];
      const reach = baseValues[index];
      if (time === null || time === undefined || neg === null || neg === undefined) return out;
      if (reach === null || reach === undefined || !(reach > 0)) return out;
      out.push({ index, time, neg, reach });
      return out;
    }, []),
  );
  const n = points.length;
  if (n < 4) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: `Needs at least 4 dated posts with negative feedback and ${base}; found ${n}.`,
        ru: `Нужно не меньше 4 постов с датой, негативом и охватом/показами; найдено ${n}.`,
      },
    });
  }
  const [early, late] = halves(points);
  const sum = (xs: typeof points, k: "neg" | "reach") => xs.reduce((a, p) => a + p[k], 0);
  const n1 = sum(early, "neg");
  const r1 = sum(early, "reach");
  const n2 = sum(late, "neg");
  const r2 = sum(late, "reach");
  const test = rateRatio(n1, r1, n2, r2);
  if (!test) return scoreSignal(spec, t, null, n, 0);
  const rising = test.ratio > 1;
  const counts = rising && test.p >= SIGNIFICANCE ? 1 : test.ratio;
  const per =
    base === "reach"
      ? { en: "reach", ru: "охвата" }
      : base === "impressions"
        ? { en: "impressions", ru: "показов" }
        : { en: "views", ru: "просмотров" };
  const describe = (l: Lang) =>
    ({
      en: `Negative feedback per 1000 ${per.en}: ${formatNumber((n1 / r1) * 1000, l, 2)} → ${formatNumber((n2 / r2) * 1000, l, 2)} (×${formatNumber(test.ratio, l, 2)}, p ${pText(test.p, l)}), ${n} posts.`,
      ru: `Негатив на 1000 ${per.ru}: ${formatNumber((n1 / r1) * 1000, l, 2)} → ${formatNumber((n2 / r2) * 1000, l, 2)} (×${formatNumber(test.ratio, l, 2)}, p ${pText(test.p, l)}), постов: ${n}.`,
    })[l];
  const note = both(
    (l) =>
      describe(l) +
      (rising && test.p >= SIGNIFICANCE
        ? l === "en"
          ? " Not significant: counted as no change."
          : " Незначимо: считается, что изменения нет."
        : ""),
  );
  const signal = scoreSignal(spec, t, counts, n, sampleConfidence(n, spec.minSample?.n ?? 8), { note });
  if (signal.level === "watch" || signal.level === "critical") {
    const worst = smallestBy(late, (p) => -(p.neg / p.reach), MAX_EVIDENCE_ROWS);
    findings.push(
      findingFor(
        needsFactor,
        signal,
        both((l) => (l === "en" ? "Negative feedback is rising. " : "Негатив растёт. ") + describe(l)),
        table,
        worst.map((p) => p.index),
      ),
    );
  }
  return signal;
}
