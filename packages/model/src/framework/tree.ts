import { z } from "zod";
import { DecimalInput } from "../decimal.js";
import { Id, LocalizedText, Provenance } from "../primitives.js";
import { Aggregation } from "./scoring.js";

/** The ids this SDK uses for the four official PMM performance dimensions. */
export const OFFICIAL_DIMENSIONS = {
  TF: "Trade Facilitation and Economic Competitiveness",
  RC: "Revenue Collection",
  ESP: "Enforcement, Security and Protection of Society",
  OD: "Organizational Development",
} as const;

/** A non-negative weight relative to siblings; default 1. */
export const Weight = DecimalInput.refine((value) => !value.startsWith("-"), {
  message: "a weight must not be negative: use 0 to leave an item out of the scores",
}).default("1");

/**
 * A performance dimension, the top level of the PMM hierarchy (dimension → expected outcome →
 * KPI → data elements).
 */
export const Dimension = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedText.optional(),
  weight: Weight,
  /** How the dimension's outcome scores are aggregated. */
  aggregation: Aggregation.optional(),
  provenance: Provenance,
});
/** A performance dimension. */
export type Dimension = z.infer<typeof Dimension>;

/** An SDG target such as `"17.11"` or `"16.a"`. */
export const SdgTarget = z.string().regex(/^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])$/, {
  message: "expected a UN Sustainable Development Goal target such as \"17.11\" or \"16.a\"",
});

/** An expected outcome: what a dimension should achieve, measured by one or more KPIs. */
export const Outcome = z.strictObject({
  id: Id,
  dimension: Id,
  name: LocalizedText,
  description: LocalizedText.optional(),
  /** WCO instruments and tools whose application the outcome reflects, such as "Revised Kyoto Convention". */
  instruments: z.array(z.string().min(1)).default([]),
  /** UN Sustainable Development Goal targets the outcome contributes to. */
  sdgTargets: z.array(SdgTarget).default([]),
  weight: Weight,
  /** How the outcome's KPI scores are aggregated. */
  aggregation: Aggregation.optional(),
  provenance: Provenance,
});
/** An expected outcome. */
export type Outcome = z.infer<typeof Outcome>;
