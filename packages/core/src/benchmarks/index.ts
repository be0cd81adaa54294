/** Barrel for benchmarks: filled in by its module. */
export {};
