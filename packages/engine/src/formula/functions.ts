/** A function of the formula language, as the checker and error messages see it. */
export interface FormulaFunction {
  /** The name used in formulas, such as `share`. */
  readonly name: string;
  /** How the arguments read in messages, such as `share(part, whole)`. */
  readonly signature: string;
  /** Fewest arguments accepted. */
  readonly minArguments: number;
  /** Most arguments accepted; `Infinity` for `sum`, `min` and `max`. */
  readonly maxArguments: number;
  /** What the function computes, in one line. */
  readonly summary: string;
}

/** The names of the functions of the formula language. */
export type FormulaFunctionName = "if" | "sum" | "min" | "max" | "abs" | "share" | "variation" | "per1000";

const DEFINITIONS: readonly (FormulaFunction & { name: FormulaFunctionName })[] = [
  { name: "if", signature: "if(condition, a, b)", minArguments: 3, maxArguments: 3, summary: "a when the condition holds, else b" },
  { name: "sum", signature: "sum(a, ...)", minArguments: 1, maxArguments: Infinity, summary: "the sum of the arguments" },
  { name: "min", signature: "min(a, ...)", minArguments: 1, maxArguments: Infinity, summary: "the smallest argument" },
  { name: "max", signature: "max(a, ...)", minArguments: 1, maxArguments: Infinity, summary: "the largest argument" },
  { name: "abs", signature: "abs(a)", minArguments: 1, maxArguments: 1, summary: "the absolute value" },
  { name: "share", signature: "share(part, whole)", minArguments: 2, maxArguments: 2, summary: "100 × part / whole, in percent" },
  { name: "variation", signature: "variation(x)", minArguments: 1, maxArguments: 1, summary: "100 × (x[T] − x[T-1]) / x[T-1], in percent" },
  { name: "per1000", signature: "per1000(count, base)", minArguments: 2, maxArguments: 2, summary: "1000 × count / base, per 1,000" },
];

/**
 * The functions of the formula language by name. Looked up with `Map.get`, so a formula can
 * never reach an object's prototype (`constructor(...)` is simply an unknown function).
 */
export const FORMULA_FUNCTIONS: ReadonlyMap<string, FormulaFunction & { name: FormulaFunctionName }> = new Map(
  DEFINITIONS.map((definition) => [definition.name, definition]),
);
