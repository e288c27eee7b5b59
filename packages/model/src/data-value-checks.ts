import type { DecimalString } from "./decimal.js";
import { compareDecimalStrings, isNegativeDecimal, isWholeDecimal } from "./decimal-compare.js";
import type { DataElement, DataElementKind } from "./framework/data-element.js";
import type { Period } from "./primitives.js";

/** Kinds of data element whose values can never be below zero: counts, currency amounts, hours and days. */
export const NON_NEGATIVE_KINDS: readonly DataElementKind[] = ["count", "currency", "hours", "days"];

/**
 * Why a submitted value does not fit its data element:
 * - `negative`: a count, currency amount or duration below zero;
 * - `not-integer`: a fraction where whole numbers are required;
 * - `not-yes-no`: a yes-no value other than 0 or 1;
 * - `share-out-of-range`: a share below 0 or above 100;
 * - `below-minimum`, `above-maximum`: outside the element's `range`;
 * - `period-not-collected`: a period the element does not collect.
 */
export type DataValueProblemCode =
  | "negative"
  | "not-integer"
  | "not-yes-no"
  | "share-out-of-range"
  | "below-minimum"
  | "above-maximum"
  | "period-not-collected";

/** One reason why a submitted value does not fit its data element. */
export interface DataValueProblem {
  /** The rule the value breaks. */
  code: DataValueProblemCode;
  /** A sentence that names the data element, the value, the rule and the fix. */
  message: string;
}

/**
 * Checks one submitted value against the definition of its data element, and returns every
 * rule it breaks:
 * - counts, currency amounts, hours and days are never negative;
 * - counts are whole numbers unless the element sets `integer: false`, and other kinds are
 *   whole numbers when it sets `integer: true`;
 * - a yes-no value is 0 or 1 (reported as `not-yes-no` only, never also as `not-integer`),
 *   and a share lies from 0 to 100;
 * - the value lies within the element's `range`, both bounds included;
 * - the period is one the element collects (its `periods`).
 *
 * Values are compared exactly as decimal strings, never as binary numbers.
 *
 * @param element - The parsed data element definition.
 * @param period - The period the value is given for, `T` or `T-1`.
 * @param value - The value as a canonical decimal string, as produced by parsing a submission.
 * @returns The problems found, in the order of the rules above; an empty array when the value fits.
 * @throws {InvalidDecimalError} when `value` is not a canonical decimal string.
 * @example
 * ```ts
 * const declarations = DataElement.parse({ id: "declarations", name: { en: "Declarations" }, kind: "count", provenance: "illustrative" });
 * checkDataValue(declarations, "T", "-3");
 * // [{ code: "negative", message: "declarations[T] is -3: a count cannot be negative; ..." }]
 * ```
 */
export function checkDataValue(element: DataElement, period: Period, value: DecimalString): DataValueProblem[] {
  const problems: DataValueProblem[] = [];
  const name = `${element.id}[${period}]`;

  if (NON_NEGATIVE_KINDS.includes(element.kind) && isNegativeDecimal(value)) {
    problems.push({
      code: "negative",
      message: `${name} is ${value}: ${KIND_NOUNS[element.kind]} cannot be negative; enter the value as 0 or above`,
    });
  }

  const wholeRequired = element.kind === "count" ? element.integer !== false : element.integer === true;
  if (wholeRequired && element.kind !== "yes-no" && !isWholeDecimal(value)) {
    problems.push({
      code: "not-integer",
      message: `${name} is ${value}: ${KIND_NOUNS[element.kind]} must be a whole number; round it, or set integer: false on the data element if fractions are meaningful`,
    });
  }

  if (element.kind === "yes-no" && value !== "0" && value !== "1") {
    problems.push({ code: "not-yes-no", message: `${name} is ${value}: a yes-no value must be 1 for yes or 0 for no` });
  }

  if (element.kind === "share" && (isNegativeDecimal(value) || compareDecimalStrings(value, "100") > 0)) {
    problems.push({
      code: "share-out-of-range",
      message: `${name} is ${value}: a share is a percentage from 0 to 100; enter 12.5 for 12.5 %, not 0.125`,
    });
  }

  const { min, max } = element.range ?? {};
  if (min !== undefined && compareDecimalStrings(value, min) < 0) {
    problems.push({ code: "below-minimum", message: `${name} is ${value}, below its minimum ${min}: check the figure, or widen the data element's range` });
  }
  if (max !== undefined && compareDecimalStrings(value, max) > 0) {
    problems.push({ code: "above-maximum", message: `${name} is ${value}, above its maximum ${max}: check the figure, or widen the data element's range` });
  }

  if (!element.periods.includes(period)) {
    problems.push({
      code: "period-not-collected",
      message: `${element.id} is not collected for period ${period}: it is collected for ${element.periods.join(" and ")} only; remove the value or add ${period} to the data element's periods`,
    });
  }

  return problems;
}

const KIND_NOUNS: Record<DataElementKind, string> = {
  count: "a count",
  currency: "a currency amount",
  hours: "a duration in hours",
  days: "a duration in days",
  share: "a share",
  "yes-no": "a yes-no value",
  number: "this number",
};
