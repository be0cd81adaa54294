/**
 * The context every factor receives: validated options, the resolved platform, and threshold lookup with
 * user overrides ("cadence.longest_gap_days": { watch: 10 }) applied on top of each signal's defaults.
 */
import type { AuditOptions, FactorContext, FactorId, Platform, SignalSpec } from "./types";

export function createContext(options: AuditOptions, platform: Platform | null): FactorContext {
  return {
    options,
    platform,
    threshold(factor: FactorId, spec: SignalSpec) {
      const override = options.thresholds[`${factor}.${spec.id}`];
      return { watch: override?.watch ?? spec.watch, critical: override?.critical ?? spec.critical };
    },
  };
}
