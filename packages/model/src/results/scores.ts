import { z } from "zod";
import { DecimalString } from "../decimal.js";
import { AggregationMethod, NormalisationMethod } from "../framework/scoring.js";
import { Id } from "../primitives.js";

/**
 * The change that moved a KPI score onto the score scale:
 *
 * - `truncated`: the normalised value fell outside the scale and was set to its `bound`
 *   (0 or 100 for most methods, `low` or `high` for min-max); `rawScore` is the value before.
 * - `capped`: distance to target, a value beyond the target scored 100. `rawScore` is the score
 *   the value would have had without the cap, absent when the baseline itself meets the target.
 * - `outside-bands`: categorical bands, the value is outside every band and scored 0.
 */
export const ScoreAdjustment = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("truncated"), bound: z.enum(["lower", "upper"]), rawScore: DecimalString }),
  z.strictObject({ kind: z.literal("capped"), rawScore: DecimalString.optional() }),
  z.strictObject({ kind: z.literal("outside-bands") }),
]);
/** The change that moved a KPI score onto the score scale. */
export type ScoreAdjustment = z.infer<typeof ScoreAdjustment>;

/** The target a distance-to-target score was measured against, and where it came from. */
export const ScoreTarget = z.strictObject({
  value: DecimalString,
  /** `national` when the administration's own target replaced the framework's. */
  source: z.enum(["framework", "national"]),
  /** The baseline that scores 0: the framework's, or the worst value of the reference values. */
  baseline: DecimalString,
});
/** The target a distance-to-target score was measured against. */
export type ScoreTarget = z.infer<typeof ScoreTarget>;

/**
 * Why a KPI is left out of the scores by design, for every administration: `descriptive` when
 * neither direction is better, `no-formula` when the framework has no formula for it.
 */
export const ExclusionReason = z.enum(["descriptive", "no-formula"]);

/**
 * Why a KPI value has no score although the value exists:
 *
 * - `no-variance`: min-max or z-score over reference values that are all equal.
 * - `single-value`: a data-driven method with only one reference value (z-score and rank).
 * - `invalid-target`: the target is not better than the baseline, so no distance can be measured.
 */
export const NotScorableReason = z.enum(["no-variance", "single-value", "invalid-target"]);

/** Why a KPI has no value to score: the status of its KPI result, or `no-result` when there was none. */
export const MissingValueReason = z.enum(["missing-data", "undefined", "invalid", "no-result"]);

/** The rounding of the decimals of a score result, applied once, at the output. */
export const ScoreRounding = z.strictObject({
  /** Digits after the decimal point, 0 to 20. */
  decimalPlaces: z.number().int().min(0).max(20),
  mode: z.enum(["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"]),
});
/** The rounding of the decimals of a score result. */
export type ScoreRounding = z.infer<typeof ScoreRounding>;

const KpiScoreBase = { administration: Id, kpi: Id, outcome: Id };

/**
 * The score of one KPI for one administration, or the status that explains why there is none.
 *
 * - `scored`: `score` is the normalised value (0–100 unless the KPI's settings allow more);
 *   `value` is the KPI value it comes from.
 * - `not-applicable`: the administration declared the KPI not applicable. It is left out of
 *   every aggregate, never counted as zero.
 * - `excluded`: the KPI is not scored by design (see {@link ExclusionReason}).
 * - `missing-value`: the KPI has no value; it counts as a data gap in the aggregates.
 * - `not-scorable`: the value exists but the normalisation has no result (see
 *   {@link NotScorableReason}); it counts as a data gap in the aggregates.
 */
export const KpiScore = z.discriminatedUnion("status", [
  z.strictObject({
    ...KpiScoreBase,
    status: z.literal("scored"),
    score: DecimalString,
    value: DecimalString,
    method: NormalisationMethod,
    adjustment: ScoreAdjustment.optional(),
    target: ScoreTarget.optional(),
  }),
  z.strictObject({ ...KpiScoreBase, status: z.literal("not-applicable"), reason: z.string() }),
  z.strictObject({ ...KpiScoreBase, status: z.literal("excluded"), reason: ExclusionReason }),
  z.strictObject({ ...KpiScoreBase, status: z.literal("missing-value"), reason: MissingValueReason, message: z.string() }),
  z.strictObject({ ...KpiScoreBase, status: z.literal("not-scorable"), reason: NotScorableReason, message: z.string() }),
]);
/** The score of one KPI for one administration. */
export type KpiScore = z.infer<typeof KpiScore>;

/** The level of an aggregate score. */
export const ScoreLevel = z.enum(["outcome", "dimension", "overall"]);
/** The level of an aggregate score. */
export type ScoreLevel = z.infer<typeof ScoreLevel>;

/** The end-to-end weight of one KPI in an aggregate score; the weights of one aggregate add up to 1. */
export const KpiWeight = z.strictObject({ kpi: Id, weight: DecimalString });
/** The end-to-end weight of one KPI in an aggregate score. */
export type KpiWeight = z.infer<typeof KpiWeight>;

const NodeScoreBase = {
  administration: Id,
  level: ScoreLevel,
  /** The outcome or dimension id; the framework id for the overall index. */
  node: Id,
};

/**
 * The score of an expected outcome, a dimension or the overall index for one administration,
 * or the status that explains why there is none.
 *
 * `coverage` is the share (0–1) of the children's weight that has a score, counting only
 * children that are applicable and scored by design.
 *
 * - `scored`: `score` aggregates the children's scores with `method`; `weights` lists the
 *   end-to-end weight of each KPI that contributed.
 * - `insufficient-data`: `coverage` is below the data-availability `threshold`.
 * - `not-aggregable`: the mean cannot take the children's scores, such as a zero score in a
 *   geometric mean (`reason` is `non-positive`).
 * - `not-applicable`: every weighted child is not applicable for this administration.
 * - `excluded`: no child is scored by design, such as an outcome of descriptive KPIs only.
 */
export const NodeScore = z.discriminatedUnion("status", [
  z.strictObject({
    ...NodeScoreBase,
    status: z.literal("scored"),
    score: DecimalString,
    coverage: DecimalString,
    method: AggregationMethod,
    power: DecimalString.optional(),
    weights: z.array(KpiWeight),
  }),
  z.strictObject({ ...NodeScoreBase, status: z.literal("insufficient-data"), coverage: DecimalString, threshold: DecimalString, message: z.string() }),
  z.strictObject({ ...NodeScoreBase, status: z.literal("not-aggregable"), reason: z.literal("non-positive"), coverage: DecimalString, message: z.string() }),
  z.strictObject({ ...NodeScoreBase, status: z.literal("not-applicable"), message: z.string() }),
  z.strictObject({ ...NodeScoreBase, status: z.literal("excluded"), message: z.string() }),
]);
/** The score of an outcome, a dimension or the overall index for one administration. */
export type NodeScore = z.infer<typeof NodeScore>;
/** The status of an aggregate score. */
export type NodeScoreStatus = NodeScore["status"];

/**
 * The end-to-end weight of each KPI in one aggregate when every KPI has a score, from the
 * framework's weights alone: the product of each level's weight share along the path.
 */
export const NominalWeights = z.strictObject({ level: ScoreLevel, node: Id, weights: z.array(KpiWeight) });
/** The end-to-end weights of the KPIs in one aggregate when every KPI has a score. */
export type NominalWeights = z.infer<typeof NominalWeights>;

/**
 * The reference values a data-driven normalisation used for one KPI: how many values, from how
 * many cycles, and the statistics it read (each absent when it does not exist, such as the
 * standard deviation of one value).
 */
export const NormalisationReference = z.strictObject({
  kpi: Id,
  method: NormalisationMethod,
  count: z.number().int().nonnegative(),
  cycles: z.number().int().positive(),
  min: DecimalString.optional(),
  max: DecimalString.optional(),
  mean: DecimalString.optional(),
  /** Sample standard deviation (n − 1). */
  sd: DecimalString.optional(),
});
/** The reference values a data-driven normalisation used for one KPI. */
export type NormalisationReference = z.infer<typeof NormalisationReference>;

/**
 * The scores of one cycle: every KPI, expected outcome, dimension and (when the framework
 * defines one) overall index, for every administration. Lists are ordered by administration id,
 * then in the framework's order, so the same inputs give the same JSON.
 */
export const ScoreResult = z.strictObject({
  framework: z.strictObject({ id: Id, version: z.string() }),
  rounding: ScoreRounding,
  /** The administrations scored, sorted by id. */
  administrations: z.array(Id),
  kpis: z.array(KpiScore),
  outcomes: z.array(NodeScore),
  dimensions: z.array(NodeScore),
  /** Empty when the framework defines no overall index. */
  overall: z.array(NodeScore),
  nominalWeights: z.array(NominalWeights),
  references: z.array(NormalisationReference),
});
/** The scores of one cycle. */
export type ScoreResult = z.infer<typeof ScoreResult>;
