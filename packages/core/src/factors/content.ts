/**
 * Factor `content`: low content quality. Signals: copy-paste captions (identical or near-identical after
 * normalisation), most posts below the engagement of the weakest quarter of brands on the platform, posts that
 * nobody passes on (amplification = shares / reach falling against the first half of the period, or close to
 * zero), and captions that say nothing (empty or under 3 words). A single format for nearly every post is
 * reported as a finding only: it narrows reach but does not by itself prove the content is weak.
 */
import { median } from "simple-statistics";
import { sheetRows } from "../audit/rows";
import { sampleConfidence, scoreSignal } from "../audit/score";
import type { FactorContext, FactorPlugin, Finding, SignalResult, SignalSpec } from "../audit/types";
import { findBenchmark } from "../benchmarks/find";
import { both, formatNumber, formatPercent } from "../i18n/format";
import type { Lang, Localized } from "../i18n/localized";
import { obliqueRu, type PluralForms, plural, RU_OBLIQUE } from "../i18n/plural";
import type { ReadTable } from "../table/types";
import { captionWordHashes } from "../text/captions";
import { findCaptionDuplicates } from "../text/near-duplicates";
import { assembleResult, notAssessed, thresholdsOf } from "./common";
import {
  chronological,
  halves,
  type Interactions,
  interactionsOf,
  onPlatform,
  otherPlatformsNote,
  postPoints,
  pText,
  RATE_LABEL,
  rateBaseOf,
  rateRatio,
  smallestBy,
} from "./post-helpers";
import { pickPostRows } from "./post-rows";
import { findingFor, MAX_EVIDENCE_ROWS, present } from "./scoring-helpers";

/** "1 of 5 posts repeats" / "1 из 5 постов повторяет". */
const REPEATS: PluralForms = { en: ["repeats", "repeat"], ru: ["повторяет", "повторяют", "повторяют"] };

/**
 * Bottom quartile of brands ≈ half the published median. Rival IQ and Socialinsider publish medians only.
 * Engagement rates across brands are roughly log-normal; Rival IQ's industry medians for one platform span about
 * 20× (Instagram 2023: ~0.1 % media to ~2.4 % higher education), i.e. a log-spread σ ≈ 1, and the first quartile
 * of a log-normal is median × e^(−0.674σ) ≈ 0.51 × median. An assumption, stated in every note that uses it.
 */
export const BOTTOM_QUARTILE_OF_MEDIAN = 0.5;
/** Captions with fewer words than this (after removing links, tags, emoji and digits) say nothing. */
export const SHORT_CAPTION_WORDS = 3;
/**
 * "Saves + shares near zero": under one pass-on per 10 000 people reached over the whole period, judged only
 * when total reach is at least 10 000 (so an account that healthy content would give ≥ 5 shares at 0.5 per 1000
 * cannot be called silent from a tiny sample).
 */
export const NEAR_ZERO_PASS_ON = 0.0001;
export const NEAR_ZERO_MIN_REACH = 10_000;
/** A fall in amplification counts only when a Poisson rate-ratio test finds it significant. */
export const SIGNIFICANCE = 0.05;
/** One format for at least this share of ≥ 20 labelled posts is reported as a finding. */
export const SINGLE_FORMAT_SHARE = 0.95;
const SINGLE_FORMAT_MIN_POSTS = 20;
const POSTS: Localized = { en: "posts", ru: "постов" };

const DUPLICATES: SignalSpec = {
  id: "duplicate_captions",
  title: { en: "Posts repeating an earlier caption", ru: "Посты, повторяющие прежнюю подпись" },
  unit: "fraction",
  direction: "higher_is_worse",
  watch: 0.1,
  critical: 0.25,
  minSample: { n: 8, unit: POSTS },
};

const BELOW_QUARTILE: SignalSpec = {
  id: "below_bottom_quartile",
  title: {
    en: "Posts below the platform's bottom-quartile engagement",
    ru: "Посты ниже нижнего квартиля вовлечённости платформы",
  },
  unit: "fraction",
  direction: "higher_is_worse",
  watch: 0.4,
  critical: 0.6,
  minSample: { n: 8, unit: POSTS },
};

const AMPLIFICATION: SignalSpec = {
  id: "amplification_vs_prior",
  title: {
    en: "Amplification (shares / reach) vs the first half of the period",
    ru: "Распространение (репосты / охват) относительно первой половины периода",
  },
  unit: "ratio",
  direction: "lower_is_worse",
  watch: 0.5,
  critical: 0.25,
  minSample: { n: 8, unit: POSTS },
};

const SHORT_CAPTIONS: SignalSpec = {
  id: "short_captions",
  title: { en: "Posts with empty or very short captions", ru: "Посты с пустой или очень короткой подписью" },
  unit: "fraction",
  direction: "higher_is_worse",
  // No published norm: set so that only an account where most posts carry no message trips it. Short captions are
  // normal on TikTok and for some Reels, so half the posts (watch) and four in five (critical) are deliberately high.
  watch: 0.5,
  critical: 0.8,
  minSample: { n: 8, unit: POSTS },
};

export const contentFactor: FactorPlugin = {
  id: "content",
  title: { en: "Content quality", ru: "Качество контента" },
  summary: {
    en: "Low content quality: many weak posts, nothing shared or saved, copy-paste or empty captions, one format only.",
    ru: "Низкое качество контента: много слабых постов, ничем не делятся и не сохраняют, копипаст или пустые подписи, один формат.",
  },
  needs: [
    ["text"],
    ["shares", "reach"],
    ["shares", "impressions"],
    ["likes", "followers"],
    ["engagements", "followers"],
  ],
  signals: [DUPLICATES, BELOW_QUARTILE, AMPLIFICATION, SHORT_CAPTIONS],
  recommendation: {
    en: "Write each post for one need of the audience instead of re-using templates, study the posts that were shared and saved and make more like them, give every post a caption with a message and a call to action, and test other formats.",
    ru: "Пишите каждый пост под одну потребность аудитории вместо повторения шаблонов, разберите посты, которыми делились и которые сохраняли, и делайте больше таких, давайте каждому посту подпись со смыслом и призывом к действию, тестируйте другие форматы.",
  },
  evaluate(data, ctx) {
    const plugin = contentFactor;
    const rows = pickPostRows(data, {
      needs: plugin.needs,
      preferred: ["text", "shares", "reach", "date", "followers", "likes", "format"],
    });
    if (!rows) return notAssessed(plugin);
    const { table, indices } = rows;
    const interactions = interactionsOf(table);
    const findings: (Finding | null)[] = [];
    const captions = captionSignals(table, indices, ctx, findings);
    const signals: SignalResult[] = [
      captions.duplicates,
      quartileSignal(table, indices, interactions, ctx, findings),
      amplificationSignal(table, indices, ctx, findings),
      captions.short,
    ];
    const format = singleFormatFinding(table, indices);
    if (format) findings.push(format);
    return assembleResult(plugin, signals, present(findings));
  },
};

function captionSignals(
  table: ReadTable,
  indices: readonly number[],
  ctx: FactorContext,
  findings: (Finding | null)[],
): { duplicates: SignalResult; short: SignalResult } {
  const dupT = thresholdsOf(contentFactor, DUPLICATES.id, ctx);
  const shortT = thresholdsOf(contentFactor, SHORT_CAPTIONS.id, ctx);
  const texts = table.columns.text?.values;
  if (!texts) {
    const note: Localized = { en: "Needs a text (caption) column.", ru: "Нужен столбец текста (подписи)." };
    return {
      duplicates: scoreSignal(DUPLICATES, dupT, null, 0, 0, { note }),
      short: scoreSignal(SHORT_CAPTIONS, shortT, null, 0, 0, { note }),
    };
  }
  const dates = table.columns.date?.values;
  // Earlier = earlier date when dated (exports often list newest first), else sheet order.
  const ordered = chronological(indices.map((index) => ({ index, time: dates?.[index] ?? null })));
  // Captions as word hashes in one scan (no normalised strings): enough to count words and find repeats.
  const captions = ordered.map((p) => texts[p.index]);
  const words = captionWordHashes(captions);
  const wordsOf = (k: number) => (words.starts[k + 1] as number) - (words.starts[k] as number);

  // Short or empty captions: every post row counts (an empty cell is an empty caption).
  const shortIdx = ordered.filter((_, k) => wordsOf(k) < SHORT_CAPTION_WORDS);
  const nAll = ordered.length;
  const shortValue = nAll ? shortIdx.length / nAll : null;
  const short = scoreSignal(SHORT_CAPTIONS, shortT, shortValue, nAll, sampleConfidence(nAll, 8), {
    note: {
      en: `${shortIdx.length} of ${nAll} posts ${shortIdx.length === 1 ? "has" : "have"} an empty caption or fewer than ${SHORT_CAPTION_WORDS} words (links, hashtags, emoji and digits not counted).`,
      ru: `У ${shortIdx.length} из ${nAll} ${obliqueRu(nAll, RU_OBLIQUE.posts)} подпись пустая или короче ${SHORT_CAPTION_WORDS} слов (без ссылок, хэштегов, эмодзи и цифр).`,
    },
  });
  if (shortValue !== null && (short.level === "watch" || short.level === "critical")) {
    findings.push(
      findingFor(
        contentFactor,
        short,
        both(
          (l) =>
            ({
              en: `${formatPercent(shortValue, l)} of posts (${shortIdx.length} of ${nAll}) have an empty caption or fewer than ${SHORT_CAPTION_WORDS} words.`,
              ru: `У ${formatPercent(shortValue, l)} постов (${shortIdx.length} из ${nAll}) подпись пустая или короче ${SHORT_CAPTION_WORDS} слов.`,
            })[l],
        ),
        table,
        shortIdx.slice(0, MAX_EVIDENCE_ROWS).map((p) => p.index),
      ),
    );
  }

  let withText = 0;
  for (let k = 0; k < nAll; k++) if (wordsOf(k) > 0) withText++;
  const matches = findCaptionDuplicates(captions, words);
  const dupValue = withText ? matches.length / withText : null;
  const sheet = (k: number) => sheetRows(table, [(ordered[k] as { index: number }).index])[0] as number;
  const example = matches[0];
  const duplicates = scoreSignal(DUPLICATES, dupT, dupValue, withText, sampleConfidence(withText, 8), {
    note: both(
      (l) =>
        ({
          en: `${matches.length} of ${withText} posts with text ${plural(matches.length, "en", REPEATS)} an earlier caption${example ? ` (e.g. row ${sheet(example.index)} repeats row ${sheet(example.of)})` : ""}.`,
          ru: `${matches.length} из ${withText} ${obliqueRu(withText, RU_OBLIQUE.posts)} с текстом ${plural(matches.length, "ru", REPEATS)} прежнюю подпись${example ? ` (например, строка ${sheet(example.index)} повторяет строку ${sheet(example.of)})` : ""}.`,
        })[l],
    ),
  });
  if (dupValue !== null && (duplicates.level === "watch" || duplicates.level === "critical")) {
    findings.push(
      findingFor(
        contentFactor,
        duplicates,
        both(
          (l) =>
            ({
              en: `${formatPercent(dupValue, l)} of posts (${matches.length} of ${withText}) repeat an earlier caption word for word or nearly so${example ? `, e.g. row ${sheet(example.index)} repeats row ${sheet(example.of)}` : ""}.`,
              ru: `${formatPercent(dupValue, l)} постов (${matches.length} из ${withText}) дословно или почти дословно повторяют прежнюю подпись${example ? `, например строка ${sheet(example.index)} повторяет строку ${sheet(example.of)}` : ""}.`,
            })[l],
        ),
        table,
        matches.slice(0, MAX_EVIDENCE_ROWS).map((m) => (ordered[m.index] as { index: number }).index),
      ),
    );
  }
  return { duplicates, short };
}

function quartileSignal(
  table: ReadTable,
  indices: readonly number[],
  interactions: Interactions | null,
  ctx: FactorContext,
  findings: (Finding | null)[],
): SignalResult {
  const spec = BELOW_QUARTILE;
  const t = thresholdsOf(contentFactor, spec.id, ctx);
  const bench = findBenchmark("er_by_followers", ctx.platform, ctx.options.benchmark);
  if (!interactions || !table.columns.followers) {
    const base = rateBaseOf(table);
    return scoreSignal(spec, t, null, 0, 0, {
      note: {
        en: `Needs interactions and followers per post: published benchmarks are ER by followers${base && base !== "followers" ? `, and ${RATE_LABEL[base].en} is not like-for-like` : ""}. Own-history comparisons are made by the amplification signal here and the engagement trend under "needs".`,
        ru: `Нужны взаимодействия и подписчики по постам: опубликованные нормы — ER по подписчикам${base && base !== "followers" ? `, а ${RATE_LABEL[base].ru} несопоставим` : ""}. Сравнение с собственной историей делают сигнал распространения здесь и тренд вовлечённости в «потребностях».`,
      },
    });
  }
  if (!bench) {
    return scoreSignal(spec, t, null, 0, 0, {
      note: ctx.platform
        ? {
            en: `No published ER-by-followers benchmark for ${ctx.platform}.`,
            ru: `Нет нормы ER по подписчикам для ${ctx.platform}.`,
          }
        : {
            en: "Needs a platform to compare with a benchmark: set platform=instagram (facebook, tiktok, x) or add a platform column.",
            ru: "Для сравнения с нормой нужна платформа: укажите platform=instagram (facebook, tiktok, x) или добавьте столбец платформы.",
          },
    });
  }
  const platform = bench.platform ?? ctx.platform;
  const comparable = platform ? onPlatform(table, indices, platform) : { indices: [...indices], excluded: 0 };
  const extra = platform ? otherPlatformsNote(comparable.excluded, platform) : null;
  const points = postPoints(table, comparable.indices, interactions, "followers");
  const n = points.length;
  if (n === 0) {
    return scoreSignal(spec, t, null, 0, 0, {
      note: {
        en: "No post has both interactions and a followers count above zero.",
        ru: "Нет постов, где есть и взаимодействия, и число подписчиков больше нуля.",
      },
    });
  }
  const line = BOTTOM_QUARTILE_OF_MEDIAN * bench.value;
  const below = points.filter((p) => p.rate < line);
  const value = n ? below.length / n : null;
  const accountMedian = n ? median(points.map((p) => p.rate)) : null;
  const describe = (l: Lang) =>
    ({
      en: `${below.length} of ${n} posts below ${formatPercent(line, l)} ER by followers, the estimated bottom quartile of ${bench.platform} brands (0.5 × the ${formatPercent(bench.value, l)} median, ${bench.source}); account median ${accountMedian !== null ? formatPercent(accountMedian, l) : "—"}.`,
      ru: `${below.length} из ${n} ${obliqueRu(n, RU_OBLIQUE.posts)} ниже ${formatPercent(line, l)} ER по подписчикам — оценки нижнего квартиля брендов ${bench.platform} (0,5 × медиана ${formatPercent(bench.value, l)}, ${bench.source}); медиана аккаунта ${accountMedian !== null ? formatPercent(accountMedian, l) : "—"}.`,
    })[l];
  const signal = scoreSignal(spec, t, value, n, sampleConfidence(n, spec.minSample?.n ?? 8), {
    note: both((l) => describe(l) + (extra?.[l] ?? "")),
    benchmark: {
      id: bench.id,
      label: {
        en: `Estimated bottom quartile: 0.5 × ${bench.source} median ER by followers, ${bench.platform}`,
        ru: `Оценка нижнего квартиля: 0,5 × медиана ER по подписчикам, ${bench.source}, ${bench.platform}`,
      },
      value: line,
      source: bench.source,
      year: bench.year,
      denominator: bench.denominator,
    },
  });
  if (value !== null && (signal.level === "watch" || signal.level === "critical")) {
    findings.push(
      findingFor(
        contentFactor,
        signal,
        both((l) => `${formatPercent(value, l)}: ${describe(l)}`),
        table,
        smallestBy(below, (p) => p.rate, MAX_EVIDENCE_ROWS).map((p) => p.index),
      ),
    );
  }
  return signal;
}

function amplificationSignal(
  table: ReadTable,
  indices: readonly number[],
  ctx: FactorContext,
  findings: (Finding | null)[],
): SignalResult {
  const spec = AMPLIFICATION;
  const t = thresholdsOf(contentFactor, spec.id, ctx);
  const shares = table.columns.shares?.values;
  const saves = table.columns.saves?.values;
  const dates = table.columns.date?.values;
  const base = rateBaseOf(table, ["reach", "impressions", "views"]);
  const baseValues = base ? table.columns[base]?.values : undefined;
  if (!shares || !baseValues || !base || !dates) {
    return scoreSignal(spec, t, null, 0, 0, {
      note: {
        en: "Needs dated posts with shares (reposts, retweets) and reach or impressions.",
        ru: "Нужны посты с датой, репостами и охватом или показами.",
      },
    });
  }
  const points = chronological(
    indices.reduce<{ index: number; time: number; shares: number; saves: number; reach: number }[]>((out, index) => {
      const time = dates[index];
      const s = shares[index];
      const r = baseValues[index];
      if (time === null || time === undefined || s === null || s === undefined) return out;
      if (r === null || r === undefined || !(r > 0)) return out;
      out.push({ index, time, shares: s, saves: saves?.[index] ?? 0, reach: r });
      return out;
    }, []),
  );
  const n = points.length;
  if (n < 4) {
    return scoreSignal(spec, t, null, n, 0, {
      note: {
        en: `Needs at least 4 dated posts with shares and ${base}; found ${n}.`,
        ru: `Нужно не меньше 4 постов с датой, репостами и охватом/показами; найдено ${n}.`,
      },
    });
  }
  const per: Localized =
    base === "reach"
      ? { en: "reach", ru: "охвата" }
      : base === "impressions"
        ? { en: "impressions", ru: "показов" }
        : { en: "views", ru: "просмотров" };
  const totalReach = points.reduce((a, p) => a + p.reach, 0);
  const passOn = points.reduce((a, p) => a + p.shares + p.saves, 0);
  const confidence = sampleConfidence(n, spec.minSample?.n ?? 8);
  if (totalReach >= NEAR_ZERO_MIN_REACH && passOn / totalReach < NEAR_ZERO_PASS_ON) {
    const message = both(
      (l) =>
        ({
          en: `Almost nobody passes the posts on: ${formatNumber(passOn, l)} shares${saves ? " and saves" : ""} over ${formatNumber(totalReach, l)} ${per.en} (${formatNumber((passOn / totalReach) * 1000, l, 3)} per 1000), ${n} posts.`,
          ru: `Постами почти не делятся: ${saves ? "репостов и сохранений" : "репостов"} ${formatNumber(passOn, l)} на ${formatNumber(totalReach, l)} ${per.ru} (${formatNumber((passOn / totalReach) * 1000, l, 3)} на 1000), постов: ${n}.`,
        })[l],
    );
    const signal = scoreSignal(spec, t, 0, n, confidence, { note: message });
    if (signal.level === "watch" || signal.level === "critical") {
      const biggest = smallestBy(points, (p) => -p.reach, MAX_EVIDENCE_ROWS);
      findings.push(
        findingFor(
          contentFactor,
          signal,
          message,
          table,
          biggest.map((p) => p.index),
        ),
      );
    }
    return signal;
  }
  const [early, late] = halves(points);
  const sum = (xs: typeof points, k: "shares" | "reach") => xs.reduce((a, p) => a + p[k], 0);
  const s1 = sum(early, "shares");
  const r1 = sum(early, "reach");
  const s2 = sum(late, "shares");
  const r2 = sum(late, "reach");
  const test = rateRatio(s1, r1, s2, r2);
  if (!test) return scoreSignal(spec, t, null, n, 0);
  const falling = test.ratio < 1;
  const value = falling && test.p >= SIGNIFICANCE ? 1 : test.ratio;
  const describe = (l: Lang) =>
    ({
      en: `Shares per 1000 ${per.en}: ${formatNumber((s1 / r1) * 1000, l, 2)} in the first half → ${formatNumber((s2 / r2) * 1000, l, 2)} in the second (×${formatNumber(test.ratio, l, 2)}, p ${pText(test.p, l)}), ${n} posts.`,
      ru: `Репосты на 1000 ${per.ru}: ${formatNumber((s1 / r1) * 1000, l, 2)} в первой половине → ${formatNumber((s2 / r2) * 1000, l, 2)} во второй (×${formatNumber(test.ratio, l, 2)}, p ${pText(test.p, l)}), постов: ${n}.`,
    })[l];
  const signal = scoreSignal(spec, t, value, n, confidence, {
    note: both(
      (l) =>
        describe(l) +
        (falling && test.p >= SIGNIFICANCE
          ? l === "en"
            ? " Not significant: counted as no change."
            : " Незначимо: считается, что изменения нет."
          : ""),
    ),
  });
  if (signal.level === "watch" || signal.level === "critical") {
    const worst = [...late].sort((a, b) => a.shares / a.reach - b.shares / b.reach || b.reach - a.reach);
    findings.push(
      findingFor(
        contentFactor,
        signal,
        both((l) => (l === "en" ? "Fewer people pass the posts on. " : "Постами делятся реже. ") + describe(l)),
        table,
        worst.slice(0, MAX_EVIDENCE_ROWS).map((p) => p.index),
      ),
    );
  }
  return signal;
}

function singleFormatFinding(table: ReadTable, indices: readonly number[]): Finding | null {
  const formats = table.columns.format?.values;
  if (!formats) return null;
  const counts = new Map<string, { name: string; count: number }>();
  // Exports repeat a handful of labels: lowercase each distinct one once, not once per post.
  const keys = new Map<string, string>();
  let labelled = 0;
  for (const i of indices) {
    const name = formats[i]?.trim();
    if (!name) continue;
    labelled++;
    let key = keys.get(name);
    if (key === undefined) {
      key = name.toLowerCase();
      keys.set(name, key);
    }
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { name, count: 1 });
  }
  if (labelled < SINGLE_FORMAT_MIN_POSTS) return null;
  const top = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  if (!top || top.count / labelled < SINGLE_FORMAT_SHARE) return null;
  const share = top.count / labelled;
  return {
    factor: "content",
    severity: "watch",
    message: both(
      (l) =>
        ({
          en: `One format only: ${formatPercent(share, l)} of ${labelled} posts are "${top.name}". Other formats reach people this one does not.`,
          ru: `Один формат: ${formatPercent(share, l)} из ${labelled} ${obliqueRu(labelled, RU_OBLIQUE.posts)} — «${top.name}». Другие форматы доходят до тех, до кого этот не доходит.`,
        })[l],
    ),
    rows: [],
    source: table.source,
  };
}
