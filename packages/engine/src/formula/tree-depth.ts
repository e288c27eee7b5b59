import { childrenOf, type FormulaNode } from "./ast.js";
import { MAX_TREE_DEPTH } from "./limits.js";

/**
 * Finds the first node below the depth limit, walking the tree with an explicit stack so that
 * even a tree far deeper than the limit cannot overflow the call stack.
 *
 * @returns The node at depth {@link MAX_TREE_DEPTH} + 1 and a message, or `undefined` when the tree is within the limit.
 */
export function findTooDeepNode(tree: FormulaNode, limit: number = MAX_TREE_DEPTH): { node: FormulaNode; message: string } | undefined {
  const stack: { node: FormulaNode; depth: number }[] = [{ node: tree, depth: 1 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    if (entry.depth > limit) {
      return {
        node: entry.node,
        message: `the formula's syntax tree is more than ${limit} levels deep: write long sums as sum(a, b, ...) and split long chains of operators`,
      };
    }
    for (const child of childrenOf(entry.node)) stack.push({ node: child, depth: entry.depth + 1 });
  }
  return undefined;
}
