export * from "./errors.js";
export * from "./decimal.js";
export * from "./statistics/index.js";
export * from "./normalisation/index.js";
export * from "./scoring/index.js";
export * from "./benchmark/index.js";
export * from "./disclosure/index.js";
export * from "./formula/index.js";
