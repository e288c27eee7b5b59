import { parseFramework, type FrameworkInput, type KpiResult } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { scoreCycle } from "../../src/index.js";

const provenance = "illustrative" as const;
const scoring = { normalisation: { method: "goalposts", lower: "0", upper: "100" } } as const;

/** Scores one outcome with two KPIs of the given weights and a threshold of 0.5, k1 at 80 and k2 missing, and returns its state. */
function outcomeState(weights: [string, string]): unknown {
  const input: FrameworkInput = {
    id: "f",
    version: "1.0.0",
    title: { en: "f" },
    provenance,
    dimensions: [{ id: "D1", name: { en: "D1" }, weight: "1", provenance }],
    outcomes: [{ id: "O1", dimension: "D1", name: { en: "O1" }, weight: "1", provenance }],
    kpis: weights.map((weight, index) => ({ id: `k${index + 1}`, outcome: "O1", name: { en: `k${index + 1}` }, unit: "number", direction: "higher-is-better", formula: "a", weight, scoring, provenance })),
    dataElements: [{ id: "a", name: { en: "a" }, kind: "number", periods: ["T"], provenance }],
    aggregation: { outcomes: { method: "arithmetic", threshold: "0.5" }, dimensions: { method: "arithmetic", threshold: "0.5" } },
  } as FrameworkInput;
  const results: KpiResult[] = [
    { administration: "A", kpi: "k1", unit: "number", status: "value", value: "80", explanation: { sentence: "k1 = 80", inputs: [], steps: [] } },
    { administration: "A", kpi: "k2", unit: "number", status: "missing-data", missing: [{ dataElement: "a", period: "T" }] },
  ];
  return scoreCycle(parseFramework(input), results).outcomes[0];
}

describe("data-availability threshold", () => {
  it("scores a node whose coverage equals the threshold", () => {
    expect(outcomeState(["1", "1"])).toMatchObject({ status: "scored", score: "80" });
  });

  it("compares coverage exactly", () => {
    // By hand: the coverage is 10^29 / (2 × 10^29 + 10^-30), below 0.5 by about 2.5 × 10^-60.
    const state = outcomeState(["100000000000000000000000000000", "100000000000000000000000000000.000000000000000000000000000001"]);
    expect(state).toMatchObject({ status: "insufficient-data", coverage: "0.5", threshold: "0.5" });
    expect((state as { message: string }).message).toContain("a share just under 0.5 of its weight");
  });
});
