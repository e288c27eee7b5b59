export { scoreCycle, type ScoreCycleOptions, type NationalTargets } from "./score-cycle.js";
export { nominalKpiWeights, type NominalWeightSet } from "./weights.js";
export { frameworkOf, type FrameworkSource } from "./inputs.js";
