import { EngineDecimal } from "../decimal.js";
import { mean, sum } from "./basic.js";
import { allEqual, standardDeviation } from "./dispersion.js";
import { emptyFailure, fail, requireFinite, succeed, type Statistic } from "./statistic.js";

/**
 * Computes the adjusted Fisher–Pearson skewness G1 (as spreadsheet `SKEW` and SAS, SPSS):
 *
 * `G1 = n / ((n − 1)(n − 2)) × Σ((x − x̄) / s)³`, where `s` is the sample standard deviation.
 *
 * @param values - Finite decimals.
 * @returns The skewness; the failure `empty` for no values, `single-value` for fewer than 3
 *   values, and `no-variance` when every value is equal.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * skewness([1, 2, 3, 10].map((x) => new EngineDecimal(x))); // { ok: true, value: 1.7636… }
 * ```
 */
export function skewness(values: readonly EngineDecimal[]): Statistic {
  const moments = standardizedMoments(values, 3, "skewness");
  if (!moments.ok) return moments;
  const n = values.length;
  return succeed(new EngineDecimal(n).div((n - 1) * (n - 2)).times(moments.value));
}

/**
 * Computes the sample excess kurtosis G2 (as spreadsheet `KURT` and SAS, SPSS):
 *
 * `G2 = n(n + 1) / ((n − 1)(n − 2)(n − 3)) × Σ((x − x̄) / s)⁴ − 3(n − 1)² / ((n − 2)(n − 3))`,
 * where `s` is the sample standard deviation. A normal distribution has an excess kurtosis of 0.
 *
 * @param values - Finite decimals.
 * @returns The excess kurtosis; the failure `empty` for no values, `single-value` for fewer
 *   than 4 values, and `no-variance` when every value is equal.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * kurtosis([1, 2, 3, 10].map((x) => new EngineDecimal(x))); // { ok: true, value: 3.228 }
 * ```
 */
export function kurtosis(values: readonly EngineDecimal[]): Statistic {
  const moments = standardizedMoments(values, 4, "kurtosis");
  if (!moments.ok) return moments;
  const n = values.length;
  const scale = new EngineDecimal(n * (n + 1)).div((n - 1) * (n - 2) * (n - 3));
  const correction = new EngineDecimal(3 * (n - 1) * (n - 1)).div((n - 2) * (n - 3));
  return succeed(scale.times(moments.value).minus(correction));
}

/** `Σ((x − x̄) / s)^order` with the sample standard deviation, after the checks of G1 and G2. */
function standardizedMoments(values: readonly EngineDecimal[], order: 3 | 4, statistic: string): Statistic {
  requireFinite(values);
  if (values.length === 0) return emptyFailure(statistic);
  const needed = order === 3 ? 3 : 4;
  if (values.length < needed) {
    return fail("single-value", `the ${statistic} needs at least ${needed} values, but ${values.length} were given: pass more values`);
  }
  if (allEqual(values)) return fail("no-variance", `the ${statistic} of equal values is undefined, because their standard deviation is 0`);

  const average = mean(values);
  const deviation = standardDeviation(values, "sample");
  if (!average.ok) return average;
  if (!deviation.ok) return deviation;
  return succeed(sum(values.map((value) => value.minus(average.value).div(deviation.value).pow(order))));
}
