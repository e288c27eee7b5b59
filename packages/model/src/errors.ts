/**
 * A literal code for each kind of failure that `@pmm/model` throws: `invalid-document` when a
 * parsed document does not match its schema, `invalid-decimal` when a function that takes
 * canonical decimal strings receives something else, `invalid-option` when an option of a
 * parser has the wrong type.
 */
export type PmmModelErrorCode = "invalid-document" | "invalid-decimal" | "invalid-option";

const BRAND = Symbol.for("@pmm/model/error");

/**
 * Base class of every error thrown by `@pmm/model`.
 *
 * Use {@link isPmmModelError} rather than `instanceof` when two copies of the package may be
 * loaded (for example one bundled by a dependency), because `instanceof` fails across copies.
 */
export class PmmModelError extends Error {
  /** A stable, literal code for the kind of failure. */
  readonly code: PmmModelErrorCode;

  constructor(code: PmmModelErrorCode, message: string) {
    super(message);
    this.name = "PmmModelError";
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * One problem found in a document: where it is, what is wrong and what was received.
 *
 * `path` is the JSON path of the offending value, written as in JavaScript
 * (`kpis[12].formula`); an empty string means the document itself.
 */
export interface ModelProblem {
  /** Path of the offending value, such as `kpis[12].weight`. */
  readonly path: string;
  /** The path as a list of keys and indexes, for programs. */
  readonly pathSegments: readonly (string | number)[];
  /** A sentence that names the value, what was expected and how to fix it. */
  readonly message: string;
  /** A short machine-readable kind, such as `invalid_type` or `duplicate-id`. */
  readonly code: string;
  /** The value found at `path`, when there was one. */
  readonly received?: unknown;
}

/**
 * Thrown by the `parse*` functions when a document does not match its schema.
 *
 * `problems` lists every problem found, not only the first, so that a user can fix a file in
 * one pass.
 */
export class ModelValidationError extends PmmModelError {
  /** Which document was parsed, such as `framework` or `submission`. */
  readonly document: string;
  /** Every problem found, in document order. */
  readonly problems: readonly ModelProblem[];

  constructor(document: string, problems: readonly ModelProblem[]) {
    super("invalid-document", formatProblems(document, problems));
    this.name = "ModelValidationError";
    this.document = document;
    this.problems = problems;
  }
}

/**
 * Thrown when a function that needs a canonical decimal string (as produced by
 * `canonicalizeDecimal`) receives another value, such as `"1e3"` or `"01.5"`.
 */
export class InvalidDecimalError extends PmmModelError {
  /** The value that was received. */
  readonly received: unknown;

  constructor(received: unknown, message: string) {
    super("invalid-decimal", message);
    this.name = "InvalidDecimalError";
    this.received = received;
  }
}

/**
 * Tells whether a value is an error thrown by any copy of `@pmm/model`.
 *
 * @example
 * ```ts
 * try { parseFramework(json); } catch (error) {
 *   if (isPmmModelError(error)) console.error(error.code, error.message);
 * }
 * ```
 */
export function isPmmModelError(value: unknown): value is PmmModelError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

function formatProblems(document: string, problems: readonly ModelProblem[]): string {
  const lines = problems.slice(0, 20).map((problem) => `  - ${problem.path || "(document)"}: ${problem.message}`);
  const more = problems.length > 20 ? [`  ... and ${problems.length - 20} more problems`] : [];
  const noun = problems.length === 1 ? "problem" : "problems";
  return [`Invalid ${document}: ${problems.length} ${noun}.`, ...lines, ...more].join("\n");
}
