import { expect } from "vitest";
import { EngineDecimal, type Normalised } from "../../src/index.js";

/** Asserts a score equal to `expected` within 10^-digits (default 40). */
export function expectScore(result: Normalised, expected: string, digits = 40): void {
  expect(result.ok, JSON.stringify(result)).toBe(true);
  if (!result.ok) return;
  const difference = result.score.minus(expected).abs();
  expect(difference.lte(new EngineDecimal(10).pow(-digits)), `${result.score.toString()} differs from ${expected}`).toBe(true);
}

/** Asserts a failed normalisation with the given reason and a message. */
export function expectNoScore(result: Normalised, reason: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.reason).toBe(reason);
  expect(result.message.length).toBeGreaterThan(20);
}

/** The adjustment of a successful normalisation, with decimals as text. */
export function adjustmentOf(result: Normalised): unknown {
  if (!result.ok || result.adjustment === undefined) return undefined;
  const adjustment = result.adjustment;
  if (adjustment.kind === "outside-bands") return adjustment;
  return { ...adjustment, ...(adjustment.rawScore === undefined ? {} : { rawScore: adjustment.rawScore.toDecimalPlaces(6).toString() }) };
}

/** A decimal from a number or text. */
export function d(value: number | string): EngineDecimal {
  return new EngineDecimal(value);
}
