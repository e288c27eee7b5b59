import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FormulaNode, Span } from "../../src/formula/ast.js";
import { parseFormula } from "../../src/formula/parser.js";
import { printFormula } from "../../src/formula/printer.js";
import { withoutSpans } from "./helpers.js";

const span: Span = { start: 0, end: 0 };
const RESERVED = new Set(["and", "or", "not", "T"]);

const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,6}$/).filter((text) => !RESERVED.has(text));
const canonicalNumber = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.stringMatching(/^[0-9]{0,5}[1-9]$/), { nil: undefined }))
  .map(([integer, fraction]) => (fraction === undefined ? integer.toString() : `${integer}.${fraction}`));

const trees = fc.letrec<{ node: FormulaNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    canonicalNumber.map((value): FormulaNode => ({ kind: "number", value, span })),
    fc.tuple(name, fc.constantFrom("T" as const, "T-1" as const)).map(([reference, period]): FormulaNode => ({ kind: "reference", name: reference, period, span })),
    tie("node").map((operand): FormulaNode => ({ kind: "negate", operand, span })),
    tie("node").map((operand): FormulaNode => ({ kind: "not", operand, span })),
    fc.tuple(fc.constantFrom("+" as const, "-" as const, "*" as const, "/" as const), tie("node"), tie("node")).map(([operator, left, right]): FormulaNode => ({ kind: "arithmetic", operator, left, right, span })),
    fc.tuple(fc.constantFrom("<" as const, "<=" as const, ">" as const, ">=" as const, "==" as const, "!=" as const), tie("node"), tie("node")).map(([operator, left, right]): FormulaNode => ({ kind: "comparison", operator, left, right, span })),
    fc.tuple(fc.constantFrom("and" as const, "or" as const), tie("node"), tie("node")).map(([operator, left, right]): FormulaNode => ({ kind: "logical", operator, left, right, span })),
    fc.tuple(fc.oneof(name, fc.constantFrom("share", "if", "sum", "variation")), fc.array(tie("node"), { maxLength: 3 })).map(([callee, args]): FormulaNode => ({ kind: "call", name: callee, arguments: args, span })),
  ),
}));

describe("print and parse", () => {
  it("gives back the same tree, apart from spans", () => {
    fc.assert(
      fc.property(trees.node, (tree) => {
        const text = printFormula(tree);
        const parsed = parseFormula(text);
        if (!parsed.ok) throw new Error(`${text}: ${parsed.problem.message}`);
        expect(withoutSpans(parsed.tree)).toEqual(withoutSpans(tree));
      }),
      { numRuns: 3_000 },
    );
  });

  it("prints canonical text that prints to itself", () => {
    fc.assert(
      fc.property(trees.node, (tree) => {
        const text = printFormula(tree);
        const parsed = parseFormula(text);
        expect(parsed.ok && printFormula(parsed.tree)).toBe(text);
      }),
      { numRuns: 1_000 },
    );
  });
});
