import type { KpiScore, KpiWeight, NodeScore, NormalisationReference, ScoreLevel } from "@pmm/model";
import { toOutputString, type EngineDecimal, type OutputRounding } from "../decimal.js";
import type { NormalisedAdjustment } from "../normalisation/types.js";
import type { ReferenceDistribution } from "../normalisation/reference.js";
import type { KpiScoreState, NodeScoreState } from "./types.js";

/** Writes a KPI score with every decimal rounded once. */
export function toKpiScore(administration: string, kpi: string, outcome: string, state: KpiScoreState, rounding: OutputRounding): KpiScore {
  const base = { administration, kpi, outcome };
  const text = (value: EngineDecimal): string => toOutputString(value, rounding);
  switch (state.status) {
    case "scored":
      return {
        ...base,
        status: "scored",
        score: text(state.score),
        value: state.value,
        method: state.method,
        ...(state.adjustment === undefined ? {} : { adjustment: toAdjustment(state.adjustment, text) }),
        ...(state.target === undefined ? {} : { target: { value: text(state.target.value), source: state.target.source, baseline: text(state.target.baseline) } }),
      };
    case "not-applicable":
      return { ...base, status: "not-applicable", reason: state.reason };
    case "excluded":
      return { ...base, status: "excluded", reason: state.reason };
    case "missing-value":
      return { ...base, status: "missing-value", reason: state.reason, message: state.message };
    case "not-scorable":
      return { ...base, status: "not-scorable", reason: state.reason, message: state.message };
  }
}

/**
 * Writes an aggregate score with every decimal rounded once. KPI weights follow the framework's
 * order, given by `kpiPosition`, and lists already written for a weight map are reused.
 */
export function toNodeScore(administration: string, level: ScoreLevel, node: string, state: NodeScoreState, kpiPosition: ReadonlyMap<string, number>, rounding: OutputRounding, written: WrittenWeights): NodeScore {
  const base = { administration, level, node };
  const text = (value: EngineDecimal): string => toOutputString(value, rounding);
  switch (state.status) {
    case "scored":
      return {
        ...base,
        status: "scored",
        score: text(state.score),
        coverage: text(state.coverage),
        method: state.method,
        ...(state.power === undefined ? {} : { power: text(state.power) }),
        weights: writeWeights(state.weights, kpiPosition, rounding, written),
      };
    case "insufficient-data":
      return { ...base, status: "insufficient-data", coverage: text(state.coverage), threshold: text(state.threshold), message: state.message };
    case "not-aggregable":
      return { ...base, status: "not-aggregable", reason: "non-positive", coverage: text(state.coverage), message: state.message };
    case "not-applicable":
      return { ...base, status: "not-applicable", message: state.message };
    case "excluded":
      return { ...base, status: "excluded", message: state.message };
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

function toAdjustment(adjustment: NormalisedAdjustment, text: (value: EngineDecimal) => string): NonNullable<Extract<KpiScore, { status: "scored" }>["adjustment"]> {
  switch (adjustment.kind) {
    case "truncated":
      return { kind: "truncated", bound: adjustment.bound, rawScore: text(adjustment.rawScore) };
    case "capped":
      return adjustment.rawScore === undefined ? { kind: "capped" } : { kind: "capped", rawScore: text(adjustment.rawScore) };
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
