/**
 * The factor registry: every plugin the engine runs, in FACTOR_IDS order. Adding a factor = one file in this
 * folder plus one line here; the engine, options (threshold keys) and docs read this list.
 */
import type { FactorPlugin } from "../audit/types";
import { analyticsFactor } from "./analytics";
import { audienceFactor } from "./audience";
import { budgetFactor } from "./budget";
import { cadenceFactor } from "./cadence";
import { communityFactor } from "./community";
import { contentFactor } from "./content";
import { needsFactor } from "./needs";
import { segmentationFactor } from "./segmentation";

export { assembleResult, notAssessed, specOf, thresholdsOf } from "./common";
export { rationaleOf, SIGNAL_RATIONALES, type SignalRationales } from "./rationales";

export const FACTORS: readonly FactorPlugin[] = [
  audienceFactor,
  segmentationFactor,
  needsFactor,
  contentFactor,
  cadenceFactor,
  analyticsFactor,
  budgetFactor,
  communityFactor,
];
