/** A factor context for unit tests: default options with any overrides. Not exported from the package index. */
import { createContext } from "../audit/context";
import type { AuditOptions, FactorContext } from "../audit/types";
import { DEFAULT_OPTIONS } from "../options/defaults";

export function makeContext(options: Partial<AuditOptions> = {}): FactorContext {
  const full: AuditOptions = { ...DEFAULT_OPTIONS, ...options };
  return createContext(full, full.platform);
}
