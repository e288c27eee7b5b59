import { z } from "zod";
import { DecimalInput } from "./decimal.js";
import { DataElementId, Id, IsoDate, Period } from "./primitives.js";

/**
 * The part a person plays in a peer review: a `peer-reviewer` (an expert of another
 * administration), a `diagnostic-facilitator` (an accredited WCO expert) or a member of the
 * `wco-secretariat`.
 */
export const PeerReviewerRole = z.enum(["peer-reviewer", "diagnostic-facilitator", "wco-secretariat"]);
/** The part a person plays in a peer review. */
export type PeerReviewerRole = z.infer<typeof PeerReviewerRole>;

/** A person who takes part in a peer review. */
export const PeerReviewer = z.strictObject({
  name: z.string().trim().min(1, { message: "a reviewer needs a name" }),
  role: PeerReviewerRole,
  /** The administration or body the reviewer works for, such as "WCO Secretariat". */
  affiliation: z.string().trim().min(1).optional(),
});
/** A person who takes part in a peer review. */
export type PeerReviewer = z.infer<typeof PeerReviewer>;

/**
 * The stage of a peer review: `requested` by the administration, `scheduled` with a start date,
 * `in-progress`, `completed` or `cancelled`.
 */
export const PeerReviewStatus = z.enum(["requested", "scheduled", "in-progress", "completed", "cancelled"]);
/** The stage of a peer review. */
export type PeerReviewStatus = z.infer<typeof PeerReviewStatus>;

/**
 * How far the reviewers confirm the self-assessed data and results of a dimension or KPI:
 * `confirmed`, `partly-confirmed` or `not-confirmed`. This scale is this project's own; the WCO
 * has not published one.
 */
export const PeerReviewRating = z.enum(["confirmed", "partly-confirmed", "not-confirmed"]);
/** How far the reviewers confirm the self-assessment. */
export type PeerReviewRating = z.infer<typeof PeerReviewRating>;

/**
 * How much a finding matters, from an `observation` that needs no action to a `critical` finding
 * that puts the credibility of the assessment in doubt.
 */
export const FindingSeverity = z.enum(["observation", "minor", "major", "critical"]);
/** How much a peer review finding matters. */
export type FindingSeverity = z.infer<typeof FindingSeverity>;

const findingFields = {
  rating: PeerReviewRating.optional(),
  /** The reviewers' finding and recommendation, in their words. */
  text: z.string().trim().min(1, { message: "finding text must not be empty: leave the field out instead" }).optional(),
  severity: FindingSeverity,
};

/** A finding on a whole performance dimension, such as `TF`. */
export const DimensionFinding = z.strictObject({ scope: z.literal("dimension"), dimension: Id, ...findingFields });
/** A finding on one KPI. */
export const KpiFinding = z.strictObject({ scope: z.literal("kpi"), kpi: Id, ...findingFields });

/**
 * A peer review finding on a dimension (`scope: "dimension"`) or on a KPI (`scope: "kpi"`):
 * a rating, a text or both, with a severity.
 *
 * @example
 * ```ts
 * PeerReviewFinding.parse({ scope: "kpi", kpi: "tf.electronic_declarations", rating: "partly-confirmed", text: "Manual declarations are not counted.", severity: "major" });
 * ```
 */
export const PeerReviewFinding = z.discriminatedUnion("scope", [DimensionFinding, KpiFinding]).superRefine((finding, context) => {
  if (finding.rating === undefined && finding.text === undefined) {
    context.addIssue({ code: "custom", path: [], message: "a finding needs a rating, a text or both: add rating such as \"partly-confirmed\" or a text", input: finding });
  }
});
/** A peer review finding on a dimension or a KPI. */
export type PeerReviewFinding = z.infer<typeof PeerReviewFinding>;

/**
 * A submitted figure that the reviewers corrected: the data element and period, the value the
 * administration submitted, the value the reviewers accept, and why. The two values must differ.
 *
 * @example
 * ```ts
 * AdjustedValue.parse({ dataElement: "declarations", period: "T", originalValue: 120000, adjustedValue: "124500", reason: "manual declarations were left out" });
 * // adjustedValue is the canonical decimal string "124500"
 * ```
 */
export const AdjustedValue = z
  .strictObject({
    dataElement: DataElementId,
    period: Period,
    originalValue: DecimalInput,
    adjustedValue: DecimalInput,
    reason: z.string().trim().min(1, { message: "an adjusted value needs a reason, such as \"manual declarations were counted twice\"" }),
  })
  .superRefine((adjustment, context) => {
    if (adjustment.originalValue === adjustment.adjustedValue) {
      context.addIssue({
        code: "custom",
        path: ["adjustedValue"],
        message: `adjusted value ${adjustment.adjustedValue} equals the original value: remove the adjustment, or enter the corrected value`,
        input: adjustment.adjustedValue,
      });
    }
  });
/** A submitted figure that the reviewers corrected. */
export type AdjustedValue = z.infer<typeof AdjustedValue>;

const NEEDS_START: readonly PeerReviewStatus[] = ["scheduled", "in-progress", "completed"];
const NEEDS_REVIEWERS: readonly PeerReviewStatus[] = ["in-progress", "completed"];

/**
 * A peer review of one administration's self-assessment in one cycle: who reviews, where the
 * review is and when, the findings per dimension and per KPI, and the submitted values the
 * reviewers adjusted.
 *
 * Besides the shape, parsing checks the dates and the status together. The dates must be in
 * order: requested, then start, then end and completion. A scheduled, running or completed
 * review needs a start date, and a running or completed review at least one reviewer. A
 * completion date is given exactly when the review is completed. Each data element and period
 * is adjusted at most once.
 *
 * @example
 * ```ts
 * const review = parsePeerReview({
 *   id: "GH-2023-review", administration: "GH", cycle: "pmm-2023",
 *   status: "scheduled", requestedOn: "2024-07-01", startsOn: "2024-09-16",
 * });
 * review.findings; // [] by default
 * ```
 */
export const PeerReview = z
  .strictObject({
    id: Id,
    administration: Id,
    cycle: Id,
    status: PeerReviewStatus,
    /** The day the administration asked for the review. */
    requestedOn: IsoDate,
    /** The first day of the review, such as the first day of the in-country mission. */
    startsOn: IsoDate.optional(),
    /** The last day of the review's work with the administration. */
    endsOn: IsoDate.optional(),
    /** The day the review report was completed; required when the status is `completed`. */
    completedOn: IsoDate.optional(),
    reviewers: z.array(PeerReviewer).default([]),
    findings: z.array(PeerReviewFinding).default([]),
    adjustedValues: z.array(AdjustedValue).default([]),
    /** The reviewers' overall conclusion. */
    summary: z.string().trim().min(1).optional(),
  })
  .superRefine((review, context) => {
    const report = (path: (string | number)[], message: string, input: unknown): void => {
      context.addIssue({ code: "custom", path, message, input });
    };

    if (review.startsOn !== undefined && review.startsOn < review.requestedOn) {
      report(["startsOn"], `start date ${review.startsOn} is before the request date ${review.requestedOn}`, review.startsOn);
    }
    if (review.endsOn !== undefined) {
      if (review.startsOn === undefined) report(["endsOn"], `end date ${review.endsOn} is given without a start date: add startsOn`, review.endsOn);
      else if (review.endsOn < review.startsOn) report(["endsOn"], `end date ${review.endsOn} is before the start date ${review.startsOn}`, review.endsOn);
    }
    if (review.completedOn !== undefined) {
      const earliest = review.startsOn ?? review.requestedOn;
      if (review.completedOn < earliest) report(["completedOn"], `completion date ${review.completedOn} is before ${earliest}, when the review ${review.startsOn === undefined ? "was requested" : "started"}`, review.completedOn);
      if (review.status !== "completed") report(["completedOn"], `a review with status "${review.status}" has no completion date: set status "completed" or remove completedOn`, review.completedOn);
    }

    if (review.status === "completed" && review.completedOn === undefined) {
      report(["completedOn"], "a completed review needs its completion date: add completedOn, such as \"2024-06-30\"", undefined);
    }
    if (NEEDS_START.includes(review.status) && review.startsOn === undefined) {
      report(["startsOn"], `a review with status "${review.status}" needs a start date: add startsOn`, undefined);
    }
    if (NEEDS_REVIEWERS.includes(review.status) && review.reviewers.length === 0) {
      report(["reviewers"], `a review with status "${review.status}" needs at least one reviewer`, review.reviewers);
    }

    const adjusted = new Map<string, number>();
    review.adjustedValues.forEach((adjustment, index) => {
      const key = `${adjustment.dataElement}[${adjustment.period}]`;
      const first = adjusted.get(key);
      if (first === undefined) adjusted.set(key, index);
      else report(["adjustedValues", index], `${key} is adjusted twice, first at adjustedValues[${first}]: keep one adjustment per data element and period`, adjustment);
    });
  });
/** A peer review of one administration's self-assessment. */
export type PeerReview = z.infer<typeof PeerReview>;
/** A peer review as written in a JSON document, before defaults are applied. */
export type PeerReviewInput = z.input<typeof PeerReview>;
