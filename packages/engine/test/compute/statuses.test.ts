import { KpiResult, type Explanation } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { computeKpis, type ValidationFinding } from "../compile/api.js";
import { submission } from "../compile/fixtures.js";
import { CLEAN_VALUES, realisticFramework } from "./realistic.js";

const compiled = realisticFramework();

/** Checks that a result has a value and returns its explanation. */
function explanationOf(result: KpiResult): Explanation {
  expect(result.status).toBe("value");
  if (result.status !== "value") throw new Error(`expected a value, got the status ${result.status}`);
  return result.explanation;
}

function resultOf(values: Record<string, string>, kpiId: string, extra: Parameters<typeof submission>[1] = {}, findings?: ValidationFinding[]): KpiResult {
  const results = computeKpis(compiled, submission(values, extra), findings === undefined ? undefined : { findings });
  const result = results.find((entry) => entry.kpi === kpiId);
  if (result === undefined) throw new Error(`no result for ${kpiId}`);
  return result;
}

describe("KPI statuses", () => {
  it("computes a value with its explanation", () => {
    // 100 × 9812 / 10000 = 98.12, by hand.
    expect(resultOf(CLEAN_VALUES, "tf.electronic")).toEqual({
      administration: "AA",
      kpi: "tf.electronic",
      unit: "percent",
      status: "value",
      value: "98.12",
      explanation: {
        sentence: "Rate of electronic declarations = 100 × 9,812 / 10,000 = 98.12 percent",
        inputs: [
          { dataElement: "electronic_declarations", period: "T", value: "9812" },
          { dataElement: "declarations", period: "T", value: "10000" },
        ],
        steps: [{ expression: "share(electronic_declarations, declarations)", value: "98.12" }],
      },
    });
  });

  it("explains every intermediate step", () => {
    // 100 × 1250000.5 = 125000050; / 1000000 = 125.00005, rounded half-even to 4 places: 125 (by hand).
    const result = resultOf(CLEAN_VALUES, "rc.revenue");
    expect(explanationOf(result)).toEqual({
      sentence: "Revenue against target = 100 × 1,250,000.5 / 1,000,000 = 125 percent",
      inputs: [
        { dataElement: "revenue", period: "T", value: "1250000.5" },
        { dataElement: "revenue_target", period: "T", value: "1000000" },
      ],
      steps: [
        { expression: "100 * revenue", value: "125000050" },
        { expression: "100 * revenue / revenue_target", value: "125" },
      ],
    });
  });

  it("explains a variation with both periods", () => {
    // 100 × (120 − 100) / 100 = 20, by hand.
    const result = resultOf(CLEAN_VALUES, "tf.aeo_variation");
    expect(result).toMatchObject({ status: "value", value: "20" });
    expect(explanationOf(result).sentence).toBe("Variation in the number of AEOs = 100 × (120 - 100) / 100 = 20 percent");
    expect(explanationOf(result).inputs.map((input) => input.period)).toEqual(["T", "T-1"]);
  });

  it("gives not-applicable for a declared KPI, never zero", () => {
    expect(resultOf(CLEAN_VALUES, "tf.electronic", { notApplicable: [{ kpi: "tf.electronic", reason: "no electronic system" }] })).toEqual({
      administration: "AA",
      kpi: "tf.electronic",
      unit: "percent",
      status: "not-applicable",
      reason: "no electronic system",
      basis: "declared",
    });
  });

  it("ignores a declaration on a KPI that does not allow it", () => {
    const result = resultOf(CLEAN_VALUES, "esp.seizure_rate", { notApplicable: [{ kpi: "esp.seizure_rate", reason: "not tracked" }] });
    // 1000 × 37 / 10000 = 3.7, by hand.
    expect(result).toMatchObject({ status: "value", value: "3.7" });
  });

  it("gives not-applicable when the applicability condition is false", () => {
    const values = { ...CLEAN_VALUES, aeo_programme: "0", "aeo_count[T]": "0", "aeo_count[T-1]": "0" };
    expect(resultOf(values, "tf.aeo_variation")).toMatchObject({
      status: "not-applicable",
      basis: "applicability",
      reason: "the applicability condition aeo_programme == 1 does not hold",
    });
  });

  it("gives missing-data with every absent figure in framework order", () => {
    const { declarations: _, electronic_declarations: __, ...values } = CLEAN_VALUES;
    expect(resultOf(values, "tf.electronic")).toMatchObject({
      status: "missing-data",
      missing: [
        { dataElement: "declarations", period: "T" },
        { dataElement: "electronic_declarations", period: "T" },
      ],
    });
  });

  it("gives missing-data for an absent T-1", () => {
    const { "aeo_count[T-1]": _, ...values } = CLEAN_VALUES;
    expect(resultOf(values, "tf.aeo_variation")).toMatchObject({ status: "missing-data", missing: [{ dataElement: "aeo_count", period: "T-1" }] });
  });

  it("gives missing-data when the applicability condition cannot be decided", () => {
    const { aeo_programme: _, ...values } = CLEAN_VALUES;
    expect(resultOf(values, "tf.aeo_variation")).toMatchObject({ status: "missing-data", missing: [{ dataElement: "aeo_programme", period: "T" }] });
  });

  it("gives undefined for a zero denominator", () => {
    const values = { ...CLEAN_VALUES, declarations: "0", electronic_declarations: "0" };
    expect(resultOf(values, "tf.electronic", {}, [])).toMatchObject({ status: "undefined", reason: "division-by-zero", message: "division by zero: declarations is 0 in share(electronic_declarations, declarations)" });
  });

  it("gives undefined for a zero base", () => {
    expect(resultOf({ ...CLEAN_VALUES, "aeo_count[T-1]": "0" }, "tf.aeo_variation")).toMatchObject({ status: "undefined", reason: "zero-base" });
  });

  it("gives undefined without a formula", () => {
    expect(resultOf(CLEAN_VALUES, "tf.unpublished")).toEqual({
      administration: "AA",
      kpi: "tf.unpublished",
      unit: "number",
      status: "undefined",
      reason: "no-formula",
      message: 'KPI "tf.unpublished" has no formula in this framework, so it has no value',
    });
  });

  it("gives invalid when a rule error names a value the KPI reads", () => {
    const values = { ...CLEAN_VALUES, electronic_declarations: "10500" };
    expect(resultOf(values, "tf.electronic")).toEqual({
      administration: "AA",
      kpi: "tf.electronic",
      unit: "percent",
      status: "invalid",
      rules: ["electronic_within_declarations"],
      blockedBy: [
        { dataElement: "electronic_declarations", period: "T" },
        { dataElement: "declarations", period: "T" },
      ],
      message: "blocked by validation errors on electronic_declarations[T], declarations[T] (electronic_within_declarations): correct the data, then compute again",
    });
    // The release time reads declarations too: both values of the failed rule are suspect.
    expect(resultOf(values, "tf.release").status).toBe("invalid");
    // The revenue KPI reads neither, so it is computed.
    expect(resultOf(values, "rc.revenue").status).toBe("value");
  });

  it("gives invalid for a built-in data error", () => {
    expect(resultOf({ ...CLEAN_VALUES, seizures: "-1" }, "esp.seizure_rate")).toMatchObject({ status: "invalid", rules: ["data-value.negative"] });
  });

  it("blocks a KPI whose applicability condition reads a faulty value", () => {
    expect(resultOf({ ...CLEAN_VALUES, aeo_programme: "2" }, "tf.aeo_variation")).toMatchObject({ status: "invalid", rules: ["data-value.not-yes-no", "aeo_without_programme"] });
  });

  it("does not block on a warning", () => {
    // 2,500,000 hours / 10,000 declarations = 250 hours: above the plausible 240, a warning only.
    expect(resultOf({ ...CLEAN_VALUES, release_hours: "2500000" }, "tf.release")).toMatchObject({ status: "value", value: "250" });
  });

  it("blocks nothing when given no findings", () => {
    const values = { ...CLEAN_VALUES, electronic_declarations: "10500" };
    expect(resultOf(values, "tf.electronic", {}, [])).toMatchObject({ status: "value", value: "105" });
  });

  it("writes units in the sentence", () => {
    // 250000 / 10000 = 25 hours; 1000 × 37 / 10000 = 3.7 per 1,000 (by hand).
    const release = resultOf(CLEAN_VALUES, "tf.release");
    expect(explanationOf(release).sentence).toBe("Average release time = 250,000 / 10,000 = 25 hours");
    const rate = resultOf(CLEAN_VALUES, "esp.seizure_rate");
    expect(explanationOf(rate).sentence).toBe("Seizures per 1,000 declarations = 1,000 × 37 / 10,000 = 3.7 per 1,000");
  });

  it("returns results in framework order that parse with the KpiResult schema", () => {
    const variants = [
      CLEAN_VALUES,
      { ...CLEAN_VALUES, electronic_declarations: "10500" },
      { ...CLEAN_VALUES, "aeo_count[T-1]": "0" },
      { declarations: "0" },
      {},
    ];
    const statuses = new Set<string>();
    for (const values of variants) {
      const results = computeKpis(compiled, submission(values, { notApplicable: [{ kpi: "rc.revenue", reason: "no target" }] }));
      expect(results.map((result) => result.kpi)).toEqual(compiled.kpis.map((entry) => entry.kpi.id));
      for (const result of results) {
        expect(KpiResult.parse(result)).toEqual(result);
        statuses.add(result.status);
      }
    }
    expect([...statuses].sort()).toEqual(["invalid", "missing-data", "not-applicable", "undefined", "value"]);
  });
});
