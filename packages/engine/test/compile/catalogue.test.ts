import { parseFramework, pmmIllustrativeFramework, pmmV1PublishedFramework } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { compileFramework, formatCompileProblems } from "./api.js";

describe("catalogue frameworks", () => {
  it.each([
    ["pmmV1PublishedFramework", pmmV1PublishedFramework],
    ["pmmIllustrativeFramework", pmmIllustrativeFramework],
  ] as const)("%s compiles with no problems", (_, input) => {
    const result = compileFramework(parseFramework(input));
    if (!result.ok) throw new Error(formatCompileProblems(result.problems));
    expect(result.compiled.kpis.length).toBe(input.kpis.length);
  });

  it("lists the published KPIs without a formula", () => {
    const result = compileFramework(parseFramework(pmmV1PublishedFramework));
    if (!result.ok) throw new Error(formatCompileProblems(result.problems));
    const withoutFormula = pmmV1PublishedFramework.kpis.filter((entry) => entry.formula === undefined).map((entry) => entry.id);
    expect(withoutFormula.length).toBeGreaterThan(0);
    expect(result.compiled.kpisWithoutFormula).toEqual(withoutFormula);
  });
});
