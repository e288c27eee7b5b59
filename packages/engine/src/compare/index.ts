export { compareCycles, type CompareCyclesInput, type CompareCyclesOptions, type CycleMeasures } from "./compare-cycles.js";
export { classifyChange, type ChangeStatus, type ToleranceInput } from "./tolerance.js";
