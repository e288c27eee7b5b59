import { describe, expect, it } from "vitest";
import { SubmissionStatus, parseSubmission, safeParseSubmission } from "../../src/index.js";
import { clone, expectProblem, submission } from "../helpers/fixtures.js";

function withValue(value: unknown): Record<string, unknown> {
  return { ...submission(), values: [{ dataElement: "declarations", period: "T", value }] };
}

describe("parseSubmission without a framework", () => {
  it("canonicalizes every decimal", () => {
    const parsed = parseSubmission(submission());
    expect(parsed.values.map((value) => value.value)).toEqual(["120000", "118000", "110000", "1"]);
    expect(parsed.nationalTargets).toEqual({ e_decl: "99.5" });
  });

  it("fills defaults", () => {
    const parsed = parseSubmission({ administration: "GH", cycle: "pmm-2023", values: [] });
    expect(parsed).toEqual({ administration: "GH", cycle: "pmm-2023", values: [], notApplicable: [], disclosure: {}, nationalTargets: {}, status: "draft", history: [] });
  });

  it("survives a JSON round trip unchanged", () => {
    const first = parseSubmission(submission());
    expect(parseSubmission(JSON.parse(JSON.stringify(first)))).toEqual(first);
  });

  it("accepts unknown data elements, which only a framework can reject", () => {
    expect(safeParseSubmission(withValue(5)).success).toBe(true);
    const values = [{ dataElement: "not_in_any_framework", period: "T", value: -5 }];
    expect(safeParseSubmission({ ...submission(), values }).success).toBe(true);
  });

  it.each(SubmissionStatus.options)("accepts the status %s", (status) => {
    expect(parseSubmission({ ...submission(), status }).status).toBe(status);
  });

  it.each([
    ["NaN", "NaN", /not a decimal number/],
    ["empty text", "", /not a decimal number/],
    ["an exponent out of range", "1e400", /out of range/],
    ["a sum that is not exact", 0.1 + 0.2, /significant digits/],
    ["an integer beyond 2^53", 2 ** 53 + 2, /beyond 2\^53 - 1/],
    ["a boolean", true, /expected a decimal/],
    ["null", null, /expected a decimal/],
    ["a percent sign", "98.1%", /not a decimal number/],
  ])("rejects %s as a value", (_label, value, message) => {
    const problem = expectProblem(safeParseSubmission(withValue(value)), "values[0].value");
    expect(problem.received).toEqual(value);
    expect(problem.message).toMatch(message);
  });

  it.each([
    ["a missing value", { dataElement: "declarations", period: "T" }, "values[0].value"],
    ["a period T-2", { dataElement: "declarations", period: "T-2", value: 1 }, "values[0].period"],
    ["a data element with a dot", { dataElement: "tf.declarations", period: "T", value: 1 }, "values[0].dataElement"],
  ])("rejects %s", (_label, value, path) => {
    expectProblem(safeParseSubmission({ ...submission(), values: [value] }), path);
  });

  it("rejects a value given twice for one period", () => {
    const input = clone(submission());
    (input.values as unknown[]).push({ dataElement: "declarations", period: "T", value: 1 });
    const problem = expectProblem(safeParseSubmission(input), "values[4]");
    expect(problem.message).toBe("declarations[T] is given twice, first at values[0]: keep one value per data element and period");
  });

  it("rejects a KPI declared not applicable twice", () => {
    const declaration = { kpi: "ecom", reason: "no e-commerce regime" };
    expectProblem(safeParseSubmission({ ...submission(), notApplicable: [declaration, declaration] }), "notApplicable[1].kpi");
  });

  it("rejects a not-applicable declaration without a reason", () => {
    const problem = expectProblem(safeParseSubmission({ ...submission(), notApplicable: [{ kpi: "ecom", reason: "  " }] }), "notApplicable[0].reason");
    expect(problem.message).toMatch(/needs a reason/);
  });

  it("rejects an unknown disclosure level", () => {
    const problem = expectProblem(safeParseSubmission({ ...submission(), disclosure: { e_decl: "secret" } }), "disclosure.e_decl");
    expect(problem.received).toBe("secret");
  });

  it("rejects a national target that is not a decimal", () => {
    expect(expectProblem(safeParseSubmission({ ...submission(), nationalTargets: { e_decl: "high" } }), "nationalTargets.e_decl").received).toBe("high");
  });

  it("rejects a history out of order", () => {
    const history = [
      { status: "submitted", at: "2024-03-01T10:00:00Z" },
      { status: "validated", at: "2024-03-01T10:30:00+01:00" },
    ];
    const problem = expectProblem(safeParseSubmission({ ...submission(), history }), "history[1].at");
    expect(problem.message).toMatch(/oldest first/);
  });

  it("rejects a history timestamp without a time zone", () => {
    expectProblem(safeParseSubmission({ ...submission(), history: [{ status: "draft", at: "2024-03-01T10:00:00" }] }), "history[0].at");
  });

  it("reports every bad value, not only the first", () => {
    const values = [
      { dataElement: "a", period: "T", value: "NaN" },
      { dataElement: "b", period: "T", value: 1 },
      { dataElement: "c", period: "T", value: "1e400" },
    ];
    const result = safeParseSubmission({ ...submission(), values });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problems.map((problem) => problem.path)).toEqual(["values[0].value", "values[2].value"]);
  });
});
