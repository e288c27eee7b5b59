import { expect } from "vitest";
import { EngineDecimal, type Statistic } from "../../src/index.js";

/** Decimals from numbers or text, for compact test data. */
export function decimals(...values: (number | string)[]): EngineDecimal[] {
  return values.map((value) => new EngineDecimal(value));
}

/** Asserts a successful statistic equal to `expected` within `digits` decimal places (default 40). */
export function expectValue(statistic: Statistic, expected: string, digits = 40): void {
  expect(statistic.ok, JSON.stringify(statistic)).toBe(true);
  if (!statistic.ok) return;
  const difference = statistic.value.minus(expected).abs();
  expect(difference.lte(new EngineDecimal(10).pow(-digits)), `${statistic.value.toString()} differs from ${expected}`).toBe(true);
}

/** Asserts a failed statistic with the given reason. */
export function expectFailure(statistic: Statistic, reason: string): void {
  expect(statistic.ok).toBe(false);
  if (statistic.ok) return;
  expect(statistic.reason).toBe(reason);
  expect(statistic.message.length).toBeGreaterThan(10);
}
