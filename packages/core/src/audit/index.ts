/** Barrel for the audit engine: filled in by its module. */
export {};
