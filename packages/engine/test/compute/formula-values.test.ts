import { describe, expect, it } from "vitest";
import { Rational, computeKpis, prepareValues } from "../compile/api.js";
import { ELEMENTS, compiledParts, kpi, submission } from "../compile/fixtures.js";

// Data shared by the cases below.
const DATA = { a: "9812", b: "10000", c: "0", d: "-3.5", e: "0.0001", "x[T]": "120", "x[T-1]": "100", "z[T]": "5", "z[T-1]": "0", y: "100000000000000000000" };

// Expected values computed independently with python3's decimal module (precision 50,
// ROUND_HALF_EVEN), then rounded to 4 decimal places, half-even, as the engine's default output.
const VALUE_CASES: [string, string][] = [
  ["share(a, b)", "98.12"],
  ["100 * a / b", "98.12"],
  ["a / b", "0.9812"],
  ["a - b * 2", "-10188"],
  ["(a - b) * 2", "-376"],
  ["-d", "3.5"],
  ["abs(d)", "3.5"],
  ["sum(a, b, d)", "19808.5"],
  ["min(a, b, d)", "-3.5"],
  ["max(a, b, d)", "10000"],
  ["variation(x)", "20"],
  ["per1000(a, b)", "981.2"],
  ["a / 3", "3270.6667"],
  ["b / 3 * 3", "10000"],
  ["e * e", "0"],
  ["a / 7", "1401.7143"],
  ["a * 0.00005", "0.4906"],
  ["e / 2", "0"],
  ["e * 1.5", "0.0002"],
  ["e * 2.5", "0.0002"],
  ["a * a * a * a", "9268941862318336"],
  ["a / b / 3", "0.3271"],
  ["1 - a / (b + 1)", "0.0189"],
  ["share(a - d, b + d)", "98.1894"],
  ["100 - 2 * abs(share(a, b) - 50)", "3.76"],
  ["d * (d - 2) + 1", "20.25"],
  ["if(a > b, a, b)", "10000"],
  ["if(a < b and d < 0, 1, 0)", "1"],
  ["if(not (a < b) or c != 0, 1, 0)", "0"],
  ["if(c == 0, 0, b / c)", "0"],
  ["if(a >= 9812 and a <= 9812, a, 0)", "9812"],
];

const UNDEFINED_CASES: [string, string, string][] = [
  ["b / c", "division-by-zero", "division by zero: c is 0 in b / c"],
  ["(a + b) / (a - a)", "division-by-zero", "division by zero: a - a is 0 in (a + b) / (a - a)"],
  ["share(a, c)", "division-by-zero", "division by zero: c is 0 in share(a, c)"],
  ["per1000(a, c * 2)", "division-by-zero", "division by zero: c * 2 is 0 in per1000(a, c * 2)"],
  ["variation(z)", "zero-base", "z[T-1] is 0, so the variation from T-1 to T is undefined"],
  ["y * y", "out-of-range", 'the value of KPI "k5" is about 1e+40, more than the 30 digits before the decimal point that a result may have'],
  // q is missing: a division by zero decides the result whatever q is.
  ["b / c + a / q", "division-by-zero", "division by zero: c is 0 in b / c"],
];

describe("formula values", () => {
  const compiled = compiledParts({ kpis: VALUE_CASES.map(([formula], index) => kpi(`k${index}`, formula, "number")) });
  const results = computeKpis(compiled, submission(DATA));

  it.each(VALUE_CASES.map(([formula, value], index) => [formula, value, index] as const))("%s = %s", (_, value, index) => {
    const result = results[index]!;
    expect(result.status).toBe("value");
    if (result.status === "value") expect(result.value).toBe(value);
  });
});

describe("formulas without a value", () => {
  const compiled = compiledParts({
    kpis: UNDEFINED_CASES.map(([formula], index) => kpi(`k${index}`, formula, "number")),
    elements: [...ELEMENTS, { id: "q", name: { en: "q" }, kind: "number", provenance: "illustrative" }],
  });
  const results = computeKpis(compiled, submission(DATA));

  it.each(UNDEFINED_CASES.map(([formula, reason, message], index) => [formula, reason, message, index] as const))("%s is undefined (%s)", (_, reason, message, index) => {
    expect(results[index]).toMatchObject({ status: "undefined", reason, message });
  });
});

describe("CompiledFormula.evaluate", () => {
  const compiled = compiledParts({ kpis: [kpi("k1", "share(a, b)", "percent")], rules: [] });
  const formula = compiled.kpis[0]!.formula!;

  it("gives the exact value, unrounded", () => {
    const outcome = formula.evaluate(prepareValues(compiled, [{ dataElement: "a", period: "T", value: "1" }, { dataElement: "b", period: "T", value: "3" }]));
    expect(outcome.status).toBe("value");
    if (outcome.status !== "value") return;
    // 100 × 1 / 3 = 100/3 exactly; as a decimal, 50 significant digits.
    expect(outcome.value.equals(Rational.of(100, 3))).toBe(true);
    expect(outcome.value.toString()).toBe("33.333333333333333333333333333333333333333333333333");
  });

  it("lists missing data", () => {
    expect(formula.evaluate(prepareValues(compiled, []))).toEqual({
      status: "missing-data",
      missing: [
        { dataElement: "a", period: "T" },
        { dataElement: "b", period: "T" },
      ],
    });
  });
});
