export type { Normalised, NormalisedAdjustment, NormalisedTarget, NormalisationFailureReason, ScoredDirection } from "./types.js";
export { describeReference, type ReferenceDistribution } from "./reference.js";
export { normalise, checkNormalisation, type NormaliseOptions } from "./normalise.js";
