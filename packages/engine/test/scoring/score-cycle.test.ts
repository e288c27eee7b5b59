import { describe, expect, it } from "vitest";
import { ScoreResult, type KpiScore, type NodeScore } from "@pmm/model";
import { PmmEngineError, frameworkOf, scoreCycle } from "../../src/index.js";
import { fixture, fixtureResults, fixtureSubmissions, notApplicable, valueResult, variant } from "./fixture.js";

// Every expected number below is worked out by hand with the formulas of docs/scoring.md.
// k1 goalposts 0–100; k2 lower-is-better goalposts 0–10; k3 min-max over 10, 30, 20;
// k4 percentile rank among 1 and 2; k5 distance to target 80 from baseline 20 (C's national
// target 60). Outcome, dimension and overall scores are the weighted means of those.
const result = scoreCycle(fixture, fixtureResults, { submissions: fixtureSubmissions });

function kpi(administration: string, id: string): KpiScore {
  const found = result.kpis.find((score) => score.administration === administration && score.kpi === id);
  if (found === undefined) throw new Error(`no score for ${administration} ${id}`);
  return found;
}

function node(list: NodeScore[], administration: string, id: string): NodeScore {
  const found = list.find((score) => score.administration === administration && score.node === id);
  if (found === undefined) throw new Error(`no score for ${administration} ${id}`);
  return found;
}

function scoreOf(score: KpiScore | NodeScore): string | undefined {
  return score.status === "scored" ? score.score : undefined;
}

describe("scoreCycle KPI scores", () => {
  it("normalises each method", () => {
    const expected: [string, string, string][] = [
      ["A", "k1", "80"], ["B", "k1", "50"], ["C", "k1", "20"],
      ["A", "k2", "80"], ["B", "k2", "50"],
      ["A", "k3", "0"], ["B", "k3", "100"], ["C", "k3", "50"],
      ["A", "k4", "25"], ["B", "k4", "75"],
      ["A", "k5", "50"], ["B", "k5", "100"], ["C", "k5", "75"],
    ];
    for (const [administration, id, score] of expected) expect(scoreOf(kpi(administration, id)), `${administration} ${id}`).toBe(score);
  });

  it("marks the capped score", () => {
    const capped = kpi("B", "k5");
    expect(capped).toMatchObject({ status: "scored", adjustment: { kind: "capped", rawScore: "116.6667" } });
  });

  it("reports the national target", () => {
    const national = kpi("C", "k5");
    expect(national).toMatchObject({ status: "scored", target: { value: "60", source: "national", baseline: "20" } });
  });

  it("gives statuses instead of scores", () => {
    expect(kpi("C", "k2")).toMatchObject({ status: "not-applicable" });
    expect(kpi("C", "k4")).toMatchObject({ status: "missing-value", reason: "missing-data" });
    expect(kpi("A", "k6")).toMatchObject({ status: "excluded", reason: "descriptive" });
    expect(kpi("A", "k7")).toMatchObject({ status: "excluded", reason: "no-formula" });
    expect(kpi("B", "k6")).toMatchObject({ status: "excluded", reason: "descriptive" });
  });

  it("lists administrations sorted", () => {
    expect(result.administrations).toEqual(["A", "B", "C"]);
  });
});

describe("scoreCycle aggregates", () => {
  it("averages outcomes with weights", () => {
    expect(scoreOf(node(result.outcomes, "A", "O1"))).toBe("80");
    expect(scoreOf(node(result.outcomes, "A", "O2"))).toBe("8.3333");
    expect(scoreOf(node(result.outcomes, "B", "O2"))).toBe("91.6667");
    expect(scoreOf(node(result.outcomes, "A", "O3"))).toBe("50");
  });

  it("leaves not-applicable KPIs out", () => {
    const outcome = node(result.outcomes, "C", "O1");
    expect(scoreOf(outcome)).toBe("20");
    expect(outcome).toMatchObject({ status: "scored", coverage: "1" });
  });

  it("scores with partial coverage", () => {
    const outcome = node(result.outcomes, "C", "O2");
    expect(scoreOf(outcome)).toBe("50");
    expect(outcome).toMatchObject({ status: "scored", coverage: "0.6667" });
  });

  it("excludes an outcome of descriptive KPIs", () => {
    expect(node(result.outcomes, "A", "O4").status).toBe("excluded");
  });

  it("aggregates dimensions and the overall index", () => {
    expect(scoreOf(node(result.dimensions, "A", "D1"))).toBe("26.25");
    expect(scoreOf(node(result.dimensions, "B", "D1"))).toBe("81.25");
    expect(scoreOf(node(result.dimensions, "C", "D1"))).toBe("42.5");
    expect(scoreOf(node(result.dimensions, "C", "D2"))).toBe("75");
    expect(scoreOf(node(result.overall, "A", "fixture"))).toBe("34.1667");
    expect(scoreOf(node(result.overall, "B", "fixture"))).toBe("87.5");
    expect(scoreOf(node(result.overall, "C", "fixture"))).toBe("53.3333");
  });

  it("reports effective weights", () => {
    const overallA = node(result.overall, "A", "fixture");
    expect(overallA.status).toBe("scored");
    expect(overallA.status === "scored" ? overallA.weights : []).toEqual([
      { kpi: "k1", weight: "0.0833" },
      { kpi: "k2", weight: "0.0833" },
      { kpi: "k3", weight: "0.3333" },
      { kpi: "k4", weight: "0.1667" },
      { kpi: "k5", weight: "0.3333" },
    ]);
    const overallC = node(result.overall, "C", "fixture");
    expect(overallC.status).toBe("scored");
    expect(overallC.status === "scored" ? overallC.weights : []).toEqual([
      { kpi: "k1", weight: "0.1667" },
      { kpi: "k3", weight: "0.5" },
      { kpi: "k5", weight: "0.3333" },
    ]);
  });

  it("reports nominal weights", () => {
    const overall = result.nominalWeights.find((set) => set.level === "overall");
    expect(overall?.weights.map((weight) => weight.weight)).toEqual(["0.0833", "0.0833", "0.3333", "0.1667", "0.3333"]);
    expect(result.nominalWeights.find((set) => set.node === "O4")?.weights).toEqual([]);
  });

  it("describes the reference values", () => {
    expect(result.references).toEqual([
      { kpi: "k3", method: "min-max", count: 3, cycles: 1, min: "10", max: "30", mean: "20", sd: "10" },
      { kpi: "k4", method: "percentile-rank", count: 2, cycles: 1, min: "1", max: "2", mean: "1.5", sd: "0.7071" },
    ]);
  });

  it("parses with the ScoreResult schema", () => {
    expect(ScoreResult.safeParse(result).success).toBe(true);
  });
});

describe("scoreCycle thresholds and means", () => {
  it("withholds a score below the threshold", () => {
    const strict = variant((input) => {
      input.outcomes[1] = { ...input.outcomes[1]!, aggregation: { method: "arithmetic", threshold: "0.7" } };
      return input;
    });
    const scores = scoreCycle(strict, fixtureResults, { submissions: fixtureSubmissions });
    const outcome = node(scores.outcomes, "C", "O2");
    expect(outcome).toMatchObject({ status: "insufficient-data", coverage: "0.6667", threshold: "0.7" });
    expect(outcome.status === "insufficient-data" ? outcome.message : "").toMatch(/"k4"/);
    expect(node(scores.dimensions, "C", "D1")).toMatchObject({ status: "insufficient-data", coverage: "0.25" });
    // D1 carries 2 of the 3 units of weight, so the overall index has a coverage of 1/3.
    expect(node(scores.overall, "C", "fixture")).toMatchObject({ status: "insufficient-data", coverage: "0.3333" });
  });

  it("rejects a zero score in a geometric mean", () => {
    const geometric = variant((input) => {
      input.outcomes[1] = { ...input.outcomes[1]!, aggregation: { method: "geometric" } };
      return input;
    });
    const scores = scoreCycle(geometric, fixtureResults, { submissions: fixtureSubmissions });
    expect(node(scores.outcomes, "A", "O2")).toMatchObject({ status: "not-aggregable", reason: "non-positive" });
    // B: exp((2 ln 100 + ln 75) / 3) = 100^(2/3) × 75^(1/3), by hand 90.8560296416.
    expect(scoreOf(node(scores.outcomes, "B", "O2"))).toBe("90.856");
  });

  it("uses the power mean", () => {
    const power = variant((input) => {
      input.aggregation = { ...input.aggregation, outcomes: { method: "power", power: "2" } };
      return input;
    });
    const scores = scoreCycle(power, fixtureResults, { submissions: fixtureSubmissions });
    // A's O1: √((80² + 80²) / 2) = 80; B's O2: √((2 × 100² + 75²) / 3) = √8541.6667 = 92.4211.
    expect(scoreOf(node(scores.outcomes, "A", "O1"))).toBe("80");
    expect(scoreOf(node(scores.outcomes, "B", "O2"))).toBe("92.4211");
    expect(node(scores.outcomes, "B", "O2")).toMatchObject({ method: "power", power: "2" });
  });

  it("marks an outcome whose KPIs are all not applicable", () => {
    const results = [...fixtureResults.filter((result) => !(result.administration === "A" && (result.kpi === "k1" || result.kpi === "k2"))), notApplicable("A", "k1"), notApplicable("A", "k2")];
    const scores = scoreCycle(fixture, results, { submissions: fixtureSubmissions });
    expect(node(scores.outcomes, "A", "O1").status).toBe("not-applicable");
    // D1 then rests on O2 alone: 8.3333.
    expect(scoreOf(node(scores.dimensions, "A", "D1"))).toBe("8.3333");
  });

  it("honours the rounding option", () => {
    const scores = scoreCycle(fixture, fixtureResults, { submissions: fixtureSubmissions, rounding: { decimalPlaces: 2, mode: "half-up" } });
    expect(scoreOf(node(scores.overall, "A", "fixture"))).toBe("34.17");
    expect(scores.rounding).toEqual({ decimalPlaces: 2, mode: "half-up" });
  });
});

describe("scoreCycle inputs", () => {
  it("rejects an unknown KPI", () => {
    expect(() => scoreCycle(fixture, [valueResult("A", "k99", "1")])).toThrow(/k99/);
  });

  it("rejects a repeated result", () => {
    expect(() => scoreCycle(fixture, [valueResult("A", "k1", "1"), valueResult("A", "k1", "2")])).toThrow(PmmEngineError);
  });

  it("rejects a value that is not a decimal", () => {
    expect(() => scoreCycle(fixture, [valueResult("A", "k1", "twelve")])).toThrow(/not a decimal/);
  });

  it("accepts a compiled framework", () => {
    expect(scoreCycle({ framework: fixture }, fixtureResults, { submissions: fixtureSubmissions })).toEqual(result);
  });

  it("reports a missing result as a gap", () => {
    const scores = scoreCycle(fixture, [valueResult("A", "k1", "80")]);
    expect(scores.kpis.find((score) => score.kpi === "k3")).toMatchObject({ status: "missing-value", reason: "no-result" });
    expect(node(scores.outcomes, "A", "O1")).toMatchObject({ status: "scored", score: "80", coverage: "0.5" });
  });

  it("rejects settings against the direction", () => {
    const wrong = variant((input) => {
      input.kpis[0] = { ...input.kpis[0]!, scoring: { normalisation: { method: "distance-to-frontier", best: 0, worst: 100 } } };
      return input;
    });
    expect(() => scoreCycle(wrong, fixtureResults)).toThrow(/kpis\[0\]/);
  });
});

describe("scoreCycle pooling", () => {
  it("pools the values of other cycles", () => {
    const pooledFramework = variant((input) => {
      input.kpis[2] = { ...input.kpis[2]!, scoring: { normalisation: { method: "min-max" }, pooled: true } };
      return input;
    });
    const previous = [valueResult("A", "k3", "0"), valueResult("B", "k3", "40")];
    const scores = scoreCycle(pooledFramework, fixtureResults, { submissions: fixtureSubmissions, pooled: [previous] });
    // Pooled range 0–40: A 10 → 25, B 30 → 75, C 20 → 50.
    expect(scores.kpis.filter((score) => score.kpi === "k3").map(scoreOf)).toEqual(["25", "75", "50"]);
    expect(scores.references.find((reference) => reference.kpi === "k3")).toMatchObject({ count: 5, cycles: 2, min: "0", max: "40" });
  });

  it("counts only cycles with values", () => {
    const pooledFramework = variant((input) => {
      input.kpis[2] = { ...input.kpis[2]!, scoring: { normalisation: { method: "min-max" }, pooled: true } };
      return input;
    });
    const scores = scoreCycle(pooledFramework, fixtureResults, { submissions: fixtureSubmissions, pooled: [[valueResult("A", "k1", "1")], [valueResult("A", "k3", "0")]] });
    expect(scores.references.find((reference) => reference.kpi === "k3")).toMatchObject({ count: 4, cycles: 2, min: "0" });
  });

  it("ignores other cycles unless pooled", () => {
    const scores = scoreCycle(fixture, fixtureResults, { submissions: fixtureSubmissions, pooled: [[valueResult("A", "k3", "0")]] });
    expect(JSON.stringify(scores)).toBe(JSON.stringify(result));
  });
});

describe("frameworkOf", () => {
  it("reads a compiled framework that also has kpis", () => {
    const compiledLike = { framework: fixture, kpis: [{ kpi: fixture.kpis[0] }] };
    expect(frameworkOf(compiledLike as unknown as { framework: typeof fixture })).toBe(fixture);
    expect(frameworkOf(fixture)).toBe(fixture);
  });
});
