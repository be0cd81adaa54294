/** The options an audit runs with when the user sets none. */
import type { AuditOptions } from "../audit/types";
import { DEFAULT_STUDY } from "../benchmarks/data";

export const DEFAULT_OPTIONS: Readonly<AuditOptions> = Object.freeze({
  platform: null,
  currency: null,
  margin: null,
  targetCpa: null,
  averageOrderValue: null,
  lang: "en",
  benchmark: DEFAULT_STUDY,
  thresholds: {},
  mapping: {},
});
