import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidDecimalError, canonicalizeDecimal, compareDecimalStrings, isNegativeDecimal, isPmmModelError, isWholeDecimal } from "../../src/index.js";

describe("compareDecimalStrings", () => {
  it.each([
    ["0", "0", 0],
    ["1", "2", -1],
    ["2", "10", -1],
    ["10", "9.99", 1],
    ["-1", "1", -1],
    ["-10", "-9", -1],
    ["-0.5", "-0.25", -1],
    ["0.1", "0.10000000000000001", -1],
    ["99.999", "100", -1],
    ["100", "100", 0],
    ["-100", "-100", 0],
    ["0.3", "0.25", 1],
    ["123456789012345678901234567890", "123456789012345678901234567891", -1],
  ] as const)("compares %s with %s as %d", (left, right, expected) => {
    expect(compareDecimalStrings(left, right)).toBe(expected);
    expect(compareDecimalStrings(right, left)).toBe(-expected || 0);
  });

  it("agrees with exact integer arithmetic", () => {
    const scaled = fc.tuple(fc.bigInt({ min: -(10n ** 29n), max: 10n ** 29n }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(scaled, scaled, ([leftUnscaled, leftScale], [rightUnscaled, rightScale]) => {
        const left = toCanonical(leftUnscaled, leftScale);
        const right = toCanonical(rightUnscaled, rightScale);
        // Bring both to 20 fraction digits and compare the integers.
        const a = leftUnscaled * 10n ** BigInt(20 - leftScale);
        const b = rightUnscaled * 10n ** BigInt(20 - rightScale);
        const expected = a < b ? -1 : a > b ? 1 : 0;
        expect(compareDecimalStrings(left, right)).toBe(expected);
      }),
    );
  });

  it.each([["1e3"], ["01"], ["1.0"], ["-0"], [""], ["abc"]])("throws InvalidDecimalError for %j", (text) => {
    expect(() => compareDecimalStrings(text, "1")).toThrow(InvalidDecimalError);
    expect(() => compareDecimalStrings("1", text)).toThrow(/canonicalizeDecimal/);
  });

  it("throws an error that names the value", () => {
    try {
      compareDecimalStrings("1e3", "1");
      expect.unreachable();
    } catch (error) {
      expect(isPmmModelError(error)).toBe(true);
      expect(error).toBeInstanceOf(InvalidDecimalError);
      expect((error as InvalidDecimalError).code).toBe("invalid-decimal");
      expect((error as InvalidDecimalError).received).toBe("1e3");
      expect((error as Error).message).toContain('"1e3"');
    }
  });
});

describe("isWholeDecimal", () => {
  it.each([
    ["0", true],
    ["-3", true],
    ["1250", true],
    ["12.5", false],
    ["-0.001", false],
  ] as const)("tells %s is whole: %s", (text, expected) => {
    expect(isWholeDecimal(text)).toBe(expected);
  });

  it("throws for text that is not canonical", () => {
    expect(() => isWholeDecimal("2.0")).toThrow(InvalidDecimalError);
  });
});

describe("isNegativeDecimal", () => {
  it.each([
    ["0", false],
    ["3", false],
    ["-0.5", true],
    ["-12", true],
  ] as const)("tells %s is negative: %s", (text, expected) => {
    expect(isNegativeDecimal(text)).toBe(expected);
  });

  it("throws for text that is not canonical", () => {
    expect(() => isNegativeDecimal("-0")).toThrow(InvalidDecimalError);
  });
});

/** The canonical text of unscaled / 10^scale, through canonicalizeDecimal of a plain rendering. */
function toCanonical(unscaled: bigint, scale: number): string {
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString().padStart(scale + 1, "0");
  const text = `${unscaled < 0n ? "-" : ""}${digits.slice(0, digits.length - scale)}${scale > 0 ? "." + digits.slice(digits.length - scale) : ""}`;
  const result = canonicalizeDecimal(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
