export { childrenOf } from "./ast.js";
export type {
  ArithmeticNode,
  ArithmeticOperator,
  CallNode,
  ComparisonNode,
  ComparisonOperator,
  FormulaNode,
  FormulaNodeKind,
  LogicalNode,
  NegateNode,
  NotNode,
  NumberNode,
  ReferenceNode,
  Span,
} from "./ast.js";
export { FORMULA_FUNCTIONS, type FormulaFunction, type FormulaFunctionName } from "./functions.js";
export { MAX_FORMULA_LENGTH, MAX_LITERAL_DIGITS, MAX_NESTING_DEPTH, MAX_TREE_DEPTH } from "./limits.js";
export { parseFormula, parseFormulaOrThrow, type ParseResult } from "./parser.js";
export { printFormula } from "./printer.js";
export { formatExcerpt, locate, type SourcePosition } from "./source-position.js";
export { FormulaSyntaxError, type FormulaSyntaxErrorCode, type FormulaSyntaxProblem } from "./syntax-error.js";
