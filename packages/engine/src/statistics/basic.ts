import { EngineDecimal } from "../decimal.js";
import { emptyFailure, requireFinite, sortAscending, succeed, type Statistic } from "./statistic.js";

/**
 * Adds the values exactly, at the engine's precision of 50 significant digits.
 *
 * The values are added smallest first, so the result does not depend on their order.
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
  let total = new EngineDecimal(0);
  for (const value of sortAscending(values)) total = total.plus(value);
  return total;
}

/**
 * Computes the arithmetic mean, `Σx / n`.
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
  return succeed(sum(values).div(values.length));
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
  const smallest = sortAscending(values)[0];
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
  const largest = sortAscending(values).at(-1);
  return largest === undefined ? emptyFailure("maximum") : succeed(largest);
}
