import { z } from "zod";
import { DecimalInput } from "../decimal.js";
import { compareDecimalStrings } from "../decimal-compare.js";

/**
 * Normalisation methods that turn a KPI value into a score from 0 to 100. Every method is this
 * project's own choice: the WCO has not published how PMM scores are made.
 */
export const NormalisationMethod = z.enum([
  "goalposts",
  "distance-to-frontier",
  "distance-to-target",
  "min-max",
  "z-score",
  "percentile-rank",
  "rank",
  "bands",
]);
/** A normalisation method. */
export type NormalisationMethod = z.infer<typeof NormalisationMethod>;

/**
 * Fixed goalposts with truncation: values at or beyond `upper` score 100 (0 for lower-is-better
 * KPIs), values at or below `lower` score 0 (100 for lower-is-better), linear in between. Fixed
 * bounds keep scores comparable across cycles, so this is the default for PMM frameworks.
 */
export const GoalpostsNormalisation = z.strictObject({
  method: z.literal("goalposts"),
  lower: DecimalInput,
  upper: DecimalInput,
});

/**
 * Distance to a fixed frontier: `100 × (x − worst) / (best − worst)`, truncated to 0–100. The
 * order of `best` and `worst` must agree with the KPI's direction (best above worst for
 * higher-is-better KPIs, below it for lower-is-better ones).
 */
export const DistanceToFrontierNormalisation = z.strictObject({
  method: z.literal("distance-to-frontier"),
  best: DecimalInput,
  worst: DecimalInput,
});

/**
 * Distance to a target: the share of the way from `baseline` to `target` already covered, times
 * 100, and 0 for values worse than the baseline. Without a `baseline`, the worst of the
 * reference values (the cycle's, or the pooled cycles') is the baseline. When `cap` is true (the
 * default), values beyond the target score 100; when false they score above 100. The target is
 * replaced by an administration's national target when `useNationalTarget` is true and the
 * administration has set one.
 */
export const DistanceToTargetNormalisation = z
  .strictObject({
    method: z.literal("distance-to-target"),
    target: DecimalInput,
    baseline: DecimalInput.optional(),
    cap: z.boolean().default(true),
    useNationalTarget: z.boolean().default(false),
  })
  .superRefine((normalisation, context) => {
    if (normalisation.baseline !== undefined && compareDecimalStrings(normalisation.baseline, normalisation.target) === 0) {
      context.addIssue({ code: "custom", path: ["baseline"], message: `baseline ${normalisation.baseline} equals the target: set a baseline that scores 0, away from the target`, input: normalisation.baseline });
    }
  });

/**
 * Min-max over the reference values (the cycle's, or the pooled cycles'), mapped to
 * `[low, high]`: `low + (high − low) × (x − min) / (max − min)`, mirrored for lower-is-better
 * KPIs. When every reference value is equal there is no score.
 */
export const MinMaxNormalisation = z.strictObject({
  method: z.literal("min-max"),
  low: DecimalInput.default("0"),
  high: DecimalInput.default("100"),
});

/**
 * Standardisation: `mean + sd × (x − μ) / σ`, where μ and σ are the mean and the sample standard
 * deviation (n − 1) of the reference values, then truncated to 0–100 so that it can be
 * aggregated with other scores. With the defaults 50 and 10, values more than 5 standard
 * deviations from the mean are truncated.
 */
export const ZScoreNormalisation = z.strictObject({
  method: z.literal("z-score"),
  mean: DecimalInput.default("50"),
  sd: DecimalInput.refine((sd) => !sd.startsWith("-") && sd !== "0", { message: "sd must be positive, such as \"10\"" }).default("10"),
});

/**
 * The percentile rank of the value among the reference values, from 0 to 100, with ties split
 * evenly: `100 × (below + 0.5 × equal) / n`.
 */
export const PercentileRankNormalisation = z.strictObject({ method: z.literal("percentile-rank") });

/**
 * The rank among the reference values, rescaled so that the best scores 100 and the worst 0:
 * `100 × (r − 1) / (n − 1)`, with tied values sharing their mean rank r.
 */
export const RankNormalisation = z.strictObject({ method: z.literal("rank") });

/**
 * Categorical bands: the score is the `points` (0–100) of the highest band whose `from` the
 * value reaches (or, for lower-is-better KPIs, the lowest band whose `from` the value does not
 * exceed). A value outside every band scores 0.
 */
export const BandsNormalisation = z.strictObject({
  method: z.literal("bands"),
  bands: z
    .array(
      z.strictObject({
        from: DecimalInput,
        points: DecimalInput.refine((points) => !points.startsWith("-") && compareDecimalStrings(points, "100") <= 0, {
          message: "points must be from 0 to 100, such as \"75\"",
        }),
      }),
    )
    .min(1, { message: "bands needs at least one band such as { from: \"0\", points: \"0\" }" })
    .superRefine((bands, context) => {
      const seen = new Set<string>();
      bands.forEach((band, index) => {
        if (seen.has(band.from)) {
          context.addIssue({ code: "custom", path: [index, "from"], message: `two bands start at ${band.from}: give each band its own from`, input: band.from });
        }
        seen.add(band.from);
      });
    }),
});

/** How a KPI value becomes a score from 0 to 100; chosen per KPI. */
export const Normalisation = z.discriminatedUnion("method", [
  GoalpostsNormalisation,
  DistanceToFrontierNormalisation,
  DistanceToTargetNormalisation,
  MinMaxNormalisation,
  ZScoreNormalisation,
  PercentileRankNormalisation,
  RankNormalisation,
  BandsNormalisation,
]);
/** How a KPI value becomes a score from 0 to 100. */
export type Normalisation = z.infer<typeof Normalisation>;
/** A normalisation as written in a framework document, before defaults are applied. */
export type NormalisationInput = z.input<typeof Normalisation>;

/** Scoring settings of one KPI. */
export const KpiScoring = z.strictObject({
  normalisation: Normalisation,
  /**
   * When true, data-driven methods (min-max, z-score, percentile rank, rank) use the values of
   * every cycle given to the scorer, not only the current one.
   */
  pooled: z.boolean().default(false),
});
/** Scoring settings of one KPI. */
export type KpiScoring = z.infer<typeof KpiScoring>;

/** Means that aggregate child scores into a parent score. */
export const AggregationMethod = z.enum(["arithmetic", "geometric", "harmonic", "power"]);
/** A mean used to aggregate scores. */
export type AggregationMethod = z.infer<typeof AggregationMethod>;

/**
 * How the children of a node (an outcome, a dimension or the overall index) are aggregated.
 *
 * `threshold` is the data-availability threshold: the share (0–1) of the children's weight that
 * must have a score for the node to be scored. Default 0.5.
 */
export const Aggregation = z
  .strictObject({
    method: AggregationMethod.default("arithmetic"),
    power: DecimalInput.optional(),
    threshold: DecimalInput.default("0.5"),
  })
  .superRefine((aggregation, context) => {
    if (aggregation.method === "power" && aggregation.power === undefined) {
      context.addIssue({ code: "custom", path: ["power"], message: "the power mean needs an exponent: set power, such as \"2\"", input: undefined });
    }
    if (aggregation.method !== "power" && aggregation.power !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["power"],
        message: `power ${aggregation.power} is used only by the power mean: set method "power", or remove power`,
        input: aggregation.power,
      });
    }
    if (aggregation.threshold.startsWith("-") || compareDecimalStrings(aggregation.threshold, "1") > 0) {
      context.addIssue({
        code: "custom",
        path: ["threshold"],
        message: `threshold ${aggregation.threshold} is not a share: use a value from 0 to 1, such as "0.5"`,
        input: aggregation.threshold,
      });
    }
  });
/** How the children of a node are aggregated. */
export type Aggregation = z.infer<typeof Aggregation>;
