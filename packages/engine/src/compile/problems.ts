import { PmmEngineError } from "../errors.js";
import type { FormulaSyntaxErrorCode } from "../formula/syntax-error.js";

/**
 * What kind of problem `compileFramework` found. Syntax problems keep the parser's code, and
 * `invalid-framework` marks a problem of the framework's schema, found before any formula is read.
 */
export type CompileProblemCode =
  | FormulaSyntaxErrorCode
  | "invalid-framework"
  | "unknown-data-element"
  | "unknown-function"
  | "wrong-arity"
  | "period-not-collected"
  | "expected-value"
  | "expected-condition"
  | "unit-mismatch"
  | "kpi-unit-mismatch"
  | "invalid-variation-argument"
  | "no-data"
  | "reserved-name";

/**
 * One problem found while compiling a framework. `line`, `column` and `excerpt` are present
 * when the problem is inside a formula, and point into that formula's text.
 */
export interface CompileProblem {
  /** Path of the offending value in the framework, such as `kpis[7].formula` or `validationRules[2].condition`. */
  readonly path: string;
  /** A stable, literal code for the kind of problem. */
  readonly code: CompileProblemCode;
  /** What is wrong and how to fix it. */
  readonly message: string;
  /** Line in the formula, from 1. */
  readonly line?: number;
  /** Column in the formula, from 1, in code points. */
  readonly column?: number;
  /** The formula line with a caret under the problem. */
  readonly excerpt?: string;
}

/**
 * Thrown by {@link compileFrameworkOrThrow} when a framework does not compile. `problems` lists
 * every problem found, and the message shows the first 20 with their excerpts.
 */
export class FrameworkCompileError extends PmmEngineError {
  /** Every problem found, in framework order. */
  readonly problems: readonly CompileProblem[];

  constructor(problems: readonly CompileProblem[]) {
    super("invalid-framework", formatCompileProblems(problems));
    this.name = "FrameworkCompileError";
    this.problems = problems;
  }
}

/**
 * Formats compile problems for a terminal: one block per problem with its path, position,
 * message and excerpt. At most 20 problems are shown, followed by a count of the rest.
 *
 * @param problems - Problems from `compileFramework`.
 * @returns Text ending without a newline.
 * @example
 * ```ts
 * const result = compileFramework(framework);
 * if (!result.ok) console.error(formatCompileProblems(result.problems));
 * ```
 */
export function formatCompileProblems(problems: readonly CompileProblem[]): string {
  const noun = problems.length === 1 ? "problem" : "problems";
  const blocks = problems.slice(0, 20).map((problem) => {
    const where = problem.line === undefined ? problem.path : `${problem.path}:${problem.line}:${problem.column ?? 1}`;
    const excerpt = problem.excerpt === undefined ? "" : `\n${indent(problem.excerpt)}`;
    return `  - ${where}: ${problem.message}${excerpt}`;
  });
  const more = problems.length > 20 ? [`  ... and ${problems.length - 20} more problems`] : [];
  return [`The framework does not compile: ${problems.length} ${noun}.`, ...blocks, ...more].join("\n");
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `      ${line}`)
    .join("\n");
}
