import type { EngineDecimal } from "../decimal.js";

/** The direction of a scored KPI. Descriptive KPIs are never normalised. */
export type ScoredDirection = "higher-is-better" | "lower-is-better";

/**
 * The change that moved a normalised score onto the scale:
 *
 * - `truncated`: set to a `bound` of the scale; `rawScore` is the score before truncation.
 * - `capped`: set to 100 beyond a target; `rawScore` is the uncapped score when there is one.
 * - `outside-bands`: the value is outside every band and scores 0.
 */
export type NormalisedAdjustment =
  | { kind: "truncated"; bound: "lower" | "upper"; rawScore: EngineDecimal }
  | { kind: "capped"; rawScore?: EngineDecimal }
  | { kind: "outside-bands" };

/** The target and baseline a distance-to-target score was measured against. */
export interface NormalisedTarget {
  value: EngineDecimal;
  source: "framework" | "national";
  baseline: EngineDecimal;
}

/**
 * Why a value has no normalised score:
 *
 * - `empty`: a data-driven method was given no reference values.
 * - `single-value`: only one reference value, where the method needs a spread (z-score, rank).
 * - `no-variance`: every reference value is equal (min-max, z-score).
 * - `invalid-target`: the target is not better than the baseline in the KPI's direction.
 */
export type NormalisationFailureReason = "empty" | "single-value" | "no-variance" | "invalid-target";

/** A normalised score, or the reason there is none. */
export type Normalised =
  | { ok: true; score: EngineDecimal; adjustment?: NormalisedAdjustment; target?: NormalisedTarget }
  | { ok: false; reason: NormalisationFailureReason; message: string };
