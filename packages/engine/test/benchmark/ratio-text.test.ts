import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ratioText } from "../../src/benchmark/ratio-text.js";
import { EngineDecimal, toOutputString, type RoundingMode } from "../../src/decimal.js";

const MODES: RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];

describe("ratioText", () => {
  it("writes what toOutputString writes for decimal.js's quotient", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...MODES), (denominator, seed, decimalPlaces, mode) => {
        const numerator = 50 * (seed % (2 * denominator + 1));
        expect(ratioText(numerator, denominator, decimalPlaces, mode)).toBe(toOutputString(new EngineDecimal(numerator).div(denominator), { decimalPlaces, mode }));
      }),
      { numRuns: 5_000 },
    );
  });

  it("agrees with decimal.js at up to 20 places", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), fc.nat(), fc.integer({ min: 0, max: 20 }), fc.constantFrom(...MODES), (denominator, seed, decimalPlaces, mode) => {
        const numerator = 50 * (seed % (2 * denominator + 1));
        const text = ratioText(numerator, denominator, decimalPlaces, mode);
        if (text !== undefined) expect(text).toBe(toOutputString(new EngineDecimal(numerator).div(denominator), { decimalPlaces, mode }));
      }),
      { numRuns: 5_000 },
    );
  });

  it("rounds thirds and ties by the mode", () => {
    // python3 fractions: 200/3 = 66.666…, and 1/8 = 0.125 is a tie at 2 places.
    expect(ratioText(200, 3, 4, "half-even")).toBe("66.6667");
    expect(ratioText(200, 3, 4, "down")).toBe("66.6666");
    expect(MODES.map((mode) => ratioText(1, 8, 2, mode))).toEqual(["0.12", "0.13", "0.12", "0.13", "0.12", "0.13", "0.12"]);
    expect(ratioText(3, 8, 2, "half-even")).toBe("0.38");
  });

  it("writes whole and zero ratios without a point", () => {
    expect(ratioText(100, 4, 4, "half-even")).toBe("25");
    expect(ratioText(0, 7, 4, "ceil")).toBe("0");
  });

  it("leaves ratios beyond safe integers to decimal.js", () => {
    expect(ratioText(2 ** 52, 3, 4, "half-even")).toBeUndefined();
    expect(ratioText(5_000_000, 1, 4, "half-even")).toBeUndefined();
  });
});
