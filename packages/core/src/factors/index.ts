/** Barrel for factors: filled in by its module. */
export {};
