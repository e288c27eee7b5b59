import { z } from "zod";
import { DecimalInput } from "../decimal.js";
import { compareDecimalStrings, isNegativeDecimal } from "../decimal-compare.js";
import { NON_NEGATIVE_KINDS } from "../data-value-checks.js";
import { DataElementId, LocalizedText, Period, Provenance } from "../primitives.js";

/**
 * What a data element measures, which decides its unit in formulas:
 * `count` (a number of things), `currency` (an amount of money in national currency),
 * `hours` and `days` (durations), `share` (a percentage, 0–100), `yes-no` (1 for yes, 0 for no)
 * and `number` (any other measure, such as an index score, described by `unitLabel`).
 */
export const DataElementKind = z.enum(["count", "currency", "hours", "days", "share", "yes-no", "number"]);
/** What a data element measures. */
export type DataElementKind = z.infer<typeof DataElementKind>;

/** An inclusive range of allowed values. Either bound may be left out. */
export const ValueRange = z.strictObject({
  min: DecimalInput.optional(),
  max: DecimalInput.optional(),
});

/**
 * A raw figure an administration submits, such as the number of declarations lodged
 * electronically in year T.
 *
 * Besides the shape, parsing rejects a `range` whose `min` is above its `max`, and a negative
 * `min` for counts, currency amounts, hours and days, which can never be negative.
 */
export const DataElement = z
  .strictObject({
    id: DataElementId,
    name: LocalizedText,
    description: LocalizedText.optional(),
    kind: DataElementKind,
    /** Free text for the unit of a `number` element, such as "Score 1-5". */
    unitLabel: z.string().min(1).optional(),
    /** Whether only whole numbers are allowed. Defaults to true for counts, false otherwise. */
    integer: z.boolean().optional(),
    /** Allowed values, both bounds included. Counts, currency amounts and durations are never negative, whatever the range. */
    range: ValueRange.optional(),
    /** The periods the element is collected for. Defaults to `["T"]`. */
    periods: z.array(Period).min(1).default(["T"]),
    provenance: Provenance,
  })
  .superRefine((element, context) => {
    const { min, max } = element.range ?? {};
    if (min !== undefined && max !== undefined && compareDecimalStrings(min, max) > 0) {
      context.addIssue({ code: "custom", path: ["range"], message: `range min ${min} is above max ${max}: swap them`, input: element.range });
    }
    if (min !== undefined && NON_NEGATIVE_KINDS.includes(element.kind) && isNegativeDecimal(min)) {
      context.addIssue({
        code: "custom",
        path: ["range", "min"],
        message: `range min ${min} is negative, but a ${element.kind} data element can never be below 0: use 0 or more, or leave min out`,
        input: min,
      });
    }
  });
/** A raw figure an administration submits. */
export type DataElement = z.infer<typeof DataElement>;
