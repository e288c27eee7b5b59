import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_UNITS, prepareReference, referenceDifferenceText } from "../../src/benchmark/reference-difference.js";
import { toScaled } from "../../src/benchmark/scaled-difference.js";
import { EngineDecimal, toOutputString, type RoundingMode } from "../../src/decimal.js";

const MODES: RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];

function prepared(reference: EngineDecimal, decimalPlaces: number) {
  const result = prepareReference(toScaled(reference)!, decimalPlaces);
  if (result === undefined) throw new Error(`${reference.toString()} was not prepared at ${decimalPlaces} places`);
  return result;
}

/** References like group statistics: short decimals, 50-digit quotients (means) and values at the 50-digit limit. */
const reference = fc.oneof(
  fc.tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 6 })).map(([units, scale]) => new EngineDecimal(units).div(new EngineDecimal(10).pow(scale))),
  fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 997 })).map(([numerator, denominator]) => new EngineDecimal(numerator).div(denominator)),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 997 }), fc.integer({ min: 0, max: 12 })).map(([numerator, denominator, shift]) =>
    new EngineDecimal(numerator).div(denominator).div(new EngineDecimal(10).pow(shift)),
  ),
);

describe("referenceDifferenceText", () => {
  it("writes what toOutputString writes for decimal.js's difference", () => {
    fc.assert(
      fc.property(reference, fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.constantFrom(...MODES), fc.integer({ min: 0, max: 8 }), (statistic, units, mode, decimalPlaces) => {
        const target = prepareReference(toScaled(statistic)!, decimalPlaces);
        if (target === undefined) return;
        const value = new EngineDecimal(units).div(new EngineDecimal(10).pow(decimalPlaces));
        const towards = referenceDifferenceText(units, target, true, decimalPlaces, mode);
        const away = referenceDifferenceText(units, target, false, decimalPlaces, mode);
        if (towards !== undefined) expect(towards).toBe(toOutputString(value.minus(statistic), { decimalPlaces, mode }));
        if (away !== undefined) expect(away).toBe(toOutputString(statistic.minus(value), { decimalPlaces, mode }));
      }),
      { numRuns: 20_000 },
    );
  });

  it("subtracts from a 50-digit mean", () => {
    // python3 decimal, 50 digits: 52/3 = 17.3333…; 12 − 52/3 = −5.3333 and 52/3 − 12 = 5.3333 at 4 places.
    const mean = prepared(new EngineDecimal(52).div(3), 4);
    expect(referenceDifferenceText(120_000, mean, true, 4, "half-even")).toBe("-5.3333");
    expect(referenceDifferenceText(120_000, mean, false, 4, "half-even")).toBe("5.3333");
  });

  it("rounds ties by the mode in both directions", () => {
    // python3 decimal: 0 − 0.00005 and 0.00005 − 0, quantized to 4 places in each mode.
    const half = prepared(new EngineDecimal("0.00005"), 4);
    expect(MODES.map((mode) => referenceDifferenceText(0, half, true, 4, mode))).toEqual(["0", "-0.0001", "0", "-0.0001", "0", "0", "-0.0001"]);
    expect(MODES.map((mode) => referenceDifferenceText(0, half, false, 4, mode))).toEqual(["0", "0.0001", "0", "0.0001", "0", "0.0001", "0"]);
    const oddHalf = prepared(new EngineDecimal("0.00015"), 4);
    expect(MODES.map((mode) => referenceDifferenceText(0, oddHalf, true, 4, mode))).toEqual(["-0.0002", "-0.0002", "-0.0001", "-0.0002", "-0.0001", "-0.0001", "-0.0002"]);
  });

  it("rounds below a negative reference", () => {
    // python3 decimal: −0.00025 − 0 and 0 − (−0.00025), quantized to 4 places in each mode.
    const negative = prepared(new EngineDecimal("-0.00025"), 4);
    expect(MODES.map((mode) => referenceDifferenceText(0, negative, true, 4, mode))).toEqual(["0.0002", "0.0003", "0.0002", "0.0003", "0.0002", "0.0003", "0.0002"]);
    expect(MODES.map((mode) => referenceDifferenceText(0, negative, false, 4, mode))).toEqual(["-0.0002", "-0.0003", "-0.0002", "-0.0003", "-0.0002", "-0.0002", "-0.0003"]);
    // python3 decimal: −20 − (−52/3) = −2.6667 (half-even); −52/3 − (−20) = 2.6666 (floor), 2.6667 (ceil).
    const mean = prepared(new EngineDecimal(-52).div(3), 4);
    expect(referenceDifferenceText(-200_000, mean, true, 4, "half-even")).toBe("-2.6667");
    expect(referenceDifferenceText(-200_000, mean, false, 4, "floor")).toBe("2.6666");
    expect(referenceDifferenceText(-200_000, mean, false, 4, "ceil")).toBe("2.6667");
  });

  it("writes exact differences with no trailing zeros", () => {
    const reference = prepared(new EngineDecimal("2.5"), 4);
    expect(referenceDifferenceText(40_000, reference, true, 4, "half-even")).toBe("1.5");
    expect(referenceDifferenceText(25_000, reference, true, 4, "half-even")).toBe("0");
    expect(referenceDifferenceText(20_000, reference, false, 4, "half-even")).toBe("0.5");
    expect(referenceDifferenceText(3, prepared(new EngineDecimal(7), 0), true, 0, "half-even")).toBe("-4");
  });

  it("leaves a difference of more than 50 significant digits to decimal.js", () => {
    // 1/3 has 50 decimals, so 1000 − 1/3 has 53 significant digits; 0.5 − 1/3 has 50.
    const third = prepared(new EngineDecimal(1).div(3), 4);
    expect(referenceDifferenceText(10_000_000, third, true, 4, "half-even")).toBeUndefined();
    expect(referenceDifferenceText(5_000, third, true, 4, "half-even")).toBe("0.1667");
  });

  it("stops where decimal.js would round at 50 digits", () => {
    // python3 decimal: 10001 − 0.4999…9 (46 decimals) = 10000.5000…01 has 51 significant digits,
    // so at 50 digits it becomes 10000.5 and rounds to 10000, where the exact difference gives 10001.
    const reference = new EngineDecimal(`0.4${"9".repeat(45)}`);
    const target = prepared(reference, 0);
    expect(referenceDifferenceText(10_000, target, true, 0, "half-even")).toBe("10000");
    expect(referenceDifferenceText(10_001, target, true, 0, "half-even")).toBeUndefined();
    expect(toOutputString(new EngineDecimal(10_001).minus(reference), { decimalPlaces: 0, mode: "half-even" })).toBe("10000");
  });
});

describe("prepareReference", () => {
  it("splits the reference into its floor and fraction", () => {
    expect(prepareReference({ units: 17_333_333n, scale: 6 }, 4)).toEqual({ floor: 173_333, fraction: "below-half", limit: Infinity });
    expect(prepareReference({ units: -125n, scale: 5 }, 4)).toEqual({ floor: -13, fraction: "half", limit: Infinity });
    expect(prepareReference({ units: 17n, scale: 1 }, 4)).toEqual({ floor: 17_000, fraction: "none", limit: Infinity });
  });

  it("bounds the difference when the reference has many decimals", () => {
    // 50 − 48 decimals + 4 places leaves 6 digits before the difference needs rounding.
    expect(prepareReference(toScaled(new EngineDecimal(52).div(3))!, 4)?.limit).toBe(1_000_000);
  });

  it("leaves references beyond 2^51 units or 50 extra decimals to the caller", () => {
    expect(prepareReference({ units: BigInt(MAX_UNITS) + 1n, scale: 0 }, 0)).toBeUndefined();
    expect(prepareReference({ units: 1n, scale: 60 }, 4)).toBeUndefined();
  });
});
