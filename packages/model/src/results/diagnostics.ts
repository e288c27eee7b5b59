import { z } from "zod";
import { DecimalString } from "../decimal.js";
import { Direction } from "../framework/kpi.js";
import { Id } from "../primitives.js";
import { DerivedDecimal, Measure, MeasureUnit } from "./benchmarks.js";
import { Viewer } from "./peer-groups.js";
import { ScoreRounding } from "./scores.js";

const MeasureFields = {
  /** The measure's key, such as `kpi-value:tf.release_time`. */
  measureId: z.string().min(1),
  measure: Measure,
  label: z.string().min(1),
  unit: MeasureUnit,
  direction: Direction,
};

/**
 * How far a value is from its peers' median, in robust units:
 *
 * - `mad`: `|x − median| / (1.4826 × MAD)`, where MAD is the median absolute deviation of the
 *   peers' values.
 * - `mean-absolute-deviation`: when MAD is 0, `|x − median| / (1.2533 × MeanAD)`, where MeanAD is
 *   the mean absolute deviation of the peers' values from their median.
 * - `no-spread`: every peer has the same value, so any other value is flagged; there is no score.
 */
export const OutlierScale = z.enum(["mad", "mean-absolute-deviation", "no-spread"]);
/** How far a value is from its peers' median, in robust units. */
export type OutlierScale = z.infer<typeof OutlierScale>;

/**
 * A value far from the values of its peers. The peers are the other members of `group` with a
 * value; `alsoIn` lists the other groups in which the value is also far from the peers. Peer
 * statistics are `suppressed` when a peer's value is hidden from the viewer.
 */
export const OutlierFinding = z.strictObject({
  kind: z.literal("outlier"),
  ...MeasureFields,
  group: z.string().min(1),
  alsoIn: z.array(z.string().min(1)),
  value: DecimalString,
  /** Whether the value is above or below the peers' median. */
  side: z.enum(["above", "below"]),
  peers: z.number().int().nonnegative(),
  peerMedian: DerivedDecimal,
  /** The spread the distance is measured in: 1.4826 × MAD or 1.2533 × MeanAD. */
  spread: DerivedDecimal,
  scale: OutlierScale,
  /** The robust distance; undefined for `no-spread`. */
  robustScore: DerivedDecimal,
  threshold: DecimalString,
  question: z.string().min(1),
});
/** A value far from the values of its peers. */
export type OutlierFinding = z.infer<typeof OutlierFinding>;

/** What made a change implausible: its relative size, or a jump across the peer distribution. */
export const ChangeTrigger = z.enum(["relative-change", "percentile-jump"]);

/**
 * A change since the previous cycle that is larger than plausible: its relative size exceeds
 * the threshold, or the value jumped across the peer distribution (its percentile rank in
 * `group` moved by more than the threshold).
 */
export const ImplausibleChangeFinding = z.strictObject({
  kind: z.literal("implausible-change"),
  ...MeasureFields,
  from: z.strictObject({ cycle: Id, value: DecimalString }),
  to: z.strictObject({ cycle: Id, value: DecimalString }),
  change: DecimalString,
  relativeChange: DerivedDecimal,
  group: z.string().min(1),
  percentileRanks: z.strictObject({ from: DerivedDecimal, to: DerivedDecimal }),
  triggers: z.array(ChangeTrigger).min(1),
  thresholds: z.strictObject({ relativeChange: DecimalString, percentileJump: DecimalString }),
  question: z.string().min(1),
});
/** A change since the previous cycle that is larger than plausible. */
export type ImplausibleChangeFinding = z.infer<typeof ImplausibleChangeFinding>;

/** A validation finding of the administration's submission, carried into the diagnostics. */
export const ValidationDiagnostic = z.strictObject({
  kind: z.literal("validation"),
  rule: z.string().min(1),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  dataElements: z.array(z.string()),
  values: z.array(z.strictObject({ dataElement: z.string(), period: z.string(), value: z.string().optional() })),
  question: z.string().min(1),
});
/** A validation finding carried into the diagnostics. */
export type ValidationDiagnostic = z.infer<typeof ValidationDiagnostic>;

/** One diagnostic finding: an outlier, an implausible change or a validation finding. */
export const DiagnosticFinding = z.discriminatedUnion("kind", [OutlierFinding, ImplausibleChangeFinding, ValidationDiagnostic]);
/** One diagnostic finding. */
export type DiagnosticFinding = z.infer<typeof DiagnosticFinding>;

/**
 * The diagnostics of one administration for one cycle: validation findings (errors first),
 * then outliers, then implausible changes, each in measure order, with a question a diagnostic
 * facilitator can ask in an interview.
 */
export const DiagnosticReport = z.strictObject({
  administration: Id,
  viewer: Viewer,
  cycle: Id,
  previousCycle: Id.optional(),
  settings: z.strictObject({
    outlierThreshold: DecimalString,
    minimumPeers: z.number().int().positive(),
    relativeChangeThreshold: DecimalString,
    percentileJumpThreshold: DecimalString,
    rounding: ScoreRounding,
  }),
  findings: z.array(DiagnosticFinding),
});
/** The diagnostics of one administration for one cycle. */
export type DiagnosticReport = z.infer<typeof DiagnosticReport>;
