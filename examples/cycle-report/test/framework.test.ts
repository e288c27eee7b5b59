import { readFileSync } from "node:fs";
import { compileFramework, formatCompileProblems } from "@pmm/engine";
import { parseFramework, pmmIllustrativeFramework } from "@pmm/model";
import { describe, expect, it } from "vitest";

describe("illustrative framework", () => {
  it("compiles without problems", () => {
    const result = compileFramework(parseFramework(pmmIllustrativeFramework));
    const problems = result.ok ? "" : formatCompileProblems(result.problems);
    expect(problems).toBe("");
    expect(result.ok).toBe(true);
  });

  it("compiles from the shipped JSON", () => {
    const json: unknown = JSON.parse(readFileSync(new URL("../data/framework.json", import.meta.url), "utf8"));
    const result = compileFramework(parseFramework(json));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.compiled.kpis.length).toBe(28);
  });

  it("rejects a KPI whose unit does not match", () => {
    const broken = structuredClone(pmmIllustrativeFramework);
    const releaseTime = broken.kpis.find((kpi) => kpi.id === "tf.release_time");
    if (releaseTime === undefined) throw new Error("tf.release_time is missing from the illustrative framework");
    releaseTime.unit = "percent";
    const result = compileFramework(parseFramework(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toEqual([`kpis[${broken.kpis.indexOf(releaseTime)}].formula`]);
  });
});
