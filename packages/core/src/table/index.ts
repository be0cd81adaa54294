/** Barrel for table: filled in by its module. */
export {};
