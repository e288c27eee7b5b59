import { EngineDecimal, resolveOutputRounding, type OutputRounding, type RoundingMode } from "../decimal.js";
import { PmmEngineError } from "../errors.js";
import { powerOfTen, roundedQuotient, writeScaled } from "./round.js";

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * An exact rational number, `numerator / denominator`, with whole numbers of any size. The
 * compiled formula evaluator computes with rationals, so a formula has no intermediate rounding
 * at all: `1 / 3 * 3` is exactly 1. A value is rounded once, when it is written out with
 * {@link Rational.toOutputString} or converted with {@link Rational.toDecimal}.
 *
 * The fraction is not kept in lowest terms (reducing costs more than it saves for the short
 * formulas of a framework), so compare rationals with {@link Rational.compare} or
 * {@link Rational.equals}, not by their fields.
 *
 * @example
 * ```ts
 * const share = Rational.fromDecimal("9812").times(Rational.fromDecimal("100")).dividedBy(Rational.fromDecimal("10000"));
 * share.toOutputString(); // "98.12"
 * ```
 */
export class Rational {
  /** The numerator, of any sign. */
  readonly numerator: bigint;
  /** The denominator, always positive. */
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Reads a decimal written with digits, an optional leading minus and an optional point, such
   * as `"-12.50"`, exactly.
   *
   * @param text - The decimal, without exponent or grouping.
   * @returns The rational of the same value.
   * @throws {@link PmmEngineError} (`invalid-input`) when the text is not such a decimal.
   * @example
   * ```ts
   * Rational.fromDecimal("0.125").toOutputString({ decimalPlaces: 2 }); // "0.12"
   * ```
   */
  static fromDecimal(text: string): Rational {
    if (typeof text !== "string") {
      throw new PmmEngineError("invalid-input", `fromDecimal expects a string, not a ${typeof text}: write the decimal as text, such as "-12.5", or use Rational.of for whole numbers`);
    }
    const match = DECIMAL.exec(text);
    if (match === null) {
      throw new PmmEngineError("invalid-input", `${JSON.stringify(text)} is not a decimal: write digits with an optional leading minus and point, such as "-12.5"`);
    }
    const fraction = match[3] ?? "";
    return new Rational(BigInt(`${match[1]}${match[2]}${fraction}`), powerOfTen(fraction.length));
  }

  /**
   * Builds `numerator / denominator` from two whole numbers.
   *
   * @param numerator - A whole number, as a bigint or a safe integer.
   * @param denominator - A non-zero whole number, default 1. A negative one moves the sign to the numerator.
   * @throws {@link PmmEngineError} (`invalid-input`) when a number is not a whole number or the denominator is 0.
   * @example
   * ```ts
   * Rational.of(-3, 4).toOutputString(); // "-0.75"
   * ```
   */
  static of(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
    const top = wholeNumber(numerator, "numerator");
    const bottom = wholeNumber(denominator, "denominator");
    if (bottom === 0n) throw new PmmEngineError("invalid-input", "denominator is 0: a rational needs a non-zero denominator");
    return bottom < 0n ? new Rational(-top, -bottom) : new Rational(top, bottom);
  }

  /** @internal Builds a rational from a canonical decimal that the caller has already checked. */
  static fromCheckedDecimal(text: string): Rational {
    const point = text.indexOf(".");
    if (point < 0) return new Rational(BigInt(text), 1n);
    return new Rational(BigInt(text.slice(0, point) + text.slice(point + 1)), powerOfTen(text.length - point - 1));
  }

  /** @internal Builds a rational from a numerator and a positive denominator, unchecked. */
  static unchecked(numerator: bigint, denominator: bigint): Rational {
    return new Rational(numerator, denominator);
  }

  /** Returns `this + other`, exactly. */
  plus(other: Rational): Rational {
    assertRational(other, "plus");
    if (this.denominator === other.denominator) return new Rational(this.numerator + other.numerator, this.denominator);
    return new Rational(this.numerator * other.denominator + other.numerator * this.denominator, this.denominator * other.denominator);
  }

  /** Returns `this − other`, exactly. */
  minus(other: Rational): Rational {
    assertRational(other, "minus");
    if (this.denominator === other.denominator) return new Rational(this.numerator - other.numerator, this.denominator);
    return new Rational(this.numerator * other.denominator - other.numerator * this.denominator, this.denominator * other.denominator);
  }

  /** Returns `this × other`, exactly. */
  times(other: Rational): Rational {
    assertRational(other, "times");
    return new Rational(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  /**
   * Returns `this / other`, exactly.
   *
   * @throws {@link PmmEngineError} (`invalid-input`) when `other` is 0; check {@link Rational.isZero} first.
   */
  dividedBy(other: Rational): Rational {
    assertRational(other, "dividedBy");
    if (other.numerator === 0n) throw new PmmEngineError("invalid-input", "division by zero: check isZero() on the divisor before dividing");
    const numerator = this.numerator * other.denominator;
    const denominator = this.denominator * other.numerator;
    return denominator < 0n ? new Rational(-numerator, -denominator) : new Rational(numerator, denominator);
  }

  /** Returns `−this`. */
  negated(): Rational {
    return new Rational(-this.numerator, this.denominator);
  }

  /** Returns the absolute value. */
  abs(): Rational {
    return this.numerator < 0n ? new Rational(-this.numerator, this.denominator) : this;
  }

  /** Tells whether the value is 0. */
  isZero(): boolean {
    return this.numerator === 0n;
  }

  /** Returns -1, 0 or 1, the sign of the value. */
  sign(): -1 | 0 | 1 {
    if (this.numerator < 0n) return -1;
    return this.numerator > 0n ? 1 : 0;
  }

  /** Returns -1, 0 or 1 as this value is less than, equal to or greater than `other`. */
  compare(other: Rational): -1 | 0 | 1 {
    assertRational(other, "compare");
    const left = this.denominator === other.denominator ? this.numerator : this.numerator * other.denominator;
    const right = this.denominator === other.denominator ? other.numerator : other.numerator * this.denominator;
    if (left < right) return -1;
    return left > right ? 1 : 0;
  }

  /** Tells whether this value equals `other`, whatever the terms of either fraction. */
  equals(other: Rational): boolean {
    return this.compare(other) === 0;
  }

  /**
   * Rounds the value once, to `decimalPlaces` digits after the point with `mode`, and writes it
   * as a canonical decimal string: no exponent, no trailing zeros, zero (also a negative value
   * that rounds to zero) as `0`. This is how the engine writes every value it returns.
   *
   * @param rounding - Decimal places, 0 to 20 (default 4), and rounding mode (default half-even).
   * @throws {@link InvalidOptionError} when the rounding options are out of range.
   * @example
   * ```ts
   * Rational.of(2, 3).toOutputString({ decimalPlaces: 2 }); // "0.67"
   * ```
   */
  toOutputString(rounding: OutputRounding = {}): string {
    const { decimalPlaces, mode } = resolveOutputRounding(rounding);
    return this.toOutputText(decimalPlaces, mode);
  }

  /** @internal Writes the value like `toOutputString`, with rounding options already checked. */
  toOutputText(decimalPlaces: number, mode: RoundingMode): string {
    return writeScaled(this.roundedUnits(decimalPlaces, mode), decimalPlaces);
  }

  /** @internal Rounds the value to a whole number of units of 10^-decimalPlaces. */
  roundedUnits(decimalPlaces: number, mode: RoundingMode): bigint {
    const scaled = this.numerator * powerOfTen(decimalPlaces);
    return this.denominator === 1n ? scaled : roundedQuotient(scaled, this.denominator, mode);
  }

  /**
   * Converts the value to an engine decimal: exactly when its decimal expansion ends within 50
   * significant digits, otherwise rounded half-even to 50 significant digits.
   */
  toDecimal(): EngineDecimal {
    const numerator = new EngineDecimal(this.numerator.toString());
    return this.denominator === 1n ? numerator : numerator.div(new EngineDecimal(this.denominator.toString()));
  }

  /** Writes the value as a decimal with at most 50 significant digits, as {@link Rational.toDecimal} gives it. */
  toString(): string {
    return this.toDecimal().toFixed();
  }
}

function assertRational(value: unknown, method: string): void {
  if (!(value instanceof Rational)) {
    throw new PmmEngineError("invalid-input", `${method} expects a Rational, not ${typeof value === "object" ? (value === null ? "null" : "a plain object") : typeof value}: build one with Rational.fromDecimal("1.5") or Rational.of(3, 2)`);
  }
}

function wholeNumber(value: bigint | number, field: string): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  throw new PmmEngineError("invalid-input", `${field} is ${String(value)}: use a bigint or a whole number between -(2^53 - 1) and 2^53 - 1`);
}
