import type { EngineDecimal, RoundingMode } from "../decimal.js";
import { roundedQuotient, writeScaled } from "../exact/round.js";

/** A decimal as a whole number of units of `10^-scale`: `units × 10^-scale`. */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

/** Exponents beyond this range are left to decimal.js, so that no conversion writes a long string. */
const EXPONENT_LIMIT = 60;
/** The engine's precision: a difference with more significant digits is rounded by decimal.js before the output rounding. */
const PRECISION_LIMIT = 10n ** 50n;
const POWERS: bigint[] = Array.from({ length: 2 * EXPONENT_LIMIT + 60 }, (_, exponent) => 10n ** BigInt(exponent));

function power(exponent: number): bigint {
  return POWERS[exponent] ?? 10n ** BigInt(exponent);
}

/**
 * Converts a finite decimal to a scaled whole number, exactly.
 *
 * @param value - A finite decimal.
 * @returns The scaled decimal, or `undefined` when its exponent lies outside ±60 (the caller
 * then computes with decimal.js).
 * @example
 * ```ts
 * toScaled(new EngineDecimal("-12.50")); // { units: -125n, scale: 1 }
 * ```
 */
export function toScaled(value: EngineDecimal): ScaledDecimal | undefined {
  if (!value.isFinite() || value.e > EXPONENT_LIMIT || value.e < -EXPONENT_LIMIT) return undefined;
  const scale = value.decimalPlaces();
  // toFixed writes no exponent; removing the point leaves the units.
  const text = value.toFixed(scale);
  const point = text.indexOf(".");
  return { units: BigInt(point < 0 ? text : text.slice(0, point) + text.slice(point + 1)), scale };
}


/**
 * Computes `minuend − subtrahend` exactly and writes it rounded once to `decimalPlaces` with
 * `mode`, byte for byte as `toOutputString(minuend.minus(subtrahend), rounding)` writes it.
 *
 * @param minuend - The scaled decimal subtracted from.
 * @param subtrahend - The scaled decimal subtracted.
 * @param decimalPlaces - Digits after the point, 0 to 20.
 * @param mode - The rounding mode.
 * @returns The canonical decimal string, or `undefined` when the exact difference has more than
 * 50 significant digits (decimal.js would round it before the output rounding, so the caller
 * computes it with decimal.js).
 * @example
 * ```ts
 * scaledDifferenceText({ units: 25n, scale: 1 }, { units: 1n, scale: 2 }, 1, "half-even"); // "2.5"
 * ```
 */
export function scaledDifferenceText(minuend: ScaledDecimal, subtrahend: ScaledDecimal, decimalPlaces: number, mode: RoundingMode): string | undefined {
  let scale: number;
  let difference: bigint;
  if (minuend.scale === subtrahend.scale) {
    scale = minuend.scale;
    difference = minuend.units - subtrahend.units;
  } else if (minuend.scale > subtrahend.scale) {
    scale = minuend.scale;
    difference = minuend.units - subtrahend.units * power(minuend.scale - subtrahend.scale);
  } else {
    scale = subtrahend.scale;
    difference = minuend.units * power(subtrahend.scale - minuend.scale) - subtrahend.units;
  }

  const negative = difference < 0n;
  const magnitude = negative ? -difference : difference;
  if (magnitude >= PRECISION_LIMIT) return undefined;
  if (scale <= decimalPlaces) return writeScaled(difference, scale);

  return writeScaled(roundedQuotient(difference, power(scale - decimalPlaces), mode), decimalPlaces);
}
