import { EngineDecimal } from "../decimal.js";
import type { Normalisation } from "@pmm/model";
import { truncate } from "./bound.js";
import { countAround, referenceMax, referenceMin, type ReferenceDistribution, HUNDRED } from "./reference.js";
import type { Normalised, ScoredDirection } from "./types.js";

type MinMax = Extract<Normalisation, { method: "min-max" }>;
type ZScore = Extract<Normalisation, { method: "z-score" }>;

const NO_REFERENCE: Normalised = { ok: false, reason: "empty", message: "a data-driven normalisation needs reference values: pass the values of the cycle" };

/**
 * Prepares the scoring of values by min-max over the reference values, onto `[low, high]`:
 * `low + (high − low) × (x − min) / (max − min)` for higher-is-better KPIs and
 * `low + (high − low) × (max − x) / (max − min)` for lower-is-better ones. A value outside the
 * reference range is truncated to `[low, high]`.
 *
 * Fails with `no-variance` when every reference value is equal (`single-value` when there is only
 * one), because the range is then zero.
 */
export function prepareMinMax(settings: MinMax, direction: ScoredDirection, reference: ReferenceDistribution): (x: EngineDecimal) => Normalised {
  const min = referenceMin(reference);
  const max = referenceMax(reference);
  if (min === undefined || max === undefined) return () => NO_REFERENCE;
  if (min.eq(max)) {
    const failure = noSpread(reference, "min-max");
    return () => failure;
  }

  const low = new EngineDecimal(settings.low);
  const high = new EngineDecimal(settings.high);
  const width = high.minus(low);
  const range = max.minus(min);
  // Multiply before dividing, so that the extremes map exactly onto low and high.
  return (x) => truncate(low.plus(width.times(direction === "higher-is-better" ? x.minus(min) : max.minus(x)).div(range)), low, high);
}

/**
 * Prepares the scoring of values by their standard score, `mean + sd × (x − μ) / σ` for
 * higher-is-better KPIs and `mean − sd × (x − μ) / σ` for lower-is-better ones, where μ is the mean
 * and σ the sample standard deviation (n − 1) of the reference values. The result is truncated to
 * 0–100.
 *
 * Fails with `single-value` for one reference value and `no-variance` when they are all equal.
 */
export function prepareZScore(settings: ZScore, direction: ScoredDirection, reference: ReferenceDistribution): (x: EngineDecimal) => Normalised {
  if (reference.sorted.length === 0) return () => NO_REFERENCE;
  const average = reference.mean;
  const deviation = reference.sd;
  if (!average.ok || !deviation.ok || deviation.value.isZero()) {
    const failure = noSpread(reference, "z-score");
    return () => failure;
  }

  const target = new EngineDecimal(settings.mean);
  const spread = new EngineDecimal(settings.sd);
  return (x) => {
    const standard = spread.times(x.minus(average.value)).div(deviation.value);
    return truncate(direction === "higher-is-better" ? target.plus(standard) : target.minus(standard));
  };
}

/**
 * Prepares the scoring of values by their percentile rank among the reference values with ties
 * split evenly: `100 × (worse + 0.5 × equal) / n`, where `worse` counts the reference values below
 * x for higher-is-better KPIs and above x for lower-is-better ones. One reference value, or equal
 * values, score 50.
 */
export function preparePercentileRank(direction: ScoredDirection, reference: ReferenceDistribution): (x: EngineDecimal) => Normalised {
  const n = reference.sorted.length;
  if (n === 0) return () => NO_REFERENCE;
  return (x) => {
    const { below, equal, above } = countAround(reference, x);
    const worse = direction === "higher-is-better" ? below : above;
    return { ok: true, score: new EngineDecimal(worse).plus(new EngineDecimal(equal).div(2)).times(HUNDRED).div(n) };
  };
}

/**
 * Prepares the scoring of values by their rank among the reference values,
 * `100 × (r − 1) / (n − 1)`, where `r = worse + (equal + 1) / 2` is the fractional rank counted from the worst value
 * (tied values share their mean rank). The best value scores 100, the worst 0, and equal values 50.
 * A value that is not among the reference values is placed between its neighbours and truncated to
 * 0–100.
 *
 * Fails with `single-value` for one reference value.
 */
export function prepareRank(direction: ScoredDirection, reference: ReferenceDistribution): (x: EngineDecimal) => Normalised {
  const n = reference.sorted.length;
  if (n === 0) return () => NO_REFERENCE;
  if (n === 1) {
    const failure = noSpread(reference, "rank");
    return () => failure;
  }
  return (x) => {
    const { below, equal, above } = countAround(reference, x);
    const worse = direction === "higher-is-better" ? below : above;
    const rank = new EngineDecimal(worse).plus(new EngineDecimal(equal + 1).div(2));
    return truncate(HUNDRED.times(rank.minus(1)).div(n - 1));
  };
}

function noSpread(reference: ReferenceDistribution, method: string): Normalised {
  if (reference.sorted.length === 1) {
    return { ok: false, reason: "single-value", message: `${method} needs at least 2 reference values, but the KPI has 1: wait for more values, pool cycles, or use a fixed normalisation such as goalposts` };
  }
  return {
    ok: false,
    reason: "no-variance",
    message: `${method} needs values that differ, but all ${reference.sorted.length} reference values equal ${reference.sorted[0]?.toString() ?? ""}: use a fixed normalisation such as goalposts`,
  };
}
