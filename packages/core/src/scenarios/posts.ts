/**
 * The synthetic post export: ~5 posts a week at varied good hours, followers and reach growing together,
 * engagement near 1.8× the platform median with noise, clicks and conversions following engagement,
 * captions assembled from coprime cycles of hooks × bodies × products × benefits × calls to action.
 * Injected causes bend exactly the columns they describe (see causes.ts).
 */

import type { Random } from "../stats/random";
import type { Cell } from "../table/types";
import { formatDateTime, MINUTE_MS, SCENARIO_START } from "./calendar";
import { POST_HEADERS, type PostColumn } from "./headers";
import { healthyErByFollowers, REACH_RATE, type ScenarioSetup } from "./setup";
import { BENEFITS, BODIES, CALLS_TO_ACTION, FORMATS, fill, HASHTAGS, HOOKS, PRODUCTS, TOPICS } from "./vocabulary";

/** Hours (wall clock) when a brand's audience is awake and scrolling. */
const GOOD_HOURS = [8, 9, 11, 12, 13, 17, 18, 19, 20, 21] as const;
const POSTS_PER_WEEK = [4, 5, 5, 5, 6] as const;
/** Length of the injected gap: above the 21-day critical threshold. */
export const CADENCE_GAP_DAYS = 23;

/** Minutes since SCENARIO_START of every post, ascending. */
function schedule(setup: ScenarioSetup): number[] {
  const { random, days, cause } = setup;
  const times: number[] = [];
  const at = (day: number, hour: number) => day * 1440 + hour * 60 + random.int(0, 11) * 5;
  const gapStart = Math.floor(days * 0.4);
  const inGap = (day: number) => cause === "cadence" && day >= gapStart && day < gapStart + CADENCE_GAP_DAYS;
  for (let week = 0; week * 7 < days; week += 1) {
    const weekdays = random.shuffle([0, 1, 2, 3, 4, 5, 6]);
    if (cause === "cadence") {
      if (random.chance(0.35)) {
        // A burst: two days with 3–4 posts each.
        for (const weekday of weekdays.slice(0, 2)) {
          const hours = random.shuffle(GOOD_HOURS).slice(0, random.int(3, 4));
          for (const hour of hours) times.push(at(week * 7 + weekday, hour));
        }
      } else {
        for (const weekday of weekdays.slice(0, random.int(1, 2)))
          times.push(at(week * 7 + weekday, random.pick(GOOD_HOURS)));
      }
    } else {
      for (const weekday of weekdays.slice(0, random.pick(POSTS_PER_WEEK))) {
        times.push(at(week * 7 + weekday, random.pick(GOOD_HOURS)));
      }
    }
  }
  return times.filter((minutes) => minutes < days * 1440 && !inGap(Math.floor(minutes / 1440))).sort((a, b) => a - b);
}

/** Rotating pickers over shuffled lists: pairwise coprime lengths never repeat a combination soon. */
function rotation<T>(random: Random, items: readonly T[]): (i: number) => T {
  const order = random.shuffle(items);
  const offset = random.int(0, order.length - 1);
  return (i) => order[(i + offset) % order.length] as T;
}

function captionWriter(setup: ScenarioSetup): (i: number) => { caption: string; slug: string } {
  const { random, lang } = setup;
  const hook = rotation(random, HOOKS[lang]);
  const body = rotation(random, BODIES[lang]);
  const product = rotation(random, PRODUCTS);
  const benefit = rotation(random, BENEFITS[lang]);
  const cta = rotation(random, CALLS_TO_ACTION[lang]);
  return (i) => {
    const p = product(i);
    const tags = random.shuffle(HASHTAGS[lang]).slice(0, random.int(1, 3)).join(" ");
    const text = fill(body(i), { product: p.name[lang], benefit: benefit(i) });
    return { caption: `${hook(i)} ${text.charAt(0).toUpperCase()}${text.slice(1)} ${cta(i)} ${tags}`, slug: p.slug };
  };
}

/** A trivial edit that a copy-paster makes: still a near-duplicate after normalisation. */
function lightlyEdited(random: Random, caption: string): string {
  switch (random.int(0, 3)) {
    case 0:
      return `${caption} 🔥`;
    case 1:
      return caption.replace(/\./g, "!");
    case 2:
      return caption.toLowerCase();
    default:
      return `${caption}  `.replace(/ #/, "  #").trimEnd();
  }
}

export function generatePosts(setup: ScenarioSetup): Cell[][] {
  const { random, lang, platform, cause, days, months } = setup;
  const times = schedule(setup);
  // Platforms with low engagement per follower (Facebook, X) get proportionally bigger accounts, so a post still
  // collects ~80 interactions and per-post rates are not pure Poisson noise.
  const followerScale = Math.max(1, 80 / (healthyErByFollowers(platform) * 14000));
  const startFollowers = Math.round(random.int(8000, 20000) * followerScale);
  const organicGrowth = Math.min(0.6, 0.025 * months);
  const reachRate = REACH_RATE[platform];
  const engagementPerReach = healthyErByFollowers(platform) / reachRate;
  const formats = FORMATS[lang];
  const formatReach = [0.95, 1.0, 1.15];
  const formatEngagement = [0.95, 1.08, 1.0];
  const topics = TOPICS[lang];
  const topicEngagement = topics.map(() => random.logNormal(1, 0.06));
  const write = captionWriter(setup);
  const utmShare = cause === "analytics" ? 0.05 : 0.7;
  const domain =
    lang === "ru" ? "https://severnaya-obzharka.example/catalog" : "https://northside-roasters.example/products";
  const columns: PostColumn[] = (Object.keys(POST_HEADERS[lang]) as PostColumn[]).filter(
    (column) => !(cause === "analytics" && column === "conversions"),
  );
  const rows: Cell[][] = [columns.map((column) => POST_HEADERS[lang][column])];
  const captions: string[] = [];

  times.forEach((minutes, i) => {
    const f = times.length > 1 ? minutes / (days * 1440) : 0;
    const organic = startFollowers * (1 + organicGrowth * f);
    // Bought followers arrive in three batches adding 80 % of the starting count.
    const bought =
      cause === "audience"
        ? (startFollowers * 0.8 * ((f >= 0.2 ? 1 : 0) + (f >= 0.45 ? 1 : 0) + (f >= 0.7 ? 1 : 0))) / 3
        : 0;
    const followers = Math.round(organic + bought + random.normal() * startFollowers * 0.002);
    const formatIndex = random.int(0, formats.length - 1);
    const topicIndex = random.int(0, topics.length - 1);
    const reachTrend = cause === "audience" ? 1 - 0.35 * f : 1;
    const reach = Math.max(
      50,
      Math.round(organic * reachRate * (formatReach[formatIndex] ?? 1) * random.logNormal(1, 0.25) * reachTrend),
    );
    const quality =
      random.logNormal(1, 0.3) * (topicEngagement[topicIndex] ?? 1) * (formatEngagement[formatIndex] ?? 1);
    const interest = cause === "needs" ? 1 - 0.5 * f : 1;
    const interactions = reach * engagementPerReach * quality * interest;
    const hasLink = random.chance(0.9);
    const clickRate = hasLink ? 0.01 : 0.0015;
    const clicks =
      cause === "audience"
        ? random.poisson(startFollowers * reachRate * clickRate * random.logNormal(1, 0.5))
        : random.poisson(reach * clickRate * quality * interest * random.logNormal(1, 0.15));
    const { caption, slug } = write(i);
    let text = caption;
    if (cause === "content" && i >= 3 && random.chance(0.3)) {
      const original = captions[random.int(0, captions.length - 1)] ?? caption;
      text = random.chance(0.5) ? original : lightlyEdited(random, original);
    } else {
      captions.push(caption);
    }
    const utm = random.chance(utmShare) ? `?utm_source=${platform}&utm_medium=social&utm_campaign=post_${slug}` : "";
    const values: Record<PostColumn, Cell> = {
      date: formatDateTime(SCENARIO_START + minutes * MINUTE_MS, lang),
      format: formats[formatIndex] ?? "",
      topic: topics[topicIndex] ?? "",
      text,
      link: hasLink ? `${domain}/${slug}${utm}` : "",
      followers,
      impressions: Math.round(reach * (1.2 + 0.25 * random.next())),
      reach,
      likes: random.poisson(interactions * 0.8),
      comments: random.poisson(interactions * 0.07),
      shares: random.poisson(interactions * 0.06),
      saves: random.poisson(interactions * 0.07),
      clicks,
      conversions: random.binomial(clicks, 0.04),
      negative: random.poisson(reach * 0.0008 * (cause === "needs" ? 1 + f : 1)),
    };
    rows.push(columns.map((column) => values[column]));
  });
  return rows;
}
