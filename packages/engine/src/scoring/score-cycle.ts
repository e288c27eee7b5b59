import { EngineDecimal, resolveOutputRounding, toOutputString, type OutputRounding } from "../decimal.js";
import { PmmEngineError } from "../errors.js";
import { prepareNormalisation } from "../normalisation/normalise.js";
import type { Framework, KpiResult, ScoreResult } from "@pmm/model";
import { buildReferences, checkScoringSettings, frameworkOf, indexResults, parseDecimal, type FrameworkSource } from "./inputs.js";
import { requireArray, requireObject } from "../input-checks.js";
import { scoreKpiResult } from "./kpi-scores.js";
import { toKpiScore, toNodeScore, toReference, type WrittenWeights } from "./output.js";
import { buildTree, scoreTree } from "./tree.js";
import { nominalKpiWeights } from "./weights.js";

/** The national targets of one administration, such as a parsed `Submission`. */
export interface NationalTargets {
  administration: string;
  /** Target per KPI id, as canonical decimal strings. */
  nationalTargets?: Readonly<Record<string, string>> | undefined;
}

/** Options of {@link scoreCycle}. */
export interface ScoreCycleOptions {
  /** Output rounding of every decimal in the result. Default: 4 decimal places, half-even. */
  rounding?: OutputRounding | undefined;
  /**
   * The KPI results of other cycles, one list per cycle. KPIs whose scoring sets `pooled: true`
   * normalise against their values together with this cycle's. Default: none.
   */
  pooled?: readonly (readonly KpiResult[])[] | undefined;
  /**
   * The administrations' national targets, such as the cycle's parsed submissions. Used by
   * distance-to-target KPIs that set `useNationalTarget`. Default: none.
   */
  submissions?: readonly NationalTargets[] | undefined;
}

/**
 * Scores a cycle: normalises every KPI value of every administration to a score, then
 * aggregates KPI scores into expected outcomes, outcomes into dimensions, and dimensions into
 * the overall index when the framework defines one.
 *
 * - Each node uses its own `aggregation`, else the framework's default for its level.
 * - Not-applicable KPIs are left out and the weights of the others re-normalised; they never
 *   count as zero. Descriptive KPIs and KPIs without a formula are not scored at all.
 * - Missing and unscorable values are data gaps: a node is scored only when the share of its
 *   children's weight that has a score reaches its data-availability threshold.
 * - Every decimal is computed exactly and rounded once, at the output. The result does not
 *   depend on the order of the KPI results.
 *
 * @param source - A parsed framework, or a compiled framework (its `.framework` is read).
 * @param kpiResults - The KPI results of the cycle, such as the output of `computeCycle`.
 * @param options - Rounding, pooled cycles and national targets. See {@link ScoreCycleOptions}.
 * @returns The scores of every administration that has a KPI result, in the `ScoreResult` shape
 *   of `@pmm/model`. Nodes whose scored KPIs are the same share one `weights` list, so treat the
 *   result as read-only (or copy it, such as with `structuredClone`, before changing it).
 * @throws {PmmEngineError} with code `invalid-framework` when a KPI's scoring settings contradict
 *   its direction, and `invalid-input` for a result of an unknown KPI, a repeated result or a
 *   value that is not a decimal.
 * @throws {InvalidOptionError} when the rounding options are out of range.
 * @throws {PmmEngineError} with code `invalid-input` when `source` is not a valid framework or
 *   `kpiResults` is not an array.
 * @example
 * ```ts
 * const compiled = compileFramework(framework);
 * if (compiled.ok) {
 *   const scores = scoreCycle(compiled.compiled, computeCycle(compiled.compiled, submissions), { submissions });
 *   scores.dimensions.filter((score) => score.status === "scored");
 * }
 * ```
 */
export function scoreCycle(source: FrameworkSource, kpiResults: readonly KpiResult[], options: ScoreCycleOptions = {}): ScoreResult {
  const framework = frameworkOf(source);
  requireArray(kpiResults, "kpiResults", "the KpiResult[] from computeCycle");
  requireObject(options, "options", "an object of scoring options");
  const rounding = resolveOutputRounding(options.rounding);
  checkScoringSettings(framework);

  const results = indexResults(framework, kpiResults);
  const references = buildReferences(framework, results, options.pooled ?? []);
  const normalisations = new Map(
    framework.kpis.flatMap((kpi) =>
      kpi.scoring === undefined || kpi.direction === "descriptive" || kpi.formula === undefined ? [] : [[kpi.id, prepareNormalisation(kpi.scoring.normalisation, kpi.direction, references.get(kpi.id))] as const],
    ),
  );
  const targets = indexTargets(options.submissions ?? []);
  const kpiPosition = new Map(framework.kpis.map((kpi, index) => [kpi.id, index]));
  const kpiNormalisations = framework.kpis.map((kpi) => normalisations.get(kpi.id));
  const tree = buildTree(framework);
  const written: WrittenWeights = new WeakMap();

  const output: Pick<ScoreResult, "kpis" | "outcomes" | "dimensions" | "overall"> = { kpis: [], outcomes: [], dimensions: [], overall: [] };
  for (const administration of results.administrations) {
    const ownTargets = targets.get(administration);
    const kpiStates = framework.kpis.map((kpi, position) => {
      const indexed = results.get(administration, kpi.id);
      const state = scoreKpiResult(kpi, indexed?.result, indexed?.value, kpiNormalisations[position], ownTargets?.get(kpi.id));
      output.kpis.push(toKpiScore(administration, kpi.id, kpi.outcome, state, rounding));
      return state;
    });

    const nodes = scoreTree(tree, kpiStates);
    nodes.outcomes.forEach((state, position) => {
      output.outcomes.push(toNodeScore(administration, "outcome", (framework.outcomes[position] as Framework["outcomes"][number]).id, state, kpiPosition, rounding, written));
    });
    nodes.dimensions.forEach((state, position) => {
      output.dimensions.push(toNodeScore(administration, "dimension", (framework.dimensions[position] as Framework["dimensions"][number]).id, state, kpiPosition, rounding, written));
    });
    if (nodes.overall !== undefined) output.overall.push(toNodeScore(administration, "overall", framework.id, nodes.overall, kpiPosition, rounding, written));
  }

  return {
    framework: { id: framework.id, version: framework.version },
    rounding,
    administrations: results.administrations,
    ...output,
    nominalWeights: nominalKpiWeights(framework).map((set) => ({
      level: set.level,
      node: set.node,
      weights: [...set.weights].map(([kpi, weight]) => ({ kpi, weight: toOutputString(weight, rounding) })),
    })),
    references: framework.kpis.flatMap((kpi) => {
      const reference = references.get(kpi.id);
      const method = kpi.scoring?.normalisation.method;
      return reference === undefined || method === undefined ? [] : [toReference(kpi.id, method, reference, rounding)];
    }),
  };
}

function indexTargets(submissions: readonly NationalTargets[]): Map<string, Map<string, EngineDecimal>> {
  const targets = new Map<string, Map<string, EngineDecimal>>();
  submissions.forEach((submission, index) => {
    if (targets.has(submission.administration)) {
      throw new PmmEngineError("invalid-input", `submissions[${index}] repeats administration "${submission.administration}": pass one submission per administration`);
    }
    const perKpi = new Map<string, EngineDecimal>();
    for (const [kpi, text] of Object.entries(submission.nationalTargets ?? {})) {
      perKpi.set(kpi, parseDecimal(text, `submissions[${index}].nationalTargets["${kpi}"]`));
    }
    targets.set(submission.administration, perKpi);
  });
  return targets;
}
