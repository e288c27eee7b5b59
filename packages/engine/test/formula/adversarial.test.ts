import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_FORMULA_LENGTH, MAX_NESTING_DEPTH } from "../../src/formula/limits.js";
import { parseFormula } from "../../src/formula/parser.js";
import { printFormula } from "../../src/formula/printer.js";

function codeOf(source: string): string {
  const result = parseFormula(source);
  return result.ok ? "ok" : result.problem.code;
}

describe("adversarial formula text", () => {
  it("rejects deeply nested parentheses with a depth error", () => {
    const source = `${"(".repeat(4_999)}a${")".repeat(4_999)}`;
    const result = parseFormula(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe("too-deep");
    expect(result.problem.column).toBe(MAX_NESTING_DEPTH + 1);
    expect(result.problem.message).toContain("more than 200 levels deep");
  });

  it("accepts nesting up to the limit", () => {
    expect(codeOf(`${"(".repeat(MAX_NESTING_DEPTH)}a${")".repeat(MAX_NESTING_DEPTH)}`)).toBe("ok");
    expect(codeOf(`${"(".repeat(MAX_NESTING_DEPTH + 1)}a${")".repeat(MAX_NESTING_DEPTH + 1)}`)).toBe("too-deep");
  });

  it("rejects 10,000 unclosed parentheses with a depth error", () => {
    expect(codeOf("(".repeat(10_000))).toBe("too-deep");
  });

  it("rejects 10,000 balanced parentheses with a length error", () => {
    expect(codeOf(`${"(".repeat(10_000)}a${")".repeat(10_000)}`)).toBe("too-long");
  });

  it("rejects long chains of unary minus and not", () => {
    expect(codeOf(`${"-".repeat(5_000)}a`)).toBe("too-deep");
    expect(codeOf(`${"not ".repeat(2_000)}a`)).toBe("too-deep");
    expect(codeOf(`${"abs(".repeat(1_000)}a${")".repeat(1_000)}`)).toBe("too-deep");
  });

  it("rejects an operator chain deeper than the tree limit", () => {
    const source = `${"a + ".repeat(2_000)}a`;
    expect(source.length).toBeLessThan(MAX_FORMULA_LENGTH);
    const result = parseFormula(source);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toContain("sum(a, b, ...)");
  });

  it("accepts a chain of 500 additions", () => {
    expect(codeOf(`${"a + ".repeat(500)}a`)).toBe("ok");
  });

  it("rejects 1 MB of text with a length error, quickly", () => {
    const source = "a + ".repeat(262_144);
    const started = Date.now();
    const result = parseFormula(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe("too-long");
    expect(result.problem.message).toBe("the formula is 1,048,576 characters long, more than the limit of 10,000");
    // Generous bound: the check happens before lexing, so even a slow machine is far below it.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("accepts a formula exactly at the length limit", () => {
    const source = `sum(${"a, ".repeat((MAX_FORMULA_LENGTH - 7) / 3)}ab)`;
    expect(source.length).toBe(MAX_FORMULA_LENGTH);
    expect(codeOf(source)).toBe("ok");
  });

  it.each(["share(", "x[", "x[T", "x[T-", "if(a,", "(", "-", "not", "a <", "sum(a,", "a and"])("reports unterminated %j", (source) => {
    const result = parseFormula(source);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.message).toMatch(/found the end of the formula|expected/);
      expect(result.problem.offset).toBeLessThanOrEqual(source.length);
    }
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (source) => {
        const result = parseFormula(source);
        if (!result.ok) {
          expect(result.problem.line).toBeGreaterThanOrEqual(1);
          expect(result.problem.column).toBeGreaterThanOrEqual(1);
          expect(result.problem.excerpt).toContain("^");
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("never throws on text made of formula characters", () => {
    const pieces = fc.constantFrom("a", "b1", "T", "x[T-1]", "(", ")", "[", "]", ",", "+", "-", "*", "/", "<", "<=", "==", "!=", "and", "or", "not", "1", "0.5", " ", "share", "if", "\n");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const result = parseFormula(parts.join(""));
        if (result.ok) expect(parseFormula(printFormula(result.tree)).ok).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });
});
