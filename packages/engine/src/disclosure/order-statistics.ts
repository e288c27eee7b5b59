import type { QuantileType } from "../statistics/index.js";

/**
 * Lists the 1-based positions, in the sorted values, that a quantile reads with a non-zero
 * weight, following the definitions of the statistics module: type 7 interpolates at
 * `(n − 1)p + 1`, type 6 at `(n + 1)p` (clamped to the first and last value), type 1 takes
 * `⌈np⌉` (and the first value for p = 0).
 *
 * @param n - Number of values, at least 1.
 * @param p - Probability: 0 (minimum), 0.25, 0.5, 0.75 or 1 (maximum); these are exact in
 *   binary, so the positions are exact.
 * @param type - Hyndman–Fan quantile type.
 * @returns One position, or two adjacent positions when the quantile interpolates between them.
 * @example
 * ```ts
 * quantilePositions(4, 0.5, 7); // [2, 3]
 * quantilePositions(5, 0.5, 7); // [3]
 * ```
 */
export function quantilePositions(n: number, p: number, type: QuantileType): number[] {
  if (type === 1) return [Math.min(Math.max(Math.ceil(n * p), 1), n)];
  const position = type === 7 ? (n - 1) * p + 1 : (n + 1) * p;
  if (position <= 1) return [1];
  if (position >= n) return [n];
  const lower = Math.floor(position);
  return position === lower ? [lower] : [lower, lower + 1];
}

/**
 * Marks, for each position of sorted values, whether the viewer knows the number found there:
 * the value at that position is visible, or it equals a visible value (a tie).
 *
 * @param values - The values, sorted ascending; equal values are adjacent.
 * @param visible - Whether each value is visible to the viewer, in the same order.
 * @param equal - Whether two values are equal.
 * @returns One flag per position.
 */
export function knownPositions<T>(values: readonly T[], visible: readonly boolean[], equal: (a: T, b: T) => boolean): boolean[] {
  const known = values.map(() => false);
  let start = 0;
  while (start < values.length) {
    let end = start;
    while (end + 1 < values.length && equal(values[end + 1] as T, values[start] as T)) end += 1;
    let anyVisible = false;
    for (let index = start; index <= end; index++) anyVisible ||= visible[index] === true;
    for (let index = start; index <= end; index++) known[index] = anyVisible;
    start = end + 1;
  }
  return known;
}
