/**
 * A small seeded pseudo-random generator (mulberry32) with the draws the scenarios need, so every scenario is
 * reproducible from its seed on every host (no Math.random, no clock). Shared by the scenarios, the trend
 * estimator's pair sampling and the benches.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  /** Standard normal draw (Box–Muller). */
  normal(): number;
  /** Log-normal draw with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number;
  poisson(lambda: number): number;
  binomial(trials: number, probability: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: 32-bit state, good enough statistical quality for synthetic data, identical on every JS engine. */
export function createRandom(seed: number): Random {
  let state = Math.floor(Math.abs(seed)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const poisson = (lambda: number): number => {
    if (!(lambda > 0)) return 0;
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let product = next();
    while (product > limit) {
      k += 1;
      product *= next();
    }
    return k;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    poisson,
    binomial: (trials, probability) => {
      const n = Math.max(0, Math.round(trials));
      const p = Math.min(1, Math.max(0, probability));
      if (n === 0 || p === 0) return 0;
      if (n <= 40) {
        let hits = 0;
        for (let i = 0; i < n; i += 1) if (next() < p) hits += 1;
        return hits;
      }
      const mean = n * p;
      if (mean < 15) return Math.min(n, poisson(mean));
      return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * normal())));
    },
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const copy = items.slice();
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = Math.floor(next() * (i + 1));
        const a = copy[i] as (typeof copy)[number];
        copy[i] = copy[j] as (typeof copy)[number];
        copy[j] = a;
      }
      return copy;
    },
  };
}
