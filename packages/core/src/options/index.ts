/** Barrel for options: filled in by its module. */
export {};
