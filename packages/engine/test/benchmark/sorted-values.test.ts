import { describe, expect, it } from "vitest";
import { checkMeasures } from "../../src/benchmark/measures.js";
import { sortValues } from "../../src/benchmark/sorted-values.js";
import { kpiMeasure } from "./fixtures.js";

function sorted(values: Record<string, string | null>) {
  const [measure] = checkMeasures([kpiMeasure("k", values)], new Set(Object.keys(values)));
  return sortValues(measure!);
}

describe("sortValues", () => {
  it("sorts by value, then by administration id", () => {
    const { entries } = sorted({ D: "1.5", B: "-2", C: "0.125", A: "1.5", E: null });
    expect(entries.map((entry) => entry.administration)).toEqual(["B", "C", "A", "D"]);
  });

  it("numbers distinct values, sharing the index between ties", () => {
    const { entries } = sorted({ D: "1.5", B: "-2", C: "0.125", A: "1.50", F: "7" });
    expect(entries.map((entry) => entry.distinct)).toEqual([0, 1, 2, 2, 3]);
  });

  it("writes every value as whole units at the largest scale", () => {
    const result = sorted({ D: "1.5", B: "-2", C: "0.125", A: "1.5" });
    expect(result.units).toEqual({ scale: 3, largest: 2000 });
    expect(result.entries.map((entry) => entry.units)).toEqual([-2000, 125, 1500, 1500]);
  });

  it("gives no units when a value has more than 15 digits", () => {
    const result = sorted({ A: "1234567890.123456", B: "1" });
    expect(result.units).toBeUndefined();
    expect(result.entries.map((entry) => entry.units)).toEqual([0, 0]);
  });

  it("sorts and numbers ties without units", () => {
    const result = sorted({ C: "1234567890.123456", A: "-0.5", B: "1234567890.1234560", D: "-0.50" });
    expect(result.units).toBeUndefined();
    expect(result.entries.map((entry) => entry.administration)).toEqual(["A", "D", "B", "C"]);
    expect(result.entries.map((entry) => entry.distinct)).toEqual([0, 0, 1, 1]);
  });

  it("gives no units when the common scale overflows 2^51", () => {
    // 2^51 = 2251799813685248. At 4 decimals, 1234567890123 is 12345678901230000 units, above
    // it, and 123456789012 is 1234567890120000 units, below it.
    const result = sorted({ A: "1234567890123", B: "0.0001" });
    expect(result.units).toBeUndefined();
    const fits = sorted({ A: "123456789012", B: "0.0001" });
    expect(fits.units).toEqual({ scale: 4, largest: 1_234_567_890_120_000 });
  });
});
