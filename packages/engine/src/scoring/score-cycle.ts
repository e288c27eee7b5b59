import { EngineDecimal, resolveOutputRounding, toOutputString, type OutputRounding } from "../decimal.js";
import { PmmEngineError } from "../errors.js";
import { prepareNormalisation } from "../normalisation/normalise.js";
import type { Aggregation, Framework, KpiResult, NodeScore, ScoreResult } from "@pmm/model";
import { aggregateChildren } from "./aggregate.js";
import { buildReferences, checkScoringSettings, frameworkOf, indexResults, parseDecimal, type FrameworkSource } from "./inputs.js";
import { requireArray, requireObject } from "../input-checks.js";
import { scoreKpiResult } from "./kpi-scores.js";
import { toKpiScore, toNodeScore, toReference, type WrittenWeights } from "./output.js";
import type { AggregateChild, KpiScoreState, NodeScoreState } from "./types.js";
import { WeightCache } from "./weight-cache.js";
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
  const tree = buildTree(framework);
  const written: WrittenWeights = new WeakMap();

  const output: Pick<ScoreResult, "kpis" | "outcomes" | "dimensions" | "overall"> = { kpis: [], outcomes: [], dimensions: [], overall: [] };
  for (const administration of results.administrations) {
    const kpiStates = new Map<string, KpiScoreState>();
    for (const kpi of framework.kpis) {
      const indexed = results.get(administration, kpi.id);
      const state = scoreKpiResult(kpi, indexed?.result, indexed?.value, normalisations.get(kpi.id), targets.get(administration)?.get(kpi.id));
      kpiStates.set(kpi.id, state);
      output.kpis.push(toKpiScore(administration, kpi.id, kpi.outcome, state, rounding));
    }

    const nodes = scoreTree(tree, kpiStates);
    const write = (level: NodeScore["level"], node: string, state: NodeScoreState): NodeScore => toNodeScore(administration, level, node, state, kpiPosition, rounding, written);
    for (const [id, state] of nodes.outcomes) output.outcomes.push(write("outcome", id, state));
    for (const [id, state] of nodes.dimensions) output.dimensions.push(write("dimension", id, state));
    if (nodes.overall !== undefined) output.overall.push(write("overall", framework.id, nodes.overall));
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

/** The framework's tree, with each node's children and weights prepared once. */
interface Tree {
  framework: Framework;
  kpisOf: Map<string, { id: string; weight: EngineDecimal; unit: ReadonlyMap<string, EngineDecimal> }[]>;
  outcomesOf: Map<string, { id: string; weight: EngineDecimal }[]>;
  dimensions: { id: string; weight: EngineDecimal }[];
  /** End-to-end KPI weights, shared between administrations with the same scored children. */
  weights: WeightCache;
}

function buildTree(framework: Framework): Tree {
  const one = new EngineDecimal(1);
  const kpisOf = new Map(
    framework.outcomes.map((outcome) => [
      outcome.id,
      framework.kpis.filter((kpi) => kpi.outcome === outcome.id).map((kpi) => ({ id: kpi.id, weight: new EngineDecimal(kpi.weight), unit: new Map([[kpi.id, one]]) })),
    ]),
  );
  const outcomesOf = new Map(
    framework.dimensions.map((dimension) => [
      dimension.id,
      framework.outcomes.filter((outcome) => outcome.dimension === dimension.id).map((outcome) => ({ id: outcome.id, weight: new EngineDecimal(outcome.weight) })),
    ]),
  );
  const dimensions = framework.dimensions.map((dimension) => ({ id: dimension.id, weight: new EngineDecimal(dimension.weight) }));
  return { framework, kpisOf, outcomesOf, dimensions, weights: new WeightCache() };
}

/** Aggregates one administration's KPI scores up the tree, in the framework's order. */
function scoreTree(tree: Tree, kpiStates: ReadonlyMap<string, KpiScoreState>): { outcomes: Map<string, NodeScoreState>; dimensions: Map<string, NodeScoreState>; overall?: NodeScoreState } {
  const { framework } = tree;
  const defaults = framework.aggregation;

  const outcomes = new Map<string, NodeScoreState>();
  for (const outcome of framework.outcomes) {
    const children = (tree.kpisOf.get(outcome.id) ?? []).map((kpi) => kpiChild(kpi, kpiStates.get(kpi.id)));
    outcomes.set(outcome.id, aggregateChildren(children, outcome.aggregation ?? defaults.outcomes, `outcome "${outcome.id}"`, tree.weights));
  }

  const dimensions = new Map<string, NodeScoreState>();
  for (const dimension of framework.dimensions) {
    const children = (tree.outcomesOf.get(dimension.id) ?? []).map((outcome) => nodeChild(outcome, outcomes.get(outcome.id)));
    dimensions.set(dimension.id, aggregateChildren(children, dimension.aggregation ?? defaults.dimensions, `dimension "${dimension.id}"`, tree.weights));
  }

  const overallAggregation: Aggregation | undefined = defaults.overall;
  if (overallAggregation === undefined) return { outcomes, dimensions };
  const children = tree.dimensions.map((dimension) => nodeChild(dimension, dimensions.get(dimension.id)));
  return { outcomes, dimensions, overall: aggregateChildren(children, overallAggregation, `the overall index "${framework.id}"`, tree.weights) };
}

function kpiChild(kpi: { id: string; weight: EngineDecimal; unit: ReadonlyMap<string, EngineDecimal> }, state: KpiScoreState | undefined): AggregateChild {
  const { id, weight } = kpi;
  if (state === undefined) return { id, weight, state: { kind: "missing" } };
  switch (state.status) {
    case "scored":
      return { id, weight, state: { kind: "scored", score: state.score, weights: kpi.unit } };
    case "not-applicable":
      return { id, weight, state: { kind: "not-applicable" } };
    case "excluded":
      return { id, weight, state: { kind: "excluded" } };
    case "missing-value":
    case "not-scorable":
      return { id, weight, state: { kind: "missing" } };
  }
}

function nodeChild(node: { id: string; weight: EngineDecimal }, state: NodeScoreState | undefined): AggregateChild {
  const { id, weight } = node;
  if (state === undefined) return { id, weight, state: { kind: "missing" } };
  switch (state.status) {
    case "scored":
      return { id, weight, state: { kind: "scored", score: state.score, weights: state.weights } };
    case "not-applicable":
      return { id, weight, state: { kind: "not-applicable" } };
    case "excluded":
      return { id, weight, state: { kind: "excluded" } };
    case "insufficient-data":
    case "not-aggregable":
      return { id, weight, state: { kind: "missing" } };
  }
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
