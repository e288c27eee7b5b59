import type { FormulaNode } from "../../src/formula/ast.js";

/** Returns a copy of a syntax tree without its spans, to compare trees "modulo positions". */
export function withoutSpans(node: FormulaNode): unknown {
  return JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === "span" ? undefined : value)));
}
