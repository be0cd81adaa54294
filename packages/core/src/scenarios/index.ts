/** Barrel for scenarios: filled in by its module. */
export {};
