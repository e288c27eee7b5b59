import { z } from "zod";
import { Id, LocalizedText, Provenance } from "../primitives.js";
import { DisclosureLevel } from "../disclosure.js";
import { KpiScoring } from "./scoring.js";
import { Weight } from "./tree.js";

/** The unit of a KPI's result. `percent` is a ratio times 100; `per-1000` is a rate per 1,000. */
export const KpiUnit = z.enum(["percent", "ratio", "per-1000", "count", "currency", "hours", "days", "number", "yes-no"]);
/** The unit of a KPI's result. */
export type KpiUnit = z.infer<typeof KpiUnit>;

/**
 * Which way is better: `higher-is-better`, `lower-is-better`, or `descriptive` when neither is
 * (such as the share of e-commerce shipments). Descriptive KPIs are benchmarked, never scored.
 */
export const Direction = z.enum(["higher-is-better", "lower-is-better", "descriptive"]);
/** The direction in which a KPI improves. */
export type Direction = z.infer<typeof Direction>;

/** A key performance indicator: a formula over data elements, with its unit and scoring. */
export const Kpi = z.strictObject({
  id: Id,
  outcome: Id,
  name: LocalizedText,
  description: LocalizedText.optional(),
  unit: KpiUnit,
  direction: Direction,
  /**
   * The formula in the PMM formula language, such as `share(electronic_declarations, declarations)`.
   * Left out only when the WCO has published the KPI's name but not how it is computed; such a
   * KPI is listed and reported, but never has a value.
   */
  formula: z.string().trim().min(1, { message: "a formula must not be empty: write one such as \"share(a, b)\", or leave the field out" }).optional(),
  weight: Weight,
  /** The normalisation of the value, required unless the KPI is descriptive or has no formula. */
  scoring: KpiScoring.optional(),
  /** The disclosure level used when an administration does not choose one. */
  disclosureDefault: DisclosureLevel.default("wco"),
  /** Whether an administration may declare the KPI not applicable. */
  allowNotApplicable: z.boolean().default(true),
  /** A condition in the formula language; when it is false the KPI is not applicable. */
  applicability: z.string().trim().min(1).optional(),
  provenance: Provenance,
  /** This project's reading of a KPI whose name alone the WCO has published. */
  interpretation: z.string().min(1).optional(),
});
/** A key performance indicator. */
export type Kpi = z.infer<typeof Kpi>;
/** A KPI as written in a framework document, before defaults are applied. */
export type KpiInput = z.input<typeof Kpi>;

/** Severity of a validation finding: an error blocks the KPIs that use the value, a warning does not. */
export const Severity = z.enum(["error", "warning"]);
/** Severity of a validation finding. */
export type Severity = z.infer<typeof Severity>;

/**
 * A check on submitted data, written as a condition in the formula language that must hold,
 * such as `electronic_declarations <= declarations`.
 */
export const ValidationRule = z.strictObject({
  id: Id,
  description: LocalizedText,
  condition: z.string().trim().min(1, { message: "a validation rule needs a condition, such as \"a <= b\"" }),
  severity: Severity,
  provenance: Provenance,
});
/** A check on submitted data. */
export type ValidationRule = z.infer<typeof ValidationRule>;
