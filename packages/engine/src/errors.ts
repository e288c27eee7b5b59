/** A literal code for each kind of failure that `@pmm/engine` throws. */
export type PmmEngineErrorCode = "invalid-framework" | "invalid-option" | "invalid-input";

const BRAND = Symbol.for("@pmm/engine/error");

/**
 * Base class of every error thrown by `@pmm/engine`. Problems in data never throw: they are
 * results with a status and a reason. Errors are thrown only for misuse, such as an invalid
 * option or computing with a framework that does not compile.
 *
 * Use {@link isPmmEngineError} rather than `instanceof` when two copies of the package may be loaded.
 */
export class PmmEngineError extends Error {
  /** A stable, literal code for the kind of failure. */
  readonly code: PmmEngineErrorCode;

  constructor(code: PmmEngineErrorCode, message: string) {
    super(message);
    this.name = "PmmEngineError";
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** Thrown when an option is out of its documented range. The message names the option, the value and the allowed values. */
export class InvalidOptionError extends PmmEngineError {
  /** The option's name, such as `publicationMinimum`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super("invalid-option", message);
    this.name = "InvalidOptionError";
    this.option = option;
  }
}

/** Tells whether a value is an error thrown by any copy of `@pmm/engine`. */
export function isPmmEngineError(value: unknown): value is PmmEngineError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
