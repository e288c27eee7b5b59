import type { RoundingMode } from "../decimal.js";
import { writeDigits } from "../exact/round.js";
import type { ScaledDecimal } from "./scaled-difference.js";

/** The part of a reference below `10^-decimalPlaces`, compared with half of that unit. */
type Fraction = "none" | "below-half" | "half" | "above-half";

/**
 * A reference statistic, such as a group mean, prepared once for subtracting many values that
 * are whole numbers of `10^-decimalPlaces`: `reference × 10^decimalPlaces = floor + fraction`,
 * with `0 ≤ fraction < 1`.
 */
export interface PreparedReference {
  /** `⌊reference × 10^decimalPlaces⌋`, at most 2^51 in magnitude. */
  floor: number;
  fraction: Fraction;
  /**
   * The bound on `units − floor` (`−limit < units − floor ≤ limit`) within which the exact
   * difference has at most 50 significant digits, so that decimal.js would not round it before
   * the output rounding. `Infinity` when every difference of safe integers stays within it.
   */
  limit: number;
}

/** Magnitude bound of the whole numbers handled here, so that every difference is a safe integer. */
export const MAX_UNITS = 2 ** 51;
const SIGNIFICANT_DIGITS = 50;
/** Differences of numbers up to 2^51 have at most 16 digits, so a digit bound of 10^16 or more never applies. */
const UNBOUNDED_DIGITS = 16;

/**
 * Prepares a reference for {@link referenceDifferenceText} at `decimalPlaces`.
 *
 * @param reference - The reference as a scaled whole number (see `toScaled`).
 * @param decimalPlaces - Digits after the point of the output, 0 to 20.
 * @returns The prepared reference, or `undefined` when `⌊reference × 10^decimalPlaces⌋` exceeds
 *   2^51 in magnitude, or when the reference has 50 or more decimals beyond `decimalPlaces` (so
 *   that nearly every difference would have more than 50 significant digits). The caller then
 *   subtracts with `scaledDifferenceText` or decimal.js.
 * @example
 * ```ts
 * prepareReference({ units: 17_333_333n, scale: 6 }, 4); // { floor: 173333, fraction: "below-half", limit: Infinity }
 * ```
 */
export function prepareReference(reference: ScaledDecimal, decimalPlaces: number): PreparedReference | undefined {
  let floor: bigint;
  let fraction: Fraction = "none";
  let limit = Infinity;
  if (reference.scale <= decimalPlaces) {
    floor = reference.units * 10n ** BigInt(decimalPlaces - reference.scale);
  } else {
    const divisor = 10n ** BigInt(reference.scale - decimalPlaces);
    floor = reference.units / divisor;
    let remainder = reference.units - floor * divisor;
    // BigInt division truncates towards zero; the floor of a negative quotient is one less.
    if (remainder < 0n) {
      floor -= 1n;
      remainder += divisor;
    }
    const twice = 2n * remainder;
    if (remainder === 0n) fraction = "none";
    else if (twice < divisor) fraction = "below-half";
    else if (twice === divisor) fraction = "half";
    else fraction = "above-half";
    // The exact difference has at most `scale` decimals, so it keeps at most 50 significant
    // digits while |difference| × 10^scale < 10^50, that is |units − floor − fraction| < 10^digits.
    const digits = SIGNIFICANT_DIGITS - reference.scale + decimalPlaces;
    if (digits <= 0) return undefined;
    if (digits < UNBOUNDED_DIGITS) limit = 10 ** digits;
  }
  const bound = BigInt(MAX_UNITS);
  if (floor > bound || floor < -bound) return undefined;
  return { floor: Number(floor), fraction, limit };
}

/**
 * Computes `value − reference` (`towardsValue` true) or `reference − value` exactly and writes it
 * rounded once to `decimalPlaces` with `mode`, byte for byte as
 * `toOutputString(value.minus(reference), rounding)` writes it, with JavaScript numbers only.
 *
 * @param units - The value times `10^decimalPlaces`, a whole number of at most 2^51 in magnitude.
 * @param reference - The reference, prepared at the same `decimalPlaces`.
 * @param towardsValue - Whether to subtract the reference from the value (else the reverse).
 * @param decimalPlaces - Digits after the point, 0 to 20.
 * @param mode - The rounding mode.
 * @returns The canonical decimal string, or `undefined` when the exact difference may have more
 *   than 50 significant digits (decimal.js would round it before the output rounding, so the
 *   caller computes it with decimal.js).
 * @example
 * ```ts
 * const mean = prepareReference(toScaled(new EngineDecimal(52).div(3))!, 4)!; // 17.3333…
 * referenceDifferenceText(120_000, mean, true, 4, "half-even"); // "-5.3333" (12 − 17.3333…)
 * ```
 */
export function referenceDifferenceText(units: number, reference: PreparedReference, towardsValue: boolean, decimalPlaces: number, mode: RoundingMode): string | undefined {
  const difference = units - reference.floor;
  if (difference > reference.limit || difference <= -reference.limit) return undefined;

  // value − reference = (difference − fraction) units; reference − value is its negation, and
  // rounding a negation is negating the rounding with ceil and floor swapped.
  let rounded = difference;
  if (reference.fraction !== "none") rounded = roundBelow(difference, reference.fraction, towardsValue ? mode : MIRRORED[mode]);
  if (!towardsValue) rounded = -rounded;
  if (rounded === 0) return "0";
  return rounded < 0 ? writeDigits(true, String(-rounded), decimalPlaces) : writeDigits(false, String(rounded), decimalPlaces);
}

const MIRRORED: Record<RoundingMode, RoundingMode> = {
  "half-even": "half-even",
  "half-up": "half-up",
  "half-down": "half-down",
  up: "up",
  down: "down",
  ceil: "floor",
  floor: "ceil",
};

/**
 * Rounds `whole − fraction` to a whole number, where `whole` is a whole number and the fraction
 * lies strictly between 0 and 1, so the result is `whole` or `whole − 1`. "up" and "half-up"
 * round away from zero: the number is positive when `whole ≥ 1` and negative otherwise.
 */
function roundBelow(whole: number, fraction: Exclude<Fraction, "none">, mode: RoundingMode): number {
  const positive = whole >= 1;
  switch (mode) {
    case "ceil":
      return whole;
    case "floor":
      return whole - 1;
    case "up":
      return positive ? whole : whole - 1;
    case "down":
      return positive ? whole - 1 : whole;
    default:
      if (fraction === "below-half") return whole;
      if (fraction === "above-half") return whole - 1;
      if (mode === "half-up") return positive ? whole : whole - 1;
      if (mode === "half-down") return positive ? whole - 1 : whole;
      // Half-even: the even one of whole − 1 and whole (−0 and 0 are both even).
      return whole % 2 === 0 ? whole : whole - 1;
  }
}
