import { EngineDecimal } from "../decimal.js";
import { InvalidOptionError } from "../errors.js";
import { emptyFailure, fail, requireFinite, succeed, type Statistic } from "./statistic.js";

/**
 * A mean of the power-mean family, each weighted by `w` with `W = Σw`:
 *
 * - `arithmetic`: `Σ(w·x) / W`.
 * - `geometric`: `exp(Σ(w·ln x) / W)`; every value must be positive.
 * - `harmonic`: `W / Σ(w / x)`; every value must be positive.
 * - `power` with exponent `p`: `(Σ(w·xᵖ) / W)^(1/p)`. `p = 1` is the arithmetic mean, `p = −1`
 *   the harmonic mean and `p = 0` is taken as its limit, the geometric mean. Values must be
 *   positive for `p ≤ 0` and non-negative for `p > 0`.
 */
export type MeanMethod = "arithmetic" | "geometric" | "harmonic" | "power";

/** Options of {@link weightedMean}. */
export interface WeightedMeanOptions {
  /** One weight per value, non-negative. Default: every weight 1. */
  weights?: readonly EngineDecimal[] | undefined;
  /** The mean. Default `"arithmetic"`. */
  method?: MeanMethod | undefined;
  /** The exponent of the power mean; required when `method` is `"power"`, ignored otherwise. */
  power?: EngineDecimal | number | undefined;
}

/**
 * Computes a weighted arithmetic, geometric, harmonic or power mean. Values whose weight is 0
 * are left out, so a zero-weight value never blocks a geometric mean. The terms are added in
 * sorted order, so the result does not depend on the order of the input.
 *
 * @param values - Finite decimals.
 * @param options - Weights, method and exponent. See {@link WeightedMeanOptions}.
 * @returns The mean; the failure `empty` when there are no values or the weights add up to 0,
 *   and `non-positive` when a value with positive weight is out of the method's domain (zero or
 *   negative for geometric and harmonic means).
 * @throws {InvalidOptionError} when the weights do not match the values one to one, a weight is
 *   negative, the method is unknown or the power mean has no exponent.
 * @throws {PmmEngineError} with code `invalid-input` when a value or weight is NaN or infinite.
 * @example
 * ```ts
 * const values = [new EngineDecimal(1), new EngineDecimal(4)];
 * weightedMean(values, { method: "geometric" }); // { ok: true, value: 2 }
 * weightedMean(values, { weights: [new EngineDecimal(3), new EngineDecimal(1)] }); // { ok: true, value: 1.75 }
 * ```
 */
export function weightedMean(values: readonly EngineDecimal[], options: WeightedMeanOptions = {}): Statistic {
  const method = options.method ?? "arithmetic";
  const exponent = meanExponent(method, options.power);
  const weights = options.weights ?? values.map(() => new EngineDecimal(1));
  checkWeights(values, weights);
  requireFinite(values);

  const terms = values
    .map((value, index) => ({ value, weight: weights[index] as EngineDecimal }))
    .filter((term) => !term.weight.isZero())
    .sort(compareTerms);
  return meanOfOrderedTerms(terms, method, exponent);
}

/** One value of a weighted mean with its weight. */
export interface WeightedTerm {
  value: EngineDecimal;
  weight: EngineDecimal;
}

/** Orders terms by value, then by weight: the order in which {@link weightedMean} adds them. */
export function compareTerms(a: WeightedTerm, b: WeightedTerm): number {
  return a.value.comparedTo(b.value) || a.weight.comparedTo(b.weight);
}

/**
 * Computes a weighted mean of checked terms, as {@link weightedMean} does after checking,
 * leaving out zero weights and sorting: each step is rounded to 50 significant digits, in the
 * order of the terms.
 *
 * @param terms - Finite values with positive weights, ordered by {@link compareTerms}.
 * @param method - The mean.
 * @param exponent - The exponent from {@link meanExponent}.
 * @param totalWeight - The sum of the weights, when the caller has it and it is exact (so that
 *   adding the weights in another order gives the same sum). Default: added here in order.
 * @returns The mean, or the failures of {@link weightedMean}.
 */
export function meanOfOrderedTerms(terms: readonly WeightedTerm[], method: MeanMethod, exponent: EngineDecimal | undefined, totalWeight?: EngineDecimal): Statistic {
  if (terms.length === 0) return emptyFailure(`${method} mean`);

  // The arithmetic mean takes any value. The geometric and harmonic means, and power means
  // with p ≤ 0, need positive values; power means with p > 0 need non-negative values.
  const strictlyPositive = exponent === undefined || exponent.lte(0);
  const offending = method === "arithmetic" ? undefined : terms.find((term) => (strictlyPositive ? term.value.lte(0) : term.value.lt(0)));
  if (offending !== undefined) {
    const needed = strictlyPositive ? "positive" : "non-negative";
    return fail("non-positive", `the ${method} mean needs ${needed} values, but ${offending.value.toString()} was given: use the arithmetic mean, or make the values ${needed}`);
  }

  const total = totalWeight ?? terms.reduce((sum, term) => sum.plus(term.weight), new EngineDecimal(0));
  const average = (map: (x: EngineDecimal) => EngineDecimal): EngineDecimal =>
    terms.reduce((sum, term) => sum.plus(term.weight.times(map(term.value))), new EngineDecimal(0)).div(total);

  if (method === "arithmetic" || exponent?.eq(1) === true) return succeed(average((x) => x));
  if (method === "geometric" || exponent?.isZero() === true) return succeed(average((x) => x.ln()).exp());
  if (method === "harmonic") return succeed(new EngineDecimal(1).div(average((x) => new EngineDecimal(1).div(x))));
  const p = exponent as EngineDecimal;
  return succeed(average((x) => x.pow(p)).pow(new EngineDecimal(1).div(p)));
}

/**
 * Resolves the exponent of a mean: `undefined` for the arithmetic, geometric and harmonic
 * means, and the finite exponent of a power mean.
 *
 * @throws {InvalidOptionError} when the method is unknown or the power mean has no finite exponent.
 */
export function meanExponent(method: MeanMethod, power: EngineDecimal | number | undefined): EngineDecimal | undefined {
  if (method === "arithmetic" || method === "geometric" || method === "harmonic") return undefined;
  if (method !== "power") {
    throw new InvalidOptionError("method", `mean method ${JSON.stringify(method)} is not supported: use "arithmetic", "geometric", "harmonic" or "power"`);
  }
  const exponent = typeof power === "number" && Number.isFinite(power) ? new EngineDecimal(power) : power;
  if (exponent === undefined || typeof exponent === "number" || !exponent.isFinite()) {
    throw new InvalidOptionError("power", `the power mean needs a finite exponent, but got ${String(power)}: pass power, such as 2`);
  }
  return exponent;
}

function checkWeights(values: readonly EngineDecimal[], weights: readonly EngineDecimal[]): void {
  if (weights.length !== values.length) {
    throw new InvalidOptionError("weights", `${weights.length} weights were given for ${values.length} values: give one weight per value`);
  }
  requireFinite(weights, "weights");
  weights.forEach((weight, index) => {
    if (weight.isNegative() && !weight.isZero()) {
      throw new InvalidOptionError("weights", `weights[${index}] is ${weight.toString()}: weights must not be negative`);
    }
  });
}
