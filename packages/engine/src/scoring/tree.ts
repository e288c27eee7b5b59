import type { Framework } from "@pmm/model";
import { EngineDecimal } from "../decimal.js";
import { aggregateNode, prepareNode, type ChildKind, type ChildStates, type NodeChild, type PreparedNode } from "./aggregate.js";
import type { KpiScoreState, NodeScoreState } from "./types.js";
import { WeightCache } from "./weight-cache.js";

/** A node of the tree with the positions of its children in the level below. */
interface TreeNode {
  node: PreparedNode;
  /** Positions in `framework.kpis` for an outcome, in `framework.outcomes` for a dimension, in `framework.dimensions` for the overall index. */
  children: number[];
}

/** The framework's tree, with each node's children, weights and aggregation prepared once. */
export interface ScoringTree {
  outcomes: TreeNode[];
  dimensions: TreeNode[];
  /** The overall index, when the framework defines its aggregation. */
  overall: TreeNode | undefined;
  /** For each KPI, by position, the end-to-end weight map of a KPI scored on its own: the KPI with weight 1. */
  units: ReadonlyMap<string, EngineDecimal>[];
  /** End-to-end KPI weights, shared between administrations with the same scored children. */
  weights: WeightCache;
}

/** The node states of one administration, in the framework's order of outcomes and dimensions. */
export interface TreeScores {
  outcomes: NodeScoreState[];
  dimensions: NodeScoreState[];
  overall?: NodeScoreState;
}

/**
 * Prepares the framework's tree for {@link scoreTree}: each outcome's KPIs, each dimension's
 * outcomes and the dimensions, in the framework's order, with their weights and aggregations.
 *
 * @param framework - A parsed framework.
 * @returns The prepared tree.
 */
export function buildTree(framework: Framework): ScoringTree {
  const unitWeight = new EngineDecimal(1);
  const defaults = framework.aggregation;
  const positions = <T extends { id: string }>(items: readonly T[], belongs: (item: T) => boolean): number[] =>
    items.flatMap((item, index) => (belongs(item) ? [index] : []));

  const outcomes = framework.outcomes.map((outcome): TreeNode => {
    const children = positions(framework.kpis, (kpi) => kpi.outcome === outcome.id);
    const node = prepareNode(`outcome "${outcome.id}"`, outcome.aggregation ?? defaults.outcomes, children.map((position) => nodeChild(framework.kpis[position])));
    return { node, children };
  });
  const dimensions = framework.dimensions.map((dimension): TreeNode => {
    const children = positions(framework.outcomes, (outcome) => outcome.dimension === dimension.id);
    const node = prepareNode(`dimension "${dimension.id}"`, dimension.aggregation ?? defaults.dimensions, children.map((position) => nodeChild(framework.outcomes[position])));
    return { node, children };
  });
  const overall =
    defaults.overall === undefined
      ? undefined
      : {
          node: prepareNode(
            `the overall index "${framework.id}"`,
            defaults.overall,
            framework.dimensions.map(nodeChild),
          ),
          children: framework.dimensions.map((_, index) => index),
        };
  return { outcomes, dimensions, overall, units: framework.kpis.map((kpi) => new Map([[kpi.id, unitWeight]])), weights: new WeightCache() };
}

/**
 * Aggregates one administration's KPI scores up the tree, in the framework's order.
 *
 * @param tree - The prepared tree.
 * @param kpiStates - The administration's KPI states, by position in `framework.kpis`.
 * @returns The state of every outcome and dimension, and of the overall index when there is one.
 */
export function scoreTree(tree: ScoringTree, kpiStates: readonly KpiScoreState[]): TreeScores {
  const outcomes = tree.outcomes.map(({ node, children }) => {
    children.forEach((position, index) => writeKpiChild(node.states, index, kpiStates[position], tree.units[position] as ReadonlyMap<string, EngineDecimal>));
    return aggregateNode(node, tree.weights);
  });
  const dimensions = tree.dimensions.map(({ node, children }) => {
    children.forEach((position, index) => writeNodeChild(node.states, index, outcomes[position]));
    return aggregateNode(node, tree.weights);
  });
  if (tree.overall === undefined) return { outcomes, dimensions };

  const { node, children } = tree.overall;
  children.forEach((position, index) => writeNodeChild(node.states, index, dimensions[position]));
  return { outcomes, dimensions, overall: aggregateNode(node, tree.weights) };
}

/** Builds the child entry of a KPI, an outcome or a dimension: its id and its weight as a decimal. */
function nodeChild(item: { id: string; weight: string } | undefined): NodeChild {
  if (item === undefined) throw new RangeError("a child position is outside the framework's list");
  return { id: item.id, weight: new EngineDecimal(item.weight) };
}

function writeKpiChild(states: ChildStates, index: number, state: KpiScoreState | undefined, unit: ReadonlyMap<string, EngineDecimal>): void {
  writeChild(states, index, state?.status, state?.status === "scored" ? state.score : undefined, unit);
}

function writeNodeChild(states: ChildStates, index: number, state: NodeScoreState | undefined): void {
  writeChild(states, index, state?.status, state?.status === "scored" ? state.score : undefined, state?.status === "scored" ? state.weights : undefined);
}

/**
 * Records a child's kind, and its score and end-to-end KPI weights when it is scored. Every
 * status other than scored, not applicable and excluded counts as missing: missing or unscorable
 * KPI values, KPIs without a result, insufficient data and means that cannot be taken.
 */
function writeChild(states: ChildStates, index: number, status: string | undefined, score: EngineDecimal | undefined, weights: ReadonlyMap<string, EngineDecimal> | undefined): void {
  const kind: ChildKind = status === "scored" || status === "not-applicable" || status === "excluded" ? status : "missing";
  states.kinds[index] = kind;
  states.scores[index] = kind === "scored" ? score : undefined;
  states.weights[index] = kind === "scored" ? weights : undefined;
}
