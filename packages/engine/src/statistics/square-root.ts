import { EngineDecimal } from "../decimal.js";

/** The engine's precision in significant digits, as `EngineDecimal` rounds every operation. */
const PRECISION = 50;
/** Digits of the root worked out beyond the precision, to see which way it rounds. */
const GUARD_DIGITS = 4;
/** The guard digits closer than this to a rounding boundary (0000 or 5000) leave the root to decimal.js. */
const BOUNDARY_MARGIN = 10;
/** Digits of decimal.js's limbs: each entry of `d` after the first has 7 digits. */
const LIMB_DIGITS = 7;

/**
 * Computes the square root of a decimal rounded to 50 significant digits, half-even, as
 * `EngineDecimal#sqrt` does, with one integer square root in BigInt instead of decimal.js's
 * Newton iterations, which take several 50-digit divisions.
 *
 * The root is worked out to 54 digits. When digits 51 to 54 lie within 10 units of a rounding
 * boundary (a tie at 5000, or an exact or nearly exact root at 0000), decimal.js computes the
 * root instead. Elsewhere both round the same root the same way.
 *
 * NOTE: the equality with `value.sqrt()` assumes that decimal.js (10.6) approximates the root
 * to better than 10 units in the 54th digit before rounding, as its Newton iteration to 53
 * digits with a 4-digit rounding check does. Property tests compare the two on random inputs.
 *
 * @param value - A finite decimal.
 * @returns The square root; `value.sqrt()` for zero, negative or non-finite values.
 * @example
 * ```ts
 * squareRoot(new EngineDecimal(2)).toString(); // "1.4142135623730950488016887242096980785696718753769"
 * ```
 */
export function squareRoot(value: EngineDecimal): EngineDecimal {
  if (!value.isFinite() || value.isZero() || value.isNegative()) return value.sqrt();

  const coefficient = coefficientDigits(value);
  // value = coefficient × 10^lastExponent; the radicand gets zeros appended so that it has
  // enough digits for a root of at least 54 digits and an even exponent.
  const lastExponent = value.e - coefficient.length + 1;
  let zeros = Math.max(0, 2 * (PRECISION + GUARD_DIGITS) - coefficient.length);
  if ((lastExponent - zeros) % 2 !== 0) zeros += 1;
  const radicandText = coefficient + "0".repeat(zeros);
  const root = integerSquareRoot(BigInt(radicandText), radicandText);

  const digits = root.toString();
  // An exact root of at most 50 digits has guard digits 0000, so it goes to decimal.js too.
  const guard = Number(digits.slice(PRECISION, PRECISION + GUARD_DIGITS));
  const boundaryDistance = Math.min(guard, Math.abs(guard - 5000), 10_000 - guard);
  if (boundaryDistance < BOUNDARY_MARGIN) return value.sqrt();

  let head = BigInt(digits.slice(0, PRECISION));
  if (guard > 5000) head += 1n;
  // root = digits × 10^((lastExponent − zeros) / 2), and head keeps its first 50 digits.
  const exponent = (lastExponent - zeros) / 2 + digits.length - PRECISION;
  return new EngineDecimal(`${head}e${exponent}`);
}

/** Writes the significant digits of a non-zero decimal, without leading or trailing zeros. */
function coefficientDigits(value: EngineDecimal): string {
  let text = "";
  value.d.forEach((limb, index) => {
    text += index === 0 ? String(limb) : String(limb).padStart(LIMB_DIGITS, "0");
  });
  let end = text.length;
  while (end > 1 && text.charCodeAt(end - 1) === 48) end -= 1;
  return text.slice(0, end);
}

/**
 * Computes ⌊√n⌋ for a positive whole number, given with its decimal digits, by Newton's method
 * from a floating-point estimate above the root, which decreases to the floor of the root.
 */
export function integerSquareRoot(n: bigint, digits: string): bigint {
  if (digits.length <= 15) {
    // Math.sqrt is correctly rounded, so its floor is off by at most one near a perfect square.
    let root = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (root * root > n) root -= 1n;
    while ((root + 1n) * (root + 1n) <= n) root += 1n;
    return root;
  }
  // n ≈ leading × 10^shift with an even shift and 14 or 15 leading digits, exact as a number.
  const leadingCount = (digits.length - 14) % 2 === 0 ? 14 : 15;
  const leading = Number(digits.slice(0, leadingCount));
  const halfShift = (digits.length - leadingCount) / 2;
  // √n < √(leading + 1) × 10^halfShift ≤ (√leading + 1) × 10^halfShift, and 2 more covers the rounding of Math.sqrt.
  let estimate = BigInt(Math.ceil(Math.sqrt(leading)) + 2) * powerOfTen(halfShift);
  for (;;) {
    const next = (estimate + n / estimate) >> 1n;
    if (next >= estimate) return estimate;
    estimate = next;
  }
}

const POWERS_OF_TEN: bigint[] = [];

function powerOfTen(exponent: number): bigint {
  let power = POWERS_OF_TEN[exponent];
  if (power === undefined) {
    power = 10n ** BigInt(exponent);
    POWERS_OF_TEN[exponent] = power;
  }
  return power;
}
