/** @smm-risk/csv: delimited text to a 2D cell array. */
export {};
