import { z } from "zod";

/** Most digits a decimal may have on each side of the point. */
export const MAX_DECIMAL_DIGITS = 30;

/**
 * Most significant digits a fractional JSON number may carry. Any decimal of up to 15
 * significant digits survives the round trip through a binary double, so its text is the
 * decimal its author wrote. Safe integers are exempt because every one of them is exact.
 */
export const MAX_NUMBER_SIGNIFICANT_DIGITS = 15;

const DECIMAL_TEXT = /^([+-])?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const DECIMAL_TEXT_PATTERN = "^\\s*[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\s*$";
// Zero is written "0" only: "-0", "0.0" and "00" are not canonical.
const CANONICAL_DECIMAL = /^(?:0|-?[1-9]\d*|-?(?:0|[1-9]\d*)\.\d*[1-9])$/;

/** The outcome of {@link canonicalizeDecimal}: the canonical text, or why there is none. */
export type CanonicalDecimalResult = { ok: true; value: string } | { ok: false; message: string };

/**
 * Converts decimal text or a JSON number to the canonical decimal string used at every boundary
 * of this SDK: no exponent, no leading `+`, no leading or trailing zeros, `-0` written `0`.
 *
 * Numbers are accepted only when they are exact. An integer beyond 2^53 − 1 is rejected, and so
 * is a fractional number with more than 15 significant digits (such as `0.1 + 0.2`), because its
 * binary value may not be the decimal its author wrote. Pass such values as strings. Every safe
 * integer is accepted.
 *
 * @param input - Decimal text such as `"98.1"`, `" -1.5e3 "` (surrounding spaces are ignored)
 *   or a JSON number.
 * @returns `{ ok: true, value }` with the canonical decimal string, or `{ ok: false, message }`
 *   naming the value and the fix. It never throws.
 *
 * @example
 * ```ts
 * canonicalizeDecimal("001.500"); // { ok: true, value: "1.5" }
 * canonicalizeDecimal("1e400");   // { ok: false, message: "..." }
 * ```
 */
export function canonicalizeDecimal(input: string | number): CanonicalDecimalResult {
  if (typeof input === "number") return canonicalizeNumber(input);

  const match = DECIMAL_TEXT.exec(input.trim());
  if (input.trim() === "" || match === null) {
    return {
      ok: false,
      message: `${JSON.stringify(input)} is not a decimal number: write digits with an optional sign, point and exponent, such as "1250" or "98.1"`,
    };
  }

  const [, sign = "", integerPart = "", fractionPart = "", exponentText = "0"] = match;
  const exponent = Number(exponentText);
  const digits = integerPart + fractionPart;
  const pointPosition = integerPart.length + exponent;

  if (Math.abs(exponent) > 2 * MAX_DECIMAL_DIGITS + digits.length) {
    return { ok: false, message: outOfRange(input) };
  }

  let integerDigits: string;
  let fractionDigits: string;
  if (pointPosition <= 0) {
    integerDigits = "0";
    fractionDigits = "0".repeat(-pointPosition) + digits;
  } else if (pointPosition >= digits.length) {
    integerDigits = digits + "0".repeat(pointPosition - digits.length);
    fractionDigits = "";
  } else {
    integerDigits = digits.slice(0, pointPosition);
    fractionDigits = digits.slice(pointPosition);
  }

  integerDigits = integerDigits.replace(/^0+(?=\d)/, "");
  fractionDigits = fractionDigits.replace(/0+$/, "");

  if (integerDigits.length > MAX_DECIMAL_DIGITS || fractionDigits.length > MAX_DECIMAL_DIGITS) {
    return { ok: false, message: outOfRange(input) };
  }

  const isZero = integerDigits === "0" && fractionDigits === "";
  const text = fractionDigits === "" ? integerDigits : `${integerDigits}.${fractionDigits}`;
  return { ok: true, value: sign === "-" && !isZero ? `-${text}` : text };
}

function canonicalizeNumber(input: number): CanonicalDecimalResult {
  if (!Number.isFinite(input)) {
    return { ok: false, message: `${String(input)} is not a finite number: send a decimal such as 0 or "12.5"` };
  }
  if (Number.isInteger(input) && !Number.isSafeInteger(input)) {
    return {
      ok: false,
      message: `${String(input)} is beyond 2^53 - 1 and cannot be exact as a JSON number: send it as a decimal string`,
    };
  }
  // Every safe integer is exact, including the 16-digit ones up to 2^53 - 1.
  if (Number.isSafeInteger(input)) return canonicalizeDecimal(String(input));

  const text = String(input);
  const significant = text.replace(/^-/, "").replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "");
  if (significant.length > MAX_NUMBER_SIGNIFICANT_DIGITS) {
    return {
      ok: false,
      message: `${text} has ${significant.length} significant digits, more than a binary number keeps exactly (${MAX_NUMBER_SIGNIFICANT_DIGITS}): send the value you mean as a decimal string, such as "${Number(input.toPrecision(MAX_NUMBER_SIGNIFICANT_DIGITS))}"`,
    };
  }
  return canonicalizeDecimal(text);
}

function describeReceived(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  switch (typeof input) {
    case "undefined":
      return "nothing";
    case "object":
      return "an object";
    case "number":
      return Number.isFinite(input) ? `number ${String(input)}` : `${String(input)}, which is not a finite number`;
    case "bigint":
      return `the BigInt ${String(input)}n, which is not a JSON value`;
    case "string":
      return `string ${JSON.stringify(input)}`;
    case "boolean":
      return `boolean ${String(input)}`;
    default:
      return `a ${typeof input}`;
  }
}

function outOfRange(input: string): string {
  return `${JSON.stringify(input)} is out of range: a decimal may have at most ${MAX_DECIMAL_DIGITS} digits before and after the point`;
}

/**
 * Tells whether a string is already a canonical decimal, as produced by
 * {@link canonicalizeDecimal}: no exponent, no `+`, no leading or trailing zeros, and zero
 * written `"0"`.
 *
 * @param text - The string to test.
 * @returns `true` for `"12.5"`, `"-3"` and `"0"`; `false` for `"12.50"`, `"1e3"` and `"-0"`.
 * @example
 * ```ts
 * isCanonicalDecimal("0.25"); // true
 * isCanonicalDecimal(".25");  // false
 * ```
 */
export function isCanonicalDecimal(text: string): boolean {
  return CANONICAL_DECIMAL.test(text);
}

/**
 * A decimal value as it arrives: a JSON number or decimal text. Parsing yields the canonical
 * decimal string; invalid, non-finite, out-of-range and inexact values are rejected.
 */
export const DecimalInput = z
  // The pattern only documents the accepted text in exported JSON Schemas; the transform below
  // does the checking, with a message that names the value.
  .union([z.number(), z.string().meta({ pattern: DECIMAL_TEXT_PATTERN })], {
    error: (issue) => `expected a decimal, as a JSON number or decimal text such as "98.1", but received ${describeReceived(issue.input)}`,
  })
  .transform((input, context) => {
    const result = canonicalizeDecimal(input);
    if (result.ok) return result.value;
    context.issues.push({ code: "custom", message: result.message, input });
    return z.NEVER;
  })
  .meta({ description: "A decimal number, as a JSON number or a decimal string such as \"98.1\"." });

/** A canonical decimal string, as written by this SDK: `"-12.5"`, `"0"`, `"1000"`. */
export const DecimalString = z
  .string()
  .regex(CANONICAL_DECIMAL, {
    message: "expected a canonical decimal string such as \"12.5\" (no exponent, no leading zeros, no trailing zeros)",
  })
  .meta({ description: "A canonical decimal string: no exponent, no leading or trailing zeros." });

/** A canonical decimal string. */
export type DecimalString = z.infer<typeof DecimalString>;
