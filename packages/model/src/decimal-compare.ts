import { isCanonicalDecimal } from "./decimal.js";
import { InvalidDecimalError } from "./errors.js";

/**
 * Compares two canonical decimal strings exactly, digit by digit, without converting them to
 * binary numbers. `"0.1"` and `"0.10000000000000001"` therefore differ, although they are the
 * same JavaScript number.
 *
 * @param left - A canonical decimal string, such as `"-12.5"`.
 * @param right - A canonical decimal string.
 * @returns `-1` when `left` is smaller, `0` when both are equal, `1` when `left` is greater.
 * @throws {InvalidDecimalError} when either argument is not a canonical decimal string. Pass
 *   user input through `canonicalizeDecimal` or the `DecimalInput` schema first.
 * @example
 * ```ts
 * compareDecimalStrings("2", "10");      // -1
 * compareDecimalStrings("-0.5", "-0.25"); // -1
 * compareDecimalStrings("100", "100");   // 0
 * ```
 */
export function compareDecimalStrings(left: string, right: string): -1 | 0 | 1 {
  assertCanonical(left, "left");
  assertCanonical(right, "right");

  const leftNegative = left.startsWith("-");
  const rightNegative = right.startsWith("-");
  if (leftNegative !== rightNegative) return leftNegative ? -1 : 1;

  const magnitude = compareMagnitudes(left.replace(/^-/, ""), right.replace(/^-/, ""));
  return leftNegative ? negate(magnitude) : magnitude;
}

/**
 * Tells whether a canonical decimal string is a whole number (has no fraction digits).
 *
 * @param value - A canonical decimal string.
 * @returns `true` for `"12"`, `"-3"` and `"0"`, `false` for `"12.5"`.
 * @throws {InvalidDecimalError} when `value` is not a canonical decimal string.
 * @example
 * ```ts
 * isWholeDecimal("1250"); // true
 * ```
 */
export function isWholeDecimal(value: string): boolean {
  assertCanonical(value, "value");
  return !value.includes(".");
}

/**
 * Tells whether a canonical decimal string is below zero. `"0"` is not negative, and a
 * canonical string never reads `"-0"`.
 *
 * @param value - A canonical decimal string.
 * @returns `true` for `"-0.5"`, `false` for `"0"` and `"3"`.
 * @throws {InvalidDecimalError} when `value` is not a canonical decimal string.
 * @example
 * ```ts
 * isNegativeDecimal("-0.5"); // true
 * ```
 */
export function isNegativeDecimal(value: string): boolean {
  assertCanonical(value, "value");
  return value.startsWith("-");
}

/** Compares two non-negative canonical decimals; canonical integer parts have no leading zero. */
function compareMagnitudes(left: string, right: string): -1 | 0 | 1 {
  const [leftInteger = "", leftFraction = ""] = left.split(".");
  const [rightInteger = "", rightFraction = ""] = right.split(".");

  if (leftInteger.length !== rightInteger.length) return leftInteger.length < rightInteger.length ? -1 : 1;
  if (leftInteger !== rightInteger) return leftInteger < rightInteger ? -1 : 1;

  const width = Math.max(leftFraction.length, rightFraction.length);
  const leftDigits = leftFraction.padEnd(width, "0");
  const rightDigits = rightFraction.padEnd(width, "0");
  if (leftDigits === rightDigits) return 0;
  return leftDigits < rightDigits ? -1 : 1;
}

function negate(order: -1 | 0 | 1): -1 | 0 | 1 {
  if (order === 0) return 0;
  return order === 1 ? -1 : 1;
}

function assertCanonical(value: unknown, name: string): asserts value is string {
  if (typeof value === "string" && isCanonicalDecimal(value)) return;
  throw new InvalidDecimalError(
    value,
    `${name} ${JSON.stringify(value)} is not a canonical decimal string: pass it through canonicalizeDecimal first, which turns "1e3" into "1000" and "01.50" into "1.5"`,
  );
}
