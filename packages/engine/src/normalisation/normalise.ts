import { EngineDecimal } from "../decimal.js";
import { InvalidOptionError, PmmEngineError } from "../errors.js";
import type { Normalisation } from "@pmm/model";
import { requireFinite } from "../statistics/statistic.js";
import { prepareMinMax, preparePercentileRank, prepareRank, prepareZScore } from "./data-driven.js";
import { prepareBands, prepareDistanceToFrontier, prepareGoalposts } from "./fixed.js";
import { describeReference, type ReferenceDistribution } from "./reference.js";
import { prepareDistanceToTarget } from "./target.js";
import type { Normalised, ScoredDirection } from "./types.js";

/** Options of {@link normalise}. */
export interface NormaliseOptions {
  /**
   * The reference values of data-driven methods (min-max, z-score, percentile rank, rank, and
   * distance to target without a baseline): the KPI's values in the cycle, or in the pooled
   * cycles, usually including `x` itself. Default: none.
   */
  reference?: ReferenceDistribution | readonly EngineDecimal[] | undefined;
  /** The administration's own target, used by distance to target when `useNationalTarget` is set. */
  nationalTarget?: EngineDecimal | undefined;
}

/** The normalisation methods whose score depends on the other values of the cycle. */
export const DATA_DRIVEN_METHODS: ReadonlySet<Normalisation["method"]> = new Set(["min-max", "z-score", "percentile-rank", "rank"]);

/**
 * Normalises one KPI value to a score, by the KPI's normalisation settings and direction. Scores
 * are from 0 to 100, except for min-max onto another interval and distance to target without
 * `cap`. Truncated and capped scores are marked with an `adjustment`.
 *
 * @param normalisation - The KPI's `scoring.normalisation`, as parsed by `@pmm/model`.
 * @param direction - The KPI's direction; descriptive KPIs are not scored.
 * @param x - The KPI value.
 * @param options - Reference values and national target. See {@link NormaliseOptions}.
 * @returns The score, or a failure with a reason: `empty` (no reference values), `single-value`,
 *   `no-variance` or `invalid-target`.
 * @throws {PmmEngineError} with code `invalid-framework` when the settings contradict the
 *   direction (such as a frontier whose best is below its worst for a higher-is-better KPI).
 * @throws {InvalidOptionError} when `direction` is `descriptive` or unknown.
 * @throws {PmmEngineError} with code `invalid-input` when a value is NaN or infinite.
 * @example
 * ```ts
 * normalise({ method: "goalposts", lower: "0", upper: "50" }, "higher-is-better", new
 * EngineDecimal(20));
 * // { ok: true, score: 40 }
 * ```
 */
export function normalise(normalisation: Normalisation, direction: ScoredDirection, x: EngineDecimal, options: NormaliseOptions = {}): Normalised {
  requireFinite([x], "x");
  if (options.nationalTarget !== undefined) requireFinite([options.nationalTarget], "nationalTarget");
  const reference = options.reference === undefined || !Array.isArray(options.reference) ? (options.reference as ReferenceDistribution | undefined) : describeReference(options.reference);
  return prepareNormalisation(normalisation, direction, reference)(x, options.nationalTarget);
}

/** A prepared normalisation: scores one value, with the administration's national target when it has one. */
export type PreparedNormalisation = (x: EngineDecimal, nationalTarget?: EngineDecimal | undefined) => Normalised;

/**
 * Prepares a normalisation once, to score many values of one KPI against the same reference
 * values: checks the settings, converts them to decimals and reads the reference statistics.
 * {@link normalise} scores one value this way.
 *
 * @param normalisation - The KPI's `scoring.normalisation`.
 * @param direction - The KPI's direction.
 * @param reference - The reference values of data-driven methods. Default: none.
 * @returns A function that scores one finite value.
 * @throws {PmmEngineError} with code `invalid-framework` when the settings contradict the direction.
 * @throws {InvalidOptionError} when `direction` is `descriptive` or unknown.
 * @example
 * ```ts
 * const score = prepareNormalisation({ method: "min-max", low: "0", high: "100" },
 * "higher-is-better", describeReference(values)); values.map((value) => score(value));
 * ```
 */
export function prepareNormalisation(normalisation: Normalisation, direction: ScoredDirection, reference?: ReferenceDistribution | undefined): PreparedNormalisation {
  if (direction !== "higher-is-better" && direction !== "lower-is-better") {
    throw new InvalidOptionError("direction", `direction ${JSON.stringify(direction)} cannot be scored: use "higher-is-better" or "lower-is-better" (descriptive KPIs are not scored)`);
  }
  const problem = checkNormalisation(normalisation, direction);
  if (problem !== undefined) throw new PmmEngineError("invalid-framework", problem);
  const data = reference ?? describeReference([]);

  switch (normalisation.method) {
    case "goalposts":
      return prepareGoalposts(normalisation, direction);
    case "distance-to-frontier":
      return prepareDistanceToFrontier(normalisation);
    case "distance-to-target":
      return prepareDistanceToTarget(normalisation, direction, reference);
    case "bands":
      return prepareBands(normalisation, direction);
    case "min-max":
      return prepareMinMax(normalisation, direction, data);
    case "z-score":
      return prepareZScore(normalisation, direction, data);
    case "percentile-rank":
      return preparePercentileRank(direction, data);
    case "rank":
      return prepareRank(direction, data);
  }
}

/**
 * Checks that normalisation settings agree with the KPI's direction and leave a range to
 * normalise over. Goalposts and min-max bounds must be in order, a frontier's best and a target
 * must lie on the better side, and band points must never fall as values improve.
 *
 * @returns A sentence naming the problem and the fix, or `undefined` when the settings are sound.
 * @example
 * ```ts
 * checkNormalisation({ method: "distance-to-frontier", best: "0", worst: "10" },
 * "higher-is-better");
 * // "the frontier's best 0 is not above its worst 10, but the KPI is higher-is-better: swap best and worst"
 * ```
 */
export function checkNormalisation(normalisation: Normalisation, direction: ScoredDirection): string | undefined {
  const higher = direction === "higher-is-better";
  switch (normalisation.method) {
    case "goalposts":
      return ordered(normalisation.lower, normalisation.upper) ? undefined : `goalposts lower ${normalisation.lower} is not below upper ${normalisation.upper}: make lower smaller than upper`;
    case "min-max":
      return ordered(normalisation.low, normalisation.high) ? undefined : `min-max low ${normalisation.low} is not below high ${normalisation.high}: make low smaller than high`;
    case "distance-to-frontier": {
      const { best, worst } = normalisation;
      if (higher ? ordered(worst, best) : ordered(best, worst)) return undefined;
      return `the frontier's best ${best} is not ${higher ? "above" : "below"} its worst ${worst}, but the KPI is ${direction}: swap best and worst`;
    }
    case "distance-to-target": {
      const { baseline, target } = normalisation;
      if (baseline === undefined || (higher ? ordered(baseline, target) : ordered(target, baseline))) return undefined;
      return `the target ${target} is not ${higher ? "above" : "below"} the baseline ${baseline}, but the KPI is ${direction}: set the baseline on the worse side of the target`;
    }
    case "bands":
      return checkBandOrder(normalisation, direction);
    default:
      return undefined;
  }
}

/** Bands must never score a better value lower, so points follow the direction. */
function checkBandOrder(normalisation: Extract<Normalisation, { method: "bands" }>, direction: ScoredDirection): string | undefined {
  const bands = [...normalisation.bands].sort((a, b) => new EngineDecimal(a.from).comparedTo(new EngineDecimal(b.from)));
  for (let index = 1; index < bands.length; index++) {
    const previous = bands[index - 1];
    const current = bands[index];
    if (previous === undefined || current === undefined) continue;
    const change = new EngineDecimal(current.points).comparedTo(new EngineDecimal(previous.points));
    if (direction === "higher-is-better" ? change < 0 : change > 0) {
      return `the band from ${current.from} gives ${current.points} points, ${direction === "higher-is-better" ? "fewer" : "more"} than the band from ${previous.from} (${previous.points}), but the KPI is ${direction}: make the points ${direction === "higher-is-better" ? "rise" : "fall"} with from`;
    }
  }
  return undefined;
}

function ordered(smaller: string, larger: string): boolean {
  return new EngineDecimal(smaller).lt(new EngineDecimal(larger));
}
