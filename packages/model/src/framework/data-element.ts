import { z } from "zod";
import { DecimalInput } from "../decimal.js";
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
export const ValueRange = z.object({
  min: DecimalInput.optional(),
  max: DecimalInput.optional(),
});

/**
 * A raw figure an administration submits, such as the number of declarations lodged
 * electronically in year T.
 */
export const DataElement = z.object({
  id: DataElementId,
  name: LocalizedText,
  description: LocalizedText.optional(),
  kind: DataElementKind,
  /** Free text for the unit of a `number` element, such as "Score 1-5". */
  unitLabel: z.string().min(1).optional(),
  /** Whether only whole numbers are allowed. Defaults to true for counts, false otherwise. */
  integer: z.boolean().optional(),
  /** Allowed values. Counts, currency amounts and durations may never be negative, whatever this says. */
  range: ValueRange.optional(),
  /** The periods an administration must submit. Defaults to `["T"]`. */
  periods: z.array(Period).min(1).default(["T"]),
  provenance: Provenance,
});
/** A raw figure an administration submits. */
export type DataElement = z.infer<typeof DataElement>;
