import type { Period } from "@pmm/model";

/**
 * Subject of a validation finding:
 * - `data-value`: a value breaks a built-in check of its data element (negative count, fraction
 *   where whole numbers are required, yes-no other than 0 or 1, share outside 0–100, outside the
 *   element's range, period the element does not collect);
 * - `invalid-value`: a value that is not a decimal number, or has a period other than T or T-1;
 * - `duplicate-value`: a data element given twice for one period;
 * - `unknown-data-element`: a value for a data element the framework does not have;
 * - `missing-value`: a value that a KPI needs is absent (the KPI is reported as missing data);
 * - `unknown-kpi`: a not-applicable declaration names a KPI the framework does not have;
 * - `not-applicable-not-allowed`: a KPI that may not be declared not applicable was declared so
 *   (the declaration is ignored and the KPI is computed);
 * - `rule`: a validation rule of the framework does not hold;
 * - `rule-skipped`: a validation rule could not be checked because a value it reads is missing,
 *   or because it has no value (such as a division by zero). It is neither passed nor failed.
 */
export type ValidationFindingKind =
  | "data-value"
  | "invalid-value"
  | "duplicate-value"
  | "unknown-data-element"
  | "missing-value"
  | "unknown-kpi"
  | "not-applicable-not-allowed"
  | "rule"
  | "rule-skipped";

/**
 * Severity of a finding. An `error` blocks the KPIs that read the faulty values, whose status is
 * then `invalid`. A `warning` blocks nothing, and `info` reports a rule that could not be checked.
 */
export type FindingSeverity = "error" | "warning" | "info";

/** A value a finding is about. `value` is absent when the value is missing. */
export interface FindingValue {
  readonly dataElement: string;
  readonly period: string;
  readonly value?: string;
}

/** One problem found in a submission. Plain JSON data. */
export interface ValidationFinding {
  readonly kind: ValidationFindingKind;
  readonly severity: FindingSeverity;
  /**
   * The check that produced the finding: a framework validation rule id, or a built-in check
   * such as `data-value.negative`, `missing-value` or `unknown-data-element`.
   */
  readonly rule: string;
  /** The administration whose submission this is. */
  readonly administration: string;
  /** The data elements involved, each once, in the order the check reads them. */
  readonly dataElements: readonly string[];
  /** The period of the values involved, when they all share one. */
  readonly period?: Period;
  /** The values involved, as submitted (canonical decimal strings when they are decimals). */
  readonly values: readonly FindingValue[];
  /** The KPIs concerned, for `missing-value`, `unknown-kpi` and `not-applicable-not-allowed`. */
  readonly kpis?: readonly string[];
  /** Message that says what is wrong and what to do. */
  readonly message: string;
}
