/**
 * Why each segmentation signal's thresholds sit where they do: docs-only text (the methodology pages print it), kept out
 * of segmentation.ts so that bundles which never print it (the Apps Script server, the playground worker) do not carry it.
 */
import type { SignalRationales } from "./rationales";

export const SEGMENTATION_RATIONALES: SignalRationales = {
  spend_on_weak_segments: {
    en: "Money aimed at people who do not buy. A quarter of the budget on segments that convert (significantly, p < 0.05) at half the best segment's rate or worse is worth re-targeting (watch); half of it is the main use of the budget (critical).",
    ru: "Деньги, направленные на тех, кто не покупает. Четверть бюджета на сегментах, конвертирующих (значимо, p < 0,05) вдвое хуже лучшего и менее, стоит перенастроить (внимание); половина — это уже основное назначение бюджета (критично).",
  },
};
