/**
 * Why each signal's thresholds sit where they do, per factor: docs-only text that the methodology pages print.
 * Kept out of the SignalSpecs (and so out of runtime bundles) in side-effect-free modules beside each factor; a
 * bundle that never imports SIGNAL_RATIONALES or rationaleOf drops them all.
 */
import type { FactorId } from "../audit/types";
import type { Localized } from "../i18n/localized";
import { ANALYTICS_RATIONALES } from "./analytics.rationales";
import { AUDIENCE_RATIONALES } from "./audience.rationales";
import { BUDGET_RATIONALES } from "./budget.rationales";
import { CADENCE_RATIONALES } from "./cadence.rationales";
import { COMMUNITY_RATIONALES } from "./community.rationales";
import { CONTENT_RATIONALES } from "./content.rationales";
import { NEEDS_RATIONALES } from "./needs.rationales";
import { SEGMENTATION_RATIONALES } from "./segmentation.rationales";

/** One factor's rationales, keyed by signal id. */
export type SignalRationales = Readonly<Record<string, Localized>>;

export const SIGNAL_RATIONALES: Record<FactorId, SignalRationales> = {
  audience: AUDIENCE_RATIONALES,
  segmentation: SEGMENTATION_RATIONALES,
  needs: NEEDS_RATIONALES,
  content: CONTENT_RATIONALES,
  cadence: CADENCE_RATIONALES,
  analytics: ANALYTICS_RATIONALES,
  budget: BUDGET_RATIONALES,
  community: COMMUNITY_RATIONALES,
};

/** The rationale of one signal; throws when it is missing, so a new or renamed signal cannot ship without one. */
export function rationaleOf(factor: FactorId, signalId: string): Localized {
  const rationales: SignalRationales | undefined = SIGNAL_RATIONALES[factor];
  if (!rationales) throw new Error(`No rationales for factor "${factor}": it is not one of the registered factors`);
  // Own keys only (Object.hasOwn is ES2022), so "toString" is not mistaken for a rationale.
  const rationale = Object.keys(rationales).includes(signalId) ? rationales[signalId] : undefined;
  if (!rationale) {
    throw new Error(
      `No rationale for signal "${signalId}" of factor "${factor}": add it to packages/core/src/factors/${factor}.rationales.ts`,
    );
  }
  return rationale;
}
