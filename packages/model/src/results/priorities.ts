import { z } from "zod";
import { DecimalString } from "../decimal.js";
import { Id } from "../primitives.js";
import { SuppressionReason } from "./benchmarks.js";
import { Viewer } from "./peer-groups.js";
import { ScoreRounding } from "./scores.js";

/**
 * The peer figure a gap is measured against: the group `median`, the group `mean`, or the
 * `best-quartile` boundary (the third quartile, since higher scores are better).
 */
export const PriorityReference = z.enum(["median", "mean", "best-quartile"]);
/** The peer figure a gap is measured against. */
export type PriorityReference = z.infer<typeof PriorityReference>;

/**
 * A KPI that drives the gap of an outcome or dimension: its score gap to the same reference,
 * its end-to-end weight within the node, and their product, `contribution`.
 */
export const PriorityDriver = z.strictObject({
  kpi: Id,
  label: z.string().min(1),
  gap: DecimalString,
  weight: DecimalString,
  contribution: DecimalString,
});
/** A KPI that drives the gap of an outcome or dimension. */
export type PriorityDriver = z.infer<typeof PriorityDriver>;

/**
 * An outcome or dimension in priority order. `gap` is the reference minus the administration's
 * score (positive when behind the peers), `weight` the node's effective weight (its share of
 * the overall index), and `priority = weight × gap`. `drivers` lists the KPIs with a positive
 * contribution, largest first.
 */
export const Priority = z.strictObject({
  rank: z.number().int().positive(),
  level: z.enum(["outcome", "dimension"]),
  node: Id,
  label: z.string().min(1),
  gap: DecimalString,
  weight: DecimalString,
  priority: DecimalString,
  drivers: z.array(PriorityDriver),
});
/** An outcome or dimension in priority order. */
export type Priority = z.infer<typeof Priority>;

/**
 * Why a node is left out of the priorities: the administration has no score (`no-score`), its
 * score is withheld from the viewer (`withheld`), or the reference is suppressed or undefined
 * for the viewer.
 */
export const UnrankedNode = z.strictObject({
  level: z.enum(["outcome", "dimension"]),
  node: Id,
  label: z.string().min(1),
  reason: z.union([z.enum(["no-score", "withheld", "reference-undefined", "not-member"]), SuppressionReason]),
  message: z.string(),
});
/** A node left out of the priorities, with the reason. */
export type UnrankedNode = z.infer<typeof UnrankedNode>;

/**
 * Capacity-building priorities of one administration: its outcomes and dimensions ordered by
 * weighted gap to a peer group, each with the KPIs that drive the gap. Ties are broken by the
 * larger gap, then by node id.
 */
export const PriorityReport = z.strictObject({
  administration: Id,
  viewer: Viewer,
  group: z.string().min(1),
  reference: PriorityReference,
  rounding: ScoreRounding,
  outcomes: z.array(Priority),
  dimensions: z.array(Priority),
  unranked: z.array(UnrankedNode),
});
/** Capacity-building priorities of one administration. */
export type PriorityReport = z.infer<typeof PriorityReport>;
