import { describe, expect, it } from "vitest";
import { InvalidOptionError, medianAbsoluteDeviation, standardDeviation, type DeviationKind } from "../../src/index.js";
import { decimals, expectFailure, expectValue } from "./helpers.js";

// Expected values from reference.py (Python statistics.stdev, pstdev and median on decimals).
describe("standardDeviation", () => {
  it("divides by n − 1 by default", () => {
    expectValue(standardDeviation(decimals(2, 4, 4, 4, 5, 5, 7, 9)), "2.138089935299395077476427847038028172432011318730701");
  });

  it("divides by n for the population kind", () => {
    expectValue(standardDeviation(decimals(2, 4, 4, 4, 5, 5, 7, 9), "population"), "2");
    expectValue(standardDeviation(decimals("3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4"), "population"), "3.954240813122446302957049556213255741817136659051633");
  });

  it("matches reference for negatives", () => {
    expectValue(standardDeviation(decimals("3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4")), "4.271068228151337964038094105361200291637736578812060");
  });

  it("is zero for equal values", () => {
    expectValue(standardDeviation(decimals(5, 5, 5)), "0");
  });

  it("fails on one value for the sample kind", () => {
    expectFailure(standardDeviation(decimals(5)), "single-value");
  });

  it("is zero for one value for the population kind", () => {
    expectValue(standardDeviation(decimals(5), "population"), "0");
  });

  it("fails on no values", () => {
    expectFailure(standardDeviation([]), "empty");
    expectFailure(standardDeviation([], "population"), "empty");
  });

  it("rejects an unknown kind", () => {
    expect(() => standardDeviation(decimals(1, 2), "unbiased" as DeviationKind)).toThrow(InvalidOptionError);
  });
});

describe("medianAbsoluteDeviation", () => {
  it("is unscaled", () => {
    expectValue(medianAbsoluteDeviation(decimals(1, 1, 2, 2, 4, 6, 9)), "1");
    expectValue(medianAbsoluteDeviation(decimals(2, 4, 4, 4, 5, 5, 7, 9)), "0.5");
    expectValue(medianAbsoluteDeviation(decimals("3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4")), "3.1");
  });

  it("is zero for one value", () => {
    expectValue(medianAbsoluteDeviation(decimals(7)), "0");
  });

  it("fails on no values", () => {
    expectFailure(medianAbsoluteDeviation([]), "empty");
  });
});
