import { EngineDecimal } from "../decimal.js";
import { PmmEngineError } from "../errors.js";

/**
 * Why a statistic has no value:
 *
 * - `empty`: no values at all.
 * - `single-value`: fewer values than the statistic needs. The sample standard deviation needs
 *   2, skewness 3 and kurtosis 4; the message states the minimum.
 * - `no-variance`: every value is equal, so a statistic that divides by the spread has none.
 * - `non-positive`: a value is zero or negative where the statistic needs positive values, such
 *   as the geometric or harmonic mean.
 */
export type StatisticFailureReason = "empty" | "single-value" | "no-variance" | "non-positive";

/** A statistic that could not be computed, with a reason code and a sentence that explains it. */
export type StatisticFailure = { ok: false; reason: StatisticFailureReason; message: string };

/**
 * The outcome of a statistic: `{ ok: true, value }`, or a {@link StatisticFailure}. A statistic
 * never returns NaN or an infinite value.
 */
export type Statistic<T = EngineDecimal> = { ok: true; value: T } | StatisticFailure;

/** Builds a successful statistic. */
export function succeed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** Builds a failed statistic. */
export function fail(reason: StatisticFailureReason, message: string): StatisticFailure {
  return { ok: false, reason, message };
}

/**
 * Checks that every value is a finite decimal of the engine's own constructor, because NaN or an
 * infinite value in the input would make every statistic meaningless, and a decimal of another
 * constructor would compute at that constructor's precision.
 *
 * @throws {PmmEngineError} with code `invalid-input` naming the first offending position.
 */
export function requireFinite(values: readonly EngineDecimal[], name = "values"): void {
  values.forEach((value, index) => {
    // A decimal of another decimal.js constructor would compute at that constructor's precision.
    if (EngineDecimal.isDecimal(value) && value.constructor !== EngineDecimal) {
      throw new PmmEngineError("invalid-input", `${name}[${index}] is a decimal of another decimal.js constructor, which computes at its own precision: convert it with new EngineDecimal(value)`);
    }
    if (!EngineDecimal.isDecimal(value) || !value.isFinite()) {
      throw new PmmEngineError("invalid-input", `${name}[${index}] is ${String(value)}, not a finite decimal: pass finite EngineDecimal values only`);
    }
  });
}

/** Returns a sorted copy of the values, smallest first. */
export function sortAscending(values: readonly EngineDecimal[]): EngineDecimal[] {
  return [...values].sort((a, b) => a.comparedTo(b));
}

/** Builds the failure for an empty list, naming the statistic. */
export function emptyFailure(statistic: string): StatisticFailure {
  return fail("empty", `the ${statistic} of no values is undefined: pass at least one value`);
}
