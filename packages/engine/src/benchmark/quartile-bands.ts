import type { DerivedQuartileBand, Direction, QuartileBand } from "@pmm/model";
import type { EngineDecimal } from "../decimal.js";
import type { ViewedGroupStatistics } from "./group-statistics.js";
import type { RankedValue } from "./sorted-values.js";

/** The place of a quartile among a group's sorted values: the count of values below it, and of values at most equal to it. */
interface Location {
  below: number;
  atMost: number;
}

/**
 * The quartile band of each value of a group: the published reason when there is none, or
 * where the best and worst quartiles fall among the sorted values.
 */
export type QuartileBands =
  | { kind: "none"; band: DerivedQuartileBand }
  | { kind: "compare"; best: Location; worst: Location; sign: number; spread: boolean };

/**
 * Prepares the quartile band comparison once per group, by locating the quartiles among the
 * sorted values with two binary searches each, so that no value is compared one by one.
 *
 * @param sorted - The group's values, sorted ascending.
 * @param statistics - The group's statistics as computed for the viewer.
 * @param direction - The measure's direction, higher- or lower-is-better.
 * @returns The comparison, or the reason the bands are not published.
 */
export function prepareQuartileBands(sorted: readonly RankedValue[], statistics: ViewedGroupStatistics, direction: Direction): QuartileBands {
  for (const quartile of [statistics.q1, statistics.q3]) {
    if (quartile.published.status !== "value") return { kind: "none", band: quartile.published };
  }
  if (!statistics.q1.exact.ok || !statistics.q3.exact.ok) return { kind: "none", band: { status: "undefined", reason: "empty", message: "the group has no values" } };
  const lower = direction === "lower-is-better";
  const q1 = locate(sorted, statistics.q1.exact.value);
  const q3 = locate(sorted, statistics.q3.exact.value);
  return {
    kind: "compare",
    best: lower ? q1 : q3,
    worst: lower ? q3 : q1,
    sign: lower ? -1 : 1,
    spread: !statistics.q1.exact.value.eq(statistics.q3.exact.value),
  };
}

/**
 * Returns the quartile band of the value at `index` of the sorted values: `top` at or beyond
 * the best quartile, `bottom` at or beyond the worst, `middle` in between. When both quartiles
 * are equal, only a value strictly beyond them is `top` or `bottom`.
 */
export function quartileBand(index: number, bands: QuartileBands): DerivedQuartileBand {
  if (bands.kind === "none") return bands.band;
  const { best, worst, sign, spread } = bands;
  const towardsBest = compareAt(index, best) * sign;
  let band: QuartileBand = "middle";
  if (towardsBest > 0 || (spread && towardsBest === 0)) band = "top";
  else {
    const towardsWorst = compareAt(index, worst) * sign;
    if (towardsWorst < 0 || (spread && towardsWorst === 0)) band = "bottom";
  }
  return { status: "value", value: band };
}

/** Compares the value at `index` with a located quartile: −1 below it, 0 equal, 1 above. */
function compareAt(index: number, location: Location): number {
  if (index < location.below) return -1;
  return index < location.atMost ? 0 : 1;
}

function locate(sorted: readonly RankedValue[], quartile: EngineDecimal): Location {
  return { below: countWhile(sorted, (value) => value.lt(quartile)), atMost: countWhile(sorted, (value) => value.lte(quartile)) };
}

/** Counts the leading values that pass `test`, by binary search, so the values that pass must come before those that fail. */
function countWhile(sorted: readonly RankedValue[], test: (value: EngineDecimal) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test((sorted[middle] as RankedValue).value)) low = middle + 1;
    else high = middle;
  }
  return low;
}
