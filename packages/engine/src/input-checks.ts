import { PmmEngineError } from "./errors.js";

/** Describes a received value in an error message: its type, and the value when it is short. */
export function describeReceived(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

/**
 * Checks that an argument is a plain object, for entry points that take unchecked input from
 * JavaScript callers.
 *
 * @throws {PmmEngineError} with code `invalid-input`, naming the argument and what to pass.
 */
export function requireObject(value: unknown, name: string, expected: string): asserts value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new PmmEngineError("invalid-input", `${name} must be ${expected}, but received ${describeReceived(value)}`);
  }
}

/**
 * Checks that an argument is an array.
 *
 * @throws {PmmEngineError} with code `invalid-input`, naming the argument and what to pass.
 */
export function requireArray(value: unknown, name: string, expected: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new PmmEngineError("invalid-input", `${name} must be ${expected}, but received ${describeReceived(value)}`);
  }
}
