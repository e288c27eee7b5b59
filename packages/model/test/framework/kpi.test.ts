import { describe, expect, it } from "vitest";
import { Direction, Kpi, KpiUnit, Severity, ValidationRule, toProblems } from "../../src/index.js";

const kpi = {
  id: "tf.electronic_declarations",
  outcome: "tf.paperless",
  name: { en: "Rate of electronic declarations" },
  unit: "percent",
  direction: "higher-is-better",
  formula: "share(electronic_declarations, declarations)",
  scoring: { normalisation: { method: "goalposts", lower: 0, upper: 100 } },
  provenance: "published",
};

function pathsOf(schema: typeof Kpi | typeof ValidationRule, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : toProblems(result.error.issues, input).map((problem) => problem.path);
}

describe("Kpi", () => {
  it("fills defaults", () => {
    expect(Kpi.parse(kpi)).toEqual({
      ...kpi,
      weight: "1",
      scoring: { normalisation: { method: "goalposts", lower: "0", upper: "100" }, pooled: false },
      disclosureDefault: "wco",
      allowNotApplicable: true,
    });
  });

  it("accepts a KPI without a formula", () => {
    const { formula: _formula, scoring: _scoring, ...nameOnly } = kpi;
    expect(Kpi.parse({ ...nameOnly, interpretation: "Only the name is published." }).formula).toBeUndefined();
  });

  it.each(KpiUnit.options)("accepts the unit %s", (unit) => {
    expect(Kpi.parse({ ...kpi, unit }).unit).toBe(unit);
  });

  it.each(Direction.options)("accepts the direction %s", (direction) => {
    expect(Kpi.parse({ ...kpi, direction }).direction).toBe(direction);
  });

  it.each([
    [{ ...kpi, unit: "%" }, "unit"],
    [{ ...kpi, direction: "up" }, "direction"],
    [{ ...kpi, formula: "  " }, "formula"],
    [{ ...kpi, weight: -1 }, "weight"],
    [{ ...kpi, disclosureDefault: "secret" }, "disclosureDefault"],
    [{ ...kpi, allowNotApplicable: "no" }, "allowNotApplicable"],
    [{ ...kpi, applicability: "" }, "applicability"],
    [{ ...kpi, interpretation: "" }, "interpretation"],
    [{ ...kpi, outcome: 3 }, "outcome"],
    [{ ...kpi, scoring: { normalisation: { method: "magic" } } }, "scoring.normalisation.method"],
  ])("rejects %j at %s", (input, path) => {
    expect(pathsOf(Kpi, input)).toContain(path);
  });
});

describe("ValidationRule", () => {
  const rule = {
    id: "electronic_within_declarations",
    description: { en: "Electronic declarations cannot outnumber all declarations." },
    condition: "electronic_declarations <= declarations",
    severity: "error",
    provenance: "illustrative",
  };

  it.each(Severity.options)("accepts the severity %s", (severity) => {
    expect(ValidationRule.parse({ ...rule, severity }).severity).toBe(severity);
  });

  it.each([
    [{ ...rule, condition: "" }, "condition"],
    [{ ...rule, severity: "fatal" }, "severity"],
    [{ ...rule, description: "text" }, "description"],
    [{ ...rule, id: "1rule" }, "id"],
  ])("rejects %j at %s", (input, path) => {
    expect(pathsOf(ValidationRule, input)).toContain(path);
  });
});
