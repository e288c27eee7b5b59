import { EngineDecimal } from "../decimal.js";
import { InvalidOptionError, PmmEngineError } from "../errors.js";
import { emptyFailure, requireFinite, sortAscending, succeed, type Statistic } from "./statistic.js";

/**
 * The tie rule of ranks. For the values 10, 20, 20, 30 in ascending order:
 *
 * - `competition` (1, 2, 2, 4): ties share the best rank and the next rank is skipped, as in
 *   sports tables and spreadsheet `RANK.EQ`.
 * - `dense` (1, 2, 2, 3): ties share the best rank and no rank is skipped.
 * - `fractional` (1, 2.5, 2.5, 4): ties share the mean of the ranks they span, as R's `rank` and
 *   spreadsheet `RANK.AVG`. The ranks then always add up to `n(n + 1) / 2`.
 */
export type RankMethod = "competition" | "dense" | "fractional";

/** The order of ranks: `ascending` gives the smallest value rank 1, `descending` the largest. */
export type RankOrder = "ascending" | "descending";

/**
 * Computes the percentile rank of `x` among `values` with the mid-rank rule, which splits ties
 * evenly:
 *
 * `100 × (count below x + 0.5 × count equal to x) / n`
 *
 * `x` need not be one of the values. The result is from 0 to 100. It never reaches 100 for a
 * value of the list: the largest of n distinct values gets `100 × (n − 0.5) / n`, and one value
 * among equal values gets 50.
 *
 * @param values - The reference values, finite decimals in any order.
 * @param x - The value to place.
 * @returns The percentile rank, or the failure `empty` for no reference values.
 * @throws {PmmEngineError} with code `invalid-input` when a value or `x` is NaN or infinite.
 * @example
 * ```ts
 * const values = [10, 20, 20, 30].map((v) => new EngineDecimal(v));
 * percentileRank(values, new EngineDecimal(20)); // { ok: true, value: 50 }
 * percentileRank(values, new EngineDecimal(30)); // { ok: true, value: 87.5 }
 * ```
 */
export function percentileRank(values: readonly EngineDecimal[], x: EngineDecimal): Statistic {
  requireFinite(values);
  requireFinite([x], "x");
  if (values.length === 0) return emptyFailure("percentile rank");
  let below = 0;
  let equal = 0;
  for (const value of values) {
    const comparison = value.comparedTo(x);
    if (comparison < 0) below += 1;
    else if (comparison === 0) equal += 1;
  }
  return succeed(new EngineDecimal(below).plus(new EngineDecimal(equal).div(2)).times(100).div(values.length));
}

/**
 * Ranks the values, returning one rank per value in the order of the input.
 *
 * @param values - Finite decimals.
 * @param method - Tie rule: `"fractional"` (default), `"competition"` or `"dense"`. See {@link RankMethod}.
 * @param order - `"ascending"` (default: the smallest value has rank 1) or `"descending"`.
 * @returns The ranks, from 1 upward; an empty list for no values.
 * @throws {InvalidOptionError} when `method` or `order` is not one of the values above.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * const values = [20, 10, 30, 20].map((v) => new EngineDecimal(v));
 * ranks(values).map(String);                             // ["2.5", "1", "4", "2.5"]
 * ranks(values, "competition", "descending").map(String); // ["2", "4", "1", "2"]
 * ```
 */
export function ranks(values: readonly EngineDecimal[], method: RankMethod = "fractional", order: RankOrder = "ascending"): EngineDecimal[] {
  if (method !== "competition" && method !== "dense" && method !== "fractional") {
    throw new InvalidOptionError("method", `rank method ${JSON.stringify(method)} is not supported: use "fractional" (the default), "competition" or "dense"`);
  }
  if (order !== "ascending" && order !== "descending") {
    throw new InvalidOptionError("order", `rank order ${JSON.stringify(order)} is not supported: use "ascending" (the default) or "descending"`);
  }
  requireFinite(values);

  const sorted = sortAscending(values);
  if (order === "descending") sorted.reverse();

  // Walk the runs of equal values once, recording the rank of each distinct value.
  const rankOf = new Map<string, EngineDecimal>();
  let position = 0;
  let distinct = 0;
  while (position < sorted.length) {
    const value = sorted[position] as EngineDecimal;
    let end = position;
    while (end + 1 < sorted.length && (sorted[end + 1] as EngineDecimal).eq(value)) end += 1;
    distinct += 1;
    const rank =
      method === "competition" ? new EngineDecimal(position + 1)
      : method === "dense" ? new EngineDecimal(distinct)
      : new EngineDecimal(position + 1 + end + 1).div(2);
    rankOf.set(key(value), rank);
    position = end + 1;
  }

  return values.map((value) => {
    const rank = rankOf.get(key(value));
    if (rank === undefined) throw new PmmEngineError("invalid-input", `no rank was found for ${value.toString()}`);
    return rank;
  });
}

/** Builds a key under which equal decimals meet, whatever their written form (`2.50` and `2.5`). */
function key(value: EngineDecimal): string {
  return value.isZero() ? "0" : value.toString();
}
