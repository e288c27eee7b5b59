import { describe, expect, it } from "vitest";
import { parseFormula, parseFormulaOrThrow } from "../../src/formula/parser.js";
import { printFormula } from "../../src/formula/printer.js";
import { FormulaSyntaxError } from "../../src/formula/syntax-error.js";
import { withoutSpans } from "./helpers.js";

describe("parseFormula", () => {
  it("parses a reference with and without a period", () => {
    expect(parseFormulaOrThrow("declarations")).toEqual({ kind: "reference", name: "declarations", period: "T", span: { start: 0, end: 12 } });
    expect(parseFormulaOrThrow("aeo_count[T-1]")).toEqual({ kind: "reference", name: "aeo_count", period: "T-1", span: { start: 0, end: 14 } });
    expect(withoutSpans(parseFormulaOrThrow("x[ T ]"))).toEqual({ kind: "reference", name: "x", period: "T" });
    expect(withoutSpans(parseFormulaOrThrow("x[T - 1]"))).toEqual({ kind: "reference", name: "x", period: "T-1" });
  });

  it("stores number literals as canonical decimals", () => {
    expect(withoutSpans(parseFormulaOrThrow("007.500"))).toEqual({ kind: "number", value: "7.5" });
    expect(withoutSpans(parseFormulaOrThrow("0.0"))).toEqual({ kind: "number", value: "0" });
    expect(withoutSpans(parseFormulaOrThrow("100"))).toEqual({ kind: "number", value: "100" });
  });

  it("binds * tighter than + and groups left to right", () => {
    expect(withoutSpans(parseFormulaOrThrow("a + b * c - d"))).toEqual({
      kind: "arithmetic",
      operator: "-",
      left: {
        kind: "arithmetic",
        operator: "+",
        left: { kind: "reference", name: "a", period: "T" },
        right: { kind: "arithmetic", operator: "*", left: { kind: "reference", name: "b", period: "T" }, right: { kind: "reference", name: "c", period: "T" } },
      },
      right: { kind: "reference", name: "d", period: "T" },
    });
  });

  it("binds unary minus tighter than *", () => {
    expect(withoutSpans(parseFormulaOrThrow("-a * b"))).toEqual({
      kind: "arithmetic",
      operator: "*",
      left: { kind: "negate", operand: { kind: "reference", name: "a", period: "T" } },
      right: { kind: "reference", name: "b", period: "T" },
    });
  });

  it("binds and tighter than or, and not tighter than and", () => {
    const tree = withoutSpans(parseFormulaOrThrow("not a or b and c > 1"));
    expect(tree).toMatchObject({
      kind: "logical",
      operator: "or",
      left: { kind: "not", operand: { kind: "reference", name: "a" } },
      right: { kind: "logical", operator: "and", right: { kind: "comparison", operator: ">" } },
    });
  });

  it("parses calls with any number of arguments", () => {
    expect(withoutSpans(parseFormulaOrThrow("sum()"))).toEqual({ kind: "call", name: "sum", arguments: [] });
    const tree = parseFormulaOrThrow("share(a, b + c)");
    expect(tree).toMatchObject({ kind: "call", name: "share", span: { start: 0, end: 15 } });
    expect(tree.kind === "call" && tree.arguments.length).toBe(2);
  });

  it("records spans that slice the node's text", () => {
    const source = "100 * (a + b[T-1]) / c";
    const tree = parseFormulaOrThrow(source);
    expect(tree.kind).toBe("arithmetic");
    if (tree.kind !== "arithmetic" || tree.left.kind !== "arithmetic") throw new Error("unexpected shape");
    expect(source.slice(tree.span.start, tree.span.end)).toBe(source);
    expect(source.slice(tree.left.right.span.start, tree.left.right.span.end)).toBe("a + b[T-1]");
  });

  it("accepts newlines, tabs and non-breaking spaces as whitespace", () => {
    expect(printFormula(parseFormulaOrThrow("share(\n\telectronic_declarations,\u00a0declarations\r\n)"))).toBe("share(electronic_declarations, declarations)");
  });

  it("treats prototype names as ordinary names", () => {
    for (const name of ["constructor", "prototype", "toString", "hasOwnProperty", "valueOf"]) {
      expect(withoutSpans(parseFormulaOrThrow(name))).toEqual({ kind: "reference", name, period: "T" });
    }
  });

  it("returns problems instead of throwing", () => {
    const result = parseFormula("a +");
    expect(result.ok).toBe(false);
  });

  it("throws FormulaSyntaxError from the throwing variant", () => {
    expect(() => parseFormulaOrThrow("a +")).toThrow(FormulaSyntaxError);
    expect(() => parseFormulaOrThrow("a +")).toThrow(/^1:4: expected a number/);
  });
});

describe("printFormula", () => {
  const cases: [string, string][] = [
    ["100*(a)/ b[T]", "100 * a / b"],
    ["a-(b-c)", "a - (b - c)"],
    ["(a-b)-c", "a - b - c"],
    ["a/(b*c)", "a / (b * c)"],
    ["a*(b/c)", "a * (b / c)"],
    ["-(a+b)", "-(a + b)"],
    ["--a", "-(-a)"],
    ["-a*b", "-a * b"],
    ["not(a and b)", "not (a and b)"],
    ["a or (b or c)", "a or (b or c)"],
    ["(a and b) or c", "a and b or c"],
    ["(a < b) == (c < d)", "(a < b) == (c < d)"],
    ["share( a,b )", "share(a, b)"],
    ["x[T-1]", "x[T-1]"],
    ["if(a>=1,b,c)", "if(a >= 1, b, c)"],
    ["1.50 + 002", "1.5 + 2"],
  ];

  it.each(cases)("prints %s as %s", (source, expected) => {
    const printed = printFormula(parseFormulaOrThrow(source));
    expect(printed).toBe(expected);
    expect(withoutSpans(parseFormulaOrThrow(printed))).toEqual(withoutSpans(parseFormulaOrThrow(source)));
  });
});
