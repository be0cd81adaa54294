/**
 * Rates from counts, with their uncertainty: the Wilson score interval for one rate and the two-proportion
 * z-test for comparing two rates. Small counts widen the interval instead of producing confident nonsense.
 */
import { errorFunction } from "simple-statistics";

export interface RateInterval {
  rate: number;
  low: number;
  high: number;
  n: number;
}

/** Wilson score interval (95 % by default) for `successes` out of `n`; n = 0 gives rate NaN and [0, 1]. */
export function wilson(successes: number, n: number, z = 1.96): RateInterval {
  if (!(n > 0)) return { rate: Number.NaN, low: 0, high: 1, n: 0 };
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), n };
}

/**
 * Standard normal two-sided p-value for a z statistic, via the error function (simple-statistics'
 * cumulativeStdNormalProbability is a 4-decimal table, too coarse below p = 0.002).
 */
export function twoSidedP(z: number): number {
  if (!Number.isFinite(z)) return 0;
  return Math.max(0, Math.min(1, 1 - errorFunction(Math.abs(z) / Math.SQRT2)));
}

/**
 * Pooled two-proportion z-test of x1/n1 against x2/n2. Returns z (positive when the first rate is higher)
 * and the two-sided p-value; p = 1 when either sample is empty or both rates are 0 or 1.
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): { z: number; p: number } {
  if (!(n1 > 0) || !(n2 > 0)) return { z: 0, p: 1 };
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return { z: 0, p: 1 };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, p: twoSidedP(z) };
}
