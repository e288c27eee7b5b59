import { benchmarkCycle, compileFramework, computeCycle, scoreCycle, type CompiledFramework } from "@pmm/engine";
import type { Administration, BenchmarkResult, Framework, KpiResult, ScoreResult, Submission } from "@pmm/model";
import type { AsemDataset } from "./dataset.js";
import { buildAsemFramework, buildAsemSubmissions } from "./framework.js";

/** Everything the ASEM pipeline produces. */
export interface AsemRun {
  framework: Framework;
  compiled: CompiledFramework;
  submissions: Submission[];
  kpiResults: KpiResult[];
  scores: ScoreResult;
  benchmark: BenchmarkResult;
}

/** Options of {@link runAsem}. */
export interface AsemRunOptions {
  /**
   * Digits after the point of every output decimal. Default 4. KPI values always keep 20
   * digits, because rounding an indicator before min-max would move its score.
   */
  decimalPlaces?: number | undefined;
}

/**
 * Runs the whole pipeline on the ASEM dataset: builds the framework and the submissions,
 * compiles, computes every KPI, scores with min-max and arithmetic means, and benchmarks every
 * value and score by `EurAsia_group` and globally.
 *
 * @param dataset - The parsed ASEM dataset.
 * @param options - Output precision. See {@link AsemRunOptions}.
 * @returns The framework, the KPI results, the scores and the benchmark.
 * @throws {Error} when the framework does not compile, with every problem listed.
 * @example
 * ```ts
 * const run = runAsem(await loadAsemDataset(directory));
 * run.scores.overall.length; // 51
 * ```
 */
export function runAsem(dataset: AsemDataset, options: AsemRunOptions = {}): AsemRun {
  const framework = buildAsemFramework(dataset);
  const compiled = compileFramework(framework);
  if (!compiled.ok) throw new Error(`the ASEM framework does not compile:\n${compiled.problems.map((problem) => `${problem.path}: ${problem.message}`).join("\n")}`);

  const submissions = buildAsemSubmissions(dataset, framework);
  const kpiResults = computeCycle(compiled.compiled, submissions, { rounding: { decimalPlaces: 20 } });
  const rounding = { decimalPlaces: options.decimalPlaces ?? 4 };
  const scores = scoreCycle(compiled.compiled, kpiResults, { rounding });

  const benchmark = benchmarkCycle(
    {
      framework: compiled.compiled,
      kpiResults,
      scores,
      administrations: dataset.countries.map(toAdministration),
      groups: [{ kind: "global" }, { kind: "custom-attribute", key: "EurAsia_group", value: "Europe" }, { kind: "custom-attribute", key: "EurAsia_group", value: "Asia" }],
    },
    { viewer: { role: "secretariat" }, rounding },
  );
  return { framework, compiled: compiled.compiled, submissions, kpiResults, scores, benchmark };
}

/**
 * Describes a country as an administration. The dataset has no WCO region, income group or
 * administration type, but the schema requires them: the region follows `EurAsia_group`
 * (Europe, else Asia/Pacific) and the other fields are placeholders that this example never
 * groups by.
 */
function toAdministration(country: AsemDataset["countries"][number]): Administration {
  const group = country.groups.EurAsia_group ?? "";
  return {
    id: country.code,
    name: { en: country.name },
    region: group === "Europe" ? "Europe" : "Asia/Pacific",
    // NOTE: placeholders, because the ASEM data carry no income group, geography or Customs type.
    incomeGroup: "high",
    landlocked: false,
    smallIsland: false,
    type: "other",
    attributes: { ...country.groups },
  };
}
