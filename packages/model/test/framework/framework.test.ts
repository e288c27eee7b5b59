import { describe, expect, it } from "vitest";
import { Framework, ModelValidationError, parseFramework, safeParseFramework, type FrameworkInput } from "../../src/index.js";
import { clone, expectProblem, expectSuccess, minimalFramework } from "../helpers/fixtures.js";

function variant(change: (framework: FrameworkInput) => void): FrameworkInput {
  const framework = clone(minimalFramework());
  change(framework);
  return framework;
}

describe("parseFramework", () => {
  it("fills defaults", () => {
    const framework = parseFramework(minimalFramework());
    expect(framework.periods).toEqual(["T", "T-1"]);
    expect(framework.validationRules).toEqual([]);
    expect(framework.aggregation).toEqual({ outcomes: { method: "arithmetic", threshold: "0.5" }, dimensions: { method: "arithmetic", threshold: "0.5" } });
    expect(framework.kpis[0]?.weight).toBe("1");
    expect(framework.kpis[0]?.scoring?.normalisation).toEqual({ method: "goalposts", lower: "0", upper: "100" });
    expect(framework.dataElements[0]?.periods).toEqual(["T"]);
  });

  it("survives a JSON round trip unchanged", () => {
    const first = parseFramework(minimalFramework());
    const second = parseFramework(JSON.parse(JSON.stringify(first)));
    expect(second).toEqual(first);
  });

  it("accepts an overall aggregation and versions with a suffix", () => {
    const framework = parseFramework(variant((item) => {
      item.version = "2.1.0-rc.1";
      item.aggregation = { overall: { method: "geometric", threshold: "0.75" } };
    }));
    expect(framework.aggregation.overall).toEqual({ method: "geometric", threshold: "0.75" });
    expect(framework.aggregation.outcomes).toEqual({ method: "arithmetic", threshold: "0.5" });
  });

  it("accepts a KPI without formula or scoring", () => {
    const framework = parseFramework(variant((item) => {
      const [kpi] = item.kpis;
      if (kpi === undefined) return;
      delete kpi.formula;
      delete kpi.scoring;
    }));
    expect(framework.kpis[0]?.formula).toBeUndefined();
  });

  it("throws a ModelValidationError listing every problem", () => {
    const input = variant((item) => {
      item.version = "one";
      item.provenance = "official" as never;
    });
    let caught: unknown;
    try {
      parseFramework(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelValidationError);
    const error = caught as ModelValidationError;
    expect(error.document).toBe("framework");
    expect(error.problems.map((problem) => problem.path)).toEqual(["version", "provenance"]);
    expect(error.message).toMatch(/^Invalid framework: 2 problems\./);
    expect(error.message).toContain("  - version: expected a version such as \"1.0.0\"");
  });
});

describe("safeParseFramework rejects", () => {
  it.each([
    ["a string", "just text", "", /expected object/],
    ["an array", [], "", /expected object/],
    ["a missing id", variant((item) => delete (item as Partial<FrameworkInput>).id), "id", /^id is missing: add it as a string$/],
    ["a numeric title", variant((item) => ((item as Record<string, unknown>).title = 5)), "title", /expected object/],
    ["no dimensions", variant((item) => (item.dimensions = [])), "dimensions", /at least one dimension/],
    ["no KPIs", variant((item) => (item.kpis = [])), "kpis", /at least one KPI/],
    ["a bad period list", variant((item) => (item.periods = ["T", "T-2" as "T"])), "periods[1]", /period is "T-2": use "T" for the reporting year or "T-1" for the year before/],
  ])("%s", (_label, input, path, message) => {
    const problem = expectProblem(safeParseFramework(input), path);
    expect(problem.message).toMatch(message);
  });

  it.each([
    ["dimensions", (item: FrameworkInput) => item.dimensions.push(clone(item.dimensions[0]!)), "dimensions[1].id", "TF"],
    ["outcomes", (item: FrameworkInput) => item.outcomes.push(clone(item.outcomes[0]!)), "outcomes[1].id", "paperless"],
    ["kpis", (item: FrameworkInput) => item.kpis.push(clone(item.kpis[0]!)), "kpis[2].id", "e_decl"],
    ["dataElements", (item: FrameworkInput) => item.dataElements.push(clone(item.dataElements[0]!)), "dataElements[5].id", "declarations"],
  ])("duplicate ids in %s", (_key, change, path, id) => {
    const problem = expectProblem(safeParseFramework(variant(change)), path);
    expect(problem.code).toBe("custom");
    expect(problem.received).toBe(id);
    expect(problem.message).toContain(`duplicate id "${id}"`);
  });

  it("duplicate validation rule ids", () => {
    const rule = { id: "r1", description: { en: "Rule" }, condition: "declarations >= 0", severity: "error" as const, provenance: "illustrative" as const };
    const problem = expectProblem(safeParseFramework(variant((item) => (item.validationRules = [rule, rule]))), "validationRules[1].id");
    expect(problem.received).toBe("r1");
  });

  it("an outcome in a dimension that does not exist", () => {
    const problem = expectProblem(safeParseFramework(variant((item) => (item.outcomes[0]!.dimension = "XX"))), "outcomes[0].dimension");
    expect(problem.received).toBe("XX");
    expect(problem.message).toBe('dimension "XX" does not exist: use one of "TF"');
  });

  it("a KPI in an outcome that does not exist", () => {
    const problem = expectProblem(safeParseFramework(variant((item) => (item.kpis[1]!.outcome = "nowhere"))), "kpis[1].outcome");
    expect(problem.received).toBe("nowhere");
    expect(problem.message).toContain('"paperless"');
  });

  it("a scored KPI without scoring settings", () => {
    const problem = expectProblem(safeParseFramework(variant((item) => delete item.kpis[0]!.scoring)), "kpis[0].scoring");
    expect(problem.message).toMatch(/higher-is-better but has no scoring settings/);
  });

  it("a dimension without an outcome", () => {
    const input = variant((item) => item.dimensions.push({ id: "RC", name: { en: "Revenue Collection" }, provenance: "published" }));
    expect(expectProblem(safeParseFramework(input), "dimensions[1]").message).toMatch(/has no expected outcome/);
  });

  it("an outcome without a KPI", () => {
    const input = variant((item) => item.outcomes.push({ id: "empty", dimension: "TF", name: { en: "Empty" }, provenance: "illustrative" }));
    expect(expectProblem(safeParseFramework(input), "outcomes[1]").message).toMatch(/has no KPI/);
  });

  it("sibling weights that are all zero", () => {
    const input = variant((item) => (item.dimensions[0]!.weight = "0.000"));
    expect(expectProblem(safeParseFramework(input), "dimensions[0].weight").message).toMatch(/all zero/);
  });

  it.each([
    [{ method: "goalposts", lower: 100, upper: 100 }, /make lower smaller than upper/],
    [{ method: "goalposts", lower: "100.0000000000000000001", upper: 100 }, /make lower smaller than upper/],
    [{ method: "distance-to-frontier", best: 5, worst: "5.0" }, /make them differ/],
    [{ method: "min-max", low: 100, high: 0 }, /make low smaller than high/],
  ])("normalisation bounds %j", (normalisation, message) => {
    const input = variant((item) => (item.kpis[0]!.scoring = { normalisation: normalisation as never }));
    expect(expectProblem(safeParseFramework(input), "kpis[0].scoring.normalisation").message).toMatch(message);
  });

  it("a data element period the framework does not collect", () => {
    const input = variant((item) => (item.periods = ["T"]));
    const problem = expectProblem(safeParseFramework(input), "dataElements[1].periods[1]");
    expect(problem.received).toBe("T-1");
  });

  it("a negative count range inside a framework", () => {
    const input = variant((item) => (item.dataElements[0]!.range = { min: "-5" }));
    expect(expectProblem(safeParseFramework(input), "dataElements[0].range.min").received).toBe("-5");
  });

  it.each([["NaN"], ["1e400"], [""], [0.1 + 0.2], [2 ** 53 + 2]])("the weight %j", (weight) => {
    const input = variant((item) => (item.kpis[0]!.weight = weight));
    const problem = expectProblem(safeParseFramework(input), "kpis[0].weight");
    expect(problem.received).toBe(weight);
  });
});

describe("Framework", () => {
  it("is the schema behind parseFramework", () => {
    expect(expectSuccess(safeParseFramework(minimalFramework()))).toEqual(Framework.parse(minimalFramework()));
  });
});
