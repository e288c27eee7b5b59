export { diagnose, type DiagnoseInput } from "./diagnose.js";
export type { DiagnoseOptions } from "./options.js";
export { testOutlier, MAD_SCALE, MEAN_ABSOLUTE_DEVIATION_SCALE, type OutlierTest } from "./outliers.js";
export { prioritize, type PrioritizeInput } from "./prioritize.js";
export { priorityNodes, type PriorityDriverInput, type PriorityNodeInput } from "./priority-nodes.js";
