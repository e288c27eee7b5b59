import { describe, it } from "vitest";
import { kurtosis, skewness } from "../../src/index.js";
import { decimals, expectFailure, expectValue } from "./helpers.js";

// Expected values from reference.py (the G1 and G2 formulas in Python decimal at 60 digits).
// For 2, 4, 4, 4, 5, 5, 7, 9 spreadsheet SKEW gives 0.8184875534 and KURT gives 0.940625.
describe("skewness", () => {
  it("matches adjusted Fisher–Pearson G1", () => {
    expectValue(skewness(decimals(2, 4, 4, 4, 5, 5, 7, 9)), "0.8184875533567996780964450351942451597591293329515965");
    expectValue(skewness(decimals("3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4")), "0.2885157525257743567614107377646474332050486315110815865");
    expectValue(skewness(decimals(1, 2, 3, 10)), "1.763632614803888230702044533788241802215482186072802");
  });

  it("needs three values", () => {
    expectFailure(skewness(decimals(1, 2)), "single-value");
    expectFailure(skewness(decimals(1)), "single-value");
  });

  it("fails on equal values", () => {
    expectFailure(skewness(decimals(3, 3, 3, 3)), "no-variance");
  });

  it("fails on no values", () => {
    expectFailure(skewness([]), "empty");
  });
});

describe("kurtosis", () => {
  it("matches excess kurtosis G2", () => {
    expectValue(kurtosis(decimals(2, 4, 4, 4, 5, 5, 7, 9)), "0.940625");
    expectValue(kurtosis(decimals("3.1", "-2.5", "0", "7.25", "1.5", "10", "4.4")), "-0.5207423637646257122560670793179171282066789266306480501");
    expectValue(kurtosis(decimals(1, 2, 3, 10)), "3.228");
  });

  it("needs four values", () => {
    expectFailure(kurtosis(decimals(1, 2, 3)), "single-value");
  });

  it("fails on equal values", () => {
    expectFailure(kurtosis(decimals(3, 3, 3, 3, 3)), "no-variance");
  });

  it("fails on no values", () => {
    expectFailure(kurtosis([]), "empty");
  });
});
