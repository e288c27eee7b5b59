import { describe, expect, it } from "vitest";
import { ModelValidationError, PmmModelError, parsePeerReview, parseSubmission, safeParseFramework, safeParseSubmission } from "../../src/index.js";
import { expectSuccess, minimalFramework, peerReview, submission } from "../helpers/fixtures.js";

describe("framework option", () => {
  it("accepts the framework as JSON", () => {
    const raw = JSON.parse(JSON.stringify(minimalFramework())) as unknown;
    const parsed = expectSuccess(safeParseFramework(minimalFramework()));
    const fromRaw = safeParseSubmission(submission(), { framework: raw as never });
    const fromParsed = safeParseSubmission(submission(), { framework: parsed });
    expect(fromRaw).toEqual(fromParsed);
    expect(fromRaw.success).toBe(true);
  });

  it("raw framework still finds unknown data elements", () => {
    const document = submission();
    (document.values as Record<string, unknown>[]).push({ dataElement: "declaratons", period: "T", value: 1 });
    const result = safeParseSubmission(document, { framework: minimalFramework() });
    expect(result.success).toBe(false);
    const codes = result.success ? [] : result.problems.map((problem) => problem.code);
    expect(codes).toContain("unknown-data-element");
  });

  it.each([
    ["my-fw", 'the string "my-fw"'],
    [42, "a number"],
    [null, "null"],
    [[], "an array"],
  ])("rejects %j as the option", (option, described) => {
    const call = (): unknown => parseSubmission(submission(), { framework: option as never });
    expect(call).toThrow(PmmModelError);
    expect(call).toThrow(`options.framework must be a framework, but received ${described}`);
    try {
      call();
    } catch (error) {
      expect((error as PmmModelError).code).toBe("invalid-option");
    }
  });

  it("invalid framework names the option", () => {
    const broken = { ...minimalFramework(), kpis: [] };
    let caught: unknown;
    try {
      parsePeerReview(peerReview(), { framework: broken });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelValidationError);
    expect((caught as ModelValidationError).document).toBe("framework (options.framework)");
    expect((caught as ModelValidationError).problems[0]?.path).toBe("kpis");
  });
});
