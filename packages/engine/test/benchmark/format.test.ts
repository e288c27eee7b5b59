import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal } from "../../src/benchmark/format.js";
import { EngineDecimal, toOutputString, type RoundingMode } from "../../src/index.js";

const MODES: RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];

describe("formatDecimal", () => {
  it("writes what toOutputString writes", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.integer({ min: 0, max: 36 }),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom(...MODES),
        (digits, scale, decimalPlaces, mode) => {
          const value = new EngineDecimal(digits.toString()).div(new EngineDecimal(10).pow(scale));
          expect(formatDecimal(value, { decimalPlaces, mode })).toBe(toOutputString(value, { decimalPlaces, mode }));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["-0.00004", 4, "0"],
    ["2.50005", 4, "2.5"],
    ["1000", 2, "1000"],
    ["-12.34567", 2, "-12.35"],
    ["0.5", 0, "0"],
    ["1.5", 0, "2"],
  ])("writes %s at %i places as %s", (input, decimalPlaces, expected) => {
    expect(formatDecimal(new EngineDecimal(input), { decimalPlaces, mode: "half-even" })).toBe(expected);
  });
});
