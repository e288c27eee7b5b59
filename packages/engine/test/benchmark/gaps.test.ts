import type { DerivedDecimal, Direction, MemberEntry } from "@pmm/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmarkMeasures, EngineDecimal, mean, median, quantile, toOutputString, type RoundingMode, type Statistic } from "../../src/index.js";
import { administration, kpiMeasure } from "./fixtures.js";

const MODES: RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];

/** Values with 0 to 6 decimals, and now and then one with many digits, so that every subtraction path is taken. */
const valueText = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.integer({ min: -3_000_000, max: 3_000_000 }), fc.integer({ min: 0, max: 6 })).map(([units, scale]) => new EngineDecimal(units).div(new EngineDecimal(10).pow(scale)).toFixed()) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 97 })).map(([numerator, denominator]) => new EngineDecimal(numerator).div(denominator).toDecimalPlaces(25).toFixed()) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((units) => new EngineDecimal(units.toString()).div(1000).toFixed()) },
);

function expectedGap(statistic: Statistic, value: EngineDecimal, towardsValue: boolean, rounding: { decimalPlaces: number; mode: RoundingMode }): DerivedDecimal {
  if (!statistic.ok) throw new Error("the statistic should exist");
  const difference = towardsValue ? value.minus(statistic.value) : statistic.value.minus(value);
  return { status: "value", value: toOutputString(difference, rounding) };
}

describe("gaps", () => {
  it("match decimal.js differences from statistics", () => {
    fc.assert(
      fc.property(
        fc.array(valueText, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<Direction>("higher-is-better", "lower-is-better"),
        fc.constantFrom(...MODES),
        fc.integer({ min: 0, max: 6 }),
        (texts, direction, mode, decimalPlaces) => {
          const ids = texts.map((_, index) => `A${String(index).padStart(2, "0")}`);
          const rounding = { decimalPlaces, mode };
          const result = benchmarkMeasures(
            { administrations: ids.map((id) => administration(id)), groups: [{ kind: "global" }], measures: [kpiMeasure("k", Object.fromEntries(ids.map((id, index) => [id, texts[index] as string])), { direction })] },
            { viewer: { role: "secretariat" }, publicationMinimum: 1, rounding },
          );
          const values = texts.map((text) => new EngineDecimal(text));
          const groupMean = mean(values);
          const groupMedian = median(values);
          const best = quantile(values, direction === "higher-is-better" ? 0.75 : 0.25, 7);
          const towardsValue = direction === "lower-is-better";
          for (const entry of result.measures[0]!.groups[0]!.members as MemberEntry[]) {
            if (entry.status !== "value" || entry.position.kind !== "directed") throw new Error(`${entry.administration} should have a directed position`);
            const value = values[ids.indexOf(entry.administration)] as EngineDecimal;
            expect(entry.position.gapToMean).toEqual(expectedGap(groupMean, value, towardsValue, rounding));
            expect(entry.position.gapToMedian).toEqual(expectedGap(groupMedian, value, towardsValue, rounding));
            expect(entry.position.gapToBestQuartile).toEqual(expectedGap(best, value, towardsValue, rounding));
          }
        },
      ),
      { numRuns: 1_500 },
    );
  });
});
