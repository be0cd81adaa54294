/**
 * Bench: the full audit (readTable + every factor + overall + verdict) on 1k, 10k and 100k rows × 15 columns of
 * realistic cells (bench/cells.ts), against the reading floor — a bare Number() pass over the same cells — and
 * against readTable alone. Also times each factor on the 100k table so a slow one is easy to spot.
 * Times are the process's CPU time (user + system, so GC threads count), best of several runs after a warm-up:
 * on a shared machine wall time mostly measures waiting for a core. The 100k full audit's wall time is printed too.
 * Run with `pnpm --filter @smm-risk/core bench` (BENCH_SIZES=1000,10000 to override the sizes).
 */
import { createContext } from "../audit/context";
import { audit } from "../audit/engine";
import { auditValues } from "../audit/values";
import { FACTORS } from "../factors/index";
import { parseOptions } from "../options/parse";
import { generateScenario } from "../scenarios/index";
import { readTable } from "../table/read";
import type { Cell } from "../table/types";
import { benchCells } from "./cells";

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
/** The target from the audit issue: the full audit within 3× the reading floor. */
const TARGET_RATIO = 3;

let lastWallMs = 0;

/** Best CPU time in ms of `runs` runs, after one warm-up run unless `warm` is false (the largest size is warm already). */
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

/** The floor: every cell through Number(), summed so the work cannot be optimised away. */
function numberPass(values: Cell[][]): number {
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

let sink = 0;

/** Each factor's evaluate time on the given tables, slowest first. */
function perFactor(tables: ReturnType<typeof readTable>[], platformOptions: unknown): string {
  const parsed = parseOptions(platformOptions);
  const ctx = createContext(parsed, parsed.platform);
  return FACTORS.map((plugin) => ({
    id: plugin.id,
    ms: best(
      1,
      () => {
        sink += plugin.evaluate({ tables }, ctx).signals.length;
      },
      false,
    ),
  }))
    .sort((a, b) => b.ms - a.ms)
    .map((f) => `${f.id} ${f.ms.toFixed(1)} ms`)
    .join(", ");
}
const options = "platform=vk; currency=RUB; margin=0.3";
const ms = (v: number) => `${v.toFixed(1).padStart(8)} ms`;
console.log("\nFull audit (read + 8 factors + overall + verdict), realistic 15-column cells, CPU ms");
console.log("rows     | floor (Number) | readTable | evaluate | full audit | audit/floor | audit/read");
let last: { rows: number; ratio: number; wallMs: number } | null = null;
for (const rows of SIZES) {
  const values = benchCells(rows);
  // Large sizes run after the smaller ones have warmed the JIT: fewer runs keep `pnpm bench` short.
  const large = rows >= 100_000;
  const runs = large ? 2 : 5;
  const floorMs = best(runs, () => {
    sink += numberPass(values);
  });
  const readMs = best(runs, () => {
    sink += readTable(values).rowCount;
  });
  const table = readTable(values);
  const evaluateMs = best(
    runs,
    () => {
      sink += audit(table, options).factors.length;
    },
    !large,
  );
  const fullMs = best(
    runs,
    () => {
      sink += auditValues(values, options).inputs.rows;
    },
    !large,
  );
  const ratio = fullMs / floorMs;
  last = { rows, ratio, wallMs: lastWallMs };
  console.log(
    `${String(rows).padEnd(8)} | ${ms(floorMs)}    | ${ms(readMs)}| ${ms(evaluateMs)}| ${ms(fullMs)}  | ${ratio.toFixed(1).padStart(8)}×   | ${(fullMs / readMs).toFixed(2).padStart(6)}×`,
  );
}

// All eight factors at work: 20 years of a synthetic account as three exports (posts, ads, messages) in one audit.
{
  const scenario = generateScenario({ months: 240 });
  const exports = [scenario.posts, scenario.ads, scenario.messages];
  const rows = exports.reduce((a, v) => a + v.length - 1, 0);
  const floorMs = best(3, () => {
    for (const v of exports) sink += numberPass(v);
  });
  const fullMs = best(3, () => {
    sink += audit(
      exports.map((v) => readTable(v)),
      { platform: scenario.platform },
    ).factors.length;
  });
  console.log(
    `\nScenario (posts + ads + messages, ${rows} rows): full audit ${fullMs.toFixed(1)} ms, floor ${floorMs.toFixed(1)} ms, ${(fullMs / floorMs).toFixed(1)}×`,
  );
  const tables = exports.map((v) => readTable(v));
  console.log(`Per factor on the scenario: ${perFactor(tables, { platform: scenario.platform })}`);
}

// Per-factor cost on the largest table: where the evaluate time goes.
const largest = Math.max(...SIZES);
console.log(`\nPer factor on ${largest} rows: ${perFactor([readTable(benchCells(largest))], options)}`);
if (last) {
  const verdict = last.ratio <= TARGET_RATIO ? "within" : "over";
  console.log(
    `Full audit at ${last.rows} rows: ${last.ratio.toFixed(1)}× the Number() floor in CPU time (${verdict} the ${TARGET_RATIO}× target); last run's wall time ${last.wallMs.toFixed(0)} ms. sink ${sink > 0}`,
  );
}
