import type { EngineDecimal } from "../decimal.js";
import type { NormalisationMethod, AggregationMethod } from "@pmm/model";
import type { NormalisedAdjustment, NormalisedTarget } from "../normalisation/types.js";

/** A KPI score inside the engine, before rounding. */
export type KpiScoreState =
  | { status: "scored"; score: EngineDecimal; value: string; method: NormalisationMethod; adjustment?: NormalisedAdjustment | undefined; target?: NormalisedTarget | undefined }
  | { status: "not-applicable"; reason: string }
  | { status: "excluded"; reason: "descriptive" | "no-formula" }
  | { status: "missing-value"; reason: "missing-data" | "undefined" | "invalid" | "no-result"; message: string }
  | { status: "not-scorable"; reason: "no-variance" | "single-value" | "invalid-target"; message: string };

/** An aggregate score inside the engine, before rounding. `weights` maps KPI ids to end-to-end weights. */
export type NodeScoreState =
  | { status: "scored"; score: EngineDecimal; coverage: EngineDecimal; method: AggregationMethod; power?: EngineDecimal | undefined; weights: ReadonlyMap<string, EngineDecimal> }
  | { status: "insufficient-data"; coverage: EngineDecimal; threshold: EngineDecimal; message: string }
  | { status: "not-aggregable"; coverage: EngineDecimal; message: string }
  | { status: "not-applicable"; message: string }
  | { status: "excluded"; message: string };
