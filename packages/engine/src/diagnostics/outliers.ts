import type { OutlierScale } from "@pmm/model";
import { EngineDecimal } from "../decimal.js";
import { mean, median, medianAbsoluteDeviation } from "../statistics/index.js";

/**
 * The factor that turns the median absolute deviation into an estimate of the standard
 * deviation of normally distributed data: 1 / Φ⁻¹(0.75) = 1.4826 to four places, as R's `mad`.
 */
export const MAD_SCALE = new EngineDecimal("1.4826");

/**
 * The factor that turns the mean absolute deviation into an estimate of the standard deviation
 * of normally distributed data: √(π / 2) = 1.2533 to four places. Used when the median absolute
 * deviation is 0, as in the modified z-score of Iglewicz and Hoaglin.
 */
export const MEAN_ABSOLUTE_DEVIATION_SCALE = new EngineDecimal("1.2533");

/** The outcome of the robust outlier rule for one value against its peers. */
export interface OutlierTest {
  flagged: boolean;
  side: "above" | "below";
  median: EngineDecimal;
  scale: OutlierScale;
  /** The scaled spread the distance is divided by; 0 for `no-spread`. */
  spread: EngineDecimal;
  /** `|x − median| / spread`; undefined for `no-spread`. */
  score?: EngineDecimal | undefined;
}

/**
 * Tests whether `value` is far from `peers` with a robust rule:
 *
 * 1. `|x − median| / (1.4826 × MAD) > threshold`, where MAD is the median absolute deviation of
 *    the peers (the modified z-score, usually with threshold 3.5);
 * 2. when MAD is 0 (more than half the peers share one value),
 *    `|x − median| / (1.2533 × MeanAD) > threshold`, with the mean absolute deviation from the
 *    median;
 * 3. when that is 0 too (every peer has the same value), any different value is flagged.
 *
 * @param value - The administration's value.
 * @param peers - The other members' values, at least one.
 * @param threshold - The largest robust distance that is not flagged.
 * @returns The test's facts, or undefined when there are no peers.
 * @example
 * ```ts
 * testOutlier(new EngineDecimal(41), [10, 11, 12, 12, 13, 14].map((x) => new EngineDecimal(x)), new EngineDecimal("3.5"));
 * // { flagged: true, side: "above", median: 12, scale: "mad", ... }
 * ```
 */
export function testOutlier(value: EngineDecimal, peers: readonly EngineDecimal[], threshold: EngineDecimal): OutlierTest | undefined {
  const center = median(peers);
  const deviation = medianAbsoluteDeviation(peers);
  if (!center.ok || !deviation.ok) return undefined;
  const distance = value.minus(center.value).abs();
  const side = value.gte(center.value) ? "above" : "below";

  if (!deviation.value.isZero()) {
    const spread = MAD_SCALE.times(deviation.value);
    const score = distance.div(spread);
    return { flagged: score.gt(threshold), side, median: center.value, scale: "mad", spread, score };
  }
  const meanDeviation = mean(peers.map((peer) => peer.minus(center.value).abs()));
  if (meanDeviation.ok && !meanDeviation.value.isZero()) {
    const spread = MEAN_ABSOLUTE_DEVIATION_SCALE.times(meanDeviation.value);
    const score = distance.div(spread);
    return { flagged: score.gt(threshold), side, median: center.value, scale: "mean-absolute-deviation", spread, score };
  }
  return { flagged: !distance.isZero(), side, median: center.value, scale: "no-spread", spread: new EngineDecimal(0) };
}
