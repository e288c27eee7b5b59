import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { greatestCommonDivisor } from "../../src/exact/round.js";
import { EngineDecimal, InvalidOptionError, PmmEngineError, Rational, type RoundingMode } from "../../src/index.js";

const MODES: readonly RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];

// Numerator, denominator, decimal places, then the result in each mode in the order of MODES.
// Computed with python3: (Decimal(n) / Decimal(d)).quantize(..., rounding=...) at 2,000 digits.
const ROUNDING_TABLE: readonly [string, string, number, readonly string[]][] = [
  ["5", "2", 0, ["2", "3", "2", "3", "2", "3", "2"]],
  ["-5", "2", 0, ["-2", "-3", "-2", "-3", "-2", "-2", "-3"]],
  ["7", "2", 0, ["4", "4", "3", "4", "3", "4", "3"]],
  ["-7", "2", 0, ["-4", "-4", "-3", "-4", "-3", "-3", "-4"]],
  ["1", "3", 4, ["0.3333", "0.3333", "0.3333", "0.3334", "0.3333", "0.3334", "0.3333"]],
  ["-1", "3", 4, ["-0.3333", "-0.3333", "-0.3333", "-0.3334", "-0.3333", "-0.3333", "-0.3334"]],
  ["2", "3", 2, ["0.67", "0.67", "0.67", "0.67", "0.66", "0.67", "0.66"]],
  ["-2", "3", 2, ["-0.67", "-0.67", "-0.67", "-0.67", "-0.66", "-0.66", "-0.67"]],
  ["1", "8", 2, ["0.12", "0.13", "0.12", "0.13", "0.12", "0.13", "0.12"]],
  ["-1", "8", 2, ["-0.12", "-0.13", "-0.12", "-0.13", "-0.12", "-0.12", "-0.13"]],
  ["3", "8", 2, ["0.38", "0.38", "0.37", "0.38", "0.37", "0.38", "0.37"]],
  ["-3", "8", 2, ["-0.38", "-0.38", "-0.37", "-0.38", "-0.37", "-0.37", "-0.38"]],
  ["-1", "3", 0, ["0", "0", "0", "-1", "0", "0", "-1"]],
  ["8012910601526758049899247", "714034244151", 1, ["11222025648159.6", "11222025648159.6", "11222025648159.6", "11222025648159.6", "11222025648159.5", "11222025648159.6", "11222025648159.5"]],
  ["-5620555596064371072996805", "516992915840", 7, ["-10871629811275.4640584", "-10871629811275.4640584", "-10871629811275.4640584", "-10871629811275.4640584", "-10871629811275.4640583", "-10871629811275.4640583", "-10871629811275.4640584"]],
  ["-6055061515499414233720370", "273047998278", 0, ["-22175813606714", "-22175813606714", "-22175813606714", "-22175813606715", "-22175813606714", "-22175813606714", "-22175813606715"]],
  ["5789568374827103481158432", "198768863262", 12, ["29127139330649.554384824593", "29127139330649.554384824593", "29127139330649.554384824593", "29127139330649.554384824593", "29127139330649.554384824592", "29127139330649.554384824593", "29127139330649.554384824592"]],
  ["-5098562766636685049373109", "567970169", 0, ["-8976814355608675", "-8976814355608675", "-8976814355608675", "-8976814355608675", "-8976814355608674", "-8976814355608674", "-8976814355608675"]],
  ["-1663975869781873149415685", "958490055002", 5, ["-1736038742497.33459", "-1736038742497.33459", "-1736038742497.33459", "-1736038742497.3346", "-1736038742497.33459", "-1736038742497.33459", "-1736038742497.3346"]],
];

describe("Rational.toOutputString", () => {
  it.each(ROUNDING_TABLE)("rounds %s / %s to %i places in every mode", (numerator, denominator, decimalPlaces, expected) => {
    const value = Rational.of(BigInt(numerator), BigInt(denominator));
    expect(MODES.map((mode) => value.toOutputString({ decimalPlaces, mode }))).toEqual(expected);
  });

  it("rounds half-even to 4 places by default and writes no trailing zeros", () => {
    expect(Rational.fromDecimal("2.00005").toOutputString()).toBe("2");
    expect(Rational.fromDecimal("2.00015").toOutputString()).toBe("2.0002");
    expect(Rational.fromDecimal("12.5000").toOutputString()).toBe("12.5");
  });

  it("writes a negative value that rounds to zero as 0", () => {
    expect(Rational.fromDecimal("-0.00001").toOutputString()).toBe("0");
  });

  it("rejects rounding options out of range", () => {
    expect(() => Rational.of(1).toOutputString({ decimalPlaces: 21 })).toThrow(InvalidOptionError);
    expect(() => Rational.of(1).toOutputString({ mode: "nearest" as RoundingMode })).toThrow(/rounding.mode/);
  });

  it("matches toOutputString on terminating decimals", () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 20 }), fc.constantFrom(...MODES), ([units, scale], decimalPlaces, mode) => {
        const text = new EngineDecimal(units.toString()).div(new EngineDecimal(10).pow(scale)).toFixed();
        const viaDecimal = new EngineDecimal(text).toDecimalPlaces(decimalPlaces, { "half-even": 6, "half-up": 4, "half-down": 5, up: 0, down: 1, ceil: 2, floor: 3 }[mode] as 0);
        const expected = viaDecimal.isZero() ? "0" : viaDecimal.toFixed();
        expect(Rational.fromDecimal(text).toOutputString({ decimalPlaces, mode })).toBe(expected);
      }),
    );
  });
});

describe("Rational arithmetic", () => {
  it("is exact where decimals round: one third times three is one", () => {
    const third = Rational.of(1).dividedBy(Rational.of(3));
    expect(third.times(Rational.of(3)).equals(Rational.of(1))).toBe(true);
    expect(third.plus(third).plus(third).toOutputString({ decimalPlaces: 20 })).toBe("1");
  });

  it("adds, subtracts, multiplies and divides decimals of different scales", () => {
    const a = Rational.fromDecimal("12.5");
    const b = Rational.fromDecimal("-0.125");
    expect(a.plus(b).toOutputString({ decimalPlaces: 10 })).toBe("12.375");
    expect(a.minus(b).toOutputString({ decimalPlaces: 10 })).toBe("12.625");
    expect(a.times(b).toOutputString({ decimalPlaces: 10 })).toBe("-1.5625");
    expect(a.dividedBy(b).toOutputString({ decimalPlaces: 10 })).toBe("-100");
    expect(b.negated().toOutputString()).toBe("0.125");
    expect(b.abs().equals(b.negated())).toBe(true);
  });

  it("compares fractions written with different terms", () => {
    expect(Rational.of(2, 4).equals(Rational.of(1, 2))).toBe(true);
    expect(Rational.of(-1, 3).compare(Rational.of(-1, 4))).toBe(-1);
    expect(Rational.of(1, 3).compare(Rational.fromDecimal("0.3333"))).toBe(1);
    expect([Rational.of(-2).sign(), Rational.of(0).sign(), Rational.of(5, 7).sign()]).toEqual([-1, 0, 1]);
    expect(Rational.fromDecimal("-0").isZero()).toBe(true);
  });

  it("moves the sign of a negative denominator to the numerator", () => {
    const value = Rational.of(3, -4);
    expect([value.numerator, value.denominator]).toEqual([-3n, 4n]);
    expect(Rational.of(1).dividedBy(Rational.of(-8)).denominator > 0n).toBe(true);
  });

  it("matches exact decimal sums and products", () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 10 })).map(([units, scale]) => new EngineDecimal(units.toString()).div(new EngineDecimal(10).pow(scale)).toFixed());
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const [x, y] = [Rational.fromDecimal(a), Rational.fromDecimal(b)];
        expect(x.plus(y).toOutputString({ decimalPlaces: 20 })).toBe(new EngineDecimal(a).plus(b).toFixed());
        expect(x.minus(y).toOutputString({ decimalPlaces: 20 })).toBe(new EngineDecimal(a).minus(b).toFixed());
        expect(x.times(y).toOutputString({ decimalPlaces: 20 })).toBe(new EngineDecimal(a).times(b).toFixed());
        expect(x.compare(y)).toBe(new EngineDecimal(a).cmp(b));
      }),
    );
  });

  it("converts to a 50-digit engine decimal", () => {
    expect(Rational.of(2, 3).toDecimal().toFixed()).toBe(`0.${"6".repeat(49)}7`);
    expect(Rational.of(100, 3).toString()).toBe("33.333333333333333333333333333333333333333333333333");
    expect(Rational.fromDecimal("-1250.75").toDecimal().toFixed()).toBe("-1250.75");
  });
});

describe("greatestCommonDivisor", () => {
  it.each([
    [12n, 18n, 6n],
    [-12n, 18n, 6n],
    [0n, 7n, 7n],
    [0n, 0n, 0n],
    [10n ** 420n, 10n ** 406n * 3n, 10n ** 406n],
  ])("of %s and %s is %s", (first, second, expected) => {
    expect(greatestCommonDivisor(first, second)).toBe(expected);
  });
});

describe("Rational construction", () => {
  it.each(["", "1e5", "1.", ".5", "+1", "1,5", " 1", "0x10", "NaN", "Infinity"])("rejects %j as a decimal, naming it", (text) => {
    expect(() => Rational.fromDecimal(text)).toThrow(PmmEngineError);
    expect(() => Rational.fromDecimal(text)).toThrow(JSON.stringify(text));
  });

  it("rejects a zero denominator, a fraction and an unsafe integer", () => {
    expect(() => Rational.of(1, 0)).toThrow(/denominator is 0/);
    expect(() => Rational.of(1.5)).toThrow(/numerator is 1.5/);
    expect(() => Rational.of(1, 2 ** 53)).toThrow(/denominator is 9007199254740992/);
  });

  it("refuses to divide by zero with a typed error", () => {
    expect(() => Rational.of(1).dividedBy(Rational.of(0))).toThrow(PmmEngineError);
  });

  it("reads leading zeros and long decimals exactly", () => {
    const value = Rational.fromDecimal("-000123.000000000000000000000000000001");
    expect(value.toOutputString({ decimalPlaces: 20 })).toBe("-123");
    expect(value.minus(Rational.fromDecimal("-123")).equals(Rational.of(-1n, 10n ** 30n))).toBe(true);
  });
});
