import { describe, expect, it } from "vitest";
import { MAX_NESTING_DEPTH, computeKpis, validateSubmission } from "../compile/api.js";
import { compiledParts, kpi, submission } from "../compile/fixtures.js";

describe("adversarial formulas and data", () => {
  it("computes a chain of 900 additions without overflowing the stack", () => {
    const compiled = compiledParts({ kpis: [kpi("k1", Array.from({ length: 900 }, () => "a").join(" + "), "number")] });
    const [result] = computeKpis(compiled, submission({ a: "1.5" }));
    // 900 × 1.5 = 1350, by hand.
    expect(result).toMatchObject({ status: "value", value: "1350" });
    expect(result?.status === "value" && result.explanation.steps).toHaveLength(899);
  });

  it("limits intermediate values to 10^300", () => {
    const power = (count: number): string => `(${Array.from({ length: count }, () => "a").join(" * ")})`;
    const compiled = compiledParts({ kpis: [kpi("k1", `${power(33)} / ${power(33)}`, "number"), kpi("k2", `${power(34)} / ${power(34)}`, "number")] });
    const [below, beyond] = computeKpis(compiled, submission({ a: "1000000000" }));
    // By hand: (10^9)^33 = 10^297 is below the limit, so the quotient is exactly 1; (10^9)^34 = 10^306 is not.
    expect(below).toMatchObject({ status: "value", value: "1" });
    expect(beyond).toMatchObject({ status: "undefined", reason: "out-of-range" });
    expect(beyond).toMatchObject({ message: expect.stringMatching(/reaches 10\^300 or more in magnitude/) });
  });

  it("limits denominators to 10^400", () => {
    const primes = Array.from({ length: 1199 }, (_, index) => index + 2).filter((n) => Array.from({ length: Math.floor(Math.sqrt(n)) - 1 }, (_, index) => index + 2).every((divisor) => n % divisor !== 0));
    const formula = `a * (${primes.map((prime) => `1 / ${prime}`).join(" + ")})`;
    const [result] = computeKpis(compiledParts({ kpis: [kpi("k1", formula, "number")] }), submission({ a: "1" }));
    // The sum of 1/p over the 196 primes below 1200 has the product of those primes, about 10^500, as its denominator.
    expect(primes).toHaveLength(196);
    expect(result).toMatchObject({ status: "undefined", reason: "out-of-range" });
    expect(result).toMatchObject({ message: expect.stringMatching(/needs a denominator beyond 10\^400/) });
  });

  it("reduces large denominators exactly", () => {
    const factor = "(a * b)";
    const formula = Array.from({ length: 14 }, () => factor).join(" * ");
    const [result] = computeKpis(compiledParts({ kpis: [kpi("k1", formula, "number")] }), submission({ a: "0.000000000000000000000000000001", b: "100000000000000000000000000000" }), { rounding: { decimalPlaces: 20 } });
    // By hand: a × b = 10^29 / 10^30 = 0.1, written with the denominator 10^30; the fourteenth
    // power is 10^-14, whose unreduced denominator 10^420 reduces to 10^14.
    expect(result).toMatchObject({ status: "value", value: "0.00000000000001" });
  });

  it("never rounds tiny values to zero", () => {
    const power = Array.from({ length: 14 }, () => "a").join(" * ");
    const [result] = computeKpis(compiledParts({ kpis: [kpi("k1", `(${power}) / (${power})`, "number")] }), submission({ a: "0.000000000000000000000000000001" }));
    // By hand: a^14 = 10^-420, exact only with a denominator of 10^420.
    expect(result).toMatchObject({ status: "undefined", reason: "out-of-range" });
  });

  it("treats exactly 10^300 as out of range", () => {
    const power = Array.from({ length: 10 }, () => "a").join(" * ");
    const [result] = computeKpis(compiledParts({ kpis: [kpi("k1", `(${power}) * 10000000000 / (${power})`, "number")] }), submission({ a: "100000000000000000000000000000" }));
    // By hand: (10^29)^10 × 10^10 = 10^300 exactly.
    expect(result).toMatchObject({ status: "undefined", reason: "out-of-range" });
  });

  it("shortens long explanation steps", () => {
    const terms = Array.from({ length: 400 }, (_, index) => `a * ${1000002 + index}`);
    const [result] = computeKpis(compiledParts({ kpis: [kpi("k1", terms.join(" + "), "number")] }), submission({ a: "1" }));
    expect(result?.status).toBe("value");
    if (result?.status !== "value") return;

    const { steps } = result.explanation;
    // 400 products and 399 additions, each a step with a different value.
    expect(steps).toHaveLength(799);
    expect(Math.max(...steps.map((step) => step.expression.length))).toBe(120);
    const whole = steps.at(-1)!.expression;
    expect(whole.startsWith("a * 1000002 + a * 1000003 + ")).toBe(true);
    expect(whole.endsWith(" + a * 1000401")).toBe(true);
    expect(whole).toContain(" … ");
    expect(steps.filter((step) => step.expression === "a * 1000002")).toHaveLength(1);
  });

  it("computes parentheses nested to the limit", () => {
    const formula = `${"(".repeat(MAX_NESTING_DEPTH)}a + 1${")".repeat(MAX_NESTING_DEPTH)} * 2`;
    const [result] = computeKpis(compiledParts({ kpis: [kpi("k1", formula, "number")] }), submission({ a: "4" }));
    // (4 + 1) × 2 = 10, by hand.
    expect(result).toMatchObject({ status: "value", value: "10" });
  });

  it("treats prototype names in data as unknown data elements", () => {
    const compiled = compiledParts({ kpis: [kpi("k1", "a", "number")] });
    const clean = submission({ a: "1" });
    const raw = { ...clean, values: [...clean.values, { dataElement: "__proto__", period: "T" as const, value: "5" }, { dataElement: "constructor", period: "T" as const, value: "6" }, { dataElement: "toString", period: "T" as const, value: "7" }] };
    const findings = validateSubmission(compiled, raw);
    expect(findings.map((finding) => [finding.kind, finding.dataElements[0]])).toEqual([
      ["unknown-data-element", "__proto__"],
      ["unknown-data-element", "constructor"],
      ["unknown-data-element", "toString"],
    ]);
    expect(computeKpis(compiled, raw)).toMatchObject([{ status: "value", value: "1" }]);
    expect(Object.prototype).not.toHaveProperty("5");
  });

  it("declares prototype names not applicable without effect", () => {
    const compiled = compiledParts({ kpis: [kpi("k1", "a", "number")] });
    const findings = validateSubmission(compiled, submission({ a: "1" }, { notApplicable: [{ kpi: "constructor", reason: "x" }] }));
    expect(findings.map((finding) => finding.kind)).toEqual(["unknown-kpi"]);
  });

  it("handles the extremes of submitted decimals exactly", () => {
    const compiled = compiledParts({ kpis: [kpi("k1", "a - b", "number"), kpi("k2", "a / b", "number"), kpi("k3", "c * d", "number")] });
    const results = computeKpis(compiled, submission({ a: "999999999999999999999999999999.999999999999999999999999999999", b: "0.000000000000000000000000000001", c: "0.000000000000000000000000000001", d: "0.000000000000000000000000000001" }));
    // By hand: the exact difference is just below 10^30, so it rounds up to 10^30 at 4 decimal
    // places and is out of range. The quotient is about 10^60. The product 10^-60 rounds to 0.
    expect(results.map((result) => (result.status === "value" ? result.value : result.status === "undefined" ? result.reason : result.status))).toEqual(["out-of-range", "out-of-range", "0"]);
  });
});
