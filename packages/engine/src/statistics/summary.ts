import type { EngineDecimal } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";
import { meanOfChecked, sumOfChecked } from "./basic.js";
import { deviationOfChecked, type DeviationKind } from "./dispersion.js";
import { exactSums, type ExactSums } from "./exact-sums.js";
import { HALF, QUARTER, quantileOfSorted, THREE_QUARTERS, type QuantileType } from "./quantile.js";
import { emptyFailure, requireFinite, sortAscending, succeed, type Statistic } from "./statistic.js";

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
 * deviation, with the conventions of {@link quantile} and {@link standardDeviation}. The values
 * are sorted once and added once (exactly, with their squares), and every statistic is derived
 * from that.
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
  requireFinite(values);
  const type = options.quantileType ?? 7;
  if (type !== 1 && type !== 6 && type !== 7) {
    throw new InvalidOptionError("type", `quantile type ${String(type)} is not supported: use 7 (the default), 6 or 1`);
  }
  const deviation = options.deviation ?? "sample";
  if (deviation !== "sample" && deviation !== "population") {
    throw new InvalidOptionError("kind", `deviation kind ${JSON.stringify(deviation)} is not supported: use "sample" (n − 1, the default) or "population" (n)`);
  }
  return summarizeSorted(sortAscending(values), type, deviation);
}

/**
 * Describes values that are already checked and sorted ascending, as {@link summarize} does,
 * without checking or sorting them again.
 *
 * @param sorted - Finite decimals, smallest first.
 * @param type - Hyndman–Fan quantile type of the quartiles.
 * @param deviation - Standard deviation kind.
 * @param sums - The exact sums of the values and their squares, when the caller has them
 *   (such as from `exactSumsOfUnits`). Default: added here with `exactSums`.
 * @returns The summary.
 */
export function summarizeSorted(sorted: readonly EngineDecimal[], type: QuantileType, deviation: DeviationKind, sums: ExactSums | undefined = exactSums(sorted, true)): Summary {
  const first = sorted[0];
  const last = sorted.at(-1);
  return {
    n: sorted.length,
    sum: sumOfChecked(sorted, sums),
    mean: sorted.length === 0 ? emptyFailure("mean") : succeed(meanOfChecked(sorted, sums)),
    // The median is always the type 7 median, whatever the quartiles' type.
    median: sorted.length === 0 ? emptyFailure("median") : quantileOfSorted(sorted, HALF, 7),
    q1: quantileOfSorted(sorted, QUARTER, type),
    q3: quantileOfSorted(sorted, THREE_QUARTERS, type),
    min: first === undefined ? emptyFailure("minimum") : succeed(first),
    max: last === undefined ? emptyFailure("maximum") : succeed(last),
    sd: deviationOfChecked(sorted, deviation, sums),
  };
}
