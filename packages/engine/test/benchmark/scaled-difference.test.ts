import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledDifferenceText, toScaled } from "../../src/benchmark/scaled-difference.js";
import { EngineDecimal, toOutputString, type RoundingMode } from "../../src/decimal.js";

const MODES: RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];

/** Decimals with up to 30 digits and up to 25 places, and exact thirds with 50 significant digits, like a mean. */
const decimal = fc.oneof(
  fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 25 })).map(([units, scale]) => new EngineDecimal(units.toString()).div(new EngineDecimal(10).pow(scale))),
  fc.tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 997 })).map(([numerator, denominator]) => new EngineDecimal(numerator).div(denominator)),
  fc.tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 0, max: 4 })).map(([units, scale]) => new EngineDecimal(units).div(new EngineDecimal(10).pow(scale))),
);

describe("scaledDifferenceText", () => {
  it("writes the difference as toOutputString writes decimal.js's difference, in every mode and at 0 to 20 places", () => {
    fc.assert(
      fc.property(decimal, decimal, fc.constantFrom(...MODES), fc.integer({ min: 0, max: 20 }), (a, b, mode, decimalPlaces) => {
        const text = scaledDifferenceText(toScaled(a)!, toScaled(b)!, decimalPlaces, mode);
        const expected = toOutputString(a.minus(b), { decimalPlaces, mode });
        if (text !== undefined) expect(text).toBe(expected);
      }),
      { numRuns: 20_000 },
    );
  });

  it("rounds ties by the mode", () => {
    const a = toScaled(new EngineDecimal("2.5"))!;
    const zero = toScaled(new EngineDecimal(0))!;
    const minusA = toScaled(new EngineDecimal("-2.5"))!;
    expect(MODES.map((mode) => scaledDifferenceText(a, zero, 0, mode))).toEqual(["2", "3", "2", "3", "2", "3", "2"]);
    expect(MODES.map((mode) => scaledDifferenceText(minusA, zero, 0, mode))).toEqual(["-2", "-3", "-2", "-3", "-2", "-2", "-3"]);
  });

  it("writes small differences with a leading zero and no trailing zeros, and zero as 0", () => {
    expect(scaledDifferenceText(toScaled(new EngineDecimal("0.0150"))!, toScaled(new EngineDecimal("0.005"))!, 4, "half-even")).toBe("0.01");
    expect(scaledDifferenceText(toScaled(new EngineDecimal("1.23"))!, toScaled(new EngineDecimal("1.23"))!, 4, "half-even")).toBe("0");
    expect(scaledDifferenceText(toScaled(new EngineDecimal("0.00001"))!, toScaled(new EngineDecimal("0.00002"))!, 4, "floor")).toBe("-0.0001");
    expect(scaledDifferenceText(toScaled(new EngineDecimal("0.00001"))!, toScaled(new EngineDecimal("0.00002"))!, 4, "ceil")).toBe("0");
  });

  it("leaves a difference of more than 50 significant digits to decimal.js", () => {
    const third = toScaled(new EngineDecimal(1).div(3))!;
    expect(scaledDifferenceText(toScaled(new EngineDecimal(1000))!, third, 4, "half-even")).toBeUndefined();
  });

  it("converts exactly and refuses exponents beyond 60", () => {
    expect(toScaled(new EngineDecimal("-12.50"))).toEqual({ units: -125n, scale: 1 });
    expect(toScaled(new EngineDecimal("1e70"))).toBeUndefined();
  });
});
