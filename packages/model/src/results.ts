import { z } from "zod";
import { DecimalString } from "./decimal.js";
import { KpiUnit } from "./framework/kpi.js";
import { DataElementId, Id, Period } from "./primitives.js";

/** A reference to one submitted figure. */
export const DataReference = z.strictObject({ dataElement: DataElementId, period: Period });
/** A reference to one submitted figure. */
export type DataReference = z.infer<typeof DataReference>;

/**
 * How a KPI value was obtained: the inputs read, each intermediate value, and one sentence that
 * a facilitator can read to an administration.
 */
export const Explanation = z.strictObject({
  sentence: z.string(),
  inputs: z.array(DataReference.extend({ value: DecimalString })),
  steps: z.array(z.strictObject({ expression: z.string(), value: DecimalString })),
});
/** The derivation of a KPI value. */
export type Explanation = z.infer<typeof Explanation>;

/** Why a KPI has no value although its data are present, such as a zero denominator. */
export const UndefinedReason = z.enum(["division-by-zero", "zero-base", "out-of-range", "no-formula"]);
/** The reason a KPI has no value although its data are present. */
export type UndefinedReason = z.infer<typeof UndefinedReason>;

const KpiResultBase = { administration: Id, kpi: Id, unit: KpiUnit };

/**
 * Why a KPI is not applicable: `declared` by the administration, or its `applicability`
 * condition does not hold for the administration's data.
 */
export const NotApplicableBasis = z.enum(["declared", "applicability"]);
/** The reason a KPI is not applicable. */
export type NotApplicableBasis = z.infer<typeof NotApplicableBasis>;

/**
 * The result of one KPI for one administration: a value with its explanation, or a status that
 * says why there is none.
 *
 * - `value`: computed; `value` is a canonical decimal string rounded once at the output.
 * - `not-applicable`: the administration declared it, or its applicability condition is false
 *   (`basis` says which). Never counted as zero.
 * - `missing-data`: a data gap; `missing` names the absent figures.
 * - `undefined`: the data are there but the formula has no value, such as a zero denominator.
 * - `invalid`: blocked by a validation error on one of its inputs; `rules` names the failed
 *   checks and `blockedBy` the faulty figures.
 */
export const KpiResult = z.discriminatedUnion("status", [
  z.strictObject({ ...KpiResultBase, status: z.literal("value"), value: DecimalString, explanation: Explanation }),
  z.strictObject({ ...KpiResultBase, status: z.literal("not-applicable"), reason: z.string(), basis: NotApplicableBasis.optional() }),
  z.strictObject({ ...KpiResultBase, status: z.literal("missing-data"), missing: z.array(DataReference).min(1) }),
  z.strictObject({ ...KpiResultBase, status: z.literal("undefined"), reason: UndefinedReason, message: z.string() }),
  z.strictObject({ ...KpiResultBase, status: z.literal("invalid"), rules: z.array(z.string()).min(1), message: z.string(), blockedBy: z.array(DataReference).optional() }),
]);
/** The result of one KPI for one administration. */
export type KpiResult = z.infer<typeof KpiResult>;
/** The status of a KPI result. */
export type KpiStatus = KpiResult["status"];
