import { PmmEngineError } from "../errors.js";
import type { FormulaNode } from "./ast.js";
import { MAX_TREE_DEPTH } from "./limits.js";

/** Binding strength of each construct of the language, from loosest (`or`) to tightest (a number, a name or a call). */
export const Precedence = {
  Or: 1,
  And: 2,
  Not: 3,
  Comparison: 4,
  Additive: 5,
  Multiplicative: 6,
  Unary: 7,
  Primary: 8,
} as const;

/**
 * Writes a syntax tree as canonical formula text: one space around binary operators, none
 * inside parentheses, `", "` between arguments, `[T-1]` written and `[T]` left out, numbers
 * canonical, and only the parentheses the tree needs. Parsing the text gives back the same
 * tree, apart from the spans.
 *
 * @param tree - A syntax tree, as returned by {@link parseFormula}.
 * @returns The canonical text.
 * @throws {@link PmmEngineError} (`invalid-input`) when the tree is deeper than `MAX_TREE_DEPTH` (1,000 levels).
 * @example
 * ```ts
 * printFormula(parseFormulaOrThrow("100*(a)/ b[T]")); // "100 * a / b"
 * ```
 */
export function printFormula(tree: FormulaNode): string {
  return print(tree, 0);
}

function print(node: FormulaNode, depth: number): string {
  if (depth > MAX_TREE_DEPTH) {
    throw new PmmEngineError("invalid-input", `cannot print a syntax tree more than ${MAX_TREE_DEPTH} levels deep`);
  }
  const next = depth + 1;
  switch (node.kind) {
    case "number":
      return node.value;
    case "reference":
      return node.period === "T" ? node.name : `${node.name}[${node.period}]`;
    case "negate":
      return `-${wrap(node.operand, Precedence.Primary, next)}`;
    case "not":
      return `not ${wrap(node.operand, Precedence.Not, next)}`;
    case "call":
      return `${node.name}(${node.arguments.map((argument) => print(argument, next)).join(", ")})`;
    case "logical": {
      const own = node.operator === "or" ? Precedence.Or : Precedence.And;
      return `${wrap(node.left, own, next)} ${node.operator} ${wrap(node.right, own + 1, next)}`;
    }
    case "comparison":
      return `${wrap(node.left, Precedence.Additive, next)} ${node.operator} ${wrap(node.right, Precedence.Additive, next)}`;
    case "arithmetic": {
      const own = node.operator === "+" || node.operator === "-" ? Precedence.Additive : Precedence.Multiplicative;
      return `${wrap(node.left, own, next)} ${node.operator} ${wrap(node.right, own + 1, next)}`;
    }
  }
}

/** Prints `node`, in parentheses when it binds more loosely than `minimum`. */
function wrap(node: FormulaNode, minimum: number, depth: number): string {
  const text = print(node, depth);
  return precedenceOf(node) >= minimum ? text : `(${text})`;
}

/**
 * Returns how tightly a node binds, as the printer and the explanation writer see it.
 */
export function precedenceOf(node: FormulaNode): number {
  switch (node.kind) {
    case "number":
    case "reference":
    case "call":
      return Precedence.Primary;
    case "negate":
      return Precedence.Unary;
    case "not":
      return Precedence.Not;
    case "comparison":
      return Precedence.Comparison;
    case "logical":
      return node.operator === "or" ? Precedence.Or : Precedence.And;
    case "arithmetic":
      return node.operator === "+" || node.operator === "-" ? Precedence.Additive : Precedence.Multiplicative;
  }
}
