import type { RoundingMode } from "../decimal.js";

const POWERS_OF_TEN: bigint[] = Array.from({ length: 64 }, (_, exponent) => 10n ** BigInt(exponent));

/** Returns 10^exponent as a bigint, from a table for the exponents in common use. */
export function powerOfTen(exponent: number): bigint {
  return POWERS_OF_TEN[exponent] ?? 10n ** BigInt(exponent);
}

/**
 * Divides two whole numbers and rounds the quotient to a whole number with `mode`, exactly.
 *
 * @param dividend - Any whole number.
 * @param divisor - A positive whole number.
 * @param mode - The rounding mode. Half-even, half-up and half-down break ties. Up and down round
 * away from and towards zero, and ceil and floor towards +∞ and −∞.
 * @returns The rounded quotient.
 * @example
 * ```ts
 * roundedQuotient(5n, 2n, "half-even"); // 2n
 * roundedQuotient(-5n, 2n, "half-up"); // -3n
 * ```
 */
export function roundedQuotient(dividend: bigint, divisor: bigint, mode: RoundingMode): bigint {
  const negative = dividend < 0n;
  const magnitude = negative ? -dividend : dividend;
  let quotient = magnitude / divisor;
  const remainder = magnitude - quotient * divisor;
  if (remainder !== 0n && awayFromZero(quotient, remainder, divisor, negative, mode)) quotient += 1n;
  return negative ? -quotient : quotient;
}

function awayFromZero(quotient: bigint, remainder: bigint, divisor: bigint, negative: boolean, mode: RoundingMode): boolean {
  switch (mode) {
    case "up":
      return true;
    case "down":
      return false;
    case "ceil":
      return !negative;
    case "floor":
      return negative;
    default: {
      const twice = 2n * remainder;
      if (twice !== divisor) return twice > divisor;
      return mode === "half-up" || (mode === "half-even" && (quotient & 1n) === 1n);
    }
  }
}

/**
 * Computes the greatest common divisor of two whole numbers with Euclid's algorithm.
 *
 * @returns A non-negative whole number: 0 only when both are 0.
 * @example
 * ```ts
 * greatestCommonDivisor(-12n, 18n); // 6n
 * ```
 */
export function greatestCommonDivisor(first: bigint, second: bigint): bigint {
  let a = first < 0n ? -first : first;
  let b = second < 0n ? -second : second;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * Writes `units × 10^-scale` as a canonical decimal string: no exponent, no trailing zeros, and
 * zero (also a negative zero) as `0`.
 *
 * @example
 * ```ts
 * writeScaled(-12500n, 3); // "-12.5"
 * ```
 */
export function writeScaled(units: bigint, scale: number): string {
  if (units === 0n) return "0";
  const negative = units < 0n;
  return writeDigits(negative, (negative ? -units : units).toString(), scale);
}

/**
 * Writes a non-zero whole number of `10^-scale`, given by its sign and its decimal digits
 * (without a sign or leading zeros), as a canonical decimal string: no exponent and no trailing
 * zeros after the point.
 *
 * @example
 * ```ts
 * writeDigits(true, "12500", 3); // "-12.5"
 * ```
 */
export function writeDigits(negative: boolean, magnitude: string, scale: number): string {
  let digits = magnitude;
  if (scale === 0) return negative ? `-${digits}` : digits;
  if (digits.length <= scale) digits = "0".repeat(scale - digits.length + 1) + digits;
  const whole = digits.slice(0, digits.length - scale);
  let end = digits.length;
  while (end > whole.length && digits.charCodeAt(end - 1) === 48) end -= 1;
  const text = end > whole.length ? `${whole}.${digits.slice(whole.length, end)}` : whole;
  return negative ? `-${text}` : text;
}
