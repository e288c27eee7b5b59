// Small valid documents that the tests copy and break one field at a time.
import { expect } from "vitest";
import type { FrameworkInput, ModelProblem, SafeParseResult } from "../../src/index.js";

/** A framework with one dimension, one outcome, two KPIs (one scored, one descriptive) and five data elements. */
export function minimalFramework(): FrameworkInput {
  return {
    id: "mini",
    version: "1.0.0",
    title: { en: "Minimal framework" },
    provenance: "illustrative",
    dimensions: [{ id: "TF", name: { en: "Trade Facilitation and Economic Competitiveness" }, provenance: "published" }],
    outcomes: [{ id: "paperless", dimension: "TF", name: { en: "Paperless trade" }, provenance: "published" }],
    kpis: [
      {
        id: "e_decl",
        outcome: "paperless",
        name: { en: "Rate of electronic declarations" },
        unit: "percent",
        direction: "higher-is-better",
        formula: "share(electronic_declarations, declarations)",
        scoring: { normalisation: { method: "goalposts", lower: 0, upper: 100 } },
        provenance: "published",
      },
      {
        id: "ecom",
        outcome: "paperless",
        name: { en: "Share of e-commerce shipments" },
        unit: "percent",
        direction: "descriptive",
        formula: "share(ecommerce_shipments, shipments)",
        allowNotApplicable: false,
        provenance: "published",
      },
    ],
    dataElements: [
      { id: "declarations", name: { en: "Declarations" }, kind: "count", provenance: "illustrative" },
      { id: "electronic_declarations", name: { en: "Electronic declarations" }, kind: "count", periods: ["T", "T-1"], provenance: "illustrative" },
      { id: "shipments", name: { en: "Shipments" }, kind: "count", provenance: "illustrative" },
      { id: "ecommerce_shipments", name: { en: "E-commerce shipments" }, kind: "count", provenance: "illustrative" },
      { id: "single_window", name: { en: "Single window in place" }, kind: "yes-no", provenance: "illustrative" },
    ],
  };
}

/** A valid administration document. */
export function ghana(): Record<string, unknown> {
  return {
    id: "GH",
    name: { en: "Ghana Revenue Authority, Customs Division" },
    region: "West and Central Africa",
    incomeGroup: "lower-middle",
    landlocked: false,
    smallIsland: false,
    type: "revenue-authority",
  };
}

/** A valid cycle document: the 2023 cycle, which collected data for 2022. */
export function cycle2023(): Record<string, unknown> {
  return {
    id: "pmm-2023",
    launchYear: 2023,
    reportingYear: 2022,
    framework: { id: "mini", version: "1.0.0" },
    opens: "2023-12-05",
    closes: "2024-06-30",
  };
}

/** A valid submission against {@link minimalFramework}. */
export function submission(): Record<string, unknown> {
  return {
    administration: "GH",
    cycle: "pmm-2023",
    values: [
      { dataElement: "declarations", period: "T", value: 120000 },
      { dataElement: "electronic_declarations", period: "T", value: "118000" },
      { dataElement: "electronic_declarations", period: "T-1", value: 110000 },
      { dataElement: "single_window", period: "T", value: 1 },
    ],
    notApplicable: [{ kpi: "e_decl", reason: "declarations are not lodged electronically yet" }],
    disclosure: { e_decl: "public" },
    nationalTargets: { e_decl: "99.5" },
    status: "submitted",
    history: [
      { status: "draft", at: "2024-01-10T09:00:00Z" },
      { status: "submitted", at: "2024-03-01T16:30:00+01:00" },
    ],
  };
}

/** A valid, completed peer review. */
export function peerReview(): Record<string, unknown> {
  return {
    id: "GH-2023-review",
    administration: "GH",
    cycle: "pmm-2023",
    status: "completed",
    requestedOn: "2024-07-01",
    startsOn: "2024-09-16",
    endsOn: "2024-09-20",
    completedOn: "2024-10-31",
    reviewers: [
      { name: "A. Mensah", role: "peer-reviewer", affiliation: "Customs administration of another Member" },
      { name: "B. Dupont", role: "diagnostic-facilitator" },
      { name: "C. Ito", role: "wco-secretariat", affiliation: "WCO Secretariat" },
    ],
    findings: [
      { scope: "dimension", dimension: "TF", rating: "partly-confirmed", text: "Manual declarations at land borders are not counted.", severity: "major" },
      { scope: "kpi", kpi: "e_decl", rating: "confirmed", severity: "observation" },
    ],
    adjustedValues: [
      { dataElement: "declarations", period: "T", originalValue: 120000, adjustedValue: "124500", reason: "manual declarations at land borders were left out" },
    ],
    summary: "The self-assessment is credible; counts of manual declarations need a fix.",
  };
}

/** Asserts that a safe parse failed with a problem at `path`, and returns that problem. */
export function expectProblem<T>(result: SafeParseResult<T>, path: string): ModelProblem {
  expect(result.success, `expected a problem at ${path}`).toBe(false);
  if (result.success) throw new Error("unreachable");
  const problem = result.problems.find((item) => item.path === path);
  expect(problem, `no problem at ${path}; got ${JSON.stringify(result.problems.map((item) => [item.path, item.message]))}`).toBeDefined();
  return problem as ModelProblem;
}

/** Asserts that a safe parse succeeded, and returns the data. */
export function expectSuccess<T>(result: SafeParseResult<T>): T {
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.problems.map((item) => [item.path, item.message]))}`);
  return result.data;
}

/** A deep copy of a JSON value, so that a test can change it without touching the fixture. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
