import { describe, expect, it } from "vitest";
import { ModelValidationError, parseFramework, parseSubmission, safeParseSubmission, type ModelProblem } from "../../src/index.js";
import { expectProblem, expectSuccess, minimalFramework, submission } from "../helpers/fixtures.js";

const framework = parseFramework(minimalFramework());

function strict(input: unknown) {
  return safeParseSubmission(input, { framework });
}

function withValues(...values: unknown[]): Record<string, unknown> {
  return { ...submission(), values };
}

describe("safeParseSubmission with a framework", () => {
  it("accepts a submission that fits the framework", () => {
    const parsed = expectSuccess(strict(submission()));
    expect(parsed).toEqual(parseSubmission(submission()));
  });

  it("treats an explicit undefined framework as none", () => {
    expect(safeParseSubmission(withValues({ dataElement: "unknown", period: "T", value: 1 }), { framework: undefined }).success).toBe(true);
  });

  it("rejects an unknown data element and suggests the closest", () => {
    const problem = expectProblem(strict(withValues({ dataElement: "declaratons", period: "T", value: 1 })), "values[0].dataElement");
    expect(problem.code).toBe("unknown-data-element");
    expect(problem.received).toBe("declaratons");
    expect(problem.message).toBe('data element "declaratons" is not defined in framework "mini" 1.0.0: did you mean "declarations"?');
  });

  it("gives no suggestion when nothing is close", () => {
    const problem = expectProblem(strict(withValues({ dataElement: "revenue", period: "T", value: 1 })), "values[0].dataElement");
    expect(problem.message).toBe('data element "revenue" is not defined in framework "mini" 1.0.0: check the id against the framework');
  });

  it.each([
    ["a negative count", { dataElement: "declarations", period: "T", value: -3 }, "values[0].value", "negative", -3],
    ["a fractional count", { dataElement: "declarations", period: "T", value: "12.5" }, "values[0].value", "not-integer", "12.5"],
    ["a yes-no of 2", { dataElement: "single_window", period: "T", value: 2 }, "values[0].value", "not-yes-no", 2],
    ["a period not collected", { dataElement: "declarations", period: "T-1", value: 5 }, "values[0].period", "period-not-collected", "T-1"],
  ])("rejects %s", (_label, value, path, code, received) => {
    const problem = expectProblem(strict(withValues(value)), path);
    expect(problem.code).toBe(code);
    expect(problem.received).toBe(received);
  });

  it("rejects an unknown KPI in every place that names KPIs", () => {
    const input = {
      ...submission(),
      notApplicable: [{ kpi: "e_dec", reason: "no data" }],
      disclosure: { e_decl: "public", ghost: "wco" },
      nationalTargets: { "tf.target": 50 },
    };
    const result = strict(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((problem) => [problem.path, problem.code, problem.received])).toEqual([
      ["notApplicable[0].kpi", "unknown-kpi", "e_dec"],
      ["disclosure.ghost", "unknown-kpi", "ghost"],
      ['nationalTargets["tf.target"]', "unknown-kpi", "tf.target"],
    ]);
    expect(result.problems[0]?.message).toContain('did you mean "e_decl"?');
  });

  it("rejects not applicable for a KPI that does not allow it", () => {
    const problem = expectProblem(strict({ ...submission(), notApplicable: [{ kpi: "ecom", reason: "no e-commerce" }] }), "notApplicable[0].kpi");
    expect(problem.code).toBe("not-applicable-not-allowed");
    expect(problem.message).toBe('KPI "ecom" may not be declared not applicable in framework "mini" 1.0.0: submit its data instead');
  });

  it("reports structural and framework problems together, in document order", () => {
    const input = {
      ...submission(),
      cycle: 2023,
      values: [
        { dataElement: "declarations", period: "T", value: -1 },
        { dataElement: "shipments", period: "T", value: "NaN" },
        { dataElement: "nowhere", period: "T", value: "1e400" },
        { dataElement: "shipments", period: "T-1", value: "2.5" },
      ],
      notApplicable: [{ kpi: "ecom", reason: "" }],
      disclosure: { missing: "public" },
    };
    const result = strict(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems.map((problem: ModelProblem) => `${problem.path} ${problem.code}`)).toEqual([
      "cycle invalid_type",
      "values[0].value negative",
      "values[1].value custom",
      "values[2].value custom",
      "values[2].dataElement unknown-data-element",
      "values[3].value not-integer",
      "values[3].period period-not-collected",
      "notApplicable[0].reason too_small",
      "notApplicable[0].kpi not-applicable-not-allowed",
      "disclosure.missing unknown-kpi",
    ]);
  });

  it("leaves duplicate checks to the structural parse", () => {
    const value = { dataElement: "declarations", period: "T", value: 1 };
    const result = strict(withValues(value, value));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problems.map((problem) => problem.path)).toEqual(["values[1]"]);
  });

  it("returns nothing more for input that is not an object", () => {
    const result = strict("submission");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problems.map((problem) => problem.path)).toEqual([""]);
  });
});

describe("parseSubmission with a framework", () => {
  it("throws every problem", () => {
    const input = withValues({ dataElement: "declarations", period: "T", value: -1 }, { dataElement: "shipments", period: "T", value: 0.5 });
    expect(() => parseSubmission(input)).not.toThrow();
    let caught: unknown;
    try {
      parseSubmission(input, { framework });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelValidationError);
    expect((caught as ModelValidationError).problems.map((problem) => problem.path)).toEqual(["values[0].value", "values[1].value"]);
    expect((caught as ModelValidationError).message).toMatch(/^Invalid submission: 2 problems\./);
  });
});
