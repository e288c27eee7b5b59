import { z } from "zod";
import { DecimalString } from "../decimal.js";
import { Direction } from "../framework/kpi.js";
import { Id } from "../primitives.js";
import { BenchmarkSettings, DerivedDecimal, Measure, MeasureUnit, QuartileBand, SuppressionReason } from "./benchmarks.js";
import { Viewer } from "./peer-groups.js";

/**
 * An administration's state for one measure in one cycle: its value, `not-applicable`,
 * `missing`, `absent` when the measure does not exist in that cycle's framework, or `withheld`
 * when the viewer may not see it.
 */
export const CycleValue = z.discriminatedUnion("status", [
  z.strictObject({ cycle: Id, status: z.literal("value"), value: DecimalString }),
  z.strictObject({ cycle: Id, status: z.literal("not-applicable") }),
  z.strictObject({ cycle: Id, status: z.literal("missing") }),
  z.strictObject({ cycle: Id, status: z.literal("absent") }),
  z.strictObject({ cycle: Id, status: z.literal("withheld") }),
]);
/** An administration's state for one measure in one cycle. */
export type CycleValue = z.infer<typeof CycleValue>;

/**
 * Why a change cannot be measured: the administration has no value in one cycle
 * (`not-applicable`, `missing`), the measure does not exist in one cycle (`absent`), or its
 * definition (formula, unit, direction, scoring or weights) differs between the cycles
 * (`definition-changed`).
 */
export const NotComparableReason = z.enum(["not-applicable", "missing", "absent", "definition-changed"]);
/** The reason a change cannot be measured. */
export type NotComparableReason = z.infer<typeof NotComparableReason>;

/** Where a value stood in a group in one cycle, as far as the viewer may see it. */
export const GroupStanding = z.discriminatedUnion("status", [
  z.strictObject({
    status: z.literal("placed"),
    /** Rank, 1 is best; absent for descriptive measures. */
    rank: DecimalString.optional(),
    outOf: z.number().int().positive(),
    percentileRank: DecimalString,
    /** Quartile band; absent for descriptive measures or when withheld from the viewer. */
    quartile: QuartileBand.optional(),
  }),
  z.strictObject({ status: z.literal("suppressed"), reason: SuppressionReason }),
  z.strictObject({ status: z.literal("not-member") }),
]);
/** The position of a value in a group in one cycle. */
export type GroupStanding = z.infer<typeof GroupStanding>;

/**
 * How a value moved within one peer group between two cycles. `rankChange` is the old rank
 * minus the new one, so a positive number is a move towards first place;
 * `percentileRankChange` is the new percentile rank minus the old one. Both are present only
 * when the value is placed in both cycles.
 */
export const Movement = z.strictObject({
  group: z.string().min(1),
  from: GroupStanding,
  to: GroupStanding,
  rankChange: DecimalString.optional(),
  percentileRankChange: DecimalString.optional(),
});
/** The movement of a value within one peer group between two cycles. */
export type Movement = z.infer<typeof Movement>;

/**
 * The change of one value between two cycles:
 *
 * - `improved` / `declined`: the change exceeds the tolerance in the better or worse direction
 *   of the measure.
 * - `increased` / `decreased`: the same for descriptive measures, with no judgement.
 * - `unchanged`: the change is within the tolerance.
 * - `not-comparable`: there is no change to measure, with the reason and the cycle it concerns.
 * - `withheld`: the viewer may not see the value in one of the cycles.
 *
 * `change` is `to − from` in the measure's unit; `relativeChange` is `100 × change / |from|`,
 * undefined when `from` is 0.
 */
export const Change = z.discriminatedUnion("status", [
  z.strictObject({
    from: Id,
    to: Id,
    status: z.enum(["improved", "declined", "increased", "decreased", "unchanged"]),
    change: DecimalString,
    relativeChange: DerivedDecimal,
    movements: z.array(Movement),
  }),
  z.strictObject({ from: Id, to: Id, status: z.literal("not-comparable"), reason: NotComparableReason, cycle: Id, message: z.string() }),
  z.strictObject({ from: Id, to: Id, status: z.literal("withheld") }),
]);
/** The change of one value between two cycles. */
export type Change = z.infer<typeof Change>;

/**
 * How large a change may be and still count as unchanged: at most `absolute` (in the measure's
 * unit) or at most `relative` percent of the earlier value, whichever is larger.
 */
export const Tolerance = z.strictObject({ absolute: DecimalString, relative: DecimalString });
/** The largest change that still counts as unchanged. */
export type Tolerance = z.infer<typeof Tolerance>;

/** One administration's values of a measure in every cycle, and the changes between them. */
export const AdministrationComparison = z.strictObject({
  administration: Id,
  values: z.array(CycleValue),
  changes: z.array(Change),
});
/** One administration's values of a measure in every cycle, and the changes between them. */
export type AdministrationComparison = z.infer<typeof AdministrationComparison>;

/** One measure compared across cycles. */
export const MeasureComparison = z.strictObject({
  id: z.string().min(1),
  measure: Measure,
  label: z.string().min(1),
  unit: MeasureUnit,
  direction: Direction,
  administrations: z.array(AdministrationComparison),
});
/** One measure compared across cycles. */
export type MeasureComparison = z.infer<typeof MeasureComparison>;

/**
 * A comparison of two or more cycles as one viewer may see it: every measure, every
 * administration, the change between each pair of consecutive cycles (and between the first
 * and the last when there are more than two), with movements in each peer group.
 */
export const ComparisonResult = z.strictObject({
  viewer: Viewer,
  settings: BenchmarkSettings.extend({
    /** Changes whose size is at most `max(absolute, relative% × |from|)` count as unchanged. */
    tolerance: Tolerance,
    /** Tolerances of single measures, by measure id, in place of `tolerance`. */
    tolerances: z.record(z.string(), Tolerance),
  }),
  /** The cycle ids, oldest first. */
  cycles: z.array(Id).min(2),
  measures: z.array(MeasureComparison),
});
/** A comparison of two or more cycles as one viewer may see it. */
export type ComparisonResult = z.infer<typeof ComparisonResult>;
