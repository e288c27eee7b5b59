import { parseFramework, pmmIllustrativeFramework } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { FrameworkCompileError, compileFramework, compileFrameworkOrThrow, isPmmEngineError } from "./api.js";

/** The illustrative framework as it reads from a JSON file: no defaults filled in. */
function rawFramework(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(pmmIllustrativeFramework)) as Record<string, unknown>;
}

describe("compileFramework on raw JSON", () => {
  it("compiles a framework from JSON.parse", () => {
    const raw = rawFramework();
    delete raw.periods;
    const result = compileFramework(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.compiled.framework.periods).toEqual(["T", "T-1"]);
    expect(result.compiled.framework).toEqual(parseFramework(pmmIllustrativeFramework));
  });

  it("compiles JSON with periods but no defaults", () => {
    const raw = rawFramework();
    raw.periods = ["T", "T-1"];
    expect(compileFramework(raw).ok).toBe(true);
  });

  it("compiles a parsed framework unchanged", () => {
    const parsed = parseFramework(pmmIllustrativeFramework);
    const compiled = compileFrameworkOrThrow(parsed);
    expect(compiled.framework).toEqual(parsed);
    expect(compiled.kpis.map((entry) => entry.kpi.id)).toEqual(parsed.kpis.map((kpi) => kpi.id));
  });

  it("returns schema problems with paths", () => {
    const raw = rawFramework();
    (raw.kpis as Record<string, unknown>[])[2] = { ...(raw.kpis as Record<string, unknown>[])[2], wieght: "5" };
    raw.aggregaton = {};
    const result = compileFramework(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { path: "kpis[2].wieght", code: "invalid-framework", message: 'unknown field "wieght": did you mean "weight"?' },
      { path: "aggregaton", code: "invalid-framework", message: 'unknown field "aggregaton": did you mean "aggregation"?' },
    ]);
  });

  it("throwing variant gives a typed error", () => {
    const raw = rawFramework();
    raw.periods = ["T", "T-2"];
    let caught: unknown;
    try {
      compileFrameworkOrThrow(raw);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FrameworkCompileError);
    expect((caught as FrameworkCompileError).problems[0]?.path).toBe("periods[1]");
  });

  it.each([["my-fw"], [undefined], [42], [[]]])("rejects %j with a typed error", (input) => {
    let caught: unknown;
    try {
      compileFramework(input);
    } catch (error) {
      caught = error;
    }
    expect(isPmmEngineError(caught)).toBe(true);
    expect((caught as { code: string }).code).toBe("invalid-input");
    expect((caught as Error).message).toMatch(/compileFramework needs a framework object/);
  });
});
