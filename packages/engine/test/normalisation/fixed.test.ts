import { describe, expect, it } from "vitest";
import type { Normalisation } from "@pmm/model";
import { PmmEngineError, normalise, checkNormalisation } from "../../src/index.js";
import { adjustmentOf, d, expectScore } from "./helpers.js";

// Expected scores worked out by hand from the formulas in docs/scoring.md.
describe("goalposts", () => {
  const settings = { method: "goalposts", lower: "0", upper: "50" } as const;

  it("is linear between the goalposts", () => {
    expectScore(normalise(settings, "higher-is-better", d(20)), "40");
    expectScore(normalise(settings, "lower-is-better", d(20)), "60");
  });

  it("truncates beyond the goalposts", () => {
    const high = normalise(settings, "higher-is-better", d(60));
    expectScore(high, "100");
    expect(adjustmentOf(high)).toEqual({ kind: "truncated", bound: "upper", rawScore: "120" });
    const low = normalise(settings, "higher-is-better", d(-5));
    expectScore(low, "0");
    expect(adjustmentOf(low)).toEqual({ kind: "truncated", bound: "lower", rawScore: "-10" });
  });

  it("inverts truncation for lower-is-better", () => {
    const result = normalise(settings, "lower-is-better", d(60));
    expectScore(result, "0");
    expect(adjustmentOf(result)).toEqual({ kind: "truncated", bound: "lower", rawScore: "-20" });
  });

  it("marks nothing inside the goalposts", () => {
    expect(adjustmentOf(normalise(settings, "higher-is-better", d(50)))).toBeUndefined();
  });
});

describe("distance to frontier", () => {
  it("measures from the worst value", () => {
    expectScore(normalise({ method: "distance-to-frontier", best: "0", worst: "10" }, "lower-is-better", d("2.5")), "75");
    expectScore(normalise({ method: "distance-to-frontier", best: "10", worst: "0" }, "higher-is-better", d("2.5")), "25");
  });

  it("truncates beyond the worst value", () => {
    const result = normalise({ method: "distance-to-frontier", best: "0", worst: "10" }, "lower-is-better", d(12));
    expectScore(result, "0");
    expect(adjustmentOf(result)).toEqual({ kind: "truncated", bound: "lower", rawScore: "-20" });
  });

  it("rejects a frontier against the direction", () => {
    const settings = { method: "distance-to-frontier", best: "0", worst: "10" } as const;
    expect(() => normalise(settings, "higher-is-better", d(5))).toThrow(PmmEngineError);
    expect(checkNormalisation(settings, "higher-is-better")).toMatch(/swap best and worst/);
    expect(checkNormalisation(settings, "lower-is-better")).toBeUndefined();
  });
});

describe("bands", () => {
  const appealDays: Normalisation = {
    method: "bands",
    bands: [
      { from: "90", points: "50" },
      { from: "30", points: "100" },
      { from: "60", points: "75" },
    ],
  };

  it("picks the lowest band not exceeded for lower-is-better", () => {
    expectScore(normalise(appealDays, "lower-is-better", d(45)), "75");
    expectScore(normalise(appealDays, "lower-is-better", d(30)), "100");
    expectScore(normalise(appealDays, "lower-is-better", d(5)), "100");
    expectScore(normalise(appealDays, "lower-is-better", d("60.01")), "50");
  });

  const coverage: Normalisation = {
    method: "bands",
    bands: [
      { from: "50", points: "50" },
      { from: "0", points: "0" },
      { from: "90", points: "100" },
    ],
  };

  it("picks the highest band reached for higher-is-better", () => {
    expectScore(normalise(coverage, "higher-is-better", d(0)), "0");
    expectScore(normalise(coverage, "higher-is-better", d(50)), "50");
    expectScore(normalise(coverage, "higher-is-better", d("89.9")), "50");
    expectScore(normalise(coverage, "higher-is-better", d(95)), "100");
  });

  it("scores 0 outside every band", () => {
    const above = normalise(appealDays, "lower-is-better", d(91));
    expectScore(above, "0");
    expect(adjustmentOf(above)).toEqual({ kind: "outside-bands" });
    expect(adjustmentOf(normalise(coverage, "higher-is-better", d(-1)))).toEqual({ kind: "outside-bands" });
  });
});

describe("normalise input checks", () => {
  it("rejects descriptive KPIs", () => {
    expect(() => normalise({ method: "percentile-rank" }, "descriptive" as "higher-is-better", d(1))).toThrow(/not scored/);
  });

  it("rejects a NaN value", () => {
    expect(() => normalise({ method: "goalposts", lower: "0", upper: "1" }, "higher-is-better", d(Number.NaN))).toThrow(/x\[0\]/);
  });
});

describe("band order", () => {
  it("rejects points against the direction", () => {
    const rising: Normalisation = { method: "bands", bands: [{ from: "0", points: "0" }, { from: "10", points: "100" }] };
    expect(checkNormalisation(rising, "higher-is-better")).toBeUndefined();
    expect(checkNormalisation(rising, "lower-is-better")).toMatch(/make the points fall/);
    expect(() => normalise(rising, "lower-is-better", d(5))).toThrow(PmmEngineError);
  });
});
