import { EngineDecimal } from "../decimal.js";
import type { Aggregation } from "@pmm/model";
import { weightedMean } from "../statistics/means.js";
import type { AggregateChild, NodeScoreState } from "./types.js";
import type { WeightCache } from "./weight-cache.js";

const ZERO = new EngineDecimal(0);
const LISTED_CHILDREN = 5;

/**
 * Aggregates the children of an outcome, a dimension or the overall index.
 *
 * Children that are not applicable or excluded by design are left out, with their weight. The
 * coverage is the share of the remaining weight whose children have a score. The node is scored
 * when the coverage reaches the data-availability threshold and at least one child with a
 * positive weight has a score. The mean then uses the scored children's weights, re-normalised
 * to add up to 1, so a missing child is never counted as zero.
 *
 * @param children - The children in the framework's order.
 * @param aggregation - The mean, its exponent and the threshold.
 * @param label - The node's name in messages, such as `outcome "tf.paperless"`.
 * @param cache - Shares the end-to-end KPI weights between administrations.
 */
export function aggregateChildren(children: readonly AggregateChild[], aggregation: Aggregation, label: string, cache: WeightCache): NodeScoreState {
  const counted = children.filter((child) => child.state.kind === "scored" || child.state.kind === "missing");
  const countedWeight = totalWeight(counted);

  if (countedWeight.isZero()) {
    if (children.some((child) => child.state.kind === "not-applicable")) {
      return { status: "not-applicable", message: `every weighted part of ${label} is not applicable for this administration` };
    }
    return { status: "excluded", message: `${label} has no weighted part that is scored by design (descriptive KPIs and KPIs without a formula are not scored)` };
  }

  const scored = counted.filter((child) => child.state.kind === "scored" && !child.weight.isZero());
  const scoredWeight = totalWeight(scored);
  const coverage = scoredWeight.div(countedWeight);
  const threshold = new EngineDecimal(aggregation.threshold);

  if (scored.length === 0 || coverage.lt(threshold)) {
    const missing = counted.filter((child) => child.state.kind === "missing" && !child.weight.isZero()).map((child) => child.id);
    return {
      status: "insufficient-data",
      coverage,
      threshold,
      message: `${label} has scores for a share ${formatShare(coverage)} of its weight, below the data-availability threshold ${aggregation.threshold}: no score for ${listIds(missing)}`,
    };
  }

  const power = aggregation.method === "power" && aggregation.power !== undefined ? new EngineDecimal(aggregation.power) : undefined;
  const scores = scored.map((child) => (child.state.kind === "scored" ? child.state.score : ZERO));
  const mean = weightedMean(scores, { weights: scored.map((child) => child.weight), method: aggregation.method, power });
  if (!mean.ok) {
    return { status: "not-aggregable", coverage, message: `${label} cannot be aggregated: ${mean.message}` };
  }

  return { status: "scored", score: mean.value, coverage, method: aggregation.method, power, weights: cache.combine(scored, scoredWeight) };
}

function totalWeight(children: readonly AggregateChild[]): EngineDecimal {
  return children.reduce((total, child) => total.plus(child.weight), ZERO);
}

function formatShare(share: EngineDecimal): string {
  return share.toDecimalPlaces(4).toString();
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, LISTED_CHILDREN).map((id) => `"${id}"`).join(", ");
  return ids.length > LISTED_CHILDREN ? `${shown} and ${ids.length - LISTED_CHILDREN} more` : shown;
}
