import type { FrameworkInput } from "../framework/framework.js";
import { OFFICIAL_DIMENSIONS } from "../framework/tree.js";
import { illustrativeDataElements } from "./pmm-illustrative-data-elements.js";
import { illustrativeEspKpis, illustrativeEspOutcomes } from "./pmm-illustrative-esp.js";
import { illustrativeOdKpis, illustrativeOdOutcomes } from "./pmm-illustrative-od.js";
import { illustrativeRcKpis, illustrativeRcOutcomes } from "./pmm-illustrative-rc.js";
import { illustrativeValidationRules } from "./pmm-illustrative-rules.js";
import { illustrativeTfKpis, illustrativeTfOutcomes } from "./pmm-illustrative-tf.js";

/**
 * A complete, illustrative PMM framework: the four official dimensions, 14 expected outcomes,
 * 28 KPIs, 40 data elements and 25 validation rules, with scoring settings and an overall
 * index.
 *
 * The official PMM catalogue (its formulas, weights and scoring) is not public, so this
 * framework exists to show and test a complete assessment end to end. The dimension names, three
 * outcome names and nine KPI names are the published PMM names (`provenance: "published"`);
 * the formulas of those nine KPIs are this project's interpretation, stated in each KPI's
 * `interpretation`. Everything else is `provenance: "illustrative"`: plausible Customs KPIs,
 * not WCO definitions.
 *
 * Scoring uses fixed goalposts for most KPIs, and distance to target, bands and percentile
 * rank for a few. Weights are equal except: the outcome "Fast and predictable clearance" (2),
 * the KPIs "Average release time" (2) and "Revenue collected against target" (2). The overall
 * index is the arithmetic mean of the four dimension scores and needs at least three of them.
 *
 * This is a {@link FrameworkInput}: plain JSON-compatible data. Pass it to `parseFramework` for
 * a typed `Framework` with defaults filled in.
 *
 * @example
 * ```ts
 * import { parseFramework, pmmIllustrativeFramework } from "@pmm/model";
 *
 * const framework = parseFramework(pmmIllustrativeFramework);
 * framework.kpis.length; // 28
 * ```
 */
export const pmmIllustrativeFramework: FrameworkInput = {
  id: "pmm-illustrative",
  version: "1.0.0",
  title: { en: "PMM illustrative framework" },
  description: {
    en: "A complete framework over the four PMM dimensions for demonstrations and tests. Published PMM names are kept; every formula, weight and scoring setting is illustrative, because the official catalogue is not public.",
  },
  provenance: "illustrative",
  periods: ["T", "T-1"],
  dimensions: [
    { id: "TF", name: { en: OFFICIAL_DIMENSIONS.TF }, provenance: "published" },
    { id: "RC", name: { en: OFFICIAL_DIMENSIONS.RC }, provenance: "published" },
    { id: "ESP", name: { en: OFFICIAL_DIMENSIONS.ESP }, provenance: "published" },
    { id: "OD", name: { en: OFFICIAL_DIMENSIONS.OD }, provenance: "published" },
  ],
  outcomes: [...illustrativeTfOutcomes, ...illustrativeRcOutcomes, ...illustrativeEspOutcomes, ...illustrativeOdOutcomes],
  kpis: [...illustrativeTfKpis, ...illustrativeRcKpis, ...illustrativeEspKpis, ...illustrativeOdKpis],
  dataElements: illustrativeDataElements,
  validationRules: illustrativeValidationRules,
  aggregation: {
    outcomes: { method: "arithmetic", threshold: "0.5" },
    dimensions: { method: "arithmetic", threshold: "0.5" },
    overall: { method: "arithmetic", threshold: "0.75" },
  },
};
