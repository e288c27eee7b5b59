import { EngineDecimal } from "../decimal.js";
import { divideOnce, exactSums, type ExactSums } from "./exact-sums.js";
import { emptyFailure, requireFinite, sortAscending, succeed, type Statistic } from "./statistic.js";

/**
 * Adds the values exactly and rounds the total once, to the engine's precision of 50
 * significant digits, so the result does not depend on their order. (Values that span more than
 * 400 digits, such as `1e500` next to `1e-500`, are added smallest first at 50 significant
 * digits instead.)
 *
 * @param values - Finite decimals.
 * @returns The sum; `0` for no values.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * sum([new EngineDecimal("1.5"), new EngineDecimal("2")]).toString(); // "3.5"
 * ```
 */
export function sum(values: readonly EngineDecimal[]): EngineDecimal {
  requireFinite(values);
  return sumOfChecked(values, exactSums(values, false));
}

/** Sums checked values, from their exact sums when there are any. */
export function sumOfChecked(values: readonly EngineDecimal[], sums: ExactSums | undefined): EngineDecimal {
  if (sums !== undefined) return new EngineDecimal(sums.sum).toSignificantDigits();
  let total = new EngineDecimal(0);
  for (const value of sortAscending(values)) total = total.plus(value);
  return total;
}

/** Computes the mean of checked values, at least one, from their exact sum when there is one (rounded once). */
export function meanOfChecked(values: readonly EngineDecimal[], sums: ExactSums | undefined): EngineDecimal {
  return sums === undefined ? sumOfChecked(values, undefined).div(values.length) : divideOnce(sums.sum, values.length);
}

/**
 * Computes the arithmetic mean, `Σx / n`, from the exact sum, rounded once to 50 significant
 * digits.
 *
 * @param values - Finite decimals.
 * @returns The mean, or the failure `empty` for no values.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * mean([1, 2, 4].map((x) => new EngineDecimal(x))); // { ok: true, value: 2.3333… }
 * ```
 */
export function mean(values: readonly EngineDecimal[]): Statistic {
  if (values.length === 0) return emptyFailure("mean");
  requireFinite(values);
  return succeed(meanOfChecked(values, exactSums(values, false)));
}

/**
 * Finds the smallest value.
 *
 * @param values - Finite decimals.
 * @returns The minimum, or the failure `empty` for no values.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * minimum([new EngineDecimal(3), new EngineDecimal(-1)]); // { ok: true, value: -1 }
 * ```
 */
export function minimum(values: readonly EngineDecimal[]): Statistic {
  requireFinite(values);
  let smallest = values[0];
  for (const value of values) if (value.lt(smallest as EngineDecimal)) smallest = value;
  return smallest === undefined ? emptyFailure("minimum") : succeed(smallest);
}

/**
 * Finds the largest value.
 *
 * @param values - Finite decimals.
 * @returns The maximum, or the failure `empty` for no values.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * maximum([new EngineDecimal(3), new EngineDecimal(-1)]); // { ok: true, value: 3 }
 * ```
 */
export function maximum(values: readonly EngineDecimal[]): Statistic {
  requireFinite(values);
  let largest = values[0];
  for (const value of values) if (value.gt(largest as EngineDecimal)) largest = value;
  return largest === undefined ? emptyFailure("maximum") : succeed(largest);
}
