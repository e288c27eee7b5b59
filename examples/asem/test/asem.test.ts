import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { BenchmarkResult, ScoreResult, type KpiScore, type NodeScore } from "@pmm/model";
import { asemDirectory, hasAsemData } from "../src/data-directory.js";
import { loadAsemDataset, type AsemDataset } from "../src/dataset.js";
import { runAsem, type AsemRun } from "../src/pipeline.js";

/**
 * Scores written by reference/asem_reference.py, which implements COINr's default treatment
 * (min-max onto 0–100 with directions, arithmetic means over the available children) with
 * Python's decimal module, independently of this SDK.
 */
interface Reference {
  indicators: string[];
  pillars: string[];
  subIndexes: string[];
  index: string;
  scores: Record<string, Record<string, string | null>>;
}
const reference = JSON.parse(readFileSync(new URL("../reference/asem-reference.json", import.meta.url), "utf8")) as Reference;

const directory = asemDirectory();

/** Tells whether two decimal texts agree to 4 decimal places (their difference is below 0.00005). */
function agreesTo4Places(actual: string, expected: string): boolean {
  return Math.abs(Number(actual) - Number(expected)) < 0.00005;
}

describe.skipIf(!hasAsemData(directory))("ASEM pipeline", () => {
  let dataset: AsemDataset;
  let run: AsemRun;

  beforeAll(async () => {
    dataset = await loadAsemDataset(directory);
    run = runAsem(dataset, { decimalPlaces: 8 });
  });

  function check(scores: readonly (KpiScore | NodeScore)[], node: (score: KpiScore | NodeScore) => string, codes: readonly string[]): number {
    let compared = 0;
    for (const country of dataset.countries) {
      for (const code of codes) {
        const expected = reference.scores[country.code]?.[code];
        const actual = scores.find((score) => score.administration === country.code && node(score) === code);
        expect(actual, `${country.code} ${code}`).toBeDefined();
        if (expected === null || expected === undefined) {
          expect(actual?.status, `${country.code} ${code} has no reference score`).not.toBe("scored");
          continue;
        }
        expect(actual?.status, `${country.code} ${code}`).toBe("scored");
        const score = actual?.status === "scored" ? actual.score : "";
        expect(agreesTo4Places(score, expected), `${country.code} ${code}: ${score} against ${expected}`).toBe(true);
        compared += 1;
      }
    }
    return compared;
  }

  it("builds the framework from the metadata", () => {
    expect(run.framework.kpis).toHaveLength(49);
    expect(run.framework.outcomes.map((outcome) => outcome.id)).toEqual(reference.pillars);
    expect(run.framework.dimensions.map((dimension) => dimension.id)).toEqual(reference.subIndexes);
    expect(run.framework.kpis.filter((kpi) => kpi.direction === "lower-is-better")).toHaveLength(14);
  });

  it("turns NA into missing data", () => {
    expect(run.kpiResults.filter((result) => result.status === "missing-data")).toHaveLength(63);
    expect(run.kpiResults.filter((result) => result.status === "value")).toHaveLength(51 * 49 - 63);
  });

  it("matches the reference indicator scores", () => {
    const compared = check(run.scores.kpis, (score) => ("kpi" in score ? score.kpi : ""), reference.indicators);
    expect(compared).toBe(51 * 49 - 63);
  });

  it("matches the reference pillar scores", () => {
    expect(check(run.scores.outcomes, (score) => ("node" in score ? score.node : ""), reference.pillars)).toBe(51 * 8);
  });

  it("matches the reference sub-index scores", () => {
    expect(check(run.scores.dimensions, (score) => ("node" in score ? score.node : ""), reference.subIndexes)).toBe(51 * 2);
  });

  it("matches the reference index", () => {
    const index = run.scores.overall.map((score) => ({ ...score, node: reference.index }));
    expect(check(index, (score) => ("node" in score ? score.node : ""), [reference.index])).toBe(51);
  });

  it("ranks Germany first", () => {
    const best = [...run.scores.overall].sort((a, b) => Number(b.status === "scored" ? b.score : 0) - Number(a.status === "scored" ? a.score : 0))[0];
    expect(best?.administration).toBe("DEU");
  });

  it("parses with the result schemas", () => {
    expect(ScoreResult.safeParse(run.scores).success).toBe(true);
    expect(BenchmarkResult.safeParse(run.benchmark).success).toBe(true);
  });

  it("benchmarks the index by EurAsia group", () => {
    const measure = run.benchmark.measures.find((candidate) => candidate.id === `score:overall:${run.framework.id}`);
    for (const [group, size] of [["Europe", 30], ["Asia", 21]] as const) {
      const definition = run.benchmark.groups.find((candidate) => candidate.definition.kind === "custom-attribute" && candidate.definition.value === group);
      const members = dataset.countries.filter((country) => country.groups.EurAsia_group === group).map((country) => country.code);
      const expectedMean = members.reduce((total, code) => total + Number(reference.scores[code]?.[reference.index]), 0) / members.length;
      const benchmark = measure?.groups.find((candidate) => candidate.group === definition?.id);
      expect(benchmark?.counts.values, group).toBe(size);
      const mean = benchmark?.statistics.mean;
      expect(mean?.status, group).toBe("value");
      expect(Math.abs(Number(mean?.status === "value" ? mean.value : "NaN") - expectedMean), group).toBeLessThan(0.00005);
    }
  });
});
