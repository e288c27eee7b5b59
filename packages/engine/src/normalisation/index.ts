export type { Normalised, NormalisedAdjustment, NormalisedTarget, NormalisationFailureReason, ScoredDirection } from "./types.js";
export { describeReference, type ReferenceDistribution } from "./reference.js";
export { normalise, prepareNormalisation, checkNormalisation, type NormaliseOptions, type PreparedNormalisation } from "./normalise.js";
