import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EngineDecimal } from "../../src/decimal.js";
import { integerSquareRoot, squareRoot } from "../../src/statistics/square-root.js";

/** Radicands like variances: 50-digit quotients at many scales, short decimals, squares and near-squares. */
const radicand = fc.oneof(
  fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 40n }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -40, max: 40 })).map(([numerator, denominator, shift]) =>
    new EngineDecimal(numerator.toString()).div(denominator).times(new EngineDecimal(10).pow(shift)),
  ),
  fc.tuple(fc.integer({ min: 1, max: 2_000_000_000 }), fc.integer({ min: 0, max: 12 })).map(([units, scale]) => new EngineDecimal(units).div(new EngineDecimal(10).pow(scale))),
  fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.integer({ min: -1, max: 1 })).map(([root, offset]) => new EngineDecimal((root * root + BigInt(offset) || 1n).toString())),
);

describe("squareRoot", () => {
  it("equals decimal.js's square root", () => {
    fc.assert(
      fc.property(radicand, (value) => {
        expect(squareRoot(value).toString()).toBe(value.sqrt().toString());
      }),
      { numRuns: 20_000 },
    );
  });

  it("rounds to 50 significant digits", () => {
    // python3 decimal, 50 digits, half-even.
    expect(squareRoot(new EngineDecimal(2)).toString()).toBe("1.4142135623730950488016887242096980785696718753769");
    expect(squareRoot(new EngineDecimal("69.3")).toString()).toBe("8.3246621553069647680438373676667118223254185919254");
  });

  it("gives exact roots", () => {
    expect(squareRoot(new EngineDecimal("0.0625")).toString()).toBe("0.25");
    expect(squareRoot(new EngineDecimal("1e-30")).toString()).toBe("0.000000000000001");
  });

  it("passes zero and negatives to decimal.js", () => {
    expect(squareRoot(new EngineDecimal(0)).isZero()).toBe(true);
    expect(squareRoot(new EngineDecimal(-4)).isNaN()).toBe(true);
  });
});

describe("integerSquareRoot", () => {
  it("returns the floor of the root", () => {
    // python3 math.isqrt.
    expect(integerSquareRoot(10n ** 120n + 12_345n, (10n ** 120n + 12_345n).toString())).toBe(10n ** 60n);
    expect(integerSquareRoot(99_999_999_999_999n, "99999999999999")).toBe(9_999_999n);
    expect(integerSquareRoot(10n ** 14n, "100000000000000")).toBe(10_000_000n);
  });

  it("finds the floor around perfect squares", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n, max: 10n ** 40n }), (root) => {
        const square = root * root;
        expect(integerSquareRoot(square, square.toString())).toBe(root);
        expect(integerSquareRoot(square - 1n, (square - 1n).toString())).toBe(root - 1n);
      }),
      { numRuns: 2_000 },
    );
  });
});
