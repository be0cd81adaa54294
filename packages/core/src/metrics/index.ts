/** Barrel for metrics: filled in by its module. */
export {};
