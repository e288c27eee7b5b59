export { compareCycles, type CompareCyclesInput, type CompareCyclesOptions, type CycleMeasures } from "./compare-cycles.js";
export { classifyChange, resolveTolerance, type ChangeStatus, type ResolvedTolerance, type ToleranceInput } from "./tolerance.js";
