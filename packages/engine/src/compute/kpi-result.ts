import type { DataReference, KpiResult } from "@pmm/model";
import type { CompiledKpi } from "../compile/compile-framework.js";
import type { DataSlots } from "../compile/data-slots.js";
import { Failure, MissingData, Trace, UndefinedValue, type Outcome } from "../compile/outcome.js";
import type { ResolvedOutputRounding } from "../decimal.js";
import type { Rational } from "../exact/rational.js";
import { powerOfTen, writeScaled } from "../exact/round.js";
import { explain } from "./explain.js";
import type { PreparedSubmission } from "./prepare.js";

/** Values at or beyond 10^30 in magnitude have more integer digits than a submitted decimal may have. */
const OUTPUT_LIMIT = 10n ** 30n;

/** Inputs of the computation of one KPI for one administration, besides the KPI itself. */
export interface KpiComputation {
  readonly data: PreparedSubmission;
  readonly slots: DataSlots;
  readonly rounding: ResolvedOutputRounding;
  /** Rule ids of the error findings on each data slot; a KPI that reads such a slot is invalid. */
  readonly blocked: ReadonlyMap<number, readonly string[]>;
}

/**
 * Computes one KPI for one administration, deciding its status in this order: declared not
 * applicable (when the KPI allows it), no formula, blocked by a validation error on a value it
 * read, applicability condition false, missing data, undefined value, value.
 *
 * @returns A result that parses with the `KpiResult` schema. Never throws for data.
 */
export function computeKpiResult(compiledKpi: CompiledKpi, computation: KpiComputation): KpiResult {
  const { kpi, formula, applicability } = compiledKpi;
  const { data, slots, rounding } = computation;
  const base = { administration: data.administration, kpi: kpi.id, unit: kpi.unit };

  const declared = data.notApplicable.get(kpi.id);
  if (declared !== undefined && kpi.allowNotApplicable) {
    return { ...base, status: "not-applicable", reason: declared, basis: "declared" };
  }
  if (formula === undefined) {
    return { ...base, status: "undefined", reason: "no-formula", message: `KPI "${kpi.id}" has no formula in this framework, so it has no value` };
  }

  let applicabilityReads: readonly number[] = [];
  if (applicability !== undefined) {
    const applicabilityTrace = new Trace();
    const holds = applicability.evaluateFrame({ values: data.values, trace: applicabilityTrace });
    applicabilityReads = applicabilityTrace.reads;
    const blocked = blockedResult(applicabilityReads, computation);
    if (blocked !== undefined) return { ...base, ...blocked };
    if (holds instanceof Failure) return { ...base, ...failureResult(holds, slots) };
    if (holds === false) {
      return { ...base, status: "not-applicable", reason: `the applicability condition ${applicability.source} does not hold`, basis: "applicability" };
    }
  }

  const trace = new Trace();
  const outcome: Outcome = formula.evaluateFrame({ values: data.values, trace });
  const blocked = blockedResult(applicabilityReads.length === 0 ? trace.reads : [...applicabilityReads, ...trace.reads], computation);
  if (blocked !== undefined) return { ...base, ...blocked };
  if (outcome instanceof Failure) return { ...base, ...failureResult(outcome, slots) };

  // The check is on the rounded value: a value just below 10^30 may round up to it.
  const value = outcome as Rational;
  const { decimalPlaces, mode } = rounding;
  const units = value.roundedUnits(decimalPlaces, mode);
  if (units >= OUTPUT_LIMIT * powerOfTen(decimalPlaces) || units <= -OUTPUT_LIMIT * powerOfTen(decimalPlaces)) {
    return { ...base, status: "undefined", reason: "out-of-range", message: `the value of KPI "${kpi.id}" is about ${value.toDecimal().toSignificantDigits(6).toExponential()}, more than the 30 digits before the decimal point that a result may have` };
  }
  const text = writeScaled(units, decimalPlaces);
  const explanation = explain({ kpi, formula, trace, texts: data.texts, slots, value: text, rounding });
  return { ...base, status: "value", value: text, explanation };
}

function blockedResult(reads: readonly number[], computation: KpiComputation): { status: "invalid"; rules: string[]; message: string; blockedBy: DataReference[] } | undefined {
  if (computation.blocked.size === 0) return undefined;
  const rules: string[] = [];
  const blockedBy: DataReference[] = [];
  for (const slot of reads) {
    const ids = computation.blocked.get(slot);
    if (ids === undefined) continue;
    blockedBy.push(computation.slots.referenceOf(slot));
    for (const id of ids) if (!rules.includes(id)) rules.push(id);
  }
  if (rules.length === 0) return undefined;
  const names = blockedBy.map((reference) => `${reference.dataElement}[${reference.period}]`).join(", ");
  return { status: "invalid", rules, blockedBy, message: `blocked by validation errors on ${names} (${rules.join(", ")}): correct the data, then compute again` };
}

function failureResult(failure: Failure, slots: DataSlots): { status: "missing-data"; missing: DataReference[] } | { status: "undefined"; reason: UndefinedValue["reason"]; message: string } {
  if (failure instanceof UndefinedValue) return { status: "undefined", reason: failure.reason, message: failure.message };
  const missing = failure instanceof MissingData ? [...failure.slots].sort((a, b) => a - b).map((slot) => slots.referenceOf(slot)) : [];
  return { status: "missing-data", missing };
}

/**
 * Returns the data slots that a KPI needs and that are absent, or an empty array when it needs
 * none: a KPI declared not applicable (when allowed), without a formula, or whose applicability
 * condition is false needs nothing, and an `if` branch that is not taken needs nothing.
 */
export function missingSlots(compiledKpi: CompiledKpi, data: PreparedSubmission): readonly number[] {
  const { kpi, formula, applicability } = compiledKpi;
  if ((data.notApplicable.has(kpi.id) && kpi.allowNotApplicable) || formula === undefined) return [];
  const frame = { values: data.values, trace: undefined };
  if (applicability !== undefined) {
    const holds = applicability.evaluateFrame(frame);
    if (holds instanceof MissingData) return holds.slots;
    if (holds !== true) return [];
  }
  const outcome = formula.evaluateFrame(frame);
  return outcome instanceof MissingData ? outcome.slots : [];
}
