export * from "./errors.js";
export * from "./decimal.js";
export * from "./statistics/index.js";
