import { describe, expect, it } from "vitest";
import {
  KpiResult,
  safeParseAdministration,
  safeParseCycle,
  safeParseFramework,
  safeParsePeerReview,
  safeParseSubmission,
  toProblems,
  type SafeParseResult,
} from "../../src/index.js";
import { clone, cycle2023, expectSuccess, ghana, minimalFramework, peerReview, submission } from "../helpers/fixtures.js";

type Loose = Record<string, unknown>;

function problemsOf<T>(result: SafeParseResult<T>): { path: string; message: string; code: string; received?: unknown }[] {
  expect(result.success).toBe(false);
  return result.success ? [] : result.problems.map(({ path, message, code, received }) => (received === undefined ? { path, message, code } : { path, message, code, received }));
}

describe("unknown keys", () => {
  it("framework aggregaton is rejected", () => {
    const framework = { ...minimalFramework(), aggregaton: { overall: {} } };
    expect(problemsOf(safeParseFramework(framework))).toEqual([
      { path: "aggregaton", message: 'unknown field "aggregaton": did you mean "aggregation"?', code: "unrecognized_keys", received: { overall: {} } },
    ]);
  });

  it("KPI wieght is rejected at its path", () => {
    const framework = minimalFramework();
    (framework.kpis[0] as Loose).wieght = "5";
    expect(problemsOf(safeParseFramework(framework))).toEqual([
      { path: "kpis[0].wieght", message: 'unknown field "wieght": did you mean "weight"?', code: "unrecognized_keys", received: "5" },
    ]);
  });

  it("normalisation key follows the method", () => {
    const framework = minimalFramework();
    (framework.kpis[0] as Loose).scoring = { normalisation: { method: "goalposts", lower: 0, uper: 100, upper: 100 } };
    const [problem] = problemsOf(safeParseFramework(framework));
    expect(problem?.path).toBe("kpis[0].scoring.normalisation.uper");
    expect(problem?.message).toBe('unknown field "uper": did you mean "upper"?');
  });

  it("two unknown keys give two problems", () => {
    const framework = { ...minimalFramework(), colour: "red", aggregaton: {} };
    const paths = problemsOf(safeParseFramework(framework)).map((problem) => problem.path);
    expect(paths).toEqual(["colour", "aggregaton"]);
  });

  it("far key lists the known keys", () => {
    const document = { ...cycle2023(), colour: "red" };
    const [problem] = problemsOf(safeParseCycle(document));
    expect(problem?.message).toBe('unknown field "colour": remove it, or use one of "id", "launchYear", "reportingYear", "framework", "opens", "closes"');
  });

  it("submission notApplicabel is rejected", () => {
    const document = { ...submission(), notApplicabel: [{ kpi: "ecom", reason: "none" }] };
    const [problem] = problemsOf(safeParseSubmission(document));
    expect(problem?.path).toBe("notApplicabel");
    expect(problem?.message).toBe('unknown field "notApplicabel": did you mean "notApplicable"?');
  });

  it("submission value entry is strict", () => {
    const document = submission();
    (document.values as Loose[])[0] = { ...(document.values as Loose[])[0], vlaue: "1" };
    expect(problemsOf(safeParseSubmission(document, { framework: expectSuccess(safeParseFramework(minimalFramework())) }))[0]?.path).toBe("values[0].vlaue");
  });

  it("administration atributes is rejected", () => {
    const [problem] = problemsOf(safeParseAdministration({ ...ghana(), atributes: { subregion: "x" } }));
    expect(problem?.path).toBe("atributes");
    expect(problem?.message).toBe('unknown field "atributes": did you mean "attributes"?');
  });

  it("peer review finding key is rejected", () => {
    const document = peerReview();
    document.findings = [{ scope: "kpi", kpi: "e_decl", rating: "confirmed", severity: "minor", sevrity: "major" }];
    const [problem] = problemsOf(safeParsePeerReview(document));
    expect(problem?.path).toBe("findings[0].sevrity");
    expect(problem?.message).toBe('unknown field "sevrity": did you mean "severity"?');
  });

  it("result schemas are strict", () => {
    const input = { administration: "GH", kpi: "e_decl", unit: "percent", status: "not-applicable", reason: "declared", basiss: "declared" };
    const result = KpiResult.safeParse(input);
    expect(result.success).toBe(false);
    const [problem] = toProblems(result.error?.issues ?? [], input, KpiResult);
    expect(problem?.path).toBe("basiss");
    expect(problem?.message).toBe('unknown field "basiss": did you mean "basis"?');
  });

  it("free keys stay allowed", () => {
    const framework = minimalFramework();
    framework.title = { en: "Minimal framework", fr: "Cadre minimal" };
    expect(safeParseFramework(framework).success).toBe(true);
    expect(safeParseAdministration({ ...ghana(), attributes: { subregion: "Sahel", coastal: true } }).success).toBe(true);
  });

  it("parsed documents parse again unchanged", () => {
    const parsed = expectSuccess(safeParseFramework(minimalFramework()));
    expect(expectSuccess(safeParseFramework(clone(parsed)))).toEqual(parsed);
  });
});

describe("missing and non-JSON values", () => {
  it("missing direction lists the options", () => {
    const framework = minimalFramework();
    delete (framework.kpis[0] as Loose).direction;
    const [problem] = problemsOf(safeParseFramework(framework));
    expect(problem?.path).toBe("kpis[0].direction");
    expect(problem?.message).toBe('direction is missing: set it to one of "higher-is-better", "lower-is-better", "descriptive"');
  });

  it("missing decimal says what to add", () => {
    const document = submission();
    delete ((document.values as Loose[])[0] as Loose).value;
    const [problem] = problemsOf(safeParseSubmission(document));
    expect(problem?.message).toBe('value is missing: add it as a decimal, as a JSON number or decimal text such as "12.5"');
  });

  it("1e400 is not a finite number", () => {
    const framework = JSON.parse(JSON.stringify(minimalFramework()).replace('"higher-is-better",', '"higher-is-better", "weight": 1e400,')) as unknown;
    const [problem] = problemsOf(safeParseFramework(framework));
    expect(problem?.path).toBe("kpis[0].weight");
    expect(problem?.message).toMatch(/^weight is not a finite number \(received Infinity\)/);
  });

  it("infinite year is not a finite number", () => {
    const [problem] = problemsOf(safeParseCycle({ ...cycle2023(), launchYear: Number.NEGATIVE_INFINITY }));
    expect(problem?.message).toMatch(/^launchYear is not a finite number \(received -Infinity\)/);
  });

  it("BigInt value is a problem, not a TypeError", () => {
    const document = submission();
    ((document.values as Loose[])[0] as Loose).value = 10n;
    const [problem] = problemsOf(safeParseSubmission(document));
    expect(problem?.path).toBe("values[0].value");
    expect(problem?.message).toBe('value is a BigInt (10n), which is not a JSON value: pass a number, or a decimal string such as "10"');
  });

  it("function value is described", () => {
    const document = submission();
    ((document.values as Loose[])[0] as Loose).value = () => 1;
    const [problem] = problemsOf(safeParseSubmission(document));
    expect(problem?.message).toBe('expected a decimal, as a JSON number or decimal text such as "98.1", but received a function');
  });
});
