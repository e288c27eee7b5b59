import { EngineDecimal } from "../decimal.js";
import type { Framework } from "@pmm/model";

const ZERO = new EngineDecimal(0);

/** The end-to-end KPI weights of one aggregate, keyed by KPI id, in the framework's KPI order. */
export interface NominalWeightSet {
  level: "outcome" | "dimension" | "overall";
  node: string;
  weights: Map<string, EngineDecimal>;
}

/**
 * Computes the end-to-end weight of each KPI in each outcome, dimension and (when the framework
 * defines one) the overall index, from the framework's weights alone, as if every KPI had a
 * score. Each KPI's weight is the product of its share among its siblings at every level.
 * Descriptive KPIs and KPIs without a formula are not scored, so they carry no weight, and
 * neither do outcomes or dimensions that contain only such KPIs.
 *
 * With arithmetic means at every level, an aggregate score is the sum of each KPI score times
 * its end-to-end weight. With other means the weights are the exponents of the nested means and
 * show each KPI's share of influence, not a linear decomposition.
 *
 * @param framework - A parsed framework.
 * @returns One weight set per aggregate: outcomes, then dimensions, then the overall index.
 * @example
 * ```ts
 * const sets = nominalKpiWeights(parseFramework(document));
 * sets.find((set) => set.node === "TF")?.weights.get("tf.electronic_declarations")?.toString();
 * ```
 */
export function nominalKpiWeights(framework: Framework): NominalWeightSet[] {
  const scoredKpis = framework.kpis.filter((kpi) => kpi.direction !== "descriptive" && kpi.formula !== undefined);

  const outcomeSets = framework.outcomes.map((outcome) => ({
    level: "outcome" as const,
    node: outcome.id,
    weights: share(scoredKpis.filter((kpi) => kpi.outcome === outcome.id).map((kpi) => ({ id: kpi.id, weight: kpi.weight, inner: new Map([[kpi.id, new EngineDecimal(1)]]) }))),
  }));
  const outcomeWeights = new Map(outcomeSets.map((set) => [set.node, set.weights]));

  const dimensionSets = framework.dimensions.map((dimension) => ({
    level: "dimension" as const,
    node: dimension.id,
    weights: share(
      framework.outcomes
        .filter((outcome) => outcome.dimension === dimension.id)
        .map((outcome) => ({ id: outcome.id, weight: outcome.weight, inner: outcomeWeights.get(outcome.id) ?? new Map() })),
    ),
  }));

  const sets: NominalWeightSet[] = [...outcomeSets, ...dimensionSets];
  if (framework.aggregation.overall !== undefined) {
    sets.push({
      level: "overall",
      node: framework.id,
      weights: share(dimensionSets.map((set) => ({ id: set.node, weight: framework.dimensions.find((dimension) => dimension.id === set.node)?.weight ?? "0", inner: set.weights }))),
    });
  }
  return sets.map((set) => ({ ...set, weights: inKpiOrder(framework, set.weights) }));
}

/** Shares the weight among children that carry weight, and pushes each share down to the KPIs. */
function share(children: readonly { id: string; weight: string; inner: ReadonlyMap<string, EngineDecimal> }[]): Map<string, EngineDecimal> {
  const carrying = children.filter((child) => child.inner.size > 0 && !new EngineDecimal(child.weight).isZero());
  const total = carrying.reduce((sum, child) => sum.plus(child.weight), ZERO);
  const combined = new Map<string, EngineDecimal>();
  for (const child of carrying) {
    const part = new EngineDecimal(child.weight).div(total);
    for (const [kpi, weight] of child.inner) combined.set(kpi, (combined.get(kpi) ?? ZERO).plus(part.times(weight)));
  }
  return combined;
}

/** Orders a weight map by the framework's KPI order. */
export function inKpiOrder(framework: Framework, weights: ReadonlyMap<string, EngineDecimal>): Map<string, EngineDecimal> {
  const ordered = new Map<string, EngineDecimal>();
  for (const kpi of framework.kpis) {
    const weight = weights.get(kpi.id);
    if (weight !== undefined) ordered.set(kpi.id, weight);
  }
  return ordered;
}
