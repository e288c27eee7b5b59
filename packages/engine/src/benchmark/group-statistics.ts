import type { DerivedDecimal, GroupStatistics, Suppression } from "@pmm/model";
import { toOutputString } from "../decimal.js";
import { knownPositions, quantilePositions } from "../disclosure/order-statistics.js";
import type { QuantileType, Statistic } from "../statistics/index.js";
import { exactSumsOfUnits, type ExactSums } from "../statistics/exact-sums.js";
import { summarizeSorted } from "../statistics/summary.js";
import type { MeasureUnits, RankedValue } from "./sorted-values.js";
import type { ResolvedBenchmarkOptions } from "./options.js";

/** A statistic as computed, and as published to the viewer. */
export interface ViewedStatistic {
  /** The exact statistic, for deriving positions; never leaves the engine unrounded. */
  exact: Statistic;
  published: DerivedDecimal;
}

/** The statistics of one group for one measure, exact and as the viewer may see them. */
export interface ViewedGroupStatistics {
  mean: ViewedStatistic;
  median: ViewedStatistic;
  q1: ViewedStatistic;
  q3: ViewedStatistic;
  min: ViewedStatistic;
  max: ViewedStatistic;
  sd: ViewedStatistic;
}

const ORDER_STATISTICS = { min: 0, q1: 0.25, median: 0.5, q3: 0.75, max: 1 } as const;

/** Publishes an exact statistic: its rounded value, or why it does not exist. */
export function publishStatistic(statistic: Statistic, options: ResolvedBenchmarkOptions): DerivedDecimal {
  return statistic.ok
    ? { status: "value", value: toOutputString(statistic.value, options.rounding) }
    : { status: "undefined", reason: statistic.reason, message: statistic.message };
}

/**
 * Computes the statistics of one group's values and decides which the viewer may see.
 *
 * When `suppression` is given, every statistic is withheld with that reason (and none is
 * computed). Otherwise the
 * mean and standard deviation are published, and each order statistic (minimum, quartiles,
 * median, maximum) is published only when every value it is computed from is known to the
 * viewer, because an order statistic is an individual value (or lies between two).
 *
 * @param sorted - The group's values, sorted ascending.
 * @param visible - Whether each value is visible to the viewer, in the same order.
 * @param suppression - The reason the whole group is withheld, if it is.
 * @param options - Resolved benchmark options.
 * @param units - The measure's common scale, when its values have one: the sums are then taken
 *   with whole numbers instead of decimals.
 * @returns The exact and the published statistics.
 */
export function viewGroupStatistics(
  sorted: readonly RankedValue[],
  visible: readonly boolean[],
  suppression: Suppression | undefined,
  options: ResolvedBenchmarkOptions,
  units?: MeasureUnits | undefined,
): ViewedGroupStatistics {
  const values = sorted.map((entry) => entry.value);
  if (suppression !== undefined) {
    // Nothing of a suppressed group is published, so its statistics are not computed.
    const withheld: ViewedStatistic = { exact: { ok: false, reason: "empty", message: suppression.message }, published: { status: "suppressed", ...suppression } };
    return { mean: withheld, median: withheld, q1: withheld, q3: withheld, min: withheld, max: withheld, sd: withheld };
  }
  const hidden = visible.some((flag) => !flag);
  const known = hidden ? knownPositions(sorted, visible, (a: RankedValue, b: RankedValue) => a.distinct === b.distinct) : [];

  const view = (exact: Statistic, probability?: number, quantileType: QuantileType = options.quantileType): ViewedStatistic => {
    if (probability !== undefined && hidden && values.length > 0) {
      const positions = quantilePositions(values.length, probability, quantileType);
      if (positions.some((position) => known[position - 1] !== true)) {
        return {
          exact,
          published: {
            status: "suppressed",
            reason: "depends-on-hidden-value",
            message: "this order statistic is computed from a value hidden from the viewer, so publishing it would reveal that value",
          },
        };
      }
    }
    return { exact, published: publishStatistic(exact, options) };
  };

  // The values are checked and sorted once per measure, so the summary neither checks nor sorts
  // them again, and adds them (and their squares) once for the mean and the standard deviation.
  const summary = summarizeSorted(values, options.quantileType, options.deviation, unitSums(sorted, units));
  return {
    mean: view(summary.mean),
    // The statistics module's median is always the type 7 median, whatever the quartiles' type.
    median: view(summary.median, ORDER_STATISTICS.median, 7),
    q1: view(summary.q1, ORDER_STATISTICS.q1),
    q3: view(summary.q3, ORDER_STATISTICS.q3),
    min: view(summary.min, ORDER_STATISTICS.min),
    max: view(summary.max, ORDER_STATISTICS.max),
    sd: view(summary.sd),
  };
}

/** The bound on `largest² × n` below which sums of whole numbers and of their squares stay exact in JavaScript numbers, with room for rounding in the bound itself. */
const SAFE_SQUARE_SUMS = 2 ** 52;

/**
 * Adds a group's values and their squares as whole numbers of the measure's scale, which is
 * exact while every partial sum stays below 2^53, or returns `undefined` so that the summary
 * adds them as decimals.
 */
function unitSums(sorted: readonly RankedValue[], units: MeasureUnits | undefined): ExactSums | undefined {
  if (units === undefined || units.largest * units.largest * sorted.length > SAFE_SQUARE_SUMS) return undefined;
  let sum = 0;
  let sumOfSquares = 0;
  for (const entry of sorted) {
    sum += entry.units;
    sumOfSquares += entry.units * entry.units;
  }
  return exactSumsOfUnits(sorted.length, sum, sumOfSquares, units.scale);
}

/** Returns the published part of viewed statistics, as in the result schema. */
export function publishedStatistics(viewed: ViewedGroupStatistics): GroupStatistics {
  return {
    mean: viewed.mean.published,
    median: viewed.median.published,
    q1: viewed.q1.published,
    q3: viewed.q3.published,
    min: viewed.min.published,
    max: viewed.max.published,
    sd: viewed.sd.published,
  };
}
