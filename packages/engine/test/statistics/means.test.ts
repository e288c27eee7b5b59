import { describe, expect, it } from "vitest";
import { EngineDecimal, InvalidOptionError, weightedMean, type MeanMethod } from "../../src/index.js";
import { compareTerms, meanExponent, meanOfOrderedTerms } from "../../src/statistics/means.js";
import { decimals, expectFailure, expectValue } from "./helpers.js";

// Values 1, 4, 16 with weights 1, 2, 1, worked out by hand:
// arithmetic (1 + 8 + 16) / 4 = 6.25; geometric exp((2 ln 4 + ln 16) / 4) = exp(2 ln 2) = 4;
// harmonic 4 / (1 + 2/4 + 1/16) = 2.56; power 2: √((1 + 32 + 256) / 4) = √72.25 = 8.5.
describe("weightedMean", () => {
  const values = decimals(1, 4, 16);
  const weights = decimals(1, 2, 1);

  it("computes each method", () => {
    expectValue(weightedMean(values, { weights }), "6.25");
    expectValue(weightedMean(values, { weights, method: "geometric" }), "4");
    expectValue(weightedMean(values, { weights, method: "harmonic" }), "2.56");
    expectValue(weightedMean(values, { weights, method: "power", power: 2 }), "8.5");
  });

  it("treats powers 1, 0 and −1 as the classic means", () => {
    expectValue(weightedMean(values, { weights, method: "power", power: 1 }), "6.25");
    expectValue(weightedMean(values, { weights, method: "power", power: 0 }), "4");
    expectValue(weightedMean(values, { weights, method: "power", power: new EngineDecimal(-1) }), "2.56");
  });

  it("takes a fractional root", () => {
    // Python decimal at 50 digits: (9 / 2) ** (1 / 3).
    expectValue(weightedMean(decimals(1, 2), { method: "power", power: 3 }), "1.6509636244473133419373049762045424784234423221592", 45);
  });

  it("weights every value 1 by default", () => {
    expectValue(weightedMean(decimals(1, 2, 6)), "3");
  });

  it("leaves out zero-weight values", () => {
    expectValue(weightedMean(decimals(0, 4, 9), { weights: decimals(0, 1, 1), method: "geometric" }), "6");
  });

  it("rejects zero for geometric and harmonic means", () => {
    for (const method of ["geometric", "harmonic"] as const) expectFailure(weightedMean(decimals(0, 4), { method }), "non-positive");
    expectFailure(weightedMean(decimals(0, 4), { method: "power", power: -2 }), "non-positive");
  });

  it("accepts zero but not negatives for a positive power", () => {
    expectValue(weightedMean(decimals(0, 4), { method: "power", power: 2 }), "2.828427124746190097603377448419396157139343750753897");
    expectFailure(weightedMean(decimals(-1, 4), { method: "power", power: 2 }), "non-positive");
  });

  it("accepts negatives in the arithmetic mean", () => {
    expectValue(weightedMean(decimals(-3, 1)), "-1");
  });

  it("fails when nothing is weighted", () => {
    expectFailure(weightedMean([]), "empty");
    expectFailure(weightedMean(decimals(1, 2), { weights: decimals(0, 0) }), "empty");
  });

  it("does not depend on order", () => {
    const forward = weightedMean(decimals("0.1", "0.7", "3.3", "9"), { weights: decimals(3, 1, 7, 2), method: "geometric" });
    const backward = weightedMean(decimals("9", "3.3", "0.7", "0.1"), { weights: decimals(2, 7, 1, 3), method: "geometric" });
    expect(forward.ok && backward.ok && forward.value.eq(backward.value)).toBe(true);
  });

  it("rejects bad weights and options", () => {
    expect(() => weightedMean(decimals(1, 2), { weights: decimals(1) })).toThrow(/2 values/);
    expect(() => weightedMean(decimals(1, 2), { weights: decimals(1, -1) })).toThrow(InvalidOptionError);
    expect(() => weightedMean(decimals(1, 2), { method: "power" })).toThrow(/exponent/);
    expect(() => weightedMean(decimals(1, 2), { method: "median" as MeanMethod })).toThrow(InvalidOptionError);
  });
});

describe("meanOfOrderedTerms", () => {
  const terms = [
    { value: new EngineDecimal(1), weight: new EngineDecimal(1) },
    { value: new EngineDecimal(4), weight: new EngineDecimal(2) },
    { value: new EngineDecimal(16), weight: new EngineDecimal(1) },
  ];

  it("uses the given total weight", () => {
    // By hand: (1 + 8 + 16) / 4 = 6.25, and with a total of 5 instead, 25 / 5 = 5.
    expectValue(meanOfOrderedTerms(terms, "arithmetic", undefined), "6.25");
    expectValue(meanOfOrderedTerms(terms, "arithmetic", undefined, new EngineDecimal(5)), "5");
  });

  it("applies the exponent", () => {
    expectValue(meanOfOrderedTerms(terms, "power", meanExponent("power", 2)), "8.5");
    expectFailure(meanOfOrderedTerms([], "geometric", undefined), "empty");
  });

  it("orders terms by value, then weight", () => {
    const [low, high] = [new EngineDecimal(1), new EngineDecimal(2)];
    expect(compareTerms({ value: low, weight: high }, { value: high, weight: low })).toBe(-1);
    expect(compareTerms({ value: low, weight: high }, { value: low, weight: low })).toBe(1);
    expect(compareTerms({ value: low, weight: low }, { value: low, weight: low })).toBe(0);
  });
});
