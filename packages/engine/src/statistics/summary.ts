import type { EngineDecimal } from "../decimal.js";
import { maximum, mean, minimum, sum } from "./basic.js";
import { standardDeviation, type DeviationKind } from "./dispersion.js";
import { median, quantile, type QuantileType } from "./quantile.js";
import type { Statistic } from "./statistic.js";

/** The usual description of a set of values, each statistic with its own success or failure. */
export interface Summary {
  /** Number of values. */
  n: number;
  /** Sum of the values; 0 for no values. */
  sum: EngineDecimal;
  /** Arithmetic mean. */
  mean: Statistic;
  /** Median. */
  median: Statistic;
  /** First quartile, the quantile at p = 0.25 of the chosen type. */
  q1: Statistic;
  /** Third quartile, the quantile at p = 0.75 of the chosen type. */
  q3: Statistic;
  /** Smallest value. */
  min: Statistic;
  /** Largest value. */
  max: Statistic;
  /** Standard deviation of the chosen kind. */
  sd: Statistic;
}

/** Options of {@link summarize}. */
export interface SummaryOptions {
  /** Hyndman–Fan quantile type of the quartiles: 7 (default), 6 or 1. */
  quantileType?: QuantileType | undefined;
  /** Standard deviation kind: `"sample"` (default, n − 1) or `"population"` (n). */
  deviation?: DeviationKind | undefined;
}

/**
 * Describes a set of values: n, sum, mean, median, quartiles, minimum, maximum and standard
 * deviation, with the conventions of {@link quantile} and {@link standardDeviation}.
 *
 * @param values - Finite decimals.
 * @param options - Quantile type and standard deviation kind. See {@link SummaryOptions}.
 * @returns The summary. Statistics that do not exist for the values, such as the mean of no
 *   values, are failures with a reason.
 * @throws {InvalidOptionError} when an option is out of range.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * const summary = summarize([1, 2, 3, 4].map((x) => new EngineDecimal(x)));
 * summary.q1; // { ok: true, value: 1.75 }
 * ```
 */
export function summarize(values: readonly EngineDecimal[], options: SummaryOptions = {}): Summary {
  const type = options.quantileType ?? 7;
  return {
    n: values.length,
    sum: sum(values),
    mean: mean(values),
    median: median(values),
    q1: quantile(values, 0.25, type),
    q3: quantile(values, 0.75, type),
    min: minimum(values),
    max: maximum(values),
    sd: standardDeviation(values, options.deviation ?? "sample"),
  };
}
