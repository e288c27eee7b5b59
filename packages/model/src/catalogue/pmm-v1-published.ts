import type { FrameworkInput } from "../framework/framework.js";
import { pmmV1PublishedDataElements, pmmV1PublishedValidationRules } from "./pmm-v1-published-data.js";

const NAME_ONLY = "The WCO has published the name of this KPI but not its formula.";
const OUTCOME_NOT_PUBLISHED = "Its expected outcome is not published either.";
const GOALPOSTS_CHOSEN = "The goalposts are this project's choice, because the WCO has not published how PMM scores are made:";
const NO_FORMULA =
  "The WCO has published the name of this KPI but not what it measures or how it is computed, so this framework gives it no formula: it is listed and reported, but never has a value. Its unit (number) and direction are placeholders.";

/** Makes the placeholder outcome of a dimension, for published KPIs whose expected outcome is not published. */
function unpublishedOutcome(id: string, dimension: string, dimensionName: string): FrameworkInput["outcomes"][number] {
  return {
    id,
    dimension,
    name: { en: `Outcome not published (${dimensionName})` },
    description: {
      en: `Holds the published KPIs of the ${dimensionName} dimension whose expected outcome the WCO has not published. It is not a PMM outcome: this project made it so that every KPI has a place in the hierarchy, and placed the KPIs in this dimension by their names.`,
    },
    provenance: "illustrative",
  };
}

/**
 * The published part of version 1 of the WCO Performance Measurement Mechanism. It has the four
 * performance dimensions, the three published expected outcomes and the nine published KPIs,
 * with their official names. The framework and those items are marked `provenance: "published"`.
 *
 * The WCO has published these names but no formula, unit or scoring. Where a KPI's name or the
 * WCO's description of it states its meaning (the six share and variation KPIs), this
 * framework gives it a formula and says in `interpretation` how this project reads it. The
 * other three KPIs (data standardization, effectiveness of post-clearance controls,
 * effectiveness of controls on drugs) have no formula. Parts that this project had to add are
 * marked `provenance: "illustrative"`: the data elements and validation rules (their names are
 * not published) and one "Outcome not published" outcome per dimension for the KPIs whose
 * expected outcome is not published. Scored KPIs use fixed goalposts, chosen by this project.
 *
 * This is a {@link FrameworkInput}: plain JSON-compatible data. Pass it to `parseFramework`
 * for a typed `Framework` with defaults filled in.
 *
 * @example
 * ```ts
 * import { parseFramework, pmmV1PublishedFramework } from "@pmm/model";
 *
 * const framework = parseFramework(pmmV1PublishedFramework);
 * framework.kpis.length; // 9
 * ```
 */
export const pmmV1PublishedFramework: FrameworkInput = {
  id: "pmm-v1-published",
  version: "1.0.0",
  title: { en: "WCO Performance Measurement Mechanism, version 1: published KPIs" },
  description: {
    en: "The dimensions, expected outcomes and KPIs of PMM version 1 whose names the WCO has published: 4 of 4 dimensions, 3 of 23 expected outcomes and 9 of 51 KPIs. Formulas, data elements and scoring are this project's reading and are marked as such.",
  },
  provenance: "published",
  periods: ["T", "T-1"],
  dimensions: [
    { id: "TF", name: { en: "Trade Facilitation and Economic Competitiveness" }, provenance: "published" },
    { id: "RC", name: { en: "Revenue Collection" }, provenance: "published" },
    { id: "ESP", name: { en: "Enforcement, Security and Protection of Society" }, provenance: "published" },
    { id: "OD", name: { en: "Organizational Development" }, provenance: "published" },
  ],
  outcomes: [
    { id: "tf.paperless", dimension: "TF", name: { en: "Paperless trade" }, provenance: "published" },
    { id: "tf.trust", dimension: "TF", name: { en: "Increased trust in the relationship with trade" }, provenance: "published" },
    { id: "tf.ecommerce", dimension: "TF", name: { en: "More efficiency of clearance and delivery in e-commerce" }, provenance: "published" },
    unpublishedOutcome("rc.not_published", "RC", "Revenue Collection"),
    unpublishedOutcome("esp.not_published", "ESP", "Enforcement, Security and Protection of Society"),
    unpublishedOutcome("od.not_published", "OD", "Organizational Development"),
  ],
  kpis: [
    {
      id: "tf.electronic_declarations",
      outcome: "tf.paperless",
      name: { en: "Rate of electronic declarations" },
      unit: "percent",
      direction: "higher-is-better",
      formula: "share(electronic_declarations, declarations)",
      scoring: { normalisation: { method: "goalposts", lower: "0", upper: "100" } },
      provenance: "published",
      interpretation: `${NAME_ONLY} The WCO describes it as the share of declarations lodged and processed electronically; this project computes 100 × electronic declarations / all goods declarations of year T. ${GOALPOSTS_CHOSEN} 0 % scores 0 and 100 % scores 100, the whole range of a share.`,
    },
    {
      id: "tf.aeo_variation",
      outcome: "tf.trust",
      name: { en: "Variation in the number of Authorized Economic Operators (AEOs)" },
      unit: "percent",
      direction: "higher-is-better",
      formula: "variation(aeo_count)",
      scoring: { normalisation: { method: "goalposts", lower: "-10", upper: "10" } },
      provenance: "published",
      interpretation: `${NAME_ONLY} This project reads it as the percentage change in the number of AEOs from the end of T-1 to the end of T, and takes growth as better. An administration without an AEO programme declares it not applicable. ${GOALPOSTS_CHOSEN} a fall of 10 % or more scores 0, growth of 10 % or more scores 100, and no change scores 50.`,
    },
    {
      id: "tf.aeo_involvement",
      outcome: "tf.trust",
      name: { en: "AEO involvement in trade" },
      unit: "percent",
      direction: "higher-is-better",
      formula: "share(aeo_trade_value, trade_value)",
      scoring: { normalisation: { method: "goalposts", lower: "0", upper: "100" } },
      provenance: "published",
      interpretation: `${NAME_ONLY} The WCO describes it as the share of the value of import and export trade generated by AEOs; this project computes 100 × AEO trade value / trade value of year T. ${GOALPOSTS_CHOSEN} 0 % scores 0 and 100 % scores 100, the whole range of a share.`,
    },
    {
      id: "tf.ecommerce_share",
      outcome: "tf.ecommerce",
      name: { en: "Share of e-commerce shipments" },
      unit: "percent",
      direction: "descriptive",
      formula: "share(ecommerce_shipments, shipments)",
      provenance: "published",
      interpretation: `${NAME_ONLY} The WCO describes it as the share of import and export shipments that are e-commerce, and neither a higher nor a lower share is better; this project computes 100 × e-commerce shipments / all shipments of year T and benchmarks it without a score.`,
    },
    {
      id: "rc.post_clearance_effectiveness",
      outcome: "rc.not_published",
      name: { en: "Effectiveness of post-clearance controls" },
      unit: "number",
      direction: "higher-is-better",
      provenance: "published",
      interpretation: `${NO_FORMULA} ${OUTCOME_NOT_PUBLISHED} This project places it under Revenue Collection, because post-clearance controls recover duties and taxes.`,
    },
    {
      id: "esp.drug_control_effectiveness",
      outcome: "esp.not_published",
      name: { en: "Effectiveness of controls on drugs" },
      unit: "number",
      direction: "higher-is-better",
      provenance: "published",
      interpretation: `${NO_FORMULA} ${OUTCOME_NOT_PUBLISHED}`,
    },
    {
      id: "esp.alcohol_seizure_variation",
      outcome: "esp.not_published",
      name: { en: "Variation in the number of alcohol seizures" },
      unit: "percent",
      direction: "descriptive",
      formula: "variation(alcohol_seizures)",
      provenance: "published",
      interpretation: `${NAME_ONLY} ${OUTCOME_NOT_PUBLISHED} This project reads it as the percentage change in the number of alcohol seizure cases from T-1 to T. More seizures can mean better enforcement or more smuggling, so it is benchmarked without a score.`,
    },
    {
      id: "esp.information_request_variation",
      outcome: "esp.not_published",
      name: { en: "Annual variation in requests for information" },
      unit: "percent",
      direction: "descriptive",
      formula: "variation(information_requests_received)",
      provenance: "published",
      interpretation: `${NAME_ONLY} ${OUTCOME_NOT_PUBLISHED} This project reads it as the percentage change from T-1 to T in the requests for information received from other Customs administrations, and places it under Enforcement, Security and Protection of Society. It describes demand, so it is benchmarked without a score.`,
    },
    {
      id: "od.data_standardization",
      outcome: "od.not_published",
      name: { en: "Data standardization" },
      unit: "number",
      direction: "higher-is-better",
      provenance: "published",
      interpretation: `${NO_FORMULA} ${OUTCOME_NOT_PUBLISHED} Its dimension is not published: this project places it under Organizational Development, the only dimension without another published KPI, so that all four dimensions appear.`,
    },
  ],
  dataElements: pmmV1PublishedDataElements,
  validationRules: pmmV1PublishedValidationRules,
};
