import { parseFramework, parseSubmission, type Framework, type FrameworkInput, type Submission } from "@pmm/model";
import type { AsemDataset } from "./dataset.js";

/** The cycle id the example gives the ASEM data (all values are for 2018). */
export const ASEM_CYCLE = "asem-2018";

/**
 * Expresses the ASEM tree as a framework: the index becomes the overall index, each sub-index a
 * dimension, each pillar an expected outcome and each indicator a KPI whose formula reads one
 * data element of kind `number`. Every KPI is normalised by min-max onto 0–100 and every level
 * aggregates with the weighted arithmetic mean over the children that have a score (threshold
 * 0), which is COINr's default treatment of this dataset.
 *
 * @param dataset - The parsed ASEM dataset.
 * @returns The parsed framework.
 * @throws {ModelValidationError} when the dataset's tree does not form a valid framework.
 * @example
 * ```ts
 * const framework = buildAsemFramework(await loadAsemDataset(directory));
 * framework.kpis.length; // 49
 * ```
 */
export function buildAsemFramework(dataset: AsemDataset): Framework {
  const provenance = "illustrative" as const;
  const index = dataset.aggregates.find((aggregate) => aggregate.level === 4);
  const everywhere = { method: "arithmetic" as const, threshold: "0" };

  const input: FrameworkInput = {
    id: "asem",
    version: "1.0.0",
    title: { en: index?.name ?? "ASEM Sustainable Connectivity" },
    description: { en: "The ASEM Sustainable Connectivity index of the JRC, as shipped with the COINr package, expressed as a framework of this SDK. It is not a PMM framework." },
    provenance,
    periods: ["T"],
    dimensions: dataset.aggregates
      .filter((aggregate) => aggregate.level === 3)
      .map((aggregate) => ({ id: aggregate.code, name: { en: aggregate.name }, weight: aggregate.weight, provenance })),
    outcomes: dataset.aggregates
      .filter((aggregate) => aggregate.level === 2)
      .map((aggregate) => ({ id: aggregate.code, dimension: aggregate.parent ?? "", name: { en: aggregate.name }, weight: aggregate.weight, provenance })),
    kpis: dataset.indicators.map((indicator) => ({
      id: indicator.code,
      outcome: indicator.parent,
      name: { en: indicator.name },
      unit: "number",
      direction: indicator.direction === 1 ? "higher-is-better" : "lower-is-better",
      formula: indicator.code,
      weight: indicator.weight,
      scoring: { normalisation: { method: "min-max", low: "0", high: "100" } },
      allowNotApplicable: false,
      provenance,
    })),
    dataElements: dataset.indicators.map((indicator) => ({ id: indicator.code, name: { en: indicator.name }, kind: "number", unitLabel: indicator.unit, periods: ["T"], provenance })),
    aggregation: { outcomes: everywhere, dimensions: everywhere, overall: everywhere },
  };
  return parseFramework(input);
}

/**
 * Turns each country's row into a submission of the cycle {@link ASEM_CYCLE}. A missing value
 * (NA) is left out, so the KPI's result is `missing-data`.
 *
 * @param dataset - The parsed ASEM dataset.
 * @param framework - The framework from {@link buildAsemFramework}, to check the values against.
 * @returns One parsed submission per country.
 * @throws {ModelValidationError} when a value is not a decimal.
 */
export function buildAsemSubmissions(dataset: AsemDataset, framework: Framework): Submission[] {
  return dataset.countries.map((country) =>
    parseSubmission(
      {
        administration: country.code,
        cycle: ASEM_CYCLE,
        status: "submitted",
        values: [...country.values].flatMap(([code, value]) => (value === undefined ? [] : [{ dataElement: code, period: "T", value }])),
      },
      { framework },
    ),
  );
}
