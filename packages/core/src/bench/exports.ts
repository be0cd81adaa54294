/**
 * Realistic exports for the audit bench: `rows` data rows split between a posts export (50 %), an ad report (30 %)
 * and an inbox / comments export (20 %), each 15 columns wide as real exports are (so the three hold exactly
 * rows × 15 cells and the Number() floor over them is the floor of the reading bench). Russian VK-style headers,
 * cells as Sheets `getValues()` hands them over ("1 234", "3,5%", dates as text and as Date objects, "-", blanks).
 * Captions come from a Zipf-distributed vocabulary of a few thousand words with emoji, hashtags, links and a
 * realistic copy-paste habit (about 4 % exact reposts, 3 % lightly edited ones), so the content factor's
 * duplicate search sees the kind of text it meets in practice. Deterministic for a given seed.
 */
import { createRandom, type Random } from "../stats/random";
import type { Cell } from "../table/types";
import { grouped, pad } from "./cells";

export interface BenchExports {
  posts: Cell[][];
  ads: Cell[][];
  messages: Cell[][];
}

export const POST_BENCH_HEADERS = [
  "Дата публикации",
  "Текст",
  "Рубрика",
  "Формат",
  "Подписчики",
  "Полный охват",
  "Просмотры",
  "Лайки",
  "Комментарии",
  "Репосты",
  "Сохранения",
  "Клики",
  "Конверсии",
  "Ссылка",
  "Post ID",
] as const;

export const AD_BENCH_HEADERS = [
  "Дата",
  "Кампания",
  "Группа объявлений",
  "Площадка",
  "Формат",
  "Показы",
  "Охват",
  "Частота",
  "Клики",
  "CTR, %",
  "Расход, ₽",
  "Цена клика, ₽",
  "Конверсии",
  "Цена конверсии, ₽",
  "Доход, ₽",
] as const;

export const MESSAGE_BENCH_HEADERS = [
  "Дата",
  "ID сообщения",
  "Автор",
  "Текст сообщения",
  "Площадка",
  "Тип",
  "Входящее",
  "Ответили",
  "Время ответа, мин",
  "Тональность",
  "Ответственный",
  "Тег",
  "Статус",
  "Город",
  "Канал",
] as const;

const TOPICS = ["Новинки", "Акции", "Конкурсы", "Советы", "Отзывы", "Закулисье", "Рецепты"];
const FORMATS = ["Фото", "Видео", "Клип", "Карусель", "Текст"];
const EMOJI = ["🔥", "☕", "🎉", "👉", "❤️", "✨"];
const TAGS = ["#кофе", "#обжарка", "#утро", "#скидки", "#coffee", "#рецепт"];
const SYLLABLES = [
  "ко",
  "фе",
  "зер",
  "но",
  "об",
  "жар",
  "ка",
  "вкус",
  "ут",
  "ро",
  "се",
  "зон",
  "ски",
  "дки",
  "ра",
  "ли",
  "ма",
  "то",
  "ве",
  "ст",
];
const CAMPAIGNS = Array.from(
  { length: 20 },
  (_, i) => `Кампания ${i + 1}: ${["охват", "трафик", "конверсии", "лиды"][i % 4]}`,
);
const GROUPS = ["18-24", "25-34", "35-44", "45+", "Интересы: кофе"];
const MESSAGE_TEXTS = [
  "Где мой заказ? Жду уже неделю",
  "Сколько стоит доставка в мой город?",
  "Спасибо, очень вкусно!",
  "Зерно пришло с опозданием, верните деньги",
  "Есть ли без кофеина?",
  "Отличный кофе, буду заказывать ещё",
  "Когда будет новая партия?",
  "Не могу оплатить картой на сайте",
];

/** A date cell as exports give it: "dd.mm.yyyy hh:mm" text half the time, a Sheets Date object otherwise. */
function dateCell(random: Random, ms: number): Cell {
  const d = new Date(ms);
  return random.chance(0.5)
    ? `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
    : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}

/** "dd.mm.yyyy": ad reports give one row per campaign, ad set and day. */
function dayCell(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** A vocabulary of `size` pseudo-words and a Zipf(1) sampler over it (a few words are everywhere, most are rare). */
function vocabulary(random: Random, size: number): () => string {
  const words: string[] = [];
  const seen = new Set<string>();
  while (words.length < size) {
    let w = "";
    const parts = 2 + random.int(0, 2);
    for (let k = 0; k < parts; k++) w += SYLLABLES[random.int(0, SYLLABLES.length - 1)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= size; r++) {
    total += 1 / r;
    cumulative.push(total);
  }
  return () => {
    const x = random.next() * total;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] as string;
  };
}

function caption(random: Random, word: () => string, r: number): string {
  const n = 6 + random.int(0, 34);
  let text = "";
  for (let w = 0; w < n; w++) {
    let t = word();
    if (w === 0) t = t.charAt(0).toUpperCase() + t.slice(1);
    text += (w ? " " : "") + t;
    if (random.chance(0.08)) text += random.chance(0.5) ? "," : ".";
  }
  if (random.chance(0.4)) text += ` ${EMOJI[random.int(0, EMOJI.length - 1)]}`;
  if (random.chance(0.5)) text += ` ${TAGS[random.int(0, TAGS.length - 1)]}`;
  if (random.chance(0.15)) text += ` Подробнее: https://example.com/p/${r}`;
  return text;
}

/**
 * Distinct words the captions draw from. Heaps' law puts a million words of social-media Russian at well over
 * 30 000 distinct word forms; the Zipf sampler then makes a few hundred of them cover half the text.
 */
const VOCABULARY = 40_000;

function posts(random: Random, rows: number): Cell[][] {
  const word = vocabulary(random, VOCABULARY);
  const out: Cell[][] = [POST_BENCH_HEADERS.slice()];
  const captions: string[] = [];
  const start = Date.UTC(2020, 0, 1);
  let followers = 20_000;
  for (let r = 0; r < rows; r++) {
    let text: string;
    const copy = random.next();
    if (captions.length > 10 && copy < 0.04) text = captions[random.int(0, captions.length - 1)] as string;
    else if (captions.length > 10 && copy < 0.07) text = `${captions[random.int(0, captions.length - 1)]} 🔥`;
    else if (copy < 0.1) text = "";
    else {
      text = caption(random, word, r);
      captions.push(text);
    }
    followers += random.int(-3, 8);
    const reach = 200 + random.int(0, 20_000);
    const likes = random.poisson(reach * 0.03);
    const p = random.next();
    out.push([
      dateCell(random, start + r * 3_600_000 + random.int(0, 3_599_999)),
      text,
      TOPICS[random.int(0, TOPICS.length - 1)] as string,
      FORMATS[random.int(0, FORMATS.length - 1)] as string,
      grouped(followers, " "),
      grouped(reach, random.chance(0.5) ? " " : "\u00a0"),
      p < 0.1 ? "-" : Math.round(reach * (1.1 + random.next())),
      p < 0.03 ? "" : likes,
      String(random.poisson(likes * 0.08)),
      p < 0.2 ? "" : random.poisson(likes * 0.05),
      random.poisson(likes * 0.06),
      random.poisson(reach * 0.004),
      `${random.poisson(reach * 0.0002)}.0`,
      random.chance(0.6)
        ? `https://example.com/p/${r}${random.chance(0.7) ? "?utm_source=vk&utm_medium=social" : ""}`
        : "",
      String(1_200_000_000_000_000 + r),
    ]);
  }
  return out;
}

function ads(random: Random, rows: number): Cell[][] {
  const out: Cell[][] = [AD_BENCH_HEADERS.slice()];
  const combos = CAMPAIGNS.length * GROUPS.length;
  const efficiency = Array.from({ length: combos }, () => 0.5 + random.next() * 2);
  const start = Date.UTC(2020, 0, 1);
  for (let r = 0; r < rows; r++) {
    const combo = r % combos;
    const day = Math.floor(r / combos);
    const impressions = 1000 + random.int(0, 40_000);
    const clicks = random.binomial(impressions, 0.01);
    const spend = Math.round(impressions * (0.15 + random.next() * 0.2) * 100) / 100;
    const conversions = random.binomial(clicks, 0.03 * (efficiency[combo] as number));
    const revenue = conversions * (1500 + random.int(0, 3000));
    out.push([
      dayCell(start + day * 86_400_000),
      CAMPAIGNS[Math.floor(combo / GROUPS.length)] as string,
      GROUPS[combo % GROUPS.length] as string,
      "ВКонтакте",
      FORMATS[combo % FORMATS.length] as string,
      grouped(impressions, " "),
      grouped(Math.round(impressions / (1.2 + random.next())), " "),
      `1,${random.int(10, 99)}`,
      clicks,
      `${((clicks / impressions) * 100).toFixed(2).replace(".", ",")}%`,
      `${grouped(Math.floor(spend), " ")},${pad(Math.round((spend % 1) * 100) % 100)}`,
      clicks > 0 ? (spend / clicks).toFixed(2).replace(".", ",") : "-",
      conversions,
      conversions > 0 ? (spend / conversions).toFixed(2).replace(".", ",") : "-",
      revenue > 0 ? grouped(revenue, " ") : "0",
    ]);
  }
  return out;
}

function messages(random: Random, rows: number): Cell[][] {
  const out: Cell[][] = [MESSAGE_BENCH_HEADERS.slice()];
  const start = Date.UTC(2020, 0, 1);
  for (let r = 0; r < rows; r++) {
    const inbound = random.chance(0.95);
    const replied = inbound && random.chance(0.85);
    out.push([
      dateCell(random, start + r * 1_800_000 + random.int(0, 1_799_999)),
      String(900_000 + r),
      `user${random.int(1, 50_000)}`,
      MESSAGE_TEXTS[random.int(0, MESSAGE_TEXTS.length - 1)] as string,
      "ВКонтакте",
      random.chance(0.7) ? "Комментарий" : "Сообщение",
      inbound ? "да" : "нет",
      inbound ? (replied ? "да" : "нет") : "",
      replied ? Math.round(5 + random.next() * 600) : "",
      ["позитив", "нейтрально", "негатив"][random.int(0, 2)] as string,
      ["Анна", "Олег", "Мария"][random.int(0, 2)] as string,
      ["доставка", "оплата", "ассортимент", ""][random.int(0, 3)] as string,
      replied ? "закрыт" : "открыт",
      ["Москва", "Казань", "Пермь", ""][random.int(0, 3)] as string,
      "VK",
    ]);
  }
  return out;
}

/** `rows` data rows in total, split 50 / 30 / 20 between posts, ads and messages. */
export function benchExports(rows: number, seed = 42): BenchExports {
  const random = createRandom(seed);
  const postRows = Math.round(rows * 0.5);
  const adRows = Math.round(rows * 0.3);
  return {
    posts: posts(random, postRows),
    ads: ads(random, adRows),
    messages: messages(random, rows - postRows - adRows),
  };
}
