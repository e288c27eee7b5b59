import { describe, expect, it } from "vitest";
import { parseFormula } from "../../src/formula/parser.js";
import type { FormulaSyntaxProblem } from "../../src/formula/syntax-error.js";

function problemOf(source: string): FormulaSyntaxProblem {
  const result = parseFormula(source);
  if (result.ok) throw new Error(`expected a syntax error in ${JSON.stringify(source)}`);
  return result.problem;
}

// Each case: formula, line, column, code, a part of the message.
const cases: [string, number, number, string, string][] = [
  ["", 1, 1, "empty", "the formula is empty"],
  ["   ", 1, 1, "empty", "the formula is empty"],
  ["share(a, b", 1, 11, "unclosed", 'expected "," or ")" to close "(" of share(...) opened at 1:6, found the end of the formula'],
  ["(a + b", 1, 7, "unclosed", 'expected ")" to close "(" opened at 1:1, found the end of the formula'],
  ["x[T-1", 1, 6, "unclosed", 'expected "]" to close "[" opened at 1:2'],
  ["a +", 1, 4, "unexpected-token", 'expected a number, a data element name, a function call or "(", found the end of the formula'],
  ["a + * b", 1, 5, "unexpected-token", 'found "*"'],
  ["a b", 1, 3, "unexpected-token", 'expected an operator or the end of the formula, found name "b"'],
  ["a)", 1, 2, "unexpected-token", 'unexpected ")": it closes no "("'],
  ["sum(a,)", 1, 7, "unexpected-token", 'found ")"'],
  ["a < b < c", 1, 7, "chained-comparison", "comparisons cannot be chained"],
  ["a <> b", 1, 3, "unexpected-character", 'write "!=" for "is not equal to"'],
  ["x[T-2]", 1, 4, "invalid-period", "period T-2 is not supported"],
  ["x[T+1]", 1, 4, "invalid-period", "period T+1 is not supported"],
  ["x[2021]", 1, 3, "invalid-period", "expected T or T-1"],
  ["T + 1", 1, 1, "reserved-word", '"T" is reserved for the reporting year'],
  ["1e6", 1, 2, "invalid-number", "numbers have no exponent"],
  ["1.", 1, 3, "invalid-number", "expected a digit after the decimal point"],
  ["1.2.3", 1, 4, "invalid-number", "at most one decimal point"],
  ["2abc", 1, 2, "invalid-number", "a name cannot start with a digit"],
  [".5", 1, 1, "unexpected-character", 'write "0.5", not ".5"'],
  ["a = b", 1, 3, "unexpected-character", 'write "==" to compare'],
  ["a && b", 1, 3, "unexpected-character", 'write "and"'],
  ["a || b", 1, 3, "unexpected-character", 'write "or"'],
  ["!a", 1, 1, "unexpected-character", 'write "not"'],
  ["a % b", 1, 3, "unexpected-character", "share(part, whole)"],
  ["a ^ 2", 1, 3, "unexpected-character", "no power operator"],
  ["c ? a : b", 1, 3, "unexpected-character", "if(condition, a, b)"],
  ['"a"', 1, 1, "unexpected-character", "no text strings"],
  ["__proto__", 1, 1, "unexpected-character", "a name starts with a letter"],
  ["a \u2212 b", 1, 3, "unexpected-character", 'U+2212) : write "-" instead'.replace(" :", ":")],
  ["a \u00d7 b", 1, 3, "unexpected-character", 'write "*" instead'],
  ["a \u2264 b", 1, 3, "unexpected-character", 'write "<=" instead'],
  ["\u0430 + b", 1, 1, "unexpected-character", 'U+0430), which looks like the Latin letter "a"'],
  ["decl\u0430rations", 1, 5, "unexpected-character", "U+0430"],
  ["\u039fne", 1, 1, "unexpected-character", 'looks like the Latin letter "O"'],
  ["\uff11 + 2", 1, 1, "unexpected-character", 'write the ASCII digit "1"'],
  ["a\u200bb", 1, 2, "unexpected-character", "invisible space"],
  ["d\u00e9clarations", 1, 2, "unexpected-character", "U+00E9"],
  ["a + \u{1F600}", 1, 5, "unexpected-character", "U+1F600"],
  ["1234567890123456789012345678901", 1, 1, "invalid-number", "more than 30 digits"],
  ["share(\n  a,\n  (b + c\n)", 4, 2, "unclosed", 'expected "," or ")" to close "(" of share(...) opened at 1:6'],
];

describe("syntax errors", () => {
  it.each(cases)("%j fails at %i:%i with %s", (source, line, column, code, message) => {
    const problem = problemOf(source);
    expect(problem.code).toBe(code);
    expect(problem.message).toContain(message);
    expect({ line: problem.line, column: problem.column }).toEqual({ line, column });
  });

  it("shows an excerpt with a caret under the problem", () => {
    expect(problemOf("share(a, (b + c").excerpt).toBe("share(a, (b + c\n               ^");
    expect(problemOf("a + + b").excerpt).toBe("a + + b\n    ^");
  });

  it("shows only the line of the problem in a multi-line formula", () => {
    const problem = problemOf("share(\n  a,\n  b c)");
    expect({ line: problem.line, column: problem.column }).toEqual({ line: 3, column: 5 });
    expect(problem.excerpt).toBe("  b c)\n    ^");
  });

  it("counts a character outside the basic plane as one column", () => {
    const problem = problemOf("\u{1F600} + a");
    expect(problem.column).toBe(1);
    const after = problemOf("a + b \u{1F600}");
    expect(after.column).toBe(7);
  });

  it("cuts a long line around the caret", () => {
    const source = `${"a + ".repeat(50)}+ b`;
    const problem = problemOf(source);
    const [text, caret] = problem.excerpt.split("\n") as [string, string];
    expect(text.startsWith("…")).toBe(true);
    expect(Array.from(text).length).toBeLessThanOrEqual(121);
    expect(caret.length - 1).toBe(Array.from(text).indexOf("+", caret.length - 1));
    expect(text.slice(caret.length - 1)).toBe("+ b");
  });
});
