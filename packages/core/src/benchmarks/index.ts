/** Published benchmark figures with sources, and like-for-like lookup. */
export { BENCHMARKS, type Benchmark, type BenchmarkMetric, DEFAULT_STUDY } from "./data";
export { BENCHMARK_STUDIES, findBenchmark } from "./find";
