import type { z } from "zod";
import { ModelValidationError, type ModelProblem } from "./errors.js";

/** The outcome of a safe parse: `{ success: true, data }` with the typed value, or `{ success: false, problems }` with every problem found. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; problems: ModelProblem[] };

/**
 * Formats a path as JavaScript would write it: indexes in brackets, identifiers after a dot,
 * other keys as quoted strings in brackets.
 *
 * @param segments - The keys and indexes from the document root.
 * @returns The path, such as `kpis[12].formula` or `disclosure["tf.paperless"]`; `""` for the root.
 * @example
 * ```ts
 * formatPath(["kpis", 12, "formula"]); // "kpis[12].formula"
 * ```
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of segments) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/**
 * Converts zod issues into model problems with readable paths and the received values, for
 * callers that run a schema's `safeParse` themselves.
 *
 * @param issues - The issues of a failed zod parse (`result.error.issues`).
 * @param input - The value that was parsed; the received value of an issue without its own
 *   `input` is read from it at the issue's path.
 * @returns One problem per issue, in the same order.
 * @example
 * ```ts
 * const result = Kpi.safeParse(input);
 * if (!result.success) console.error(toProblems(result.error.issues, input));
 * ```
 */
export function toProblems(issues: readonly z.core.$ZodIssue[], input: unknown): ModelProblem[] {
  return issues.map((issue) => {
    const pathSegments = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    const problem: ModelProblem = {
      path: formatPath(issue.path),
      pathSegments,
      message: messageOf(issue),
      code: issue.code,
    };
    const received = receivedOf(issue, input);
    return received === undefined ? problem : { ...problem, received };
  });
}

/** The offending value: the key itself for an invalid record key, else the issue's input or the value at its path. */
function receivedOf(issue: z.core.$ZodIssue, input: unknown): unknown {
  if (issue.code === "invalid_key") return issue.path[issue.path.length - 1];
  if ("input" in issue && issue.input !== undefined) return issue.input;
  return valueAt(input, issue.path);
}

/** The issue's message; for an invalid record key, the key and why it is invalid instead of zod's generic text. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_key") return issue.message;
  const key = issue.path[issue.path.length - 1];
  const reasons = issue.issues.map((inner) => inner.message).join("; ");
  return `key ${JSON.stringify(String(key))} is not valid: ${reasons}`;
}

/**
 * Makes the pair of parsing entry points for one document schema: `parse` returns the typed
 * value or throws a {@link ModelValidationError} listing every problem; `safeParse` returns
 * the problems instead of throwing.
 */
export function makeParsers<S extends z.ZodType>(document: string, schema: S) {
  const safeParse = (input: unknown): SafeParseResult<z.output<S>> => {
    const result = schema.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    return { success: false, problems: toProblems(result.error.issues, input) };
  };
  const parse = (input: unknown): z.output<S> => {
    const result = safeParse(input);
    if (result.success) return result.data;
    throw new ModelValidationError(document, result.problems);
  };
  return { parse, safeParse };
}
