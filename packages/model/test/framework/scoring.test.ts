import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { Aggregation, KpiScoring, Normalisation, NormalisationMethod, toProblems } from "../../src/index.js";

function problemsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : toProblems(result.error.issues, input);
}

describe("Normalisation", () => {
  it.each([
    [{ method: "goalposts", lower: 0, upper: "100" }, { method: "goalposts", lower: "0", upper: "100" }],
    [{ method: "distance-to-frontier", best: 2, worst: 72 }, { method: "distance-to-frontier", best: "2", worst: "72" }],
    [{ method: "distance-to-target", target: 100 }, { method: "distance-to-target", target: "100", cap: true, useNationalTarget: false }],
    [
      { method: "distance-to-target", target: 100, baseline: 70, cap: false, useNationalTarget: true },
      { method: "distance-to-target", target: "100", baseline: "70", cap: false, useNationalTarget: true },
    ],
    [{ method: "min-max" }, { method: "min-max", low: "0", high: "100" }],
    [{ method: "z-score" }, { method: "z-score", mean: "50", sd: "10" }],
    [{ method: "percentile-rank" }, { method: "percentile-rank" }],
    [{ method: "rank" }, { method: "rank" }],
    [
      { method: "bands", bands: [{ from: 0, points: 0 }, { from: "50", points: 100 }] },
      { method: "bands", bands: [{ from: "0", points: "0" }, { from: "50", points: "100" }] },
    ],
  ])("parses %j", (input, expected) => {
    expect(Normalisation.parse(input)).toEqual(expected);
  });

  it("covers every method in the tests above", () => {
    expect(NormalisationMethod.options).toHaveLength(8);
  });

  it.each([
    [{ method: "goalposts", lower: 0 }, "upper"],
    [{ method: "goalposts", lower: "x", upper: 1 }, "lower"],
    [{ method: "distance-to-target" }, "target"],
    [{ method: "distance-to-target", target: 100, baseline: "100.0" }, "baseline"],
    [{ method: "z-score", sd: 0 }, "sd"],
    [{ method: "z-score", sd: -5 }, "sd"],
    [{ method: "bands", bands: [] }, "bands"],
    [{ method: "bands", bands: [{ from: 0, points: 101 }] }, "bands[0].points"],
    [{ method: "bands", bands: [{ from: 0, points: -1 }] }, "bands[0].points"],
    [{ method: "bands", bands: [{ from: 0, points: 0 }, { from: "0.0", points: 50 }] }, "bands[1].from"],
    [{ method: "percentiles" }, "method"],
    [{}, "method"],
  ])("rejects %j at %s", (input, path) => {
    expect(problemsOf(Normalisation, input).map((problem) => problem.path)).toContain(path);
  });
});

describe("KpiScoring", () => {
  it("defaults pooled to false", () => {
    expect(KpiScoring.parse({ normalisation: { method: "rank" } })).toEqual({ normalisation: { method: "rank" }, pooled: false });
  });

  it("rejects a missing normalisation", () => {
    expect(problemsOf(KpiScoring, { pooled: true }).map((problem) => problem.path)).toEqual(["normalisation"]);
  });
});

describe("Aggregation", () => {
  it.each([
    [{}, { method: "arithmetic", threshold: "0.5" }],
    [{ method: "geometric", threshold: 1 }, { method: "geometric", threshold: "1" }],
    [{ method: "power", power: "2", threshold: "0" }, { method: "power", power: "2", threshold: "0" }],
    [{ method: "harmonic", threshold: "0.75" }, { method: "harmonic", threshold: "0.75" }],
  ])("parses %j", (input, expected) => {
    expect(Aggregation.parse(input)).toEqual(expected);
  });

  it.each([
    [{ method: "power" }, "power", /needs an exponent/],
    [{ method: "arithmetic", power: 2 }, "power", /used only by the power mean/],
    [{ threshold: "1.0000000000000000001" }, "threshold", /not a share/],
    [{ threshold: -0.1 }, "threshold", /not a share/],
    [{ threshold: "50%" }, "threshold", /not a decimal number/],
    [{ method: "median" }, "method", /Invalid option/],
  ])("rejects %j at %s", (input, path, message) => {
    const problems = problemsOf(Aggregation, input);
    const problem = problems.find((item) => item.path === path);
    expect(problem?.message).toMatch(message);
  });
});
