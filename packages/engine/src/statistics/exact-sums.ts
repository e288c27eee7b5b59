import { EngineDecimal } from "../decimal.js";

/**
 * A decimal constructor whose additions, subtractions and multiplications never round: its
 * precision is decimal.js's largest, 10⁹ significant digits, and these operations keep every
 * digit of their result. Divisions and roots are never taken with it.
 */
const ExactDecimal = EngineDecimal.clone({ precision: 1e9 });

/**
 * The maximum number of digits, from the first significant digit of the largest value to the last decimal
 * of the most precise one, for which sums are taken exactly. Canonical decimals of the model
 * (at most 30 digits on each side of the point) span at most 60 digits, and their squares 120.
 * Beyond this, such as `1e500` next to `1e-500`, exact sums would grow too long and the caller
 * falls back to adding at 50 significant digits.
 */
const MAXIMUM_EXACT_SPAN = 400;

/** The exact sums of some values: Σx, and Σx² when requested. */
export interface ExactSums {
  n: number;
  /** Σx, with every digit. */
  sum: EngineDecimal;
  /** Σx², with every digit; only when squares were requested. */
  sumOfSquares?: EngineDecimal | undefined;
}

/**
 * Adds the values, and their squares when `squares` is true, without any rounding, so that the
 * sums do not depend on the order of the values and are rounded once by the caller.
 *
 * @param values - Finite decimals (not checked here).
 * @param squares - Whether to add the squares too.
 * @returns The exact sums, or `undefined` when the values span more than
 *   {@link MAXIMUM_EXACT_SPAN} digits (half as much with squares), so that the caller adds them
 *   at 50 significant digits instead.
 */
export function exactSums(values: readonly EngineDecimal[], squares: boolean): ExactSums | undefined {
  let top = 0;
  let decimals = 0;
  for (const value of values) {
    if (value.isZero()) continue;
    if (value.e > top) top = value.e;
    const places = value.decimalPlaces();
    if (places > decimals) decimals = places;
  }
  if ((top + decimals + 1) * (squares ? 2 : 1) > MAXIMUM_EXACT_SPAN) return undefined;

  let sum = new ExactDecimal(0);
  if (!squares) {
    for (const value of values) sum = sum.plus(value);
    return { n: values.length, sum };
  }
  let sumOfSquares = new ExactDecimal(0);
  for (const value of values) {
    sum = sum.plus(value);
    const exact = new ExactDecimal(value);
    sumOfSquares = sumOfSquares.plus(exact.times(exact));
  }
  return { n: values.length, sum, sumOfSquares };
}

/**
 * Builds the exact sums of values given as whole numbers of `10^-scale`, from the sums of
 * those whole numbers and of their squares, such as sums taken with JavaScript numbers while
 * they stay below 2^53.
 *
 * @param n - The number of values.
 * @param sum - `Σu`, a safe integer.
 * @param sumOfSquares - `Σu²`, a safe integer.
 * @param scale - The number of decimals: each value is `u × 10^-scale`.
 * @returns The exact sums `Σx` and `Σx²`, as {@link exactSums} returns them.
 * @example
 * ```ts
 * exactSumsOfUnits(2, 35, 625, 1); // values 1.5 and 2: sum 3.5, sum of squares 6.25
 * ```
 */
export function exactSumsOfUnits(n: number, sum: number, sumOfSquares: number, scale: number): ExactSums {
  return { n, sum: new ExactDecimal(`${sum}e-${scale}`), sumOfSquares: new ExactDecimal(`${sumOfSquares}e-${2 * scale}`) };
}

/**
 * Computes `n·Σx² − (Σx)²` without rounding. Divided by `n`, it is the sum of squared deviations
 * from the mean, `Σ(x − x̄)²`, and it is never negative.
 */
export function scaledSquaredDeviations(n: number, sum: EngineDecimal, sumOfSquares: EngineDecimal): EngineDecimal {
  const exactSum = new ExactDecimal(sum);
  return new ExactDecimal(sumOfSquares).times(n).minus(exactSum.times(exactSum));
}

/**
 * Divides an exact value by a whole number, rounding once to the engine's 50 significant digits.
 */
export function divideOnce(exact: EngineDecimal, divisor: number | EngineDecimal): EngineDecimal {
  // The engine's constructor copies every digit without rounding; its division rounds once.
  return new EngineDecimal(exact).div(divisor);
}
