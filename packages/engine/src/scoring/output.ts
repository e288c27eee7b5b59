import type { KpiScore, KpiWeight, NodeScore, NormalisationReference, ScoreLevel } from "@pmm/model";
import { toOutputString, type EngineDecimal, type OutputRounding } from "../decimal.js";
import type { NormalisedAdjustment } from "../normalisation/types.js";
import type { ReferenceDistribution } from "../normalisation/reference.js";
import type { KpiScoreState, NodeScoreState } from "./types.js";

/** Writes a KPI score with every decimal rounded once. */
export function toKpiScore(administration: string, kpi: string, outcome: string, state: KpiScoreState, rounding: OutputRounding): KpiScore {
  // Object literals in place of spreads and closures, because this runs once per administration and KPI.
  switch (state.status) {
    case "scored": {
      const score: Extract<KpiScore, { status: "scored" }> = {
        administration,
        kpi,
        outcome,
        status: "scored",
        score: toOutputString(state.score, rounding),
        value: state.value,
        method: state.method,
      };
      if (state.adjustment !== undefined) score.adjustment = toAdjustment(state.adjustment, rounding);
      if (state.target !== undefined) {
        score.target = { value: toOutputString(state.target.value, rounding), source: state.target.source, baseline: toOutputString(state.target.baseline, rounding) };
      }
      return score;
    }
    case "not-applicable":
      return { administration, kpi, outcome, status: "not-applicable", reason: state.reason };
    case "excluded":
      return { administration, kpi, outcome, status: "excluded", reason: state.reason };
    case "missing-value":
      return { administration, kpi, outcome, status: "missing-value", reason: state.reason, message: state.message };
    case "not-scorable":
      return { administration, kpi, outcome, status: "not-scorable", reason: state.reason, message: state.message };
  }
}

/**
 * Writes an aggregate score with every decimal rounded once. KPI weights follow the framework's
 * order, given by `kpiPosition`, and lists already written for a weight map are reused.
 */
export function toNodeScore(administration: string, level: ScoreLevel, node: string, state: NodeScoreState, kpiPosition: ReadonlyMap<string, number>, rounding: OutputRounding, written: WrittenWeights): NodeScore {
  switch (state.status) {
    case "scored": {
      const score = toOutputString(state.score, rounding);
      const coverage = toOutputString(state.coverage, rounding);
      const weights = writeWeights(state.weights, kpiPosition, rounding, written);
      if (state.power === undefined) return { administration, level, node, status: "scored", score, coverage, method: state.method, weights };
      return { administration, level, node, status: "scored", score, coverage, method: state.method, power: toOutputString(state.power, rounding), weights };
    }
    case "insufficient-data":
      return { administration, level, node, status: "insufficient-data", coverage: toOutputString(state.coverage, rounding), threshold: toOutputString(state.threshold, rounding), message: state.message };
    case "not-aggregable":
      return { administration, level, node, status: "not-aggregable", reason: "non-positive", coverage: toOutputString(state.coverage, rounding), message: state.message };
    case "not-applicable":
      return { administration, level, node, status: "not-applicable", message: state.message };
    case "excluded":
      return { administration, level, node, status: "excluded", message: state.message };
  }
}

/** Describes the reference values a KPI's normalisation used. */
export function toReference(kpi: string, method: NormalisationReference["method"], reference: ReferenceDistribution, rounding: OutputRounding): NormalisationReference {
  const text = (value: EngineDecimal): string => toOutputString(value, rounding);
  const min = reference.sorted[0];
  const max = reference.sorted.at(-1);
  return {
    kpi,
    method,
    count: reference.sorted.length,
    cycles: reference.cycles,
    ...(min === undefined ? {} : { min: text(min) }),
    ...(max === undefined ? {} : { max: text(max) }),
    ...(reference.mean.ok ? { mean: text(reference.mean.value) } : {}),
    ...(reference.sd.ok ? { sd: text(reference.sd.value) } : {}),
  };
}

function toAdjustment(adjustment: NormalisedAdjustment, rounding: OutputRounding): NonNullable<Extract<KpiScore, { status: "scored" }>["adjustment"]> {
  switch (adjustment.kind) {
    case "truncated":
      return { kind: "truncated", bound: adjustment.bound, rawScore: toOutputString(adjustment.rawScore, rounding) };
    case "capped":
      return adjustment.rawScore === undefined ? { kind: "capped" } : { kind: "capped", rawScore: toOutputString(adjustment.rawScore, rounding) };
    case "outside-bands":
      return { kind: "outside-bands" };
  }
}

/** Written weight lists by weight map, for one call of `scoreCycle`. */
export type WrittenWeights = WeakMap<ReadonlyMap<string, EngineDecimal>, KpiWeight[]>;

/**
 * Writes a weight map as a list in the framework's KPI order, once per map, so that
 * administrations sharing a weight map share its written list.
 */
function writeWeights(weights: ReadonlyMap<string, EngineDecimal>, kpiPosition: ReadonlyMap<string, number>, rounding: OutputRounding, written: WrittenWeights): KpiWeight[] {
  const cached = written.get(weights);
  if (cached !== undefined) return cached;
  const list = [...weights]
    .sort(([left], [right]) => (kpiPosition.get(left) ?? 0) - (kpiPosition.get(right) ?? 0))
    .map(([kpi, weight]) => ({ kpi, weight: toOutputString(weight, rounding) }));
  written.set(weights, list);
  return list;
}
