import type { Period } from "@pmm/model";

/**
 * Where a node sits in its formula text: UTF-16 offsets, `start` inclusive and `end` exclusive,
 * so that `source.slice(span.start, span.end)` is the node's text.
 * {@link locate} turns an offset into a line and column.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A number literal. `value` is a canonical decimal string, such as `"100"` or `"0.5"`. */
export interface NumberNode {
  readonly kind: "number";
  readonly value: string;
  readonly span: Span;
}

/** A data element read in one period: `declarations` (period `T`) or `aeo_count[T-1]`. */
export interface ReferenceNode {
  readonly kind: "reference";
  readonly name: string;
  readonly period: Period;
  readonly span: Span;
}

/** Unary minus: `-operand`. */
export interface NegateNode {
  readonly kind: "negate";
  readonly operand: FormulaNode;
  readonly span: Span;
}

/** An arithmetic operator. */
export type ArithmeticOperator = "+" | "-" | "*" | "/";

/** `left + right`, `left - right`, `left * right` or `left / right`. */
export interface ArithmeticNode {
  readonly kind: "arithmetic";
  readonly operator: ArithmeticOperator;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
  readonly span: Span;
}

/** A comparison operator. */
export type ComparisonOperator = "<" | "<=" | ">" | ">=" | "==" | "!=";

/** A comparison of two values, such as `electronic_declarations <= declarations`: a condition. */
export interface ComparisonNode {
  readonly kind: "comparison";
  readonly operator: ComparisonOperator;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
  readonly span: Span;
}

/** `left and right` or `left or right`: a condition built from two conditions. */
export interface LogicalNode {
  readonly kind: "logical";
  readonly operator: "and" | "or";
  readonly left: FormulaNode;
  readonly right: FormulaNode;
  readonly span: Span;
}

/** `not operand`: the negation of a condition. */
export interface NotNode {
  readonly kind: "not";
  readonly operand: FormulaNode;
  readonly span: Span;
}

/** A function call such as `share(electronic_declarations, declarations)`. */
export interface CallNode {
  readonly kind: "call";
  readonly name: string;
  readonly arguments: readonly FormulaNode[];
  readonly span: Span;
}

/**
 * A node of the formula syntax tree. Trees are plain JSON data: they can be stored, sent and
 * compared with `JSON.stringify`. Parentheses leave no node: the shape of the tree records the
 * grouping, and {@link printFormula} puts back the parentheses it needs.
 */
export type FormulaNode = NumberNode | ReferenceNode | NegateNode | ArithmeticNode | ComparisonNode | LogicalNode | NotNode | CallNode;

/** The kind of a formula node. */
export type FormulaNodeKind = FormulaNode["kind"];

/**
 * Returns the direct children of a node, left to right.
 *
 * @example
 * ```ts
 * childrenOf(parseFormulaOrThrow("a + b")).length; // 2
 * ```
 */
export function childrenOf(node: FormulaNode): readonly FormulaNode[] {
  switch (node.kind) {
    case "number":
    case "reference":
      return [];
    case "negate":
    case "not":
      return [node.operand];
    case "arithmetic":
    case "comparison":
    case "logical":
      return [node.left, node.right];
    case "call":
      return node.arguments;
  }
}
