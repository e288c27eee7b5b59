import { describe, expect, it } from "vitest";
import { FrameworkCompileError, compileFrameworkOrThrow, isPmmEngineError, type CompileProblem } from "./api.js";
import { ELEMENTS, buildFramework, compileParts, kpi, rule } from "./fixtures.js";

function problemsOf(parts: Parameters<typeof compileParts>[0]): CompileProblem[] {
  const result = compileParts(parts);
  if (result.ok) throw new Error("expected compile problems");
  return result.problems;
}

function onlyProblem(formula: string, unit: Parameters<typeof kpi>[2] = "number"): CompileProblem {
  const problems = problemsOf({ kpis: [kpi("k1", formula, unit)] });
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe("compile problems", () => {
  it("names an unknown data element with a suggestion and its position", () => {
    const problem = onlyProblem("share(electronic_declaratons, declarations)", "percent");
    expect(problem).toEqual({
      path: "kpis[0].formula",
      code: "unknown-data-element",
      message: 'unknown data element "electronic_declaratons": did you mean "electronic_declarations"?',
      line: 1,
      column: 7,
      excerpt: "share(electronic_declaratons, declarations)\n      ^",
    });
  });

  it("gives no suggestion when no name is close", () => {
    expect(onlyProblem("quux + 1").message).toBe('unknown data element "quux": check the spelling against the framework\'s dataElements');
  });

  it("treats prototype names as unknown data elements", () => {
    for (const name of ["constructor", "toString", "prototype", "hasOwnProperty", "valueOf"]) {
      const problem = onlyProblem(`${name} + 1`);
      expect(problem.code).toBe("unknown-data-element");
      expect(problem.message).toContain(`"${name}"`);
    }
  });

  it("reads a data element named constructor like any other", () => {
    const result = compileParts({ kpis: [kpi("k1", "constructor + toString", "count")], elements: [...ELEMENTS, { id: "constructor", name: { en: "c" }, kind: "count", provenance: "illustrative" }, { id: "toString", name: { en: "t" }, kind: "count", provenance: "illustrative" }] });
    expect(result.ok).toBe(true);
  });

  it("suggests a function for a misspelt call", () => {
    const problem = onlyProblem("sahre(a, b)");
    expect(problem.code).toBe("unknown-function");
    expect(problem.message).toContain('did you mean "share"?');
    expect(onlyProblem("constructor(a)").code).toBe("unknown-function");
    expect(onlyProblem("avg(a)").message).toBe('unknown function "avg": the functions are if, sum, min, max, abs, share, variation, per1000');
  });

  it.each([
    ["share(a)", "share(part, whole) takes 2 arguments, but 1 was given"],
    ["share(a, b, c)", "share(part, whole) takes 2 arguments, but 3 were given"],
    ["sum()", "sum(a, ...) takes at least 1 argument, but 0 were given"],
    ["if(a > b, a)", "if(condition, a, b) takes 3 arguments, but 2 were given"],
    ["variation()", "variation(x) takes 1 argument, but 0 were given"],
  ])("reports wrong arity in %s", (formula, message) => {
    const problem = onlyProblem(formula);
    expect(problem.code).toBe("wrong-arity");
    expect(problem.message).toBe(message);
  });

  it("reports a period the data element does not collect", () => {
    const problem = onlyProblem("declarations[T-1]", "count");
    expect(problem.code).toBe("period-not-collected");
    expect(problem.message).toBe('declarations[T-1] reads period T-1, but data element "declarations" collects only T: add "T-1" to its periods');
  });

  it("reports variation of a data element without T-1", () => {
    const problem = onlyProblem("variation(declarations)", "percent");
    expect(problem.code).toBe("period-not-collected");
    expect(problem.column).toBe(11);
  });

  it("reports a period the framework does not collect", () => {
    const elements = ELEMENTS.map((entry) => ({ ...entry, periods: ["T" as const] }));
    const problems = problemsOf({ kpis: [kpi("k1", "x[T-1]", "number")], elements, periods: ["T"] });
    expect(problems.map((problem) => problem.message)).toEqual(['x[T-1] reads period T-1, which this framework does not collect: add "T-1" to the framework\'s periods']);
  });

  it.each([
    ["variation(a + b)", "variation(x) needs a data element name"],
    ["variation(x[T-1])", "write variation(x)"],
  ])("rejects %s as a variation argument", (formula, message) => {
    const problem = onlyProblem(formula, "percent");
    expect(problem.code).toBe("invalid-variation-argument");
    expect(problem.message).toContain(message);
  });

  it("requires a value from a KPI formula", () => {
    const problem = onlyProblem("a > b");
    expect(problem.code).toBe("expected-value");
    expect(problem.message).toContain("write if(condition, 1, 0)");
  });

  it("requires conditions from rules and applicability", () => {
    const problems = problemsOf({ kpis: [kpi("k1", "a", "number", { applicability: "declarations" })], rules: [rule("r1", "a + b")] });
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([
      ["kpis[0].applicability", "expected-condition"],
      ["validationRules[0].condition", "expected-condition"],
    ]);
    expect(problems[1]!.message).toBe('expected a condition such as "a <= b", but this gives number');
  });

  it("accepts a yes-no value as a condition", () => {
    expect(compileParts({ kpis: [kpi("k1", "if(aeo_programme, declarations, 0)", "count", { applicability: "aeo_programme" })], rules: [rule("r1", "aeo_programme or declarations > 0")] }).ok).toBe(true);
  });

  it("rejects a count as a condition", () => {
    const problem = onlyProblem("if(declarations, a, b)");
    expect(problem.code).toBe("expected-condition");
    expect(problem.message).toBe('expected a condition such as "a > b", found count: only a yes-no value may stand for a condition');
    expect(problem.column).toBe(4);
  });

  it("rejects a condition inside arithmetic", () => {
    const problem = onlyProblem("a + (b < c)");
    expect(problem.code).toBe("expected-value");
    expect(problem.column).toBe(6);
  });

  it.each([
    ["release_hours + revenue", "cannot add hours and currency: both sides of \"+\" need the same unit"],
    ["revenue - declarations", "cannot subtract currency and count: both sides of \"-\" need the same unit"],
    ["if(release_hours > revenue, a, b)", "cannot compare hours with currency: both sides of \">\" need the same unit"],
    ["sum(declarations, revenue)", "sum(...) needs arguments of one unit, but it has count and currency"],
    ["share(revenue, declarations)", "share(part, whole) needs both arguments in the same unit, but they are currency and count"],
    ["if(a > b, declarations, revenue)", "if(condition, a, b) needs a and b in the same unit, but they are count and currency"],
    ["share(a, b) + a / b", "cannot add percent and ratio"],
  ])("reports a unit error in %s", (formula, message) => {
    const problem = onlyProblem(formula);
    expect(problem.code).toBe("unit-mismatch");
    expect(problem.message).toContain(message);
  });

  it("points a unit error at the operator", () => {
    expect(onlyProblem("(release_hours) + revenue")).toMatchObject({ column: 17, excerpt: "(release_hours) + revenue\n                ^" });
    expect(onlyProblem("if(revenue <= appeal_days, a, b)").column).toBe(12);
    expect(onlyProblem("sum(revenue, appeal_days)").column).toBe(1);
  });

  it.each([
    ["electronic_declarations / declarations", "percent", 'KPI "k1" is declared in percent, but its formula gives ratio: multiply by 100, or write share(part, whole)'],
    ["share(a, b)", "ratio", 'KPI "k1" is declared in ratio, but its formula gives percent: divide by 100, or drop the factor 100'],
    ["declarations * seizures", "count", 'KPI "k1" is declared in count, but its formula gives count × count: change the formula, or declare the KPI\'s unit as "number"'],
    ["release_hours", "days", 'KPI "k1" is declared in days, but its formula gives hours: change the formula, or declare the KPI\'s unit as "hours"'],
  ])("reports %s declared in %s", (formula, unit, message) => {
    const problem = onlyProblem(formula, unit as Parameters<typeof kpi>[2]);
    expect(problem.code).toBe("kpi-unit-mismatch");
    expect(problem.message).toBe(message);
    expect({ line: problem.line, column: problem.column }).toEqual({ line: 1, column: 1 });
  });

  it("rejects a formula that reads no data", () => {
    const problem = onlyProblem("100 * 2", "percent");
    expect(problem.code).toBe("no-data");
  });

  it("reports a syntax error with its path and excerpt", () => {
    const problems = problemsOf({ kpis: [kpi("k1", "a", "number"), kpi("k2", "share(a,\n  (b + c)", "percent")] });
    expect(problems).toEqual([
      {
        path: "kpis[1].formula",
        code: "unclosed",
        message: 'expected "," or ")" to close "(" of share(...) opened at 1:6, found the end of the formula',
        line: 2,
        column: 10,
        excerpt: "  (b + c)\n         ^",
      },
    ]);
  });

  it("returns every problem of the framework together, in framework order", () => {
    const problems = problemsOf({
      kpis: [kpi("k1", "share(a, b)", "percent"), kpi("k2", "unknown_one + unknown_two", "number"), kpi("k3", "a +", "number", { applicability: "b + 1" })],
      rules: [rule("r1", "a <"), rule("r2", "a <= b"), rule("r3", "a * 2")],
    });
    expect(problems.map((problem) => `${problem.path} ${problem.code}`)).toEqual([
      "kpis[1].formula unknown-data-element",
      "kpis[1].formula unknown-data-element",
      "kpis[2].formula unexpected-token",
      "kpis[2].applicability expected-condition",
      "validationRules[0].condition unexpected-token",
      "validationRules[2].condition expected-condition",
    ]);
    expect(problems[1]!.column).toBe(15);
  });

  it("reports a data element whose id is a reserved word", () => {
    const problems = problemsOf({ kpis: [kpi("k1", "a", "number")], elements: [...ELEMENTS, { id: "and", name: { en: "and" }, kind: "count", provenance: "illustrative" }] });
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([[`dataElements[${ELEMENTS.length}].id`, "reserved-name"]]);
  });

  it("throws every problem from the throwing variant", () => {
    const framework = buildFramework({ kpis: [kpi("k1", "a +", "number"), kpi("k2", "nope", "number")] });
    let thrown: unknown;
    try {
      compileFrameworkOrThrow(framework);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FrameworkCompileError);
    expect(isPmmEngineError(thrown)).toBe(true);
    const error = thrown as FrameworkCompileError;
    expect(error.code).toBe("invalid-framework");
    expect(error.problems).toHaveLength(2);
    expect(error.message).toBe(
      [
        "The framework does not compile: 2 problems.",
        '  - kpis[0].formula:1:4: expected a number, a data element name, a function call or "(", found the end of the formula',
        "      a +",
        "         ^",
        '  - kpis[1].formula:1:1: unknown data element "nope": check the spelling against the framework\'s dataElements',
        "      nope",
        "      ^",
      ].join("\n"),
    );
  });

  it("rejects a value that is not a framework", () => {
    expect(() => compileFrameworkOrThrow({})).toThrow(FrameworkCompileError);
    expect(() => compileFrameworkOrThrow({})).toThrow(/id: id is missing: add it as a string/);
    expect(() => compileFrameworkOrThrow(null)).toThrow(/parseFramework/);
  });
});
