/**
 * Bench: reads 100k rows × 15 columns of realistic cells with readTable and compares with the floor, a single pass
 * that only converts each cell with Number(). Prints rows per second for both and the ratio (best of 3 after a
 * warm-up). Run with `pnpm --filter @smm-risk/core bench`.
 */
import { readTable } from "../table/read";
import { benchCells, numberPass } from "./cells";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall time and process CPU time (user + system) of one call, in ms. CPU time is steadier on a busy machine. */
function time(fn: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function bestOf(a: Timing, b: Timing): Timing {
  return { wall: Math.min(a.wall, b.wall), cpu: Math.min(a.cpu, b.cpu) };
}

const values = benchCells(ROWS);
let sink = 0;
let diagnostics = 0;
const read = () => {
  const t = readTable(values);
  sink += t.rowCount;
  diagnostics = t.diagnostics.length;
};
const floor = () => {
  sink += numberPass(values);
};

read();
floor();
// Best of 3, the two passes interleaved so both see the same machine load.
let readMs: Timing = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
let floorMs: Timing = { ...readMs };
for (let round = 0; round < 3; round++) {
  readMs = bestOf(readMs, time(read));
  floorMs = bestOf(floorMs, time(floor));
}
const perSecond = (ms: number) => Math.round((ROWS / ms) * 1000).toLocaleString("en-US");
const line = (name: string, t: Timing) =>
  `${name.padEnd(16)} wall ${t.wall.toFixed(1).padStart(7)} ms = ${perSecond(t.wall).padStart(10)} rows/s | cpu ${t.cpu.toFixed(1).padStart(7)} ms = ${perSecond(t.cpu).padStart(10)} rows/s`;
console.log(`${ROWS} rows × 15 columns of realistic cells (best of 3 after a warm-up)`);
console.log(line("readTable", readMs));
console.log(line("Number() floor", floorMs));
console.log(
  `ratio readTable / floor: wall ${(readMs.wall / floorMs.wall).toFixed(2)}×, cpu ${(readMs.cpu / floorMs.cpu).toFixed(2)}× (diagnostics: ${diagnostics}, sink ${sink > 0})`,
);
