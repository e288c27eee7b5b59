import { describe, expect, it } from "vitest";
import { KpiResult, UndefinedReason, toProblems } from "../../src/index.js";

const base = { administration: "GH", kpi: "tf.electronic_declarations", unit: "percent" };
const value = {
  ...base,
  status: "value",
  value: "98.33",
  explanation: {
    sentence: "118000 of 120000 declarations were electronic: 98.33 %.",
    inputs: [
      { dataElement: "electronic_declarations", period: "T", value: "118000" },
      { dataElement: "declarations", period: "T", value: "120000" },
    ],
    steps: [{ expression: "share(electronic_declarations, declarations)", value: "98.333333333333333333" }],
  },
};

function pathsOf(input: unknown): string[] {
  const result = KpiResult.safeParse(input);
  return result.success ? [] : toProblems(result.error.issues, input).map((problem) => problem.path);
}

describe("KpiResult", () => {
  it.each([
    ["a value", value],
    ["not applicable", { ...base, status: "not-applicable", reason: "declared by the administration" }],
    ["missing data", { ...base, status: "missing-data", missing: [{ dataElement: "declarations", period: "T" }] }],
    ["undefined", { ...base, status: "undefined", reason: "division-by-zero", message: "no declarations were lodged" }],
    ["invalid", { ...base, status: "invalid", rules: ["electronic_within_declarations"], message: "electronic declarations exceed all declarations" }],
  ])("accepts %s and survives a JSON round trip", (_label, input) => {
    const first = KpiResult.parse(input);
    expect(first).toEqual(input);
    expect(KpiResult.parse(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it("lists the reasons for an undefined value", () => {
    expect(UndefinedReason.options).toEqual(["division-by-zero", "zero-base", "out-of-range", "no-formula"]);
  });

  it.each([
    ["a value as a number", { ...value, value: 98.33 }, "value"],
    ["a value that is not canonical", { ...value, value: "98.330" }, "value"],
    ["a value of NaN", { ...value, value: "NaN" }, "value"],
    ["an unknown status", { ...base, status: "error" }, "status"],
    ["an unknown unit", { ...value, unit: "%" }, "unit"],
    ["an empty missing list", { ...base, status: "missing-data", missing: [] }, "missing"],
    ["an unknown undefined reason", { ...base, status: "undefined", reason: "nan", message: "x" }, "reason"],
    ["an invalid result without rules", { ...base, status: "invalid", rules: [], message: "x" }, "rules"],
    ["an input value that is not canonical", { ...value, explanation: { ...value.explanation, inputs: [{ dataElement: "declarations", period: "T", value: "1e5" }] } }, "explanation.inputs[0].value"],
    ["a step without a value", { ...value, explanation: { ...value.explanation, steps: [{ expression: "x" }] } }, "explanation.steps[0].value"],
  ])("rejects %s", (_label, input, path) => {
    expect(pathsOf(input)).toContain(path);
  });
});
