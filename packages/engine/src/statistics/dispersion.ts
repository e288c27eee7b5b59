import { EngineDecimal } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";
import { meanOfChecked, sumOfChecked } from "./basic.js";
import { divideOnce, exactSums, scaledSquaredDeviations, type ExactSums } from "./exact-sums.js";
import { median } from "./quantile.js";
import { squareRoot } from "./square-root.js";
import { emptyFailure, fail, requireFinite, succeed, type Statistic } from "./statistic.js";

/**
 * The kind of standard deviation: `sample` divides the sum of squared deviations by `n − 1` (Bessel's
 * correction, as R's `sd` and spreadsheet `STDEV.S`), `population` divides it by `n` (as
 * spreadsheet `STDEV.P`).
 */
export type DeviationKind = "sample" | "population";

/**
 * Computes the standard deviation, `√(Σ(x − x̄)² / (n − 1))` for the sample kind (the default) or
 * `√(Σ(x − x̄)² / n)` for the population kind. The sums are exact: the variance is computed as
 * `(n·Σx² − (Σx)²) / (n(n − 1))` (or `/ n²`) from exact sums, divided once and then square-rooted
 * at the engine's precision of 50 significant digits. (Values that span more than 200 digits,
 * such as `1e200` next to `1e-200`, square their deviations from the mean at 50 significant
 * digits instead.)
 *
 * Equal values give 0, which is a value and not a failure.
 *
 * @param values - Finite decimals.
 * @param kind - `"sample"` (default) or `"population"`.
 * @returns The standard deviation; the failure `empty` for no values, and `single-value` for
 *   one value with the sample kind (the population standard deviation of one value is 0).
 * @throws {InvalidOptionError} when `kind` is neither `"sample"` nor `"population"`.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * const values = [2, 4, 4, 4, 5, 5, 7, 9].map((x) => new EngineDecimal(x));
 * standardDeviation(values, "population"); // { ok: true, value: 2 }
 * standardDeviation(values);               // { ok: true, value: 2.1380899… }
 * ```
 */
export function standardDeviation(values: readonly EngineDecimal[], kind: DeviationKind = "sample"): Statistic {
  if (kind !== "sample" && kind !== "population") {
    throw new InvalidOptionError("kind", `deviation kind ${JSON.stringify(kind)} is not supported: use "sample" (n − 1, the default) or "population" (n)`);
  }
  requireFinite(values);
  return deviationOfChecked(values, kind, exactSums(values, true));
}

/** Computes the standard deviation of checked values, from their exact sums when there are any. */
export function deviationOfChecked(values: readonly EngineDecimal[], kind: DeviationKind, sums: ExactSums | undefined): Statistic {
  const n = values.length;
  if (n === 0) return emptyFailure("standard deviation");
  if (kind === "sample" && n < 2) {
    return fail("single-value", "the sample standard deviation needs at least 2 values: pass more values, or use the population kind");
  }
  if (sums?.sumOfSquares !== undefined) {
    const divisor = new EngineDecimal(n).times(kind === "sample" ? n - 1 : n);
    return succeed(squareRoot(divideOnce(scaledSquaredDeviations(n, sums.sum, sums.sumOfSquares), divisor)));
  }
  return succeed(squareRoot(roundedSquaredDeviations(values).div(kind === "sample" ? n - 1 : n)));
}

/**
 * Computes the raw median absolute deviation, `median(|x − median(x)|)`.
 *
 * The result is not scaled. Multiply it by 1.4826 to estimate the standard deviation of normally
 * distributed data, as R's `mad` does by default.
 *
 * @param values - Finite decimals.
 * @returns The median absolute deviation (0 for one value), or the failure `empty`.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9].map((x) => new EngineDecimal(x))); // { ok: true, value: 1 }
 * ```
 */
export function medianAbsoluteDeviation(values: readonly EngineDecimal[]): Statistic {
  const center = median(values);
  if (!center.ok) return center.reason === "empty" ? emptyFailure("median absolute deviation") : center;
  return median(values.map((value) => value.minus(center.value).abs()));
}

/** Computes the sum of squared deviations from the mean, `Σ(x − x̄)²`, exactly and divided once, or the failure `empty`. */
export function sumOfSquaredDeviations(values: readonly EngineDecimal[]): Statistic {
  if (values.length === 0) return emptyFailure("standard deviation");
  requireFinite(values);
  const sums = exactSums(values, true);
  if (sums?.sumOfSquares === undefined) return succeed(roundedSquaredDeviations(values));
  return succeed(divideOnce(scaledSquaredDeviations(values.length, sums.sum, sums.sumOfSquares), values.length));
}

/** `Σ(x − x̄)²` of values too far apart for exact sums, each step at 50 significant digits, added smallest first. */
function roundedSquaredDeviations(values: readonly EngineDecimal[]): EngineDecimal {
  const average = meanOfChecked(values, undefined);
  return sumOfChecked(
    values.map((value) => {
      const deviation = value.minus(average);
      return deviation.times(deviation);
    }),
    undefined,
  );
}

/** Tells whether every value equals the first; true for no values. */
export function allEqual(values: readonly EngineDecimal[]): boolean {
  const first = values[0];
  return first === undefined || values.every((value) => value.eq(first));
}

