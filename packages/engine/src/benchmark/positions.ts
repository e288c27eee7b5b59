import type { DerivedDecimal, DerivedQuartileBand, Direction, Position, QuartileBand } from "@pmm/model";
import { EngineDecimal, toOutputString } from "../decimal.js";
import type { RankMethod } from "../statistics/index.js";
import type { ViewedGroupStatistics, ViewedStatistic } from "./group-statistics.js";
import type { RankedValue } from "./measures.js";
import type { ResolvedBenchmarkOptions } from "./options.js";
import { scaledDifferenceText, toScaled, type ScaledDecimal } from "./scaled-difference.js";

/** A value's standing among the group's values: the counts of better values, equal values and distinct better values. */
interface Standing {
  better: number;
  equal: number;
  distinctBetter: number;
}

/**
 * Computes each value's standing in one pass over the sorted values: how many values are
 * better (larger for higher-is-better, smaller for lower-is-better), how many are equal, and
 * how many distinct values are better. Descriptive measures count larger values as "better",
 * so that their percentile rank is the usual ascending one; no judgement is drawn from it.
 *
 * @param sorted - The group's values, sorted ascending.
 * @param direction - The measure's direction.
 * @returns One standing per value, in the order of `sorted`.
 */
function standings(sorted: readonly RankedValue[], direction: Direction): Standing[] {
  const n = sorted.length;
  const result: Standing[] = new Array<Standing>(n);
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && (sorted[end + 1] as RankedValue).value.eq((sorted[start] as RankedValue).value)) end += 1;
    runs.push({ start, end });
    start = end + 1;
  }
  const largerIsBetter = direction !== "lower-is-better";
  runs.forEach((run, runIndex) => {
    const equal = run.end - run.start + 1;
    const better = largerIsBetter ? n - 1 - run.end : run.start;
    const distinctBetter = largerIsBetter ? runs.length - 1 - runIndex : runIndex;
    for (let index = run.start; index <= run.end; index++) result[index] = { better, equal, distinctBetter };
  });
  return result;
}

/** Writes the rank as text; competition and dense ranks are whole numbers, fractional ranks may end in .5. */
function rankText(standing: Standing, method: RankMethod, options: ResolvedBenchmarkOptions): string {
  if (method === "competition") return String(standing.better + 1);
  if (method === "dense") return String(standing.distinctBetter + 1);
  const doubled = 2 * standing.better + standing.equal + 1;
  return doubled % 2 === 0 ? String(doubled / 2) : toOutputString(new EngineDecimal(doubled).div(2), options.rounding);
}

/**
 * Writes the mid-rank percentile rank, `100 × (worse + 0.5 × equal) / n`, as the statistics
 * module's `percentileRank` computes it ("worse" is "below" in ascending order). The text
 * depends only on `2 × worse + equal` and n, so it is cached across groups and measures.
 */
function percentileRankText(standing: Standing, n: number, options: ResolvedBenchmarkOptions, cache: Map<number, string>): string {
  const twiceBelow = 2 * (n - standing.better - standing.equal) + standing.equal;
  const key = twiceBelow * 1_000_003 + n;
  let text = cache.get(key);
  if (text === undefined) {
    text = toOutputString(new EngineDecimal(twiceBelow).times(50).div(n), options.rounding);
    cache.set(key, text);
  }
  return text;
}

/** A reference statistic of the group, with its scaled form for exact subtraction when it has one. */
interface GapReference {
  statistic: ViewedStatistic;
  scaled: ScaledDecimal | undefined;
}

function gapReference(statistic: ViewedStatistic): GapReference {
  if (statistic.published.status !== "value" || !statistic.exact.ok) return { statistic, scaled: undefined };
  return { statistic, scaled: toScaled(statistic.exact.value) };
}

/**
 * Writes `value − reference` (`towardsValue` true) or `reference − value`, rounded once for
 * output. Scaled whole numbers give the same text as decimal.js and `toOutputString`, and
 * decimal.js computes the differences that they cannot.
 */
function gap(reference: GapReference, value: EngineDecimal, scaledValue: ScaledDecimal | undefined, towardsValue: boolean, options: ResolvedBenchmarkOptions): DerivedDecimal {
  const { statistic } = reference;
  if (statistic.published.status !== "value" || !statistic.exact.ok) return statistic.published;
  if (reference.scaled !== undefined && scaledValue !== undefined) {
    const { decimalPlaces, mode } = options.rounding;
    const text = towardsValue
      ? scaledDifferenceText(scaledValue, reference.scaled, decimalPlaces, mode)
      : scaledDifferenceText(reference.scaled, scaledValue, decimalPlaces, mode);
    if (text !== undefined) return { status: "value", value: text };
  }
  const exact = towardsValue ? value.minus(statistic.exact.value) : statistic.exact.value.minus(value);
  return { status: "value", value: toOutputString(exact, options.rounding) };
}

/** The quartile band of each value of a group: the published reason when there is none, or the quartiles to compare with. */
type QuartileBands = { kind: "none"; band: DerivedQuartileBand } | { kind: "compare"; best: EngineDecimal; worst: EngineDecimal; sign: number; spread: boolean };

/** Prepares the quartile band comparison once per group. */
function prepareQuartileBands(statistics: ViewedGroupStatistics, direction: Direction): QuartileBands {
  for (const quartile of [statistics.q1, statistics.q3]) {
    if (quartile.published.status !== "value") return { kind: "none", band: quartile.published };
  }
  if (!statistics.q1.exact.ok || !statistics.q3.exact.ok) return { kind: "none", band: { status: "undefined", reason: "empty", message: "the group has no values" } };
  const lower = direction === "lower-is-better";
  return {
    kind: "compare",
    best: lower ? statistics.q1.exact.value : statistics.q3.exact.value,
    worst: lower ? statistics.q3.exact.value : statistics.q1.exact.value,
    sign: lower ? -1 : 1,
    spread: !statistics.q1.exact.value.eq(statistics.q3.exact.value),
  };
}

function quartileBand(value: EngineDecimal, bands: QuartileBands): DerivedQuartileBand {
  if (bands.kind === "none") return bands.band;
  const { best, worst, sign, spread } = bands;
  const towardsBest = value.comparedTo(best) * sign;
  let band: QuartileBand = "middle";
  if (towardsBest > 0 || (spread && towardsBest === 0)) band = "top";
  else {
    const towardsWorst = value.comparedTo(worst) * sign;
    if (towardsWorst < 0 || (spread && towardsWorst === 0)) band = "bottom";
  }
  return { status: "value", value: band };
}

/**
 * Computes the position of every value in a group: rank and percentile rank (best first for
 * directed measures, ascending for descriptive ones), the gaps to the group mean, median and
 * best quartile, and the quartile band. A gap or band is published only when the statistic it
 * is measured against is published to the viewer.
 *
 * @param sorted - The group's values, sorted ascending.
 * @param statistics - The group's statistics as computed for the viewer.
 * @param direction - The measure's direction.
 * @param options - Resolved benchmark options.
 * @param percentileCache - Percentile rank texts already written, shared across groups.
 * @param scaledValues - Values already converted for exact subtraction, shared across groups.
 * @returns One position per value, in the order of `sorted`.
 */
export function computePositions(
  sorted: readonly RankedValue[],
  statistics: ViewedGroupStatistics,
  direction: Direction,
  options: ResolvedBenchmarkOptions,
  percentileCache: Map<number, string> = new Map(),
  scaledValues: Map<EngineDecimal, ScaledDecimal | undefined> = new Map(),
): Position[] {
  const n = sorted.length;
  // Each reference is converted once per group, and each value once per measure.
  const mean = gapReference(statistics.mean);
  const median = gapReference(statistics.median);
  const best = gapReference(direction === "higher-is-better" ? statistics.q3 : statistics.q1);
  const needsScaled = mean.scaled !== undefined || median.scaled !== undefined || best.scaled !== undefined;
  const bands = direction === "descriptive" ? undefined : prepareQuartileBands(statistics, direction);
  return standings(sorted, direction).map((standing, index): Position => {
    const value = (sorted[index] as RankedValue).value;
    let scaledValue: ScaledDecimal | undefined;
    if (needsScaled) {
      scaledValue = scaledValues.get(value);
      if (scaledValue === undefined && !scaledValues.has(value)) {
        scaledValue = toScaled(value);
        scaledValues.set(value, scaledValue);
      }
    }
    const percentileRank = percentileRankText(standing, n, options, percentileCache);
    if (direction === "descriptive") {
      return {
        kind: "descriptive",
        percentileRank,
        differenceFromMean: gap(mean, value, scaledValue, true, options),
        differenceFromMedian: gap(median, value, scaledValue, true, options),
      };
    }
    // The shortfall from the reference: reference − value when higher is better, value − reference otherwise.
    const towardsValue = direction !== "higher-is-better";
    return {
      kind: "directed",
      rank: rankText(standing, options.rankMethod, options),
      outOf: n,
      percentileRank,
      gapToMean: gap(mean, value, scaledValue, towardsValue, options),
      gapToMedian: gap(median, value, scaledValue, towardsValue, options),
      gapToBestQuartile: gap(best, value, scaledValue, towardsValue, options),
      quartile: quartileBand(value, bands as QuartileBands),
    };
  });
}
