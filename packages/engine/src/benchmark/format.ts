import { toOutputString, type EngineDecimal, type ResolvedOutputRounding } from "../decimal.js";

/**
 * Writes a decimal for output: the same as `toOutputString` (rounded once to `decimalPlaces` with
 * `mode`, no exponent, no trailing zeros, `-0` written `0`), which the benchmark modules call
 * directly. Kept as a name of its own for callers that import it from here.
 *
 * @param value - A finite decimal.
 * @param rounding - Resolved output rounding.
 * @returns The canonical decimal string.
 * @example
 * ```ts
 * formatDecimal(new EngineDecimal("2.50005"), { decimalPlaces: 4, mode: "half-even" }); // "2.5"
 * ```
 */
export function formatDecimal(value: EngineDecimal, rounding: ResolvedOutputRounding): string {
  return toOutputString(value, rounding);
}
