import type { Framework, ScoreResult } from "@pmm/model";
import { EngineDecimal } from "../decimal.js";
import { frameworkOf, type FrameworkSource } from "../scoring/inputs.js";

/** A KPI beneath an outcome or dimension, with its end-to-end weight within that node. */
export interface PriorityDriverInput {
  kpi: string;
  /** A name for people. Default: the KPI id. */
  label?: string | undefined;
  weight: string | EngineDecimal;
}

/** An outcome or dimension to rank, with its importance and the KPIs beneath it. */
export interface PriorityNodeInput {
  level: "outcome" | "dimension";
  node: string;
  /** A name for people. Default: the node id. */
  label?: string | undefined;
  /** The node's effective weight: its share of the overall index. */
  weight: string | EngineDecimal;
  drivers: readonly PriorityDriverInput[];
}

function share(weight: string, siblings: readonly string[]): EngineDecimal {
  const total = siblings.reduce((sum, sibling) => sum.plus(sibling), new EngineDecimal(0));
  return total.isZero() ? new EngineDecimal(0) : new EngineDecimal(weight).div(total);
}

/**
 * Derives the outcomes and dimensions to rank from a framework: each node's effective weight is
 * the product of its weight shares among its siblings up to the overall index (a dimension's
 * share of the dimensions; an outcome's share of its dimension's outcomes times that). Each
 * node's drivers are the scored KPIs beneath it (not descriptive, with a formula) with their
 * end-to-end weight within the node. When scores are given and the administration's node is
 * scored, the node's own KPI weights are used instead, so that KPIs it declared not applicable
 * carry no weight.
 *
 * @param source - A parsed or compiled framework.
 * @param scores - The cycle's scores. Default: none, so the framework's weights are used.
 * @param administration - Whose score weights to use, with `scores`.
 * @returns The outcomes, then the dimensions, in framework order.
 * @example
 * ```ts
 * priorityNodes(framework).find((node) => node.node === "tf.clearance")?.weight; // 2/6 × 1/4
 * ```
 */
export function priorityNodes(source: FrameworkSource, scores?: ScoreResult, administration?: string): PriorityNodeInput[] {
  const framework: Framework = frameworkOf(source);
  const dimensionWeights = framework.dimensions.map((dimension) => dimension.weight);
  const scored = framework.kpis.filter((kpi) => kpi.formula !== undefined && kpi.direction !== "descriptive");
  const labelOf = new Map(framework.kpis.map((kpi) => [kpi.id, kpi.name.en]));
  const ownWeights = (level: "outcome" | "dimension", node: string) => {
    const list = level === "outcome" ? scores?.outcomes : scores?.dimensions;
    const score = list?.find((candidate) => candidate.administration === administration && candidate.node === node);
    return score?.status === "scored" ? score.weights : undefined;
  };

  const outcomeDrivers = (outcome: string) => {
    const kpis = scored.filter((kpi) => kpi.outcome === outcome);
    const weights = kpis.map((kpi) => kpi.weight);
    return kpis.map((kpi) => ({ kpi: kpi.id, label: kpi.name.en, weight: share(kpi.weight, weights) }));
  };

  const outcomes = framework.outcomes.map((outcome): PriorityNodeInput => {
    const siblings = framework.outcomes.filter((candidate) => candidate.dimension === outcome.dimension).map((candidate) => candidate.weight);
    const dimension = framework.dimensions.find((candidate) => candidate.id === outcome.dimension);
    const weight = share(outcome.weight, siblings).times(share(dimension?.weight ?? "0", dimensionWeights));
    const own = ownWeights("outcome", outcome.id);
    const drivers = own?.map((entry) => ({ kpi: entry.kpi, label: labelOf.get(entry.kpi), weight: entry.weight })) ?? outcomeDrivers(outcome.id);
    return { level: "outcome", node: outcome.id, label: outcome.name.en, weight, drivers };
  });

  const dimensions = framework.dimensions.map((dimension): PriorityNodeInput => {
    const children = framework.outcomes.filter((outcome) => outcome.dimension === dimension.id);
    const own = ownWeights("dimension", dimension.id);
    const drivers =
      own?.map((entry) => ({ kpi: entry.kpi, label: labelOf.get(entry.kpi), weight: entry.weight })) ??
      children.flatMap((outcome) => {
        const outcomeShare = share(outcome.weight, children.map((child) => child.weight));
        return outcomeDrivers(outcome.id).map((driver) => ({ ...driver, weight: driver.weight.times(outcomeShare) }));
      });
    return { level: "dimension", node: dimension.id, label: dimension.name.en, weight: share(dimension.weight, dimensionWeights), drivers };
  });

  return [...outcomes, ...dimensions];
}
