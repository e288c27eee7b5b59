import type { Period } from "@pmm/model";
import type { ComparisonOperator, FormulaNode, ReferenceNode } from "./ast.js";
import { tokenize, type Token, type TokenType } from "./lexer.js";
import { MAX_FORMULA_LENGTH, MAX_NESTING_DEPTH } from "./limits.js";
import { locate } from "./source-position.js";
import { FormulaSyntaxError, SyntaxFailure, type FormulaSyntaxProblem } from "./syntax-error.js";
import { findTooDeepNode } from "./tree-depth.js";

/** The outcome of {@link parseFormula}: the syntax tree, or the first syntax problem. */
export type ParseResult = { ok: true; tree: FormulaNode } | { ok: false; problem: FormulaSyntaxProblem };

const COMPARISON_OPERATORS: ReadonlySet<TokenType> = new Set(["<", "<=", ">", ">=", "==", "!="]);

/**
 * Parses formula text into a syntax tree. Never throws for bad text: the first problem is
 * returned with its line, column, an excerpt with a caret and what was expected.
 *
 * The text may be at most {@link MAX_FORMULA_LENGTH} characters long, nest parentheses, calls,
 * `-` and `not` at most {@link MAX_NESTING_DEPTH} levels deep and give a syntax tree at most
 * 1,000 levels deep (see `MAX_TREE_DEPTH`). Names are not resolved here: `compileFramework` checks
 * them against the framework.
 *
 * @param source - Formula text, such as `share(electronic_declarations, declarations)`.
 * @returns `{ ok: true, tree }` or `{ ok: false, problem }`.
 * @example
 * ```ts
 * const result = parseFormula("share(a, (b + c)");
 * if (!result.ok) console.log(result.problem.message);
 * // expected ")" to close "(" opened at 1:6, found the end of the formula
 * ```
 */
export function parseFormula(source: string): ParseResult {
  try {
    if (source.length > MAX_FORMULA_LENGTH) {
      throw new SyntaxFailure("too-long", `the formula is ${source.length.toLocaleString("en-US")} characters long, more than the limit of ${MAX_FORMULA_LENGTH.toLocaleString("en-US")}`, MAX_FORMULA_LENGTH);
    }
    const tree = new Parser(source, tokenize(source)).parseAll();
    const tooDeep = findTooDeepNode(tree);
    if (tooDeep !== undefined) {
      throw new SyntaxFailure("too-deep", tooDeep.message, tooDeep.node.span.start);
    }
    return { ok: true, tree };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, problem: error.toProblem(source) };
    throw error;
  }
}

/**
 * Parses formula text into a syntax tree, or throws.
 *
 * @param source - Formula text.
 * @returns The syntax tree.
 * @throws {@link FormulaSyntaxError} when the text has a syntax error.
 * @example
 * ```ts
 * parseFormulaOrThrow("x[T-1]"); // { kind: "reference", name: "x", period: "T-1", span: { start: 0, end: 6 } }
 * ```
 */
export function parseFormulaOrThrow(source: string): FormulaNode {
  const result = parseFormula(source);
  if (!result.ok) throw new FormulaSyntaxError(result.problem);
  return result.tree;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
  ) {}

  parseAll(): FormulaNode {
    if (this.peek().type === "end") throw new SyntaxFailure("empty", "the formula is empty: write an expression such as share(a, b)", 0);
    const tree = this.parseOr();
    const next = this.peek();
    if (next.type !== "end") {
      const message = next.type === ")" ? 'unexpected ")": it closes no "("' : `expected an operator or the end of the formula, found ${describe(next)}`;
      throw new SyntaxFailure("unexpected-token", message, next.start);
    }
    return tree;
  }

  private parseOr(): FormulaNode {
    let left = this.parseAnd();
    while (this.peek().type === "or") {
      this.advance();
      const right = this.parseAnd();
      left = { kind: "logical", operator: "or", left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  private parseAnd(): FormulaNode {
    let left = this.parseNot();
    while (this.peek().type === "and") {
      this.advance();
      const right = this.parseNot();
      left = { kind: "logical", operator: "and", left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  private parseNot(): FormulaNode {
    const token = this.peek();
    if (token.type !== "not") return this.parseComparison();
    this.advance();
    this.enter(token);
    const operand = this.parseNot();
    this.depth -= 1;
    return { kind: "not", operand, span: { start: token.start, end: operand.span.end } };
  }

  private parseComparison(): FormulaNode {
    const left = this.parseAdditive();
    const operatorToken = this.peek();
    if (!COMPARISON_OPERATORS.has(operatorToken.type)) return left;
    this.advance();
    const right = this.parseAdditive();
    const chained = this.peek();
    if (COMPARISON_OPERATORS.has(chained.type)) {
      throw new SyntaxFailure("chained-comparison", `comparisons cannot be chained: write "a ${operatorToken.text} b and b ${chained.text} c" instead of "a ${operatorToken.text} b ${chained.text} c"`, chained.start);
    }
    const operator = operatorToken.type as ComparisonOperator;
    return { kind: "comparison", operator, left, right, span: { start: left.span.start, end: right.span.end } };
  }

  private parseAdditive(): FormulaNode {
    let left = this.parseMultiplicative();
    for (let type = this.peek().type; type === "+" || type === "-"; type = this.peek().type) {
      this.advance();
      const right = this.parseMultiplicative();
      left = { kind: "arithmetic", operator: type, left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  private parseMultiplicative(): FormulaNode {
    let left = this.parseUnary();
    for (let type = this.peek().type; type === "*" || type === "/"; type = this.peek().type) {
      this.advance();
      const right = this.parseUnary();
      left = { kind: "arithmetic", operator: type, left, right, span: { start: left.span.start, end: right.span.end } };
    }
    return left;
  }

  private parseUnary(): FormulaNode {
    const token = this.peek();
    if (token.type !== "-") return this.parsePrimary();
    this.advance();
    this.enter(token);
    const operand = this.parseUnary();
    this.depth -= 1;
    return { kind: "negate", operand, span: { start: token.start, end: operand.span.end } };
  }

  private parsePrimary(): FormulaNode {
    const token = this.peek();
    switch (token.type) {
      case "number":
        this.advance();
        return { kind: "number", value: token.text, span: { start: token.start, end: token.end } };
      case "name":
        return this.parseName();
      case "(": {
        this.advance();
        this.enter(token);
        const inner = this.parseOr();
        this.expectClosing(")", token, `"(" opened at ${this.at(token)}`);
        this.depth -= 1;
        return inner;
      }
      default:
        throw new SyntaxFailure("unexpected-token", `expected a number, a data element name, a function call or "(", found ${describe(token)}`, token.start);
    }
  }

  private parseName(): FormulaNode {
    const nameToken = this.advance();
    if (nameToken.text === "T") {
      throw new SyntaxFailure("reserved-word", '"T" is reserved for the reporting year: read a data element in a period as name[T] or name[T-1]', nameToken.start);
    }
    const next = this.peek();
    if (next.type === "(") return this.parseCall(nameToken);
    if (next.type === "[") return this.parsePeriod(nameToken);
    return { kind: "reference", name: nameToken.text, period: "T", span: { start: nameToken.start, end: nameToken.end } };
  }

  private parseCall(nameToken: Token): FormulaNode {
    const open = this.advance();
    this.enter(open);
    const args: FormulaNode[] = [];
    if (this.peek().type !== ")") {
      for (;;) {
        args.push(this.parseOr());
        if (this.peek().type !== ",") break;
        this.advance();
      }
    }
    const close = this.expectClosing(")", open, `"(" of ${nameToken.text}(...) opened at ${this.at(open)}`, '","');
    this.depth -= 1;
    return { kind: "call", name: nameToken.text, arguments: args, span: { start: nameToken.start, end: close.end } };
  }

  private parsePeriod(nameToken: Token): ReferenceNode {
    const open = this.advance();
    const periodToken = this.peek();
    if (periodToken.type !== "name" || periodToken.text !== "T") {
      throw new SyntaxFailure("invalid-period", `expected T or T-1 inside "[...]", found ${describe(periodToken)}`, periodToken.start);
    }
    this.advance();
    let period: Period = "T";
    if (this.peek().type === "-" || this.peek().type === "+") {
      const sign = this.advance();
      const offset = this.peek();
      if (offset.type !== "number") {
        throw new SyntaxFailure("invalid-period", `expected T or T-1 inside "[...]", found ${describe(offset)} after "T${sign.text}"`, offset.start);
      }
      this.advance();
      if (sign.type !== "-" || offset.text !== "1") {
        throw new SyntaxFailure("invalid-period", `period T${sign.text}${offset.text} is not supported: formulas read T (the reporting year) or T-1 (the year before)`, sign.start);
      }
      period = "T-1";
    }
    const close = this.expectClosing("]", open, `"[" opened at ${this.at(open)}`);
    return { kind: "reference", name: nameToken.text, period, span: { start: nameToken.start, end: close.end } };
  }

  private expectClosing(type: TokenType, open: Token, opened: string, alternative?: string): Token {
    const token = this.peek();
    if (token.type === type) return this.advance();
    const expected = alternative === undefined ? `"${type}"` : `${alternative} or "${type}"`;
    throw new SyntaxFailure("unclosed", `expected ${expected} to close ${opened}, found ${describe(token)}`, token.start);
  }

  private enter(token: Token): void {
    this.depth += 1;
    if (this.depth > MAX_NESTING_DEPTH) {
      throw new SyntaxFailure("too-deep", `the formula nests parentheses, function calls, "-" or "not" more than ${MAX_NESTING_DEPTH} levels deep: simplify it`, token.start);
    }
  }

  private at(token: Token): string {
    const { line, column } = locate(this.source, token.start);
    return `${line}:${column}`;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private advance(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index += 1;
    return token;
  }
}

function describe(token: Token): string {
  switch (token.type) {
    case "end":
      return "the end of the formula";
    case "number":
      return `number ${token.text}`;
    case "name":
      return `name "${token.text}"`;
    default:
      return `"${token.text}"`;
  }
}
