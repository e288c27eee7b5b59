import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Normalisation } from "@pmm/model";
import { EngineDecimal, normalise, type ScoredDirection } from "../../src/index.js";

const cents = (value: number): EngineDecimal => new EngineDecimal(value).div(100);
const value = fc.integer({ min: -100_000, max: 100_000 });
const direction = fc.constantFrom<ScoredDirection>("higher-is-better", "lower-is-better");

/** Normalisation settings whose scores stay within 0–100, for either direction. */
const settings = fc.oneof<fc.Arbitrary<(direction: ScoredDirection) => Normalisation>[]>(
  fc.tuple(value, fc.integer({ min: 1, max: 100_000 })).map(([lower, width]) => () => ({ method: "goalposts" as const, lower: cents(lower).toString(), upper: cents(lower + width).toString() })),
  fc.tuple(value, fc.integer({ min: 1, max: 100_000 })).map(([worst, width]) => (dir: ScoredDirection) => ({
    method: "distance-to-frontier" as const,
    worst: cents(worst).toString(),
    best: cents(dir === "higher-is-better" ? worst + width : worst - width).toString(),
  })),
  fc.tuple(value, fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined })).map(([target, width]) => (dir: ScoredDirection) => ({
    method: "distance-to-target" as const,
    target: cents(target).toString(),
    ...(width === undefined ? {} : { baseline: cents(dir === "higher-is-better" ? target - width : target + width).toString() }),
    cap: true,
    useNationalTarget: false,
  })),
  fc
    .tuple(fc.uniqueArray(value, { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }))
    .map(([starts, points]) => (dir: ScoredDirection) => {
      // Points rise with `from` for higher-is-better KPIs and fall for lower-is-better ones.
      const sortedStarts = [...starts].sort((a, b) => a - b);
      const sortedPoints = points.slice(0, starts.length).sort((a, b) => (dir === "higher-is-better" ? a - b : b - a));
      return { method: "bands" as const, bands: sortedStarts.map((from, index) => ({ from: cents(from).toString(), points: String(sortedPoints[index]) })) };
    }),
  fc.constant((): Normalisation => ({ method: "min-max", low: "0", high: "100" })),
  fc.constant((): Normalisation => ({ method: "z-score", mean: "50", sd: "10" })),
  fc.constant((): Normalisation => ({ method: "percentile-rank" })),
  fc.constant((): Normalisation => ({ method: "rank" })),
);

describe("normalisation properties", () => {
  it("keeps scores within 0–100", () => {
    fc.assert(
      fc.property(settings, direction, value, fc.array(value, { maxLength: 12 }), (makeSettings, dir, x, others) => {
        const reference = [...others, x].map(cents);
        const result = normalise(makeSettings(dir), dir, cents(x), { reference });
        if (!result.ok) return;
        expect(result.score.gte(0)).toBe(true);
        expect(result.score.lte(100)).toBe(true);
      }),
    );
  });

  it("never lowers the score of a better value", () => {
    fc.assert(
      fc.property(settings, direction, value, fc.integer({ min: 1, max: 50_000 }), fc.array(value, { maxLength: 12 }), (makeSettings, dir, x, step, others) => {
        const better = dir === "higher-is-better" ? x + step : x - step;
        const normalisation = makeSettings(dir);
        const before = normalise(normalisation, dir, cents(x), { reference: [...others, x].map(cents) });
        const after = normalise(normalisation, dir, cents(better), { reference: [...others, better].map(cents) });
        if (!before.ok || !after.ok) return;
        // Scores that are equal in exact arithmetic may differ in the 50th significant digit after
        // a square root, so compare them at 20 decimal places, far beyond any output rounding.
        const earlier = before.score.toDecimalPlaces(20);
        const later = after.score.toDecimalPlaces(20);
        expect(later.gte(earlier), `${earlier.toString()} then ${later.toString()}`).toBe(true);
      }),
    );
  });
});
