export * from "./errors.js";
export * from "./decimal.js";
export * from "./statistics/index.js";
export * from "./formula/index.js";
