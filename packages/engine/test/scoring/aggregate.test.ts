import { describe, expect, it } from "vitest";
import { EngineDecimal } from "../../src/decimal.js";
import { aggregateNode, prepareNode, type ChildKind, type PreparedNode } from "../../src/scoring/aggregate.js";
import { WeightCache } from "../../src/scoring/weight-cache.js";
import { weightedMean } from "../../src/statistics/means.js";

const arithmetic = { method: "arithmetic", threshold: "0.5" } as const;

function node(weights: string[], aggregation: Parameters<typeof prepareNode>[1] = arithmetic): PreparedNode {
  return prepareNode(`outcome "O"`, aggregation, weights.map((weight, index) => ({ id: `K${index}`, weight: new EngineDecimal(weight) })));
}

/** Writes one administration's child states into the node. */
function write(target: PreparedNode, kinds: ChildKind[], scores: (string | undefined)[]): void {
  kinds.forEach((kind, index) => {
    target.states.kinds[index] = kind;
    const score = scores[index];
    target.states.scores[index] = score === undefined ? undefined : new EngineDecimal(score);
    target.states.weights[index] = score === undefined ? undefined : new Map([[`K${index}`, new EngineDecimal(1)]]);
  });
}

describe("aggregateNode", () => {
  it("averages the scored children by weight", () => {
    // By hand: (1·1 + 2·4 + 1·16) / 4 = 6.25.
    const target = node(["1", "2", "1"]);
    write(target, ["scored", "scored", "scored"], ["1", "4", "16"]);
    expect(aggregateNode(target, new WeightCache())).toMatchObject({ status: "scored", score: new EngineDecimal("6.25") });
  });

  it("re-normalises weights over the scored children", () => {
    // By hand: K2 is missing, so coverage is 3/4 and the mean is (1·1 + 2·4) / 3 = 3.
    const target = node(["1", "2", "1"]);
    write(target, ["scored", "scored", "missing"], ["1", "4", undefined]);
    const state = aggregateNode(target, new WeightCache());
    expect(state).toMatchObject({ status: "scored", coverage: new EngineDecimal("0.75"), score: new EngineDecimal(3) });
  });

  it("reuses the state of a pattern below the threshold", () => {
    const target = node(["1", "2", "1"]);
    write(target, ["missing", "missing", "scored"], [undefined, undefined, "5"]);
    const first = aggregateNode(target, new WeightCache());
    write(target, ["missing", "missing", "scored"], [undefined, undefined, "70"]);
    const second = aggregateNode(target, new WeightCache());
    expect(first.status).toBe("insufficient-data");
    expect(second).toBe(first);
  });

  it("gives a new mean for new scores in a known pattern", () => {
    const target = node(["1", "1"]);
    write(target, ["scored", "scored"], ["2", "4"]);
    const first = aggregateNode(target, new WeightCache());
    write(target, ["scored", "scored"], ["6", "8"]);
    const second = aggregateNode(target, new WeightCache());
    expect(first).toMatchObject({ status: "scored", score: new EngineDecimal(3) });
    expect(second).toMatchObject({ status: "scored", score: new EngineDecimal(7) });
  });

  it("adds weights of many digits in the mean's order", () => {
    // python3 decimal at 50 digits: with the terms by value (K1, K2, K0) the weights add up to
    // 1e29 + 1e-20, and the mean is 69.999…997 (47 nines). Adding the weights in the children's
    // order (K0, K1, K2) would give 1e29 and a mean of 70.000…004.
    const weights = ["100000000000000000000000000000.000000000000000000004", "0.000000000000000000003", "0.000000000000000000003"];
    const target = node(weights);
    write(target, ["scored", "scored", "scored"], ["70", "10", "20"]);
    expect(target.exactWeights).toBe(false);
    expect(aggregateNode(target, new WeightCache())).toMatchObject({ status: "scored", score: new EngineDecimal(`69.${"9".repeat(47)}7`) });
  });

  it("matches weightedMean for a geometric mean", () => {
    const weights = ["1", "0.5", "2.25"];
    const scores = ["33.333333333333333333333333333333333333333333333333", "66.5", "12.25"];
    const target = node(weights, { method: "geometric", threshold: "0.5" });
    write(target, ["scored", "scored", "scored"], scores);
    const expected = weightedMean(scores.map((score) => new EngineDecimal(score)), { weights: weights.map((weight) => new EngineDecimal(weight)), method: "geometric" });
    expect(expected.ok).toBe(true);
    expect(aggregateNode(target, new WeightCache())).toMatchObject({ status: "scored", score: expected.ok ? expected.value : undefined });
  });
});

describe("prepareNode", () => {
  it("marks short weights as exact in any order", () => {
    expect(node(["1", "0.25", "3.5"]).exactWeights).toBe(true);
    expect(node(["0", "0"]).exactWeights).toBe(true);
  });

  it("marks weights spanning more than 50 digits as inexact", () => {
    expect(node(["1000000000000000000000000000", "0.000000000000000000000000001"]).exactWeights).toBe(false);
  });
});
