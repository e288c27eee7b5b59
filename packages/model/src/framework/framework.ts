import { z } from "zod";
import { Id, LocalizedText, Period, Provenance } from "../primitives.js";
import { DataElement } from "./data-element.js";
import { Kpi, ValidationRule } from "./kpi.js";
import { Aggregation } from "./scoring.js";
import { Dimension, Outcome } from "./tree.js";
import { checkFrameworkReferences } from "./framework-checks.js";

/**
 * Default aggregation at each level of the tree. A node's own `aggregation` overrides these.
 * The overall index is computed only when `overall` is set.
 */
export const FrameworkAggregation = z.strictObject({
  /** How KPI scores aggregate into an outcome score. */
  outcomes: Aggregation.default({ method: "arithmetic", threshold: "0.5" }),
  /** How outcome scores aggregate into a dimension score. */
  dimensions: Aggregation.default({ method: "arithmetic", threshold: "0.5" }),
  /** How dimension scores aggregate into an overall index; no overall index when absent. */
  overall: Aggregation.optional(),
});
/** Default aggregation at each level of the tree. */
export type FrameworkAggregation = z.infer<typeof FrameworkAggregation>;

const FrameworkShape = z.strictObject({
  id: Id,
  /** Version of the framework, such as "1.0.0". */
  version: z.string().regex(/^\d+\.\d+(\.\d+)?([-+][0-9A-Za-z.-]+)?$/, {
    message: "expected a version such as \"1.0.0\"",
  }),
  title: LocalizedText,
  description: LocalizedText.optional(),
  provenance: Provenance,
  /** The periods the framework collects: the reporting year T and, for variation KPIs, T-1. */
  periods: z.array(Period).min(1).default(["T", "T-1"]),
  dimensions: z.array(Dimension).min(1, { message: "a framework needs at least one dimension" }),
  outcomes: z.array(Outcome).min(1, { message: "a framework needs at least one expected outcome" }),
  kpis: z.array(Kpi).min(1, { message: "a framework needs at least one KPI" }),
  dataElements: z.array(DataElement).min(1, { message: "a framework needs at least one data element" }),
  validationRules: z.array(ValidationRule).default([]),
  aggregation: FrameworkAggregation.default({
    outcomes: { method: "arithmetic", threshold: "0.5" },
    dimensions: { method: "arithmetic", threshold: "0.5" },
  }),
});

/**
 * A performance measurement framework: dimensions, expected outcomes, KPIs, data elements,
 * validation rules and scoring settings, all as data. Besides the shape, parsing checks that
 * ids are unique, that every reference points to an existing item, that every non-descriptive
 * KPI has scoring settings and that sibling weights are not all zero.
 *
 * Formulas are kept as text here; `@pmm/engine` compiles and checks them.
 */
export const Framework = FrameworkShape.superRefine(checkFrameworkReferences);
/** A performance measurement framework. */
export type Framework = z.infer<typeof Framework>;
/** A framework as written in a JSON document, before defaults are applied. */
export type FrameworkInput = z.input<typeof Framework>;
