import { describe, expect, it } from "vitest";
import { EngineDecimal, InvalidOptionError, PmmEngineError, median, quantile, type QuantileType } from "../../src/index.js";
import { decimals, expectFailure, expectValue } from "./helpers.js";

// Expected values from reference.py (Python decimal, Hyndman–Fan definitions written out, and
// cross-checked against statistics.quantiles with method "inclusive" (type 7) and "exclusive" (type 6)).
const PROBABILITIES = ["0", "0.1", "0.25", "0.5", "0.75", "0.9", "1"];
const CASES: { name: string; values: EngineDecimal[]; expected: Record<QuantileType, string[]> }[] = [
  {
    name: "eight values with ties",
    values: decimals(2, 4, 4, 4, 5, 5, 7, 9),
    expected: {
      1: ["2", "2", "4", "4", "5", "9", "9"],
      6: ["2", "2", "4", "4.5", "6.5", "9", "9"],
      7: ["2", "3.4", "4", "4.5", "5.5", "7.6", "9"],
    },
  },
  {
    name: "seven values with negatives",
    values: decimals("3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4"),
    expected: {
      1: ["-2.5", "-2.5", "0", "3.1", "7.25", "10", "10"],
      6: ["-2.5", "-2.5", "0", "3.1", "7.25", "10", "10"],
      7: ["-2.5", "-1", "0.75", "3.1", "5.825", "8.35", "10"],
    },
  },
  {
    name: "four skewed values",
    values: decimals(10, 3, 1, 2),
    expected: {
      1: ["1", "1", "1", "2", "3", "10", "10"],
      6: ["1", "1", "1.25", "2.5", "8.25", "10", "10"],
      7: ["1", "1.3", "1.75", "2.5", "4.75", "7.9", "10"],
    },
  },
];

describe("quantile", () => {
  for (const { name, values, expected } of CASES) {
    for (const type of [1, 6, 7] as const) {
      it(`type ${type} of ${name}`, () => {
        PROBABILITIES.forEach((p, index) => {
          expectValue(quantile(values, new EngineDecimal(p), type), expected[type][index] as string);
        });
      });
    }
  }

  it("uses type 7 by default", () => {
    expectValue(quantile(decimals(1, 2, 3, 4), 0.25), "1.75");
  });

  it("accepts a number probability", () => {
    expectValue(quantile(decimals(1, 2, 3, 4), 0.9), "3.7");
  });

  it("returns the only value for one value", () => {
    for (const type of [1, 6, 7] as const) expectValue(quantile(decimals("4.2"), 0.3, type), "4.2");
  });

  it("fails on no values", () => {
    expectFailure(quantile([], 0.5), "empty");
  });

  it("rejects a probability outside 0–1", () => {
    expect(() => quantile(decimals(1), 1.5)).toThrow(InvalidOptionError);
    expect(() => quantile(decimals(1), new EngineDecimal("-0.1"))).toThrow(/outside 0–1/);
    expect(() => quantile(decimals(1), Number.NaN)).toThrow(InvalidOptionError);
  });

  it("rejects an unknown type", () => {
    expect(() => quantile(decimals(1), 0.5, 5 as QuantileType)).toThrow(/quantile type 5/);
  });

  it("rejects NaN among the values", () => {
    expect(() => quantile([new EngineDecimal(1), new EngineDecimal(Number.NaN)], 0.5)).toThrow(PmmEngineError);
    expect(() => quantile([new EngineDecimal(Infinity)], 0.5)).toThrow(/values\[0\]/);
  });
});

describe("median", () => {
  it("takes the middle of an odd count", () => {
    expectValue(median(decimals("3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4")), "3.1");
  });

  it("averages the middle pair of an even count", () => {
    expectValue(median(decimals(2, 4, 4, 4, 5, 5, 7, 9)), "4.5");
  });

  it("fails on no values", () => {
    expectFailure(median([]), "empty");
  });
});
