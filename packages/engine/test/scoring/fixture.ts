import { parseFramework, type Framework, type FrameworkInput, type KpiResult } from "@pmm/model";

const provenance = "illustrative" as const;

/**
 * A small framework that exercises every part of the scorer: two dimensions with weights 2 and
 * 1, outcomes with weights 1 and 3, fixed and data-driven normalisations, a distance-to-target
 * KPI with national targets, a descriptive KPI and a KPI without a formula.
 */
export const fixtureInput: FrameworkInput = {
  id: "fixture",
  version: "1.0.0",
  title: { en: "Scoring fixture" },
  provenance,
  dimensions: [
    { id: "D1", name: { en: "First" }, weight: 2, provenance },
    { id: "D2", name: { en: "Second" }, weight: 1, provenance },
  ],
  outcomes: [
    { id: "O1", dimension: "D1", name: { en: "O1" }, weight: 1, provenance },
    { id: "O2", dimension: "D1", name: { en: "O2" }, weight: 3, provenance },
    { id: "O3", dimension: "D2", name: { en: "O3" }, weight: 1, provenance },
    { id: "O4", dimension: "D2", name: { en: "O4" }, weight: 1, provenance },
  ],
  kpis: [
    { id: "k1", outcome: "O1", name: { en: "k1" }, unit: "number", direction: "higher-is-better", formula: "a", weight: 1, scoring: { normalisation: { method: "goalposts", lower: 0, upper: 100 } }, provenance },
    { id: "k2", outcome: "O1", name: { en: "k2" }, unit: "number", direction: "lower-is-better", formula: "a", weight: 1, scoring: { normalisation: { method: "goalposts", lower: 0, upper: 10 } }, provenance },
    { id: "k3", outcome: "O2", name: { en: "k3" }, unit: "number", direction: "higher-is-better", formula: "a", weight: 2, scoring: { normalisation: { method: "min-max" } }, provenance },
    { id: "k4", outcome: "O2", name: { en: "k4" }, unit: "number", direction: "higher-is-better", formula: "a", weight: 1, scoring: { normalisation: { method: "percentile-rank" } }, provenance },
    {
      id: "k5",
      outcome: "O3",
      name: { en: "k5" },
      unit: "number",
      direction: "higher-is-better",
      formula: "a",
      weight: 1,
      scoring: { normalisation: { method: "distance-to-target", target: 80, baseline: 20, useNationalTarget: true } },
      provenance,
    },
    { id: "k6", outcome: "O4", name: { en: "k6" }, unit: "number", direction: "descriptive", formula: "a", weight: 1, provenance },
    { id: "k7", outcome: "O3", name: { en: "k7" }, unit: "number", direction: "higher-is-better", weight: 1, provenance },
  ],
  dataElements: [{ id: "a", name: { en: "a" }, kind: "number", provenance }],
  aggregation: {
    outcomes: { method: "arithmetic", threshold: "0.5" },
    dimensions: { method: "arithmetic", threshold: "0.5" },
    overall: { method: "arithmetic", threshold: "0.5" },
  },
};

/** The fixture framework, parsed. */
export const fixture: Framework = parseFramework(fixtureInput);

/** Parses a variant of the fixture. */
export function variant(change: (input: FrameworkInput) => FrameworkInput): Framework {
  return parseFramework(change(structuredClone(fixtureInput)));
}

/** Builds a KPI result with a value and an empty explanation. */
export function valueResult(administration: string, kpi: string, value: string): KpiResult {
  return { administration, kpi, unit: "number", status: "value", value, explanation: { sentence: "test value", inputs: [], steps: [] } };
}

/** Builds a not-applicable KPI result. */
export function notApplicable(administration: string, kpi: string): KpiResult {
  return { administration, kpi, unit: "number", status: "not-applicable", reason: "declared by the administration" };
}

/** Builds a KPI result whose data are missing. */
export function missingData(administration: string, kpi: string): KpiResult {
  return { administration, kpi, unit: "number", status: "missing-data", missing: [{ dataElement: "a", period: "T" }] };
}

/**
 * The fixture's KPI results for administrations A, B and C. C declared k2 not applicable and
 * lacks the data of k4; every administration lacks a result for k6 and k7 except A.
 */
export const fixtureResults: KpiResult[] = [
  valueResult("A", "k1", "80"),
  valueResult("B", "k1", "50"),
  valueResult("C", "k1", "20"),
  valueResult("A", "k2", "2"),
  valueResult("B", "k2", "5"),
  notApplicable("C", "k2"),
  valueResult("A", "k3", "10"),
  valueResult("B", "k3", "30"),
  valueResult("C", "k3", "20"),
  valueResult("A", "k4", "1"),
  valueResult("B", "k4", "2"),
  missingData("C", "k4"),
  valueResult("A", "k5", "50"),
  valueResult("B", "k5", "90"),
  valueResult("C", "k5", "50"),
  valueResult("A", "k6", "7"),
  { administration: "A", kpi: "k7", unit: "number", status: "undefined", reason: "no-formula", message: "the framework has no formula" },
];

/** National targets: C aims at 60 for k5. */
export const fixtureSubmissions = [{ administration: "C", nationalTargets: { k5: "60" } }];
