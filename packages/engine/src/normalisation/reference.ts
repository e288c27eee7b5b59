import { EngineDecimal } from "../decimal.js";
import { mean, standardDeviation } from "../statistics/index.js";
import { requireFinite, sortAscending, type Statistic } from "../statistics/statistic.js";

/**
 * The reference values of a data-driven normalisation, sorted once, with the statistics the
 * methods read. Build it with {@link describeReference}.
 */
export interface ReferenceDistribution {
  /** The values, smallest first. */
  readonly sorted: readonly EngineDecimal[];
  /** How many cycles the values come from: 1, or more when cycles are pooled. */
  readonly cycles: number;
  /** The arithmetic mean. */
  readonly mean: Statistic;
  /** The sample standard deviation (n − 1). */
  readonly sd: Statistic;
}

/**
 * Sorts reference values once, and computes their mean and sample standard deviation once when
 * first read, so that many values can be normalised against them without recomputing.
 *
 * @param values - The KPI values of the cycle (and of the pooled cycles), in any order.
 * @param cycles - How many cycles the values come from. Default 1.
 * @returns The reference distribution.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * const reference = describeReference([3, 1, 2].map((x) => new EngineDecimal(x)));
 * reference.sorted.map(String); // ["1", "2", "3"]
 * ```
 */
export function describeReference(values: readonly EngineDecimal[], cycles = 1): ReferenceDistribution {
  requireFinite(values, "reference");
  const sorted = sortAscending(values);
  // The mean and the standard deviation are computed on first use, because most methods never read them.
  let average: Statistic | undefined;
  let deviation: Statistic | undefined;
  return {
    sorted,
    cycles,
    get mean() {
      average ??= mean(sorted);
      return average;
    },
    get sd() {
      deviation ??= standardDeviation(sorted, "sample");
      return deviation;
    },
  };
}

/** Counts the reference values below, equal to and above `x`, by binary search. */
export function countAround(reference: ReferenceDistribution, x: EngineDecimal): { below: number; equal: number; above: number } {
  const n = reference.sorted.length;
  const below = firstIndex(reference.sorted, (value) => value.gte(x));
  const notAbove = firstIndex(reference.sorted, (value) => value.gt(x));
  return { below, equal: notAbove - below, above: n - notAbove };
}

/** Finds the first index whose value satisfies a predicate that is monotone over the sorted list. */
function firstIndex(sorted: readonly EngineDecimal[], predicate: (value: EngineDecimal) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (predicate(sorted[middle] as EngineDecimal)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Returns the smallest reference value, or undefined when there are none. */
export function referenceMin(reference: ReferenceDistribution): EngineDecimal | undefined {
  return reference.sorted[0];
}

/** Returns the largest reference value, or undefined when there are none. */
export function referenceMax(reference: ReferenceDistribution): EngineDecimal | undefined {
  return reference.sorted.at(-1);
}

/** Zero, shared by the normalisation methods. */
export const ZERO = new EngineDecimal(0);
/** One hundred, the top of the score scale. */
export const HUNDRED = new EngineDecimal(100);
