import { EngineDecimal } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";
import { emptyFailure, requireFinite, sortAscending, succeed, type Statistic } from "./statistic.js";

/**
 * A sample quantile definition from Hyndman and Fan (1996), "Sample quantiles in statistical
 * packages", The American Statistician 50(4):
 *
 * - `7` (default): linear interpolation between order statistics at position `(n − 1)p + 1`.
 *   The default of R's `quantile`, numpy's `percentile` and spreadsheet `PERCENTILE.INC`.
 * - `6`: linear interpolation at position `(n + 1)p`, clamped to the smallest and largest value.
 *   Spreadsheet `PERCENTILE.EXC` and Minitab use it (without the clamping they reject p instead).
 * - `1`: the inverse of the empirical distribution function, `x₍⌈np⌉₎` (and `x₍₁₎` for p = 0),
 *   which never interpolates.
 */
export type QuantileType = 1 | 6 | 7;

const QUANTILE_TYPES: readonly QuantileType[] = [1, 6, 7];

/**
 * Computes the sample quantile at probability `p`.
 *
 * @param values - Finite decimals, in any order.
 * @param p - Probability from 0 to 1, such as `0.25` for the first quartile.
 * @param type - Hyndman–Fan definition: 7 (default), 6 or 1. See {@link QuantileType}.
 * @returns The quantile, or the failure `empty` for no values. One value is its own quantile.
 * @throws {InvalidOptionError} when `p` is outside 0–1 or `type` is not 1, 6 or 7.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * const values = [1, 2, 3, 4].map((x) => new EngineDecimal(x));
 * quantile(values, 0.25);    // type 7: { ok: true, value: 1.75 }
 * quantile(values, 0.25, 6); // { ok: true, value: 1.25 }
 * quantile(values, 0.25, 1); // { ok: true, value: 1 }
 * ```
 */
export function quantile(values: readonly EngineDecimal[], p: EngineDecimal | number, type: QuantileType = 7): Statistic {
  const probability = checkProbability(p);
  if (!QUANTILE_TYPES.includes(type)) {
    throw new InvalidOptionError("type", `quantile type ${String(type)} is not supported: use 7 (the default), 6 or 1`);
  }
  requireFinite(values);
  if (values.length === 0) return emptyFailure("quantile");

  return quantileOfSorted(sortAscending(values), probability, type);
}

/**
 * Computes a quantile of values that are checked and sorted ascending, at a checked probability.
 *
 * @returns The quantile, or the failure `empty` for no values.
 */
export function quantileOfSorted(sorted: readonly EngineDecimal[], probability: EngineDecimal, type: QuantileType): Statistic {
  const n = sorted.length;
  if (n === 0) return emptyFailure("quantile");
  const at = (oneBased: number): EngineDecimal => sorted[Math.min(Math.max(oneBased, 1), n) - 1] as EngineDecimal;

  if (type === 1) {
    const position = probability.times(n).ceil().toNumber();
    return succeed(at(position));
  }

  const position = type === 7 ? probability.times(n - 1).plus(1) : probability.times(n + 1);
  if (position.lte(1)) return succeed(at(1));
  if (position.gte(n)) return succeed(at(n));
  const lower = position.floor().toNumber();
  const fraction = position.minus(lower);
  const below = at(lower);
  return succeed(below.plus(fraction.times(at(lower + 1).minus(below))));
}

/** The probabilities of the quartiles and the median, built once. */
export const QUARTER = new EngineDecimal("0.25");
export const HALF = new EngineDecimal("0.5");
export const THREE_QUARTERS = new EngineDecimal("0.75");

/**
 * Computes the median: the middle value, or the mean of the two middle values for an even count
 * (quantile types 6 and 7 at p = 0.5 agree on this).
 *
 * @param values - Finite decimals, in any order.
 * @returns The median, or the failure `empty` for no values.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * median([3, 1, 4, 2].map((x) => new EngineDecimal(x))); // { ok: true, value: 2.5 }
 * ```
 */
export function median(values: readonly EngineDecimal[]): Statistic {
  if (values.length === 0) return emptyFailure("median");
  return quantile(values, HALF, 7);
}

function checkProbability(p: EngineDecimal | number): EngineDecimal {
  let probability: EngineDecimal | undefined = undefined;
  if (typeof p !== "number") probability = p;
  else if (Number.isFinite(p)) probability = new EngineDecimal(p);
  if (probability === undefined || !EngineDecimal.isDecimal(probability) || !probability.isFinite() || probability.lt(0) || probability.gt(1)) {
    throw new InvalidOptionError("p", `quantile probability ${String(p)} is outside 0–1: pass a probability such as 0.25 for the first quartile`);
  }
  return probability;
}
