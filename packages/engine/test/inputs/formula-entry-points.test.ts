import { describe, expect, it } from "vitest";
import { parseFramework, parseSubmission, pmmIllustrativeFramework, type Submission } from "@pmm/model";
import { Rational, compileFrameworkOrThrow, computeCycle, computeKpis, isPmmEngineError, prepareValues, validateSubmission } from "../../src/index.js";

const compiled = compileFrameworkOrThrow(parseFramework(pmmIllustrativeFramework));
const formula = compiled.kpis.find((entry) => entry.kpi.id === "tf.electronic_declarations")!.formula!;
const clean: Submission = parseSubmission({ administration: "GH", cycle: "pmm-2023", values: [{ dataElement: "declarations", period: "T", value: "120000" }] });

/** Runs a call and returns the message of the typed error it throws, or a note when it throws something else or nothing. */
function typedMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isPmmEngineError(error) ? error.message : `untyped: ${String(error)}`;
  }
  return "no error";
}

describe("computation entry points with malformed input", () => {
  it.each([
    ["a null value", () => computeKpis(compiled, { ...clean, values: [null] } as never), "values[0] is null"],
    ["a bigint value", () => computeKpis(compiled, { ...clean, values: [5n] } as never), "values[0] is 5n"],
    ["a null declaration", () => computeKpis(compiled, { ...clean, notApplicable: [null] } as never), "notApplicable must be an array"],
    ["declarations as an object", () => validateSubmission(compiled, { ...clean, notApplicable: {} } as never), "notApplicable must be an array"],
    ["a null submission in a cycle", () => computeCycle(compiled, [clean, null] as never), "submissions[1] is null"],
    ["a null finding", () => computeKpis(compiled, clean, { findings: [null] as never }), "findings[0] is not a validation finding"],
    ["values that are not an array", () => prepareValues(compiled, null as never), "values is null"],
  ])("rejects %s with a typed error", (_, run, message) => {
    expect(typedMessage(run)).toContain(message);
  });

  it("reports a bigint data value without failing to write it", () => {
    const findings = validateSubmission(compiled, { ...clean, values: [{ dataElement: "declarations", period: "T", value: 5n }] } as never);
    expect(findings.map((finding) => finding.kind)).toContain("invalid-value");
  });
});

describe("CompiledFormula.evaluate with malformed data", () => {
  it.each([
    ["null", null, "data.values is not an array"],
    ["numbers in place of rationals", { values: [1, 2, 3] }, "data.values[0] is not a Rational"],
  ])("rejects %s with a typed error", (_, data, message) => {
    expect(typedMessage(() => formula.evaluate(data as never))).toContain(message);
  });

  it("accepts values built by hand from rationals", () => {
    const values = prepareValues(compiled, [
      { dataElement: "declarations", period: "T", value: "4" },
      { dataElement: "electronic_declarations", period: "T", value: "1" },
    ]).values;
    const outcome = formula.evaluate({ values: [...values] });
    expect(outcome.status).toBe("value");
    if (outcome.status === "value") expect(outcome.value.toOutputString()).toBe("25");
  });
});

describe("Rational with values of the wrong type", () => {
  it.each([
    ["plus(1)", () => Rational.of(1).plus(1 as never), "plus expects a Rational, not number"],
    ["dividedBy(null)", () => Rational.of(1).dividedBy(null as never), "dividedBy expects a Rational, not null"],
    ["compare(\"1\")", () => Rational.of(1).compare("1" as never), "compare expects a Rational, not string"],
    ["a look-alike object", () => Rational.of(1).plus({ numerator: 1n, denominator: 0n } as never), "not a plain object"],
    ["fromDecimal(10n)", () => Rational.fromDecimal(10n as never), "fromDecimal expects a string, not a bigint"],
  ])("rejects %s with a typed error", (_, run, message) => {
    expect(typedMessage(run)).toContain(message);
  });
});
