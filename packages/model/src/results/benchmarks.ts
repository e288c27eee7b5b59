import { z } from "zod";
import { DecimalString } from "../decimal.js";
import { Direction, KpiUnit } from "../framework/kpi.js";
import { Id } from "../primitives.js";
import { PeerGroup, Viewer } from "./peer-groups.js";
import { ScoreRounding } from "./scores.js";

/**
 * What is benchmarked: the value of a KPI (`kpi-value`), or a score (`score`) of a KPI, an
 * expected outcome, a dimension or the overall index. `node` is the KPI, outcome or dimension id,
 * or the framework id for the overall index.
 */
export const Measure = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("kpi-value"), kpi: Id }),
  z.strictObject({ kind: z.literal("score"), level: z.enum(["kpi", "outcome", "dimension", "overall"]), node: Id }),
]);
/** The thing benchmarked: a KPI value or a score. */
export type Measure = z.infer<typeof Measure>;

/** The unit of a measure: a KPI unit for KPI values, `score` (points from 0 to 100) for scores. */
export const MeasureUnit = z.union([KpiUnit, z.literal("score")]);
/** The unit of a measure. */
export type MeasureUnit = z.infer<typeof MeasureUnit>;

/**
 * Why a number does not exist: a statistic of no values (`empty`), of too few values
 * (`single-value`), of equal values (`no-variance`), of values out of the domain
 * (`non-positive`), or a relative change from a zero value (`zero-base`).
 */
export const UndefinedStatisticReason = z.enum(["empty", "single-value", "no-variance", "non-positive", "zero-base"]);

/**
 * Why a published figure is withheld from the viewer:
 *
 * - `below-publication-minimum`: fewer administrations contributed a value than the
 *   publication minimum.
 * - `too-few-hidden-values`: one or two of the contributing values are hidden from the viewer,
 *   so the statistics would reveal them (the mean gives one hidden value; the mean and the
 *   standard deviation give two).
 * - `complementary`: published together with the statistics of other peer groups, these
 *   statistics would reveal a hidden value by difference, so they are suppressed as well.
 * - `depends-on-hidden-value`: an order statistic (minimum, quartile, median, maximum) that is
 *   computed from a value hidden from the viewer.
 */
export const SuppressionReason = z.enum(["below-publication-minimum", "too-few-hidden-values", "complementary", "depends-on-hidden-value"]);
/** The reason a figure is withheld from the viewer. */
export type SuppressionReason = z.infer<typeof SuppressionReason>;

/** A suppression: its reason code and a sentence that explains it. */
export const Suppression = z.strictObject({ reason: SuppressionReason, message: z.string() });
/** A suppression with its reason. */
export type Suppression = z.infer<typeof Suppression>;

function derived<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion("status", [
    z.strictObject({ status: z.literal("value"), value }),
    z.strictObject({ status: z.literal("undefined"), reason: UndefinedStatisticReason, message: z.string() }),
    z.strictObject({ status: z.literal("suppressed"), reason: SuppressionReason, message: z.string() }),
  ]);
}

/**
 * A published number, or why there is none: `value` with a canonical decimal string,
 * `undefined` when the statistic does not exist for the values, or `suppressed` when it is
 * withheld from the viewer.
 */
export const DerivedDecimal = derived(DecimalString);
/** A published number, or why there is none. */
export type DerivedDecimal = z.infer<typeof DerivedDecimal>;

/**
 * Where a value stands against the quartiles, judged by the measure's direction: `top` at or
 * beyond the best quartile boundary, `bottom` at or beyond the worst, `middle` in between (and
 * when the two quartiles are equal to the value).
 */
export const QuartileBand = z.enum(["top", "middle", "bottom"]);
/** The quartile band a value falls in. */
export type QuartileBand = z.infer<typeof QuartileBand>;

/** A quartile band, or why there is none. */
export const DerivedQuartileBand = derived(QuartileBand);
/** A quartile band, or why there is none. */
export type DerivedQuartileBand = z.infer<typeof DerivedQuartileBand>;

/** The statistics of one measure in one peer group, each published, undefined or suppressed. */
export const GroupStatistics = z.strictObject({
  mean: DerivedDecimal,
  median: DerivedDecimal,
  /** First quartile (p = 0.25). */
  q1: DerivedDecimal,
  /** Third quartile (p = 0.75). */
  q3: DerivedDecimal,
  min: DerivedDecimal,
  max: DerivedDecimal,
  /** Standard deviation, of the kind stated in the settings. */
  sd: DerivedDecimal,
});
/** The statistics of one measure in one peer group. */
export type GroupStatistics = z.infer<typeof GroupStatistics>;

/**
 * How many members of a group are in each state for one measure: `values` contributed to the
 * statistics (this is n); `notApplicable` and `missing` did not; `hiddenValues` is how many of
 * the `values` the viewer may not see.
 */
export const GroupCounts = z.strictObject({
  members: z.number().int().nonnegative(),
  values: z.number().int().nonnegative(),
  notApplicable: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  hiddenValues: z.number().int().nonnegative(),
});
/** How many members of a group are in each state for one measure. */
export type GroupCounts = z.infer<typeof GroupCounts>;

/**
 * Where one value stands in its group:
 *
 * - `directed` (higher- or lower-is-better measures): `rank` (1 is best, ties by the rank method
 *   in the settings) out of `outOf` values, `percentileRank` (0–100, higher is better), and gaps:
 *   how much the value must improve to reach the group mean, the median and the best quartile
 *   boundary (q3 when higher is better, q1 when lower is better). A gap is positive when the
 *   value is behind the reference and negative when it is ahead.
 * - `descriptive`: `percentileRank` in ascending order and the signed differences
 *   `value − mean` and `value − median`, with no better or worse judgement.
 * - `suppressed`: the group's statistics are withheld from the viewer, and so is the position.
 */
export const Position = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("suppressed"), reason: SuppressionReason, message: z.string() }),
  z.strictObject({
    kind: z.literal("directed"),
    rank: DecimalString,
    outOf: z.number().int().positive(),
    percentileRank: DecimalString,
    gapToMean: DerivedDecimal,
    gapToMedian: DerivedDecimal,
    gapToBestQuartile: DerivedDecimal,
    quartile: DerivedQuartileBand,
  }),
  z.strictObject({
    kind: z.literal("descriptive"),
    percentileRank: DecimalString,
    differenceFromMean: DerivedDecimal,
    differenceFromMedian: DerivedDecimal,
  }),
]);
/** The position of one value in its group. */
export type Position = z.infer<typeof Position>;

/**
 * Why an administration has no value for a measure: the status of its KPI result
 * (`missing-data`, `undefined`, `invalid`), `no-result` when there is none, or the status of
 * its score (`insufficient-data`, `not-aggregable`, `not-scorable`).
 */
export const MissingReason = z.enum(["missing-data", "undefined", "invalid", "no-result", "insufficient-data", "not-aggregable", "not-scorable"]);
/** The reason an administration has no value for a measure. */
export type MissingReason = z.infer<typeof MissingReason>;

/**
 * One member of a group for one measure: its value and position, `not-applicable`, `missing`
 * with the reason, or `withheld` when the viewer may not see this administration's data for the
 * measure.
 */
export const MemberEntry = z.discriminatedUnion("status", [
  z.strictObject({ administration: Id, status: z.literal("value"), value: DecimalString, position: Position }),
  z.strictObject({ administration: Id, status: z.literal("not-applicable") }),
  z.strictObject({ administration: Id, status: z.literal("missing"), reason: MissingReason }),
  z.strictObject({ administration: Id, status: z.literal("withheld") }),
]);
/** One member of a group for one measure. */
export type MemberEntry = z.infer<typeof MemberEntry>;

/** One measure in one peer group: counts, statistics and the member entries, by administration id. */
export const GroupBenchmark = z.strictObject({
  group: z.string().min(1),
  counts: GroupCounts,
  /** Present when every statistic of the group is withheld from the viewer. */
  suppression: Suppression.optional(),
  statistics: GroupStatistics,
  members: z.array(MemberEntry),
});
/** One measure in one peer group. */
export type GroupBenchmark = z.infer<typeof GroupBenchmark>;

/** One measure benchmarked in every peer group. */
export const MeasureBenchmark = z.strictObject({
  /** A stable key, such as `kpi-value:tf.release_time` or `score:outcome:tf.clearance`. */
  id: z.string().min(1),
  measure: Measure,
  label: z.string().min(1),
  unit: MeasureUnit,
  direction: Direction,
  groups: z.array(GroupBenchmark),
});
/** One measure benchmarked in every peer group. */
export type MeasureBenchmark = z.infer<typeof MeasureBenchmark>;

/** The conventions and limits a benchmark was computed with. */
export const BenchmarkSettings = z.strictObject({
  /** Minimum number of contributing values for a group's statistics to be published. */
  publicationMinimum: z.number().int().positive(),
  /** Minimum number of hidden values in a group when any value is hidden from the viewer. */
  minimumHiddenValues: z.number().int().positive(),
  /** Hyndman–Fan quantile definition of the quartiles and the median. */
  quantileType: z.union([z.literal(1), z.literal(6), z.literal(7)]),
  /** `sample` divides by n − 1, `population` by n. */
  deviation: z.enum(["sample", "population"]),
  /** Tie rule of ranks. */
  rankMethod: z.enum(["competition", "dense", "fractional"]),
  rounding: ScoreRounding,
});
/** The conventions and limits a benchmark was computed with. */
export type BenchmarkSettings = z.infer<typeof BenchmarkSettings>;

/**
 * Benchmarks of one cycle as one viewer may see them: every measure in every peer group.
 * Groups and measures keep the order they were requested in; members are sorted by
 * administration id, so the same inputs give the same JSON.
 */
export const BenchmarkResult = z.strictObject({
  viewer: Viewer,
  settings: BenchmarkSettings,
  groups: z.array(PeerGroup),
  measures: z.array(MeasureBenchmark),
});
/** Benchmarks of one cycle as one viewer may see them. */
export type BenchmarkResult = z.infer<typeof BenchmarkResult>;
