import { EngineDecimal } from "../decimal.js";
import type { Normalisation } from "@pmm/model";
import { referenceMax, referenceMin, type ReferenceDistribution, HUNDRED, ZERO } from "./reference.js";
import type { Normalised, NormalisedTarget, ScoredDirection } from "./types.js";

type DistanceToTarget = Extract<Normalisation, { method: "distance-to-target" }>;

/**
 * Prepares the scoring of the share of the way from the baseline to the target that a value has
 * covered:
 * `100 × (x − baseline) / (target − baseline)`, which also holds for lower-is-better KPIs,
 * whose target lies below the baseline.
 *
 * - The target is the administration's national target when the settings allow it and one is
 *   given, else the framework's.
 * - Without a framework baseline, the worst reference value is the baseline (the smallest for
 *   higher-is-better KPIs, the largest for lower-is-better ones).
 * - A value that meets the target scores 100. With `cap` (the default) a value beyond it scores
 *   100 too and is marked `capped`; without `cap` it scores above 100.
 * - A value worse than a framework baseline scores 0 and is marked `truncated`.
 *
 * Fails with `invalid-target` when the target is not better than a framework baseline. With a
 * baseline from the reference values, it fails so only when the baseline already meets the
 * target, the value is beyond the target and `cap` is off. It fails with `empty` when the
 * baseline comes from the reference values and there are none.
 */
export function prepareDistanceToTarget(
  settings: DistanceToTarget,
  direction: ScoredDirection,
  reference: ReferenceDistribution | undefined,
): (x: EngineDecimal, nationalTarget: EngineDecimal | undefined) => Normalised {
  const higher = direction === "higher-is-better";
  const frameworkTarget = new EngineDecimal(settings.target);
  const fromReference = settings.baseline === undefined;

  let baseline: EngineDecimal | undefined;
  if (settings.baseline !== undefined) baseline = new EngineDecimal(settings.baseline);
  else if (reference !== undefined) baseline = higher ? referenceMin(reference) : referenceMax(reference);
  if (baseline === undefined) {
    const failure: Normalised = { ok: false, reason: "empty", message: "distance to target without a baseline needs reference values: pass the cycle's values, or set baseline" };
    return () => failure;
  }
  const start = baseline;

  return (x, nationalTarget) => {
    const useNational = settings.useNationalTarget && nationalTarget !== undefined;
    const target = useNational ? nationalTarget : frameworkTarget;
    const source = useNational ? "national" : "framework";
    const described: NormalisedTarget = { value: target, source, baseline: start };
    const meetsTarget = higher ? x.gte(target) : x.lte(target);
    const gap = higher ? target.minus(start) : start.minus(target);

    if (gap.lte(0)) {
      // When the worst reference value already meets the target, so does every value. They
      // score 100, but no uncapped score exists for values beyond the target.
      if (fromReference && meetsTarget && x.eq(target)) return { ok: true, score: HUNDRED, target: described };
      if (fromReference && meetsTarget && settings.cap) return { ok: true, score: HUNDRED, adjustment: { kind: "capped" }, target: described };
      return {
        ok: false,
        reason: "invalid-target",
        message: `the ${source} target ${target.toString()} is not ${higher ? "above" : "below"} the baseline ${start.toString()}, so no distance to it can be measured: ${source === "national" ? "correct the national target" : "set a baseline on the other side of the target"}`,
      };
    }

    const raw = HUNDRED.times(x.minus(start)).div(target.minus(start));
    if (raw.gt(HUNDRED) && settings.cap) return { ok: true, score: HUNDRED, adjustment: { kind: "capped", rawScore: raw }, target: described };
    if (raw.lt(ZERO)) return { ok: true, score: ZERO, adjustment: { kind: "truncated", bound: "lower", rawScore: raw }, target: described };
    return { ok: true, score: raw, target: described };
  };
}
