import { describe, expect, it } from "vitest";
import { exactSums, exactSumsOfUnits } from "../../src/statistics/exact-sums.js";
import { summarizeSorted } from "../../src/statistics/summary.js";
import { EngineDecimal } from "../../src/decimal.js";
import { decimals } from "./helpers.js";

describe("exactSumsOfUnits", () => {
  it("scales whole-number sums back to decimals", () => {
    // Values 1.5, 2 and -0.3 are 15, 20 and -3 tenths: Σ = 32 tenths = 3.2, Σ² = 634 hundredths = 6.34.
    const sums = exactSumsOfUnits(3, 32, 634, 1);
    expect(sums.n).toBe(3);
    expect(sums.sum.toString()).toBe("3.2");
    expect(sums.sumOfSquares?.toString()).toBe("6.34");
  });

  it("keeps every digit of large sums", () => {
    // The largest safe integer of thousandths keeps all 16 digits.
    const sums = exactSumsOfUnits(1, 9_007_199_254_740_991, 0, 3);
    expect(sums.sum.toString()).toBe("9007199254740.991");
    expect(exactSumsOfUnits(2, -7, 25, 0).sum.toString()).toBe("-7");
  });

  it("gives the same summary as decimal sums", () => {
    const values = decimals("-2", "0.125", "1.5", "1.5", "7");
    const fromUnits = summarizeSorted(values, 7, "sample", exactSumsOfUnits(5, -2000 + 125 + 1500 + 1500 + 7000, 4_000_000 + 15_625 + 2 * 2_250_000 + 49_000_000, 3));
    const fromDecimals = summarizeSorted(values, 7, "sample", exactSums(values, true));
    expect(fromUnits.mean).toEqual(fromDecimals.mean);
    expect(fromUnits.sd).toEqual(fromDecimals.sd);
    // python3 fractions: mean 8.125 / 5 = 1.625.
    expect(fromUnits.mean).toEqual({ ok: true, value: new EngineDecimal("1.625") });
  });
});
