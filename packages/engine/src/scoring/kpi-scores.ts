import type { Kpi, KpiResult } from "@pmm/model";
import { PmmEngineError } from "../errors.js";
import type { EngineDecimal } from "../decimal.js";
import type { PreparedNormalisation } from "../normalisation/normalise.js";
import { parseDecimal } from "./inputs.js";
import type { KpiScoreState } from "./types.js";

/**
 * Scores one KPI result: excluded by design, not applicable, missing, not scorable, or a score
 * from the KPI's prepared normalisation. `value` is the result's value, already parsed.
 */
export function scoreKpiResult(kpi: Kpi, result: KpiResult | undefined, value: EngineDecimal | undefined, normalisation: PreparedNormalisation | undefined, nationalTarget: EngineDecimal | undefined): KpiScoreState {
  if (kpi.direction === "descriptive") return { status: "excluded", reason: "descriptive" };
  if (kpi.formula === undefined || kpi.scoring === undefined || normalisation === undefined) return { status: "excluded", reason: "no-formula" };
  if (result === undefined) {
    return { status: "missing-value", reason: "no-result", message: `no result was given for KPI "${kpi.id}": pass every KPI result of the administration` };
  }

  switch (result.status) {
    case "not-applicable":
      return { status: "not-applicable", reason: result.reason };
    case "missing-data":
      return { status: "missing-value", reason: "missing-data", message: `data are missing: ${result.missing.map((reference) => `${reference.dataElement}[${reference.period}]`).join(", ")}` };
    case "undefined":
      return { status: "missing-value", reason: "undefined", message: result.message };
    case "invalid":
      return { status: "missing-value", reason: "invalid", message: result.message };
    case "value":
      break;
  }

  const parsed = value ?? parseDecimal(result.value, `the value of KPI "${kpi.id}" for "${result.administration}"`);
  const normalised = normalisation(parsed, nationalTarget);
  if (normalised.ok) {
    return { status: "scored", score: normalised.score, value: result.value, method: kpi.scoring.normalisation.method, adjustment: normalised.adjustment, target: normalised.target };
  }
  if (normalised.reason === "empty") {
    // The reference values of a KPI always include the value being scored.
    throw new PmmEngineError("invalid-input", `KPI "${kpi.id}" has a value but no reference values: ${normalised.message}`);
  }
  return { status: "not-scorable", reason: normalised.reason, message: normalised.message };
}
