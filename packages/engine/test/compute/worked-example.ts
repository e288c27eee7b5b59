import { parseFramework, parseSubmission, type FrameworkInput } from "@pmm/model";

/** The framework of the worked example in docs/formula-language.md. */
export const workedExampleFramework: FrameworkInput = {
  id: "example",
  version: "1.0.0",
  title: { en: "Worked example" },
  provenance: "illustrative",
  dimensions: [{ id: "TF", name: { en: "Trade Facilitation and Economic Competitiveness" }, provenance: "illustrative" }],
  outcomes: [{ id: "tf.paperless", dimension: "TF", name: { en: "Paperless trade" }, provenance: "illustrative" }],
  dataElements: [
    { id: "declarations", name: { en: "Declarations lodged" }, kind: "count", provenance: "illustrative" },
    { id: "electronic_declarations", name: { en: "Declarations lodged electronically" }, kind: "count", provenance: "illustrative" },
    { id: "release_time_total", name: { en: "Total release time" }, kind: "hours", provenance: "illustrative" },
    { id: "aeo_programme", name: { en: "AEO programme in place" }, kind: "yes-no", provenance: "illustrative" },
    { id: "aeo_count", name: { en: "Authorized Economic Operators" }, kind: "count", periods: ["T", "T-1"], provenance: "illustrative" },
  ],
  kpis: [
    { id: "tf.electronic", outcome: "tf.paperless", name: { en: "Rate of electronic declarations" }, unit: "percent", direction: "descriptive", formula: "share(electronic_declarations, declarations)", provenance: "illustrative" },
    { id: "tf.release_time", outcome: "tf.paperless", name: { en: "Average release time" }, unit: "hours", direction: "descriptive", formula: "release_time_total / declarations", provenance: "illustrative" },
    { id: "tf.aeo_variation", outcome: "tf.paperless", name: { en: "Variation in the number of AEOs" }, unit: "percent", direction: "descriptive", formula: "variation(aeo_count)", applicability: "aeo_programme == 1", provenance: "illustrative" },
  ],
  validationRules: [
    { id: "electronic_within_declarations", description: { en: "Electronic declarations cannot exceed all declarations." }, condition: "electronic_declarations <= declarations", severity: "error", provenance: "illustrative" },
  ],
};

/** The submissions of the worked example: a clean one, and one with a part larger than its whole. */
export const workedExampleSubmissions = {
  clean: {
    administration: "GH",
    cycle: "pmm2023",
    values: [
      { dataElement: "declarations", period: "T", value: "10000" },
      { dataElement: "electronic_declarations", period: "T", value: "9812" },
      { dataElement: "release_time_total", period: "T", value: "452000" },
      { dataElement: "aeo_programme", period: "T", value: "1" },
      { dataElement: "aeo_count", period: "T", value: "48" },
      { dataElement: "aeo_count", period: "T-1", value: "0" },
    ],
  },
  faulty: {
    administration: "TG",
    cycle: "pmm2023",
    values: [
      { dataElement: "declarations", period: "T", value: "10000" },
      { dataElement: "electronic_declarations", period: "T", value: "10500" },
      { dataElement: "release_time_total", period: "T", value: "452000" },
      { dataElement: "aeo_programme", period: "T", value: "0" },
    ],
  },
};

/** Parses the worked example's framework and submissions. */
export function parsedWorkedExample() {
  return {
    framework: parseFramework(workedExampleFramework),
    clean: parseSubmission(workedExampleSubmissions.clean),
    faulty: parseSubmission(workedExampleSubmissions.faulty),
  };
}
