import { describe, expect, it } from "vitest";
import {
  DecimalInput,
  InvalidDecimalError,
  ModelValidationError,
  PmmModelError,
  Submission,
  formatPath,
  isPmmModelError,
  toProblems,
  type ModelProblem,
} from "../../src/index.js";

describe("formatPath", () => {
  it.each([
    [[], ""],
    [["kpis"], "kpis"],
    [["kpis", 12, "formula"], "kpis[12].formula"],
    [[0, "id"], "[0].id"],
    [["disclosure", "tf.paperless"], 'disclosure["tf.paperless"]'],
    [["attributes", "sub region"], 'attributes["sub region"]'],
    [["values", 3, "value"], "values[3].value"],
  ] as const)("writes %j as %j", (segments, expected) => {
    expect(formatPath(segments)).toBe(expected);
  });
});

describe("toProblems", () => {
  it("names an invalid record key and its reason", () => {
    const input = { administration: "GH", cycle: "c", values: [], disclosure: { "1st": "public" } };
    const result = Submission.safeParse(input);
    expect(result.success).toBe(false);
    const [problem] = toProblems(result.error?.issues ?? [], input);
    expect(problem?.path).toBe('disclosure["1st"]');
    expect(problem?.received).toBe("1st");
    expect(problem?.message).toMatch(/^key "1st" is not valid: expected an id/);
  });

  it("reads the received value at the path when zod gives none", () => {
    const input = { administration: "GH", cycle: "c" };
    const problems = toProblems(Submission.safeParse(input).error?.issues ?? [], input);
    expect(problems).toEqual([{ path: "values", pathSegments: ["values"], message: "values is missing: add it as an array", code: "invalid_type" }]);
  });

  it.each([
    [true, "boolean true"],
    [null, "null"],
    [[1], "an array"],
    [{ value: 1 }, "an object"],
  ])("explains a decimal of the wrong type %j", (input, described) => {
    const [problem] = toProblems(DecimalInput.safeParse(input).error?.issues ?? [], input);
    expect(problem?.message).toBe(`expected a decimal, as a JSON number or decimal text such as "98.1", but received ${described}`);
  });
});

describe("ModelValidationError", () => {
  const problem = (index: number): ModelProblem => ({ path: `values[${index}].value`, pathSegments: ["values", index, "value"], message: "bad", code: "custom" });

  it("lists up to 20 problems in its message", () => {
    const error = new ModelValidationError("submission", Array.from({ length: 23 }, (_, index) => problem(index)));
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("Invalid submission: 23 problems.");
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe("  - values[19].value: bad");
    expect(lines[21]).toBe("  ... and 3 more problems");
    expect(error.problems).toHaveLength(23);
  });

  it("names the document for a problem at the root", () => {
    const error = new ModelValidationError("cycle", [{ path: "", pathSegments: [], message: "expected object", code: "invalid_type" }]);
    expect(error.message).toBe("Invalid cycle: 1 problem.\n  - (document): expected object");
  });

  it("is recognised across package copies by its brand", () => {
    const error = new ModelValidationError("framework", [problem(0)]);
    expect(error).toBeInstanceOf(PmmModelError);
    expect(isPmmModelError(error)).toBe(true);
    expect(error.code).toBe("invalid-document");
    expect(error.name).toBe("ModelValidationError");
    expect(isPmmModelError(new Error("other"))).toBe(false);
    expect(isPmmModelError({ code: "invalid-document" })).toBe(false);
    expect(isPmmModelError(null)).toBe(false);
  });

  it("has a sibling for invalid decimals", () => {
    const error = new InvalidDecimalError("1e3", "not canonical");
    expect(isPmmModelError(error)).toBe(true);
    expect(error.code).toBe("invalid-decimal");
    expect(error.name).toBe("InvalidDecimalError");
  });
});
