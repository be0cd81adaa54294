/** Property: for any columns of numbers and blanks, a ratio function returns one cell per row, blank exactly where it cannot be computed. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { callFunction } from "./registry";

const cell = fc.oneof(
  fc.constant(""),
  fc.integer({ min: -5, max: 100_000 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);

describe("per-row metric shape", () => {
  it("SMM_CTR returns a row per input row, blank where a cell is empty, the denominator is not positive or the ratio overflows", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 2, maxLength: 60 }), (pairs) => {
        const out = callFunction("SMM_CTR", [pairs.map(([a]) => [a]), pairs.map(([, b]) => [b])]) as unknown[][];
        expect(out).toHaveLength(pairs.length);
        pairs.forEach(([a, b], i) => {
          const ratio = a === "" || b === "" || b <= 0 ? Number.NaN : a / b;
          // A ratio that overflows (1 / 5e-324) is as undefined as a zero denominator.
          const expected = Number.isFinite(ratio) ? ratio : "";
          expect(out[i]).toEqual([expected]);
        });
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
