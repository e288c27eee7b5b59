import fc from "fast-check";
import { KpiResult, isCanonicalDecimal, parseSubmission } from "@pmm/model";
import { describe, expect, it } from "vitest";
import { computeCycle, computeKpis, validateSubmission } from "../compile/api.js";
import { compiledParts, kpi, rule } from "../compile/fixtures.js";

const FORMULAS = [
  "share(a, b)",
  "a / b - c / (d + e)",
  "variation(x)",
  "variation(z) + share(a, b) * 0",
  "per1000(a * b, c * d)",
  "if(a > b, a / c, b / d)",
  "sum(a, b, c, d, e) / min(a, b, c)",
  "max(a, -b) * 100 / abs(c - d)",
  "100 - 2 * abs(share(a, b) - 50)",
  "a * b * c * d * e / (a - b)",
  "if(a == 0 or b == 0, 0, share(a, b))",
];

const compiled = compiledParts({
  kpis: FORMULAS.map((formula, index) => kpi(`k${index}`, formula, "number")),
  rules: [rule("r1", "a <= b"), rule("r2", "c / d < 10", "warning"), rule("r3", "x[T-1] != 0 or x == 0", "warning")],
});

// Decimals of every size the model accepts: zeros, tiny, huge, negative, with up to 30 digits on each side.
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const decimal = fc.oneof(
  fc.constantFrom("0", "1", "-1", "0.000000000000000000000000000001", "999999999999999999999999999999", "-999999999999999999999999999999.999999999999999999999999999999"),
  fc.tuple(fc.boolean(), digits(1, 30), fc.option(digits(1, 30), { nil: undefined })).map(([negative, integer, fraction]) => `${negative ? "-" : ""}${integer}${fraction === undefined ? "" : `.${fraction}`}`),
  fc.integer({ min: -1000, max: 1000 }).map(String),
);
const slots = ["a", "b", "c", "d", "e", "x", "z"].flatMap((name) => (name === "x" || name === "z" ? [`${name}[T]`, `${name}[T-1]`] : [`${name}[T]`]));
const valuesArbitrary = fc.dictionary(fc.constantFrom(...slots), decimal, { maxKeys: slots.length });

function toSubmission(values: Record<string, string>, administration = "AA", order: number[] = []) {
  const entries = Object.entries(values).map(([key, value]) => {
    const [, name = "", period = "T"] = /^(\w+)\[(T|T-1)\]$/.exec(key) ?? [];
    return { dataElement: name, period, value };
  });
  const ordered = order.length === 0 ? entries : [...entries].sort((left, right) => (order[entries.indexOf(left)] ?? 0) - (order[entries.indexOf(right)] ?? 0));
  return parseSubmission({ administration, cycle: "c2023", values: ordered });
}

// Property runs evaluate thousands of submissions; the generous timeout only guards against a hang.
describe("evaluation properties", { timeout: 120_000 }, () => {
  it("never throws and never yields NaN or Infinity", () => {
    fc.assert(
      fc.property(valuesArbitrary, (values) => {
        const results = computeKpis(compiled, toSubmission(values));
        expect(results).toHaveLength(FORMULAS.length);
        for (const result of results) {
          expect(() => KpiResult.parse(result)).not.toThrow();
          const text = JSON.stringify(result);
          expect(text).not.toMatch(/NaN|Infinity/);
          if (result.status === "value") {
            expect(isCanonicalDecimal(result.value)).toBe(true);
            for (const step of result.explanation.steps) expect(isCanonicalDecimal(step.value)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same results for any order of the values", () => {
    fc.assert(
      fc.property(valuesArbitrary, fc.array(fc.nat(), { minLength: slots.length, maxLength: slots.length }), (values, order) => {
        const forward = toSubmission(values);
        const shuffled = toSubmission(values, "AA", order);
        expect(JSON.stringify(computeKpis(compiled, shuffled))).toBe(JSON.stringify(computeKpis(compiled, forward)));
        expect(JSON.stringify(validateSubmission(compiled, shuffled))).toBe(JSON.stringify(validateSubmission(compiled, forward)));
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same cycle results for any order of the submissions", () => {
    fc.assert(
      fc.property(fc.array(valuesArbitrary, { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (list, order) => {
        const submissions = list.map((values, index) => toSubmission(values, `ADM${index}`));
        const shuffled = submissions.map((item, index) => ({ item, key: order[index] ?? 0 })).sort((a, b) => a.key - b.key).map(({ item }) => item);
        expect(JSON.stringify(computeCycle(compiled, shuffled))).toBe(JSON.stringify(computeCycle(compiled, submissions)));
      }),
      { numRuns: 100 },
    );
  });
});
