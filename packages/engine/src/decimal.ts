import { Decimal } from "decimal.js";
import { InvalidOptionError, PmmEngineError } from "./errors.js";

/**
 * The engine's own decimal constructor, isolated from the global `Decimal` so that no setting
 * made by the host application changes results (and the engine changes no global setting).
 * KPI formulas are evaluated with exact rationals instead (see `Rational`); statistics,
 * normalisation and scoring use this constructor.
 *
 * 50 significant digits keep each intermediate step of a mean or a quantile beyond what an
 * output shows, except in the extreme case below. Results are rounded once, at the output.
 *
 * NOTE: a quotient or square root is rounded at the 50th significant digit, so an output with
 * more than 50 significant digits (30 before the point and 20 after) may differ from the exact
 * value in its last digit.
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

/** Rounding options that `resolveOutputRounding` has accepted. */
const CHECKED_ROUNDINGS = new WeakSet<OutputRounding>();

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

/** Output rounding with every option given, as `resolveOutputRounding` returns it. */
export type ResolvedOutputRounding = Required<{ [K in keyof OutputRounding]: NonNullable<OutputRounding[K]> }>;

/** The output rounding used when none is given: 4 decimal places, half-even. */
export const DEFAULT_OUTPUT_ROUNDING: ResolvedOutputRounding = {
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
 * @throws {@link InvalidOptionError} when the rounding options are invalid, and
 * {@link PmmEngineError} (`invalid-input`) when the value is NaN or infinite.
 * @example
 * ```ts
 * toOutputString(new EngineDecimal("2.50005"), { decimalPlaces: 4 }); // "2.5"
 * ```
 */
export function toOutputString(value: EngineDecimal, rounding?: OutputRounding): string {
  // This runs once per value written, so each options object is checked in full only once.
  if (rounding !== undefined && !CHECKED_ROUNDINGS.has(rounding)) {
    resolveOutputRounding(rounding);
    CHECKED_ROUNDINGS.add(rounding);
  }
  const decimalPlaces = rounding?.decimalPlaces ?? DEFAULT_OUTPUT_ROUNDING.decimalPlaces;
  const mode = rounding?.mode ?? DEFAULT_OUTPUT_ROUNDING.mode;
  // A checked object may have been changed since, so its values are checked again, cheaply.
  if (!Number.isInteger(decimalPlaces) || decimalPlaces < 0 || decimalPlaces > 20 || !Object.hasOwn(ROUNDING_CODES, mode)) resolveOutputRounding(rounding);
  if (!value.isFinite()) throw new PmmEngineError("invalid-input", `value is ${value.toString()}: only finite decimals can be written out`);
  const rounded = value.decimalPlaces() <= decimalPlaces ? value : value.toDecimalPlaces(decimalPlaces, ROUNDING_CODES[mode]);
  if (rounded.isZero()) return "0";
  // toString writes no trailing zeros, and no exponent unless the value reaches 1e100 (toExpPos).
  return rounded.e < 100 ? rounded.toString() : rounded.toFixed();
}

/**
 * Checks output rounding options and returns them with defaults filled in.
 *
 * @throws {@link InvalidOptionError} when `rounding` is not an object, has a key other than
 * `decimalPlaces` and `mode`, or has a value out of range.
 */
export function resolveOutputRounding(rounding: OutputRounding | undefined): ResolvedOutputRounding {
  if (rounding !== undefined && (typeof rounding !== "object" || rounding === null || Array.isArray(rounding))) {
    throw new InvalidOptionError("rounding", `rounding is ${describe(rounding)}: pass an object such as { decimalPlaces: 2, mode: "half-up" }, or nothing`);
  }
  for (const key of Object.keys(rounding ?? {})) {
    if (key !== "decimalPlaces" && key !== "mode") throw new InvalidOptionError(`rounding.${key}`, `unknown option "rounding.${key}": the rounding options are decimalPlaces and mode`);
  }
  const decimalPlaces = rounding?.decimalPlaces ?? DEFAULT_OUTPUT_ROUNDING.decimalPlaces;
  const mode = rounding?.mode ?? DEFAULT_OUTPUT_ROUNDING.mode;
  if (!Number.isInteger(decimalPlaces) || decimalPlaces < 0 || decimalPlaces > 20) {
    throw new InvalidOptionError("rounding.decimalPlaces", `rounding.decimalPlaces is ${describe(decimalPlaces)}: use a whole number from 0 to 20`);
  }
  if (typeof mode !== "string" || !Object.hasOwn(ROUNDING_CODES, mode)) {
    throw new InvalidOptionError("rounding.mode", `rounding.mode is ${describe(mode)}: use one of ${Object.keys(ROUNDING_CODES).join(", ")}`);
  }
  return { decimalPlaces, mode };
}

/** Writes any value for an error message, bigints and symbols included. */
function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  return String(value);
}
