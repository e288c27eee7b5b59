export { diagnose, type DiagnoseInput } from "./diagnose.js";
export type { DiagnoseOptions } from "./options.js";
export { testOutlier, MAD_SCALE, MEAN_ABSOLUTE_DEVIATION_SCALE, type OutlierTest } from "./outliers.js";
