/** Barrel for catalogue: filled in by its module. */
export {};
