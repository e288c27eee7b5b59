// The public API of the formula, compile, validate and compute modules, imported without the
// package index so that these tests do not depend on the engine's other modules.
export * from "../../src/errors.js";
export * from "../../src/decimal.js";
export * from "../../src/exact/index.js";
export * from "../../src/formula/index.js";
export * from "../../src/compile/index.js";
export * from "../../src/validate/index.js";
export * from "../../src/compute/index.js";
