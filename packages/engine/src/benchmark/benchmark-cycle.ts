import type { Administration, BenchmarkResult, PeerGroupDefinition } from "@pmm/model";
import { requireArray, requireObject } from "../input-checks.js";
import { benchmarkMeasures } from "./benchmark-measures.js";
import { cycleMeasures, type CycleResults } from "./cycle-measures.js";
import type { MeasureInput } from "./measures.js";
import type { BenchmarkOptions } from "./options.js";
import { standardPeerGroups } from "./peer-groups.js";

/** The results of one cycle, with the administrations and peer groups to benchmark them in. */
export interface BenchmarkCycleInput extends CycleResults {
  /**
   * The administrations, such as the WCO membership. Only those that took part (with a KPI
   * result, a score or a submission) become members of the peer groups, so that an
   * administration that did not take part is not counted as missing data.
   */
  administrations: readonly Administration[];
  /** The peer groups. Default: {@link standardPeerGroups} of the administrations that took part. */
  groups?: readonly PeerGroupDefinition[] | undefined;
}

/**
 * Benchmarks a whole cycle: every KPI value and, when scores are given, every KPI, outcome,
 * dimension and overall score, in every peer group, as the viewer may see them. See
 * `cycleMeasures` for how results become measures and `benchmarkMeasures` for the statistics,
 * positions and suppression rules.
 *
 * @param input - Framework, KPI results, scores, disclosure choices, administrations and groups.
 * @param options - Viewer (default public), publication minimum (default 3), statistics
 *   conventions and rounding. See {@link BenchmarkOptions}.
 * @returns The benchmark, in the `BenchmarkResult` shape of `@pmm/model`.
 * @throws {InvalidOptionError} when an option or a peer group definition is invalid.
 * @throws {PmmEngineError} with code `invalid-input` when a result names an administration that
 *   is not among `administrations`, or a value is not a decimal.
 * @example
 * ```ts
 * const kpiResults = computeCycle(compiled, submissions);
 * const scores = scoreCycle(compiled, kpiResults, { submissions });
 * const benchmark = benchmarkCycle(
 *   { framework: compiled, kpiResults, scores, submissions, administrations },
 *   { viewer: { role: "wco-member" } },
 * );
 * ```
 */
export function benchmarkCycle(input: BenchmarkCycleInput, options: BenchmarkOptions = {}): BenchmarkResult {
  requireObject(input, "the benchmark input", "an object with framework, kpiResults and administrations");
  requireArray(input.kpiResults, "input.kpiResults", "the KpiResult[] from computeCycle");
  requireArray(input.administrations, "input.administrations", "the administrations, such as a parsed membership");
  requireObject(options, "options", "an object of benchmark options");
  const { administrations, measures } = prepareCycle(input);
  return benchmarkMeasures({ administrations, groups: input.groups ?? standardPeerGroups(administrations), measures }, options);
}

/**
 * Turns a cycle's results into the plain input of `benchmarkMeasures`: the measures (see
 * `cycleMeasures`) and the administrations that took part.
 *
 * @param input - The cycle's results and administrations.
 * @returns The administrations that took part and the measures.
 */
export function prepareCycle(input: Omit<BenchmarkCycleInput, "groups">): { administrations: Administration[]; measures: MeasureInput[] } {
  const participants = new Set<string>();
  for (const result of input.kpiResults) participants.add(result.administration);
  for (const submission of input.submissions ?? []) participants.add(submission.administration);
  for (const score of input.scores?.kpis ?? []) participants.add(score.administration);
  // A result of an administration that is not listed is not dropped here: benchmarkMeasures
  // rejects it as invalid input.
  const administrations = input.administrations.filter((administration) => participants.has(administration.id));
  return { administrations, measures: cycleMeasures(input) };
}
