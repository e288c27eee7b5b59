import type { RoundingMode } from "../decimal.js";
import { writeDigits } from "../exact/round.js";

/**
 * The bound on `denominator × 10^decimalPlaces` within which rounding the 50-digit quotient
 * and rounding the exact ratio give the same result (see {@link ratioText}), with a wide margin.
 */
const SAFE_GRID = 1e40;

/**
 * Writes `numerator / denominator`, a non-negative ratio of whole numbers, rounded once to
 * `decimalPlaces` with `mode`, byte for byte as
 * `toOutputString(new EngineDecimal(numerator).div(denominator), rounding)` writes it, with
 * JavaScript numbers only.
 *
 * decimal.js first rounds the quotient to 50 significant digits. The rounding boundaries at
 * `decimalPlaces` are multiples of half a unit in the last place, so a ratio with denominator n
 * that is not on one lies at least `1 / (2n·10^decimalPlaces)` from each. For ratios up to 10^3
 * and `n·10^decimalPlaces` below 10^40, that distance is far larger than the 50-digit
 * rounding, so both round alike.
 *
 * @param numerator - A whole number, 0 or more, with `numerator × 10^decimalPlaces` below 2^53.
 * @param denominator - A whole number, 1 or more.
 * @param decimalPlaces - Digits after the point, 0 to 20.
 * @param mode - The rounding mode.
 * @returns The canonical decimal string, or `undefined` when the numbers are too large for
 *   this shortcut (the caller then divides with decimal.js).
 * @example
 * ```ts
 * ratioText(200, 3, 4, "half-even"); // "66.6667"
 * ```
 */
export function ratioText(numerator: number, denominator: number, decimalPlaces: number, mode: RoundingMode): string | undefined {
  const scaled = numerator * 10 ** decimalPlaces;
  if (!Number.isSafeInteger(scaled) || numerator / denominator > 1000 || denominator * 10 ** decimalPlaces >= SAFE_GRID) return undefined;

  // A floating-point quotient of safe integers may be off by one near a whole number, so the
  // remainder corrects it.
  let quotient = Math.floor(scaled / denominator);
  let remainder = scaled - quotient * denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }

  if (remainder !== 0 && roundsUp(quotient, remainder, denominator, mode)) quotient += 1;
  return quotient === 0 ? "0" : writeDigits(false, String(quotient), decimalPlaces);
}

/** Tells whether a positive `quotient + remainder / denominator`, with a remainder strictly between 0 and the denominator, rounds up. */
function roundsUp(quotient: number, remainder: number, denominator: number, mode: RoundingMode): boolean {
  switch (mode) {
    case "up":
    case "ceil":
      return true;
    case "down":
    case "floor":
      return false;
    default: {
      const twice = 2 * remainder;
      if (twice !== denominator) return twice > denominator;
      if (mode === "half-up") return true;
      if (mode === "half-down") return false;
      return quotient % 2 === 1;
    }
  }
}
