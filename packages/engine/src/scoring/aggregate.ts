import { EngineDecimal } from "../decimal.js";
import type { Aggregation } from "@pmm/model";
import { compareTerms, meanExponent, meanOfOrderedTerms, type WeightedTerm } from "../statistics/means.js";
import type { NodeScoreState } from "./types.js";
import type { WeightCache } from "./weight-cache.js";

const ZERO = new EngineDecimal(0);
const LISTED_CHILDREN = 5;
/** The engine's precision: sums of weights with at most this many digits are exact in any order. */
const SIGNIFICANT_DIGITS = 50;
/** Children beyond this count get a text pattern key, because a numeric key of 2 bits per child would pass 2^53. */
const NUMERIC_KEY_CHILDREN = 24;

/** The state of one child of an aggregate for one administration. */
export type ChildKind = "scored" | "missing" | "not-applicable" | "excluded";

const KIND_CODES: Record<ChildKind, number> = { scored: 0, missing: 1, "not-applicable": 2, excluded: 3 };

/** One child of an aggregate: its id and its weight among its siblings. */
export interface NodeChild {
  id: string;
  weight: EngineDecimal;
}

/** One administration's children of a node, written in place before each aggregation, in the children's order. */
export interface ChildStates {
  kinds: ChildKind[];
  /** The score of each scored child. */
  scores: (EngineDecimal | undefined)[];
  /** The end-to-end KPI weights inside each scored child. */
  weights: (ReadonlyMap<string, EngineDecimal> | undefined)[];
}

/**
 * The outcome of a node for one pattern of its children's kinds, which does not depend on the
 * scores: a final state, or the scored children with their weight totals.
 */
type Pattern =
  | { kind: "final"; state: NodeScoreState }
  | { kind: "scored"; scored: number[]; scoredWeight: EngineDecimal; coverage: EngineDecimal; totalWeight: EngineDecimal | undefined };

/** An outcome, a dimension or the overall index, with what does not depend on the administration prepared once. */
export interface PreparedNode {
  /** The node's name in messages, such as `outcome "tf.paperless"`. */
  label: string;
  aggregation: Aggregation;
  threshold: EngineDecimal;
  /** The power mean's exponent as written in the results, when the node sets one. */
  power: EngineDecimal | undefined;
  children: NodeChild[];
  /** Whether every sum of the children's weights is exact, so that its order does not matter. */
  exactWeights: boolean;
  /** Patterns already classified, by the key of the children's kinds. */
  patterns: Map<number | string, Pattern>;
  /** The children's states for the administration being scored. */
  states: ChildStates;
}

/**
 * Prepares a node of the framework's tree for {@link aggregateNode}.
 *
 * @param label - The node's name in messages, such as `outcome "tf.paperless"`.
 * @param aggregation - The node's mean, exponent and data-availability threshold.
 * @param children - The children in the framework's order.
 * @returns The prepared node, with empty child states.
 */
export function prepareNode(label: string, aggregation: Aggregation, children: NodeChild[]): PreparedNode {
  let top = -Infinity;
  let decimals = 0;
  for (const child of children) {
    if (child.weight.isZero()) continue;
    top = Math.max(top, child.weight.e);
    decimals = Math.max(decimals, child.weight.decimalPlaces());
  }
  // A sum of n weights below 10^(top + 1) has at most top + 1 + digits(n) digits before the point.
  const exactWeights = top === -Infinity || top + 1 + String(children.length).length + decimals <= SIGNIFICANT_DIGITS;
  return {
    label,
    aggregation,
    threshold: new EngineDecimal(aggregation.threshold),
    power: aggregation.method === "power" && aggregation.power !== undefined ? new EngineDecimal(aggregation.power) : undefined,
    children,
    exactWeights,
    patterns: new Map(),
    states: { kinds: children.map(() => "missing"), scores: children.map(() => undefined), weights: children.map(() => undefined) },
  };
}

/**
 * Aggregates the children of an outcome, a dimension or the overall index, from the states in
 * `node.states`.
 *
 * Children that are not applicable or excluded by design are left out, with their weight. The
 * coverage is the share of the remaining weight whose children have a score. The node is scored
 * when the coverage reaches the data-availability threshold and at least one child with a
 * positive weight has a score. The mean then uses the scored children's weights, re-normalised
 * to add up to 1, so a missing child is never counted as zero.
 *
 * Everything but the mean depends only on which children are scored, missing, not applicable or
 * excluded, so it is worked out once per pattern and node.
 *
 * @param node - The prepared node, with its children's states written in.
 * @param cache - Shares the end-to-end KPI weights between administrations.
 * @returns The node's state.
 */
export function aggregateNode(node: PreparedNode, cache: WeightCache): NodeScoreState {
  const { kinds, scores, weights } = node.states;
  const key = patternKey(kinds);
  let pattern = node.patterns.get(key);
  if (pattern === undefined) {
    pattern = classify(node, kinds);
    node.patterns.set(key, pattern);
  }
  if (pattern.kind === "final") return pattern.state;

  // The terms are added in the order of weightedMean (by value, then weight), so that rounding
  // at 50 digits never depends on the order of the children.
  const terms: WeightedTerm[] = [];
  for (const index of pattern.scored) insertInOrder(terms, { value: scores[index] as EngineDecimal, weight: (node.children[index] as NodeChild).weight });
  const { method } = node.aggregation;
  const mean = meanOfOrderedTerms(terms, method, meanExponent(method, node.power), pattern.totalWeight);
  if (!mean.ok) {
    return { status: "not-aggregable", coverage: pattern.coverage, message: `${node.label} cannot be aggregated: ${mean.message}` };
  }

  const combined = cache.combine(node.children, pattern.scored, weights, pattern.scoredWeight);
  return { status: "scored", score: mean.value, coverage: pattern.coverage, method, power: node.power, weights: combined };
}

function patternKey(kinds: readonly ChildKind[]): number | string {
  if (kinds.length > NUMERIC_KEY_CHILDREN) return kinds.join(",");
  let key = 0;
  for (const kind of kinds) key = key * 4 + KIND_CODES[kind];
  return key;
}

function classify(node: PreparedNode, kinds: readonly ChildKind[]): Pattern {
  const { children, aggregation, label } = node;
  const counted: number[] = [];
  for (let index = 0; index < kinds.length; index++) {
    if (kinds[index] === "scored" || kinds[index] === "missing") counted.push(index);
  }
  const countedWeight = totalWeight(children, counted);

  if (countedWeight.isZero()) {
    if (kinds.includes("not-applicable")) {
      return { kind: "final", state: { status: "not-applicable", message: `every weighted part of ${label} is not applicable for this administration` } };
    }
    return { kind: "final", state: { status: "excluded", message: `${label} has no weighted part that is scored by design (descriptive KPIs and KPIs without a formula are not scored)` } };
  }

  const scored = counted.filter((index) => kinds[index] === "scored" && !(children[index] as NodeChild).weight.isZero());
  const scoredWeight = totalWeight(children, scored);
  const coverage = scoredWeight.div(countedWeight);

  if (scored.length === 0 || belowThreshold(children, scored, counted, node.threshold)) {
    const missing = counted.filter((index) => kinds[index] === "missing" && !(children[index] as NodeChild).weight.isZero()).map((index) => (children[index] as NodeChild).id);
    const share = formatShare(coverage);
    const shareText = new EngineDecimal(share).lt(node.threshold) ? share : `just under ${share}`;
    const message = `${label} has scores for a share ${shareText} of its weight, below the data-availability threshold ${aggregation.threshold}: no score for ${listIds(missing)}`;
    return { kind: "final", state: { status: "insufficient-data", coverage, threshold: node.threshold, message } };
  }
  return { kind: "scored", scored, scoredWeight, coverage, totalWeight: node.exactWeights ? scoredWeight : undefined };
}

/** Inserts a term where {@link compareTerms} puts it; the lists are a few terms long. */
function insertInOrder(terms: WeightedTerm[], term: WeightedTerm): void {
  let index = terms.length;
  while (index > 0 && compareTerms(terms[index - 1] as WeightedTerm, term) > 0) index -= 1;
  terms.splice(index, 0, term);
}

function totalWeight(children: readonly NodeChild[], indexes: readonly number[]): EngineDecimal {
  let total = ZERO;
  for (const index of indexes) total = total.plus((children[index] as NodeChild).weight);
  return total;
}

/**
 * Enough digits for sums of weights (at most 60 significant digits each) and their products with
 * a threshold to be exact, so that a coverage just below the threshold is never rounded up to it.
 */
const WideDecimal = EngineDecimal.clone({ precision: 250 });

/** Tells whether the scored weight is below `threshold` times the counted weight, exactly. */
function belowThreshold(children: readonly NodeChild[], scored: readonly number[], counted: readonly number[], threshold: EngineDecimal): boolean {
  const total = (indexes: readonly number[]): InstanceType<typeof WideDecimal> => {
    let sum = new WideDecimal(0);
    for (const index of indexes) sum = sum.plus(new WideDecimal((children[index] as NodeChild).weight));
    return sum;
  };
  return total(scored).lt(total(counted).times(new WideDecimal(threshold)));
}

function formatShare(share: EngineDecimal): string {
  return share.toDecimalPlaces(4).toString();
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, LISTED_CHILDREN).map((id) => `"${id}"`).join(", ");
  return ids.length > LISTED_CHILDREN ? `${shown} and ${ids.length - LISTED_CHILDREN} more` : shown;
}
