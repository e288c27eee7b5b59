import { PmmEngineError } from "../errors.js";
import { formatExcerpt, locate } from "./source-position.js";

/** What kind of syntax problem a formula has. */
export type FormulaSyntaxErrorCode =
  | "empty"
  | "too-long"
  | "too-deep"
  | "unexpected-character"
  | "invalid-number"
  | "unexpected-token"
  | "unclosed"
  | "invalid-period"
  | "chained-comparison"
  | "reserved-word";

/** A syntax problem in a formula, with where it is and an excerpt with a caret under it. */
export interface FormulaSyntaxProblem {
  readonly code: FormulaSyntaxErrorCode;
  /** What is wrong and what was expected, such as `expected ")" to close "(" opened at 1:6, found the end of the formula`. */
  readonly message: string;
  /** UTF-16 offset of the problem in the formula text. */
  readonly offset: number;
  /** Line of the problem, from 1. */
  readonly line: number;
  /** Column of the problem, from 1, in code points. */
  readonly column: number;
  /** The line of the formula with a caret under the problem. */
  readonly excerpt: string;
}

/** Internal signal from the lexer and the parser, turned into a {@link FormulaSyntaxProblem} at the top. */
export class SyntaxFailure {
  constructor(
    readonly code: FormulaSyntaxErrorCode,
    readonly message: string,
    readonly offset: number,
  ) {}

  toProblem(source: string): FormulaSyntaxProblem {
    const { line, column } = locate(source, this.offset);
    return { code: this.code, message: this.message, offset: this.offset, line, column, excerpt: formatExcerpt(source, this.offset) };
  }
}

/**
 * Thrown by {@link parseFormulaOrThrow} when a formula has a syntax error. The message reads
 * `line:column: what is wrong`, then the excerpt with its caret.
 */
export class FormulaSyntaxError extends PmmEngineError {
  /** The problem, with its position and excerpt. */
  readonly problem: FormulaSyntaxProblem;

  constructor(problem: FormulaSyntaxProblem) {
    super("invalid-input", `${problem.line}:${problem.column}: ${problem.message}\n${problem.excerpt}`);
    this.name = "FormulaSyntaxError";
    this.problem = problem;
  }
}
