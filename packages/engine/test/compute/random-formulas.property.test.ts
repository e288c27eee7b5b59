import fc from "fast-check";
import { KpiResult, parseSubmission } from "@pmm/model";
import { describe, expect, it } from "vitest";
import type { FormulaNode, Span } from "../compile/api.js";
import { compileFramework, computeKpis, printFormula, validateSubmission } from "../compile/api.js";
import { buildFramework, kpi, rule } from "../compile/fixtures.js";

// Random syntax trees over the number elements a to e and x (which has T-1): those that compile
// are evaluated on random data, and must never throw or give a result outside the schema.
const span: Span = { start: 0, end: 0 };
const reference = fc.oneof(
  fc.constantFrom("a", "b", "c", "d", "e", "x").map((name): FormulaNode => ({ kind: "reference", name, period: "T", span })),
  fc.constant<FormulaNode>({ kind: "reference", name: "x", period: "T-1", span }),
);
const literal = fc.constantFrom("0", "1", "2", "100", "0.5", "1000").map((value): FormulaNode => ({ kind: "number", value, span }));

const trees = fc.letrec<{ value: FormulaNode; condition: FormulaNode }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    reference,
    literal,
    tie("value").map((operand): FormulaNode => ({ kind: "negate", operand, span })),
    fc.tuple(fc.constantFrom("+" as const, "-" as const, "*" as const, "/" as const), tie("value"), tie("value")).map(([operator, left, right]): FormulaNode => ({ kind: "arithmetic", operator, left, right, span })),
    fc.tuple(fc.constantFrom("sum", "min", "max", "abs", "share", "per1000"), fc.array(tie("value"), { minLength: 1, maxLength: 3 })).map(([name, args]): FormulaNode => ({ kind: "call", name, arguments: args, span })),
    fc.tuple(tie("condition"), tie("value"), tie("value")).map(([condition, a, b]): FormulaNode => ({ kind: "call", name: "if", arguments: [condition, a, b], span })),
    fc.constant<FormulaNode>({ kind: "call", name: "variation", arguments: [{ kind: "reference", name: "x", period: "T", span }], span }),
  ),
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.tuple(fc.constantFrom("<" as const, "<=" as const, "==" as const, "!=" as const), tie("value"), tie("value")).map(([operator, left, right]): FormulaNode => ({ kind: "comparison", operator, left, right, span })),
    fc.tuple(fc.constantFrom("and" as const, "or" as const), tie("condition"), tie("condition")).map(([operator, left, right]): FormulaNode => ({ kind: "logical", operator, left, right, span })),
    tie("condition").map((operand): FormulaNode => ({ kind: "not", operand, span })),
  ),
}));

const decimal = fc.oneof(fc.constantFrom("0", "1", "-1", "0.000000000000000000000000000001", "999999999999999999999999999999"), fc.integer({ min: -10_000, max: 10_000 }).map(String));
const data = fc.record({ a: decimal, b: decimal, c: decimal, d: decimal, e: decimal, x: decimal, xPrevious: decimal }, { requiredKeys: ["a", "x"] });

describe("random formulas", { timeout: 120_000 }, () => {
  it("compile or report problems, and evaluate without throwing", () => {
    let compiledCount = 0;
    fc.assert(
      fc.property(trees.value, trees.condition, data, (formula, condition, values) => {
        const framework = buildFramework({ kpis: [kpi("k0", printFormula(formula), "number", { applicability: printFormula(condition) })], rules: [rule("r1", printFormula(condition))] });
        const result = compileFramework(framework);
        if (!result.ok) {
          for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
          return;
        }
        compiledCount += 1;
        const submission = parseSubmission({
          administration: "AA",
          cycle: "c2023",
          values: Object.entries(values).map(([name, value]) => (name === "xPrevious" ? { dataElement: "x", period: "T-1", value } : { dataElement: name, period: "T", value })),
        });
        expect(() => validateSubmission(result.compiled, submission)).not.toThrow();
        for (const kpiResult of computeKpis(result.compiled, submission)) {
          expect(KpiResult.parse(kpiResult)).toEqual(kpiResult);
          expect(JSON.stringify(kpiResult)).not.toMatch(/NaN|Infinity/);
        }
      }),
      { numRuns: 1_000 },
    );
    // Most random trees mix units badly: about one in ten compiles (87 to 130 in trial runs), far
    // above this bound, which only guards against a generator that no longer produces valid formulas.
    expect(compiledCount).toBeGreaterThan(30);
  });
});
