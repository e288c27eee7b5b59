export { computeCycle, computeKpis, type ComputeOptions } from "./compute-kpis.js";
export { prepareValues } from "./prepare.js";
