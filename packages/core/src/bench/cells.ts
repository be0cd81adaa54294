/**
 * Realistic cells for benches: a seeded generator of a Russian/English SMM export as Sheets `getValues()` would hand
 * it over (numbers, "1 234,5" strings, "3,5%", dates as strings and Date objects, texts, "-", empties).
 * Deterministic for a given seed, so bench runs compare like with like. Shared by the read and audit benches.
 */
import { createRandom } from "../stats/random";
import type { Cell } from "../table/types";

/** Floats in [0, 1) from the shared seeded generator. */
export function seededRandom(seed: number): () => number {
  return createRandom(seed).next;
}

export const BENCH_HEADERS = [
  "Дата публикации",
  "Текст",
  "Рубрика",
  "Формат",
  "Полный охват",
  "Просмотры",
  "Лайки",
  "Комментарии",
  "Репосты",
  "ER, %",
  "Расход, ₽",
  "Клики",
  "Конверсии",
  "Post ID",
  "Ссылка",
] as const;

const TOPICS = ["Новинки", "Акции", "Конкурсы", "Советы", "Отзывы"];
const FORMATS = ["Фото", "Видео", "Клип", "Карусель", "Текст"];
const WORDS = ["кофе", "новый", "сезон", "скидки", "розыгрыш", "рецепт", "утро", "вкус", "зерно", "обжарка", "coffee"];

/** Two digits: 5 → "05". */
export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "1 234 567" with a normal or no-break space between thousands. */
export function grouped(n: number, sep: string): string {
  const s = String(n);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return out;
}

/** Header row plus `rows` data rows of 15 realistic columns. */
export function benchCells(rows: number, seed = 42): Cell[][] {
  const random = seededRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  const values: Cell[][] = [BENCH_HEADERS.slice()];
  const start = Date.UTC(2025, 0, 1);
  for (let r = 0; r < rows; r++) {
    const when = start + r * 3_600_000 + int(3_600_000);
    const d = new Date(when);
    const date: Cell =
      random() < 0.5
        ? `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
        : new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
    const reach = 200 + int(50_000);
    const words = 3 + int(12);
    let text = "";
    for (let w = 0; w < words; w++) text += (w ? " " : "") + (WORDS[int(WORDS.length)] as string);
    const p = random();
    values.push([
      date,
      text,
      TOPICS[int(TOPICS.length)] as string,
      FORMATS[int(FORMATS.length)] as string,
      grouped(reach, random() < 0.5 ? " " : "\u00a0"),
      p < 0.1 ? "-" : int(80_000),
      p < 0.05 ? "" : int(2_000),
      String(int(300)),
      p < 0.2 ? "" : int(150),
      `${int(10)},${int(10)}%`,
      `${grouped(int(20_000), " ")},${int(10)}`,
      int(900),
      `${int(40)}.0`,
      String(1_200_000_000_000_000 + r),
      random() < 0.3 ? `https://example.com/p/${r}?utm_source=vk` : "",
    ]);
  }
  return values;
}

/** The floor: every cell through Number(), summed so the work cannot be optimised away. */
export function numberPass(values: Cell[][]): number {
  let sum = 0;
  for (let r = 1; r < values.length; r++) {
    const row = values[r] as Cell[];
    for (let j = 0; j < row.length; j++) {
      const n = Number(row[j]);
      if (!Number.isNaN(n)) sum += n;
    }
  }
  return sum;
}
