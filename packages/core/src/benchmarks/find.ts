/**
 * Looking up a benchmark like-for-like: the same metric and platform, from the chosen study when it has the
 * figure, else from the default study, else from any study (the result names which one was used).
 */
import type { Platform } from "../audit/types";
import { BENCHMARKS, type Benchmark, type BenchmarkMetric, DEFAULT_STUDY } from "./data";

export function findBenchmark(metric: BenchmarkMetric, platform: Platform | null, study?: string): Benchmark | null {
  const candidates = BENCHMARKS.filter((b) => b.metric === metric && (b.platform === platform || b.platform === null));
  return (
    candidates.find((b) => b.study === study) ??
    candidates.find((b) => b.study === DEFAULT_STUDY) ??
    candidates[0] ??
    null
  );
}

/** Study ids users may choose in options. */
export const BENCHMARK_STUDIES: readonly string[] = [...new Set(BENCHMARKS.map((b) => b.study))];
