import type { Direction, Position } from "@pmm/model";
import { EngineDecimal, toOutputString } from "../decimal.js";
import type { RankMethod } from "../statistics/index.js";
import { gap, gapReference, gapValues, type GapValues } from "./gaps.js";
import type { ViewedGroupStatistics } from "./group-statistics.js";
import type { ResolvedBenchmarkOptions } from "./options.js";
import { prepareQuartileBands, quartileBand, type QuartileBands } from "./quartile-bands.js";
import { ratioText } from "./ratio-text.js";
import type { RankedValue } from "./sorted-values.js";

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
    while (end + 1 < n && (sorted[end + 1] as RankedValue).distinct === (sorted[start] as RankedValue).distinct) end += 1;
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

/** Percentile rank texts already written: by group size n, then by `2 × worse + equal`. */
export type PercentileRankTexts = Map<number, (string | undefined)[]>;

/**
 * Writes the mid-rank percentile rank, `100 × (worse + 0.5 × equal) / n`, as the statistics
 * module's `percentileRank` computes it ("worse" is "below" in ascending order). The text
 * depends only on `2 × worse + equal` and n, so it is cached across groups and measures.
 */
function percentileRankText(standing: Standing, n: number, options: ResolvedBenchmarkOptions, cache: PercentileRankTexts): string {
  const twiceBelow = 2 * (n - standing.better - standing.equal) + standing.equal;
  let texts = cache.get(n);
  if (texts === undefined) {
    texts = [];
    cache.set(n, texts);
  }
  let text = texts[twiceBelow];
  if (text === undefined) {
    const { decimalPlaces, mode } = options.rounding;
    text = ratioText(50 * twiceBelow, n, decimalPlaces, mode) ?? toOutputString(new EngineDecimal(twiceBelow).times(50).div(n), options.rounding);
    texts[twiceBelow] = text;
  }
  return text;
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
 * @param values - The measure's values converted for exact subtraction, shared across its
 *   groups. Default: converted here, with no common scale.
 * @returns One position per value, in the order of `sorted`.
 */
export function computePositions(
  sorted: readonly RankedValue[],
  statistics: ViewedGroupStatistics,
  direction: Direction,
  options: ResolvedBenchmarkOptions,
  percentileCache: PercentileRankTexts = new Map(),
  values: GapValues = gapValues(undefined, options.rounding.decimalPlaces),
): Position[] {
  const n = sorted.length;
  // Each reference is prepared once per group, and each value converted once per measure.
  const mean = gapReference(statistics.mean, values, options);
  const median = gapReference(statistics.median, values, options);
  const best = gapReference(direction === "higher-is-better" ? statistics.q3 : statistics.q1, values, options);
  const bands: QuartileBands | undefined = direction === "descriptive" ? undefined : prepareQuartileBands(sorted, statistics, direction);
  return standings(sorted, direction).map((standing, index): Position => {
    const entry = sorted[index] as RankedValue;
    const percentileRank = percentileRankText(standing, n, options, percentileCache);
    if (direction === "descriptive") {
      return {
        kind: "descriptive",
        percentileRank,
        differenceFromMean: gap(mean, entry, values, true, options),
        differenceFromMedian: gap(median, entry, values, true, options),
      };
    }
    // The shortfall from the reference: reference − value when higher is better, value − reference otherwise.
    const towardsValue = direction !== "higher-is-better";
    return {
      kind: "directed",
      rank: rankText(standing, options.rankMethod, options),
      outOf: n,
      percentileRank,
      gapToMean: gap(mean, entry, values, towardsValue, options),
      gapToMedian: gap(median, entry, values, towardsValue, options),
      gapToBestQuartile: gap(best, entry, values, towardsValue, options),
      quartile: quartileBand(index, bands as QuartileBands),
    };
  });
}
