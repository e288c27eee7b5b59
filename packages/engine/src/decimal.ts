import { Decimal } from "decimal.js";
import { InvalidOptionError } from "./errors.js";

/**
 * The engine's own decimal constructor, isolated from the global `Decimal` so that no setting
 * made by the host application changes results (and the engine changes no global setting).
 * KPI formulas are evaluated with exact rationals instead (see `Rational`); statistics,
 * normalisation and scoring use this constructor.
 *
 * 50 significant digits keep every intermediate step of a mean or a quantile far
 * beyond the precision of the inputs (at most 30 digits on each side of the point), so no
 * intermediate rounding is visible; results are rounded once, at the output.
 */
export const EngineDecimal = Decimal.clone({
  precision: 50,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -100,
  toExpPos: 100,
  minE: -9e15,
  maxE: 9e15,
});

/** A decimal value of the engine. */
export type EngineDecimal = InstanceType<typeof EngineDecimal>;

/** How results are rounded when they leave the engine. */
export type RoundingMode = "half-even" | "half-up" | "half-down" | "up" | "down" | "ceil" | "floor";

const ROUNDING_CODES: Record<RoundingMode, Decimal.Rounding> = {
  "half-even": Decimal.ROUND_HALF_EVEN,
  "half-up": Decimal.ROUND_HALF_UP,
  "half-down": Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * Output rounding: every value that leaves the engine is rounded once, to `decimalPlaces` digits
 * after the point, with `mode`.
 */
export interface OutputRounding {
  /** Digits after the decimal point, 0 to 20. Default 4. */
  decimalPlaces?: number | undefined;
  /** Rounding mode. Default `"half-even"` (banker's rounding), which has no upward bias. */
  mode?: RoundingMode | undefined;
}

/** The output rounding used when none is given: 4 decimal places, half-even. */
export const DEFAULT_OUTPUT_ROUNDING: Required<{ [K in keyof OutputRounding]: NonNullable<OutputRounding[K]> }> = {
  decimalPlaces: 4,
  mode: "half-even",
};

/**
 * Rounds a decimal once for output and writes it as a canonical decimal string (no exponent, no
 * trailing zeros, `-0` written as `0`). A value that already has no more decimals than asked is
 * written as it is, without a rounded copy.
 *
 * @param value - A finite decimal.
 * @param rounding - Decimal places (default 4) and rounding mode (default half-even).
 * @returns The canonical decimal string.
 * @example
 * ```ts
 * toOutputString(new EngineDecimal("2.50005"), { decimalPlaces: 4 }); // "2.5"
 * ```
 */
export function toOutputString(value: EngineDecimal, rounding: OutputRounding = {}): string {
  const decimalPlaces = rounding.decimalPlaces ?? DEFAULT_OUTPUT_ROUNDING.decimalPlaces;
  const mode = rounding.mode ?? DEFAULT_OUTPUT_ROUNDING.mode;
  const rounded = value.decimalPlaces() <= decimalPlaces ? value : value.toDecimalPlaces(decimalPlaces, ROUNDING_CODES[mode]);
  if (rounded.isZero()) return "0";
  // toString writes no trailing zeros, and no exponent unless the value reaches 1e100 (toExpPos).
  return rounded.e < 100 ? rounded.toString() : rounded.toFixed();
}

/** Checks output rounding options and returns them with defaults filled in. */
export function resolveOutputRounding(rounding: OutputRounding | undefined): Required<{ [K in keyof OutputRounding]: NonNullable<OutputRounding[K]> }> {
  const decimalPlaces = rounding?.decimalPlaces ?? DEFAULT_OUTPUT_ROUNDING.decimalPlaces;
  const mode = rounding?.mode ?? DEFAULT_OUTPUT_ROUNDING.mode;
  if (!Number.isInteger(decimalPlaces) || decimalPlaces < 0 || decimalPlaces > 20) {
    throw new InvalidOptionError("rounding.decimalPlaces", `rounding.decimalPlaces is ${String(decimalPlaces)}: use a whole number from 0 to 20`);
  }
  if (!(mode in ROUNDING_CODES)) {
    throw new InvalidOptionError("rounding.mode", `rounding.mode is ${JSON.stringify(mode)}: use one of ${Object.keys(ROUNDING_CODES).join(", ")}`);
  }
  return { decimalPlaces, mode };
}
