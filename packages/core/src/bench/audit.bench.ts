/**
 * Bench: the full audit of 1k, 10k and 100k rows against the reading floor.
 *
 * What it measures: `rows` data rows in three realistic exports, all 15 columns wide (bench/exports.ts): posts
 * (50 %), an ad report (30 %) and an inbox (20 %), so every one of the eight factors is assessed, as in a real
 * audit of posts + ads + comments exports. "Full audit" = readTable on the three 2D arrays + every factor + the
 * overall risk + the money verdict, i.e. exactly what `smm-risk audit posts.csv ads.csv inbox.csv` does after
 * parsing the CSV. The floor is a bare Number() pass over the same rows × 15 cells (the floor of the reading bench,
 * issue 2). Per-factor times on the largest size show where the evaluate time goes.
 * Times are the process's CPU time (user + system, so GC threads count), best of several runs after a warm-up: on a
 * shared machine wall time mostly measures waiting for a core. The last run's wall time is printed too.
 * Run with `pnpm --filter @smm-risk/core bench` (BENCH_SIZES=1000,10000 to override the sizes).
 */
import { createContext } from "../audit/context";
import { audit } from "../audit/engine";
import { FACTORS } from "../factors/index";
import { parseOptions } from "../options/parse";
import { generateScenario } from "../scenarios/index";
import { readTable } from "../table/read";
import type { ReadTable } from "../table/types";
import { numberPass } from "./cells";
import { benchExports } from "./exports";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
/** The target from the audit issue: the full audit within 3× the reading floor. */
const TARGET_RATIO = 3;
const OPTIONS = "platform=vk; currency=RUB; margin=0.3";

let lastWallMs = 0;
let sink = 0;

/** Best CPU time in ms of `runs` runs, after one warm-up run unless `warm` is false. */
function best(runs: number, fn: () => void, warm = true): number {
  if (warm) fn();
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(cpu);
    lastWallMs = performance.now() - wall;
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

/** Each factor's evaluate time (best of `runs`) on the given tables, slowest first. */
function perFactor(tables: ReadTable[], options: unknown, runs: number): string {
  const parsed = parseOptions(options);
  const ctx = createContext(parsed, parsed.platform);
  return FACTORS.map((plugin) => ({
    id: plugin.id,
    ms: best(runs, () => {
      sink += plugin.evaluate({ tables }, ctx).signals.length;
    }),
  }))
    .sort((a, b) => b.ms - a.ms)
    .map((f) => `${f.id} ${f.ms.toFixed(1)}`)
    .join(", ");
}

const ms = (v: number) => `${v.toFixed(1).padStart(8)} ms`;
console.log(
  "\nFull audit (readTable + 8 factors + overall + verdict) of posts (50 %) + ads (30 %) + inbox (20 %) exports,",
);
console.log("15 columns each; floor = Number() over the same rows × 15 cells. CPU ms, best of several runs.");
console.log("rows     | floor (Number) | readTable | evaluate | full audit | audit/floor | audit/read");
let last: { rows: number; ratio: number; wallMs: number; tables: ReadTable[] } | null = null;
for (const rows of SIZES) {
  const exports = benchExports(rows);
  const arrays = [exports.posts, exports.ads, exports.messages];
  const runs = rows >= 100_000 ? 3 : 5;
  const floorMs = best(runs, () => {
    for (const v of arrays) sink += numberPass(v);
  });
  const read = () => arrays.map((v) => readTable(v));
  const readMs = best(runs, () => {
    sink += read().length;
  });
  const tables = read();
  const evaluateMs = best(runs, () => {
    sink += audit(tables, OPTIONS).factors.length;
  });
  const fullMs = best(runs, () => {
    sink += audit(read(), OPTIONS).factors.length;
  });
  const ratio = fullMs / floorMs;
  last = { rows, ratio, wallMs: lastWallMs, tables };
  console.log(
    `${String(rows).padEnd(8)} | ${ms(floorMs)}    | ${ms(readMs)}| ${ms(evaluateMs)}| ${ms(fullMs)}  | ${ratio.toFixed(1).padStart(8)}×   | ${(fullMs / readMs).toFixed(2).padStart(6)}×`,
  );
}

if (last) {
  console.log(`Per factor on ${last.rows} rows (CPU ms): ${perFactor(last.tables, OPTIONS, 3)}`);
  const verdict = last.ratio <= TARGET_RATIO ? "within" : "over";
  console.log(
    `Full audit at ${last.rows} rows: ${last.ratio.toFixed(1)}× the Number() floor in CPU time (${verdict} the ${TARGET_RATIO}× target); last run's wall time ${last.wallMs.toFixed(0)} ms.`,
  );
}

// The scenario generator's data (what tests and the demo use), 20 years of one account: a cross-check that the
// bench exports above are not unusually easy for the factors.
{
  const scenario = generateScenario({ months: 240 });
  const arrays = [scenario.posts, scenario.ads, scenario.messages];
  const rows = arrays.reduce((a, v) => a + v.length - 1, 0);
  const floorMs = best(3, () => {
    for (const v of arrays) sink += numberPass(v);
  });
  const fullMs = best(3, () => {
    sink += audit(
      arrays.map((v) => readTable(v)),
      { platform: scenario.platform },
    ).factors.length;
  });
  const tables = arrays.map((v) => readTable(v));
  console.log(
    `\nScenario generator, 240 months (posts + ads + messages, ${rows} rows, 15 + 8 + 5 columns): full audit ${fullMs.toFixed(1)} ms, floor over its cells ${floorMs.toFixed(1)} ms (${(fullMs / floorMs).toFixed(1)}×)`,
  );
  console.log(`Per factor on the scenario (CPU ms): ${perFactor(tables, { platform: scenario.platform }, 3)}`);
}
console.log(`(sink ${sink > 0})`);
