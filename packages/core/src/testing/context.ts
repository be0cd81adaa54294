/** A factor context for unit tests: default options with any overrides. Not exported from the package index. */
import { createContext } from "../audit/context";
import type { AuditOptions, FactorContext } from "../audit/types";

export function makeContext(options: Partial<AuditOptions> = {}): FactorContext {
  const full: AuditOptions = {
    platform: null,
    currency: null,
    margin: null,
    targetCpa: null,
    averageOrderValue: null,
    lang: "en",
    benchmark: "rivaliq-2023",
    thresholds: {},
    mapping: {},
    ...options,
  };
  return createContext(full, full.platform);
}
