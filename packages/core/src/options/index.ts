/** Audit options: parsing from objects, "key=value" strings and two-column ranges, with clear errors. */
export { DEFAULT_OPTIONS } from "./defaults";
export { OptionsError } from "./errors";
export { parseLooseNumber } from "./number";
export { parseOptions } from "./parse";
export { auditOptionsSchema } from "./schema";
