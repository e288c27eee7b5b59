import { parseSubmission } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { PmmEngineError, computeKpis, validateSubmission, type ValidationFinding } from "../compile/api.js";
import { submission } from "../compile/fixtures.js";
import { CLEAN_VALUES, realisticFramework } from "../compute/realistic.js";

const compiled = realisticFramework();

function findingsOf(values: Record<string, string>, extra: Parameters<typeof submission>[1] = {}): ValidationFinding[] {
  return validateSubmission(compiled, submission(values, extra));
}

describe("validateSubmission", () => {
  it("finds nothing in clean data", () => {
    expect(findingsOf(CLEAN_VALUES)).toEqual([]);
  });

  it("reports a built-in data error with every field", () => {
    expect(findingsOf({ ...CLEAN_VALUES, seizures: "-1" })).toEqual([
      {
        kind: "data-value",
        severity: "error",
        rule: "data-value.negative",
        administration: "AA",
        dataElements: ["seizures"],
        period: "T",
        values: [{ dataElement: "seizures", period: "T", value: "-1" }],
        message: "seizures[T] is -1: a count cannot be negative; enter the value as 0 or above",
      },
    ]);
  });

  it.each([
    ["declarations", "12.5", "data-value.not-integer"],
    ["aeo_programme", "2", "data-value.not-yes-no"],
    ["paperless_share", "120", "data-value.share-out-of-range"],
    ["satisfaction", "0.5", "data-value.below-minimum"],
    ["satisfaction", "7", "data-value.above-maximum"],
  ])("reports %s = %s as %s", (name, value, rule) => {
    const rules = findingsOf({ ...CLEAN_VALUES, [name]: value }).map((finding) => finding.rule);
    expect(rules).toContain(rule);
  });

  it("warns about a period the data element does not collect, and blocks nothing", () => {
    const findings = findingsOf({ ...CLEAN_VALUES, "declarations[T-1]": "9000" });
    expect(findings).toMatchObject([{ kind: "data-value", severity: "warning", rule: "data-value.period-not-collected", period: "T-1" }]);
    expect(computeKpis(compiled, submission({ ...CLEAN_VALUES, "declarations[T-1]": "9000" })).every((result) => result.status !== "invalid")).toBe(true);
  });

  it("reports a failed rule with the values it read", () => {
    expect(findingsOf({ ...CLEAN_VALUES, electronic_declarations: "10500" })).toEqual([
      {
        kind: "rule",
        severity: "error",
        rule: "electronic_within_declarations",
        administration: "AA",
        dataElements: ["electronic_declarations", "declarations"],
        period: "T",
        values: [
          { dataElement: "electronic_declarations", period: "T", value: "10500" },
          { dataElement: "declarations", period: "T", value: "10000" },
        ],
        message: "Electronic declarations cannot exceed all declarations: electronic_declarations <= declarations does not hold, with electronic_declarations[T] = 10,500 and declarations[T] = 10,000",
      },
    ]);
  });

  it("reports a failed warning rule with its severity", () => {
    expect(findingsOf({ ...CLEAN_VALUES, release_hours: "2500000" })).toMatchObject([{ kind: "rule", severity: "warning", rule: "release_time_plausible" }]);
  });

  it("skips a rule whose data are missing, as info", () => {
    const { electronic_declarations: _, ...values } = CLEAN_VALUES;
    const findings = findingsOf(values);
    expect(findings).toContainEqual({
      kind: "rule-skipped",
      severity: "info",
      rule: "electronic_within_declarations",
      administration: "AA",
      dataElements: ["electronic_declarations", "declarations"],
      period: "T",
      values: [{ dataElement: "electronic_declarations", period: "T" }, { dataElement: "declarations", period: "T", value: "10000" }],
      message: 'rule "electronic_within_declarations" (Electronic declarations cannot exceed all declarations) was not checked: electronic_declarations[T] is missing',
    });
  });

  it("skips a rule that has no value, as info", () => {
    const findings = findingsOf({ ...CLEAN_VALUES, declarations: "0", electronic_declarations: "0" });
    expect(findings).toContainEqual(expect.objectContaining({ kind: "rule-skipped", rule: "release_time_plausible", message: 'rule "release_time_plausible" (An average release time above 240 hours is implausible) was not checked: division by zero: declarations is 0 in release_hours / declarations' }));
  });

  it("decides a rule with three-valued logic", () => {
    // aeo_programme == 1 holds, so the rule holds whatever aeo_count is.
    const { "aeo_count[T]": _, ...values } = CLEAN_VALUES;
    expect(findingsOf(values).filter((finding) => finding.rule === "aeo_without_programme")).toEqual([]);
  });

  it("warns about a missing value, naming the KPIs that need it", () => {
    const { "aeo_count[T-1]": _, ...values } = CLEAN_VALUES;
    expect(findingsOf(values)).toEqual([
      {
        kind: "missing-value",
        severity: "warning",
        rule: "missing-value",
        administration: "AA",
        dataElements: ["aeo_count"],
        period: "T-1",
        values: [{ dataElement: "aeo_count", period: "T-1" }],
        kpis: ["tf.aeo_variation"],
        message: "aeo_count[T-1] is missing, so KPI tf.aeo_variation cannot be computed: submit it, or declare the KPI not applicable",
      },
    ]);
  });

  it("lists every KPI that needs a missing value", () => {
    const { declarations: _, ...values } = CLEAN_VALUES;
    const missing = findingsOf(values).filter((finding) => finding.kind === "missing-value");
    expect(missing).toHaveLength(1);
    expect(missing[0]!.kpis).toEqual(["tf.electronic", "tf.release", "esp.seizure_rate"]);
  });

  it("needs no value for a KPI declared not applicable", () => {
    const { "aeo_count[T-1]": _, ...values } = CLEAN_VALUES;
    expect(findingsOf(values, { notApplicable: [{ kpi: "tf.aeo_variation", reason: "no AEO programme" }] })).toEqual([]);
  });

  it("needs no value for a KPI whose applicability condition is false", () => {
    expect(findingsOf({ ...CLEAN_VALUES, aeo_programme: "0", "aeo_count[T]": "0", "aeo_count[T-1]": "0" })).toEqual([]);
    const values: Record<string, string> = { ...CLEAN_VALUES, aeo_programme: "0", "aeo_count[T]": "0" };
    delete values["aeo_count[T-1]"];
    expect(findingsOf(values)).toEqual([]);
  });

  it("warns about an unknown data element with a suggestion", () => {
    expect(findingsOf({ ...CLEAN_VALUES, declaration: "5" })).toEqual([
      {
        kind: "unknown-data-element",
        severity: "warning",
        rule: "unknown-data-element",
        administration: "AA",
        dataElements: ["declaration"],
        period: "T",
        values: [{ dataElement: "declaration", period: "T", value: "5" }],
        message: '"declaration" is not a data element of this framework, so its value is not used: did you mean "declarations"?',
      },
    ]);
  });

  it("reports declarations of unknown KPIs and of KPIs that do not allow them", () => {
    const findings = findingsOf(CLEAN_VALUES, { notApplicable: [{ kpi: "tf.nope", reason: "x" }, { kpi: "esp.seizure_rate", reason: "not tracked" }] });
    expect(findings.map((finding) => [finding.kind, finding.severity, finding.kpis])).toEqual([
      ["unknown-kpi", "warning", ["tf.nope"]],
      ["not-applicable-not-allowed", "error", ["esp.seizure_rate"]],
    ]);
  });

  it("reports values that are not decimals or repeat, and blocks the KPIs that read them", () => {
    // Built by hand: parseSubmission would reject both, but the engine must not throw on them.
    const raw = {
      ...submission(CLEAN_VALUES),
      values: [
        ...submission(CLEAN_VALUES).values.filter((value) => value.dataElement !== "seizures" && value.dataElement !== "revenue"),
        { dataElement: "seizures", period: "T" as const, value: "12abc" },
        { dataElement: "revenue", period: "T" as const, value: "5" },
        { dataElement: "revenue", period: "T" as const, value: "6" },
        { dataElement: "release_hours", period: "T+1" as "T", value: "6" },
      ],
    };
    const findings = validateSubmission(compiled, raw);
    expect(findings.map((finding) => [finding.kind, finding.rule, finding.values.map((value) => value.value)])).toEqual([
      // In framework order of the data elements: seizures comes before revenue.
      ["invalid-value", "invalid-value", ["12abc"]],
      ["duplicate-value", "duplicate-value", ["5", "6"]],
      ["invalid-value", "invalid-value", ["6"]],
    ]);
    const results = computeKpis(compiled, raw);
    expect(results.find((result) => result.kpi === "esp.seizure_rate")).toMatchObject({ status: "invalid", rules: ["invalid-value"] });
    expect(results.find((result) => result.kpi === "rc.revenue")).toMatchObject({ status: "invalid", rules: ["duplicate-value"] });
    expect(results.find((result) => result.kpi === "tf.release")).toMatchObject({ status: "value", value: "25" });
  });

  it("says a rule skipped for a duplicated value was given twice", () => {
    const values = submission(CLEAN_VALUES).values;
    const declarations = values.find((value) => value.dataElement === "declarations")!;
    const raw = { ...submission(CLEAN_VALUES), values: [...values, { ...declarations, value: "7" }] };
    const skipped = validateSubmission(compiled, raw).find((finding) => finding.rule === "release_time_plausible");
    expect(skipped?.kind).toBe("rule-skipped");
    expect(skipped?.message).toContain("declarations[T] is given twice or not a decimal");
    expect(skipped?.message).not.toContain("missing");
  });

  it("quotes an empty value in its message", () => {
    const raw = { ...submission(CLEAN_VALUES), values: [...submission(CLEAN_VALUES).values.filter((value) => value.dataElement !== "seizures"), { dataElement: "seizures", period: "T" as const, value: "" }] };
    const invalid = validateSubmission(compiled, raw).find((finding) => finding.kind === "invalid-value");
    expect(invalid?.message).toContain('seizures[T] is "", which is not a decimal number');
  });

  it("reports in an order independent of the order of the values", () => {
    const values = { ...CLEAN_VALUES, seizures: "-1", electronic_declarations: "10500", zeta: "1", alpha: "2", "aeo_count[T-1]": "0" };
    const forward = submission(values);
    const backward = parseSubmission({ ...forward, values: [...forward.values].reverse() });
    expect(validateSubmission(compiled, backward)).toEqual(validateSubmission(compiled, forward));
    expect(validateSubmission(compiled, forward).map((finding) => finding.rule)).toEqual([
      "data-value.negative",
      "unknown-data-element",
      "unknown-data-element",
      "electronic_within_declarations",
    ]);
  });

  it("returns plain JSON data", () => {
    const findings = findingsOf({ ...CLEAN_VALUES, seizures: "-1" });
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
  });

  it("rejects a value that is not a submission", () => {
    expect(() => validateSubmission(compiled, {} as never)).toThrow(PmmEngineError);
  });
});
