import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { benchmarkMeasures, isPmmEngineError, median, type MeasureInput } from "../../src/index.js";
import { administration, kpiMeasure } from "../benchmark/fixtures.js";

// The global decimal.js constructor rounds at 20 significant digits; the engine's keeps 50.
const big = new Decimal("1000000000000000000000.25");
const zero = new Decimal("0");

describe("decimals of another decimal.js constructor", () => {
  it("are rejected by the statistics, which would compute at their precision", () => {
    let message = "no error";
    try {
      median([big, zero] as never);
    } catch (error) {
      message = isPmmEngineError(error) ? error.message : `untyped: ${String(error)}`;
    }
    expect(message).toContain("values[0] is a decimal of another decimal.js constructor");
  });

  it("are copied exactly when given as measure values", () => {
    const measure = kpiMeasure("k", { A: "0", B: "0" });
    const observations = measure.observations.map((observation, index) => ({ ...observation, value: index === 0 ? big : zero })) as MeasureInput["observations"];
    const result = benchmarkMeasures(
      { administrations: [administration("A"), administration("B")], groups: [{ kind: "global" }], measures: [{ ...measure, observations }] },
      { viewer: { role: "secretariat" }, publicationMinimum: 1, rounding: { decimalPlaces: 4 } },
    );
    // By hand: (1000000000000000000000.25 + 0) / 2 = 500000000000000000000.125, which rounds half-even to .125 at 4 places.
    expect(result.measures[0]?.groups[0]?.statistics.median).toEqual({ status: "value", value: "500000000000000000000.125" });
  });
});
