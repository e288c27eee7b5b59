import type { z } from "zod";
import { ModelValidationError, type ModelProblem } from "./errors.js";
import { isMissing, fieldName, missingMessage, unknownKeyMessage } from "./issue-messages.js";
import { knownKeys, schemaAt } from "./schema-walk.js";

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
 * An unknown key gives one problem per key, at the key's own path, with the closest known key
 * as a "did you mean" hint when `schema` is given. A missing required field names the values
 * it accepts, and a number that is not finite (JSON `1e400` reads as Infinity) or a BigInt is
 * named as such.
 *
 * @param issues - The issues of a failed zod parse (`result.error.issues`).
 * @param input - The value that was parsed; the received value of an issue without its own
 *   `input` is read from it at the issue's path.
 * @param schema - The schema that was run, used to list the known keys of an object with an
 *   unknown key. Default: none, and the hint then only says to remove the key.
 * @returns The problems, in issue order.
 * @example
 * ```ts
 * const result = Kpi.safeParse(input);
 * if (!result.success) console.error(toProblems(result.error.issues, input, Kpi));
 * ```
 */
export function toProblems(issues: readonly z.core.$ZodIssue[], input: unknown, schema?: z.core.$ZodType): ModelProblem[] {
  return issues.flatMap((issue): ModelProblem[] => {
    const pathSegments = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    if (issue.code === "unrecognized_keys") return unknownKeyProblems(issue, pathSegments, input, schema);

    const problem: ModelProblem = {
      path: formatPath(issue.path),
      pathSegments,
      message: messageOf(issue, input),
      code: issue.code,
    };
    const received = receivedOf(issue, input);
    return [received === undefined ? problem : { ...problem, received }];
  });
}

/** One problem per unknown key, at the key's own path, with a hint from the keys the schema knows there. */
function unknownKeyProblems(issue: z.core.$ZodIssueUnrecognizedKeys, pathSegments: readonly (string | number)[], input: unknown, schema: z.core.$ZodType | undefined): ModelProblem[] {
  const known = schema === undefined ? [] : knownKeys(schemaAt(schema, issue.path, input));
  const container = valueAt(input, issue.path);
  return issue.keys.map((key) => {
    const segments = [...pathSegments, key];
    const problem: ModelProblem = { path: formatPath(segments), pathSegments: segments, message: unknownKeyMessage(key, known), code: issue.code };
    const received = valueAt(container, [key]);
    return received === undefined ? problem : { ...problem, received };
  });
}

/** The offending value: the key itself for an invalid record key, else the issue's input or the value at its path. */
function receivedOf(issue: z.core.$ZodIssue, input: unknown): unknown {
  if (issue.code === "invalid_key") return issue.path[issue.path.length - 1];
  if ("input" in issue && issue.input !== undefined) return issue.input;
  return valueAt(input, issue.path);
}

/** The issue's message, rewritten where zod's own text would not tell a user what to fix. */
function messageOf(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === "invalid_key") {
    const key = issue.path[issue.path.length - 1];
    const reasons = issue.issues.map((inner) => inner.message).join("; ");
    return `key ${JSON.stringify(String(key))} is not valid: ${reasons}`;
  }
  if (issue.code !== "invalid_type" && issue.code !== "invalid_value" && issue.code !== "invalid_union") return issue.message;

  const name = fieldName(issue.path);
  if (isMissing(input, issue.path)) return missingMessage(name, issue);
  const value = valueAt(input, issue.path);
  if (typeof value === "number" && !Number.isFinite(value)) {
    return `${name} is not a finite number (received ${String(value)}): a JSON number beyond about 1.8e308 in size reads as Infinity, so write a value in range`;
  }
  if (typeof value === "bigint") return `${name} is a BigInt (${String(value)}n), which is not a JSON value: pass a number, or a decimal string such as "${String(value)}"`;
  return issue.message;
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
    return { success: false, problems: toProblems(result.error.issues, input, schema) };
  };
  const parse = (input: unknown): z.output<S> => {
    const result = safeParse(input);
    if (result.success) return result.data;
    throw new ModelValidationError(document, result.problems);
  };
  return { parse, safeParse };
}
