import type { z } from "zod";
import { ModelValidationError, type ModelProblem } from "./errors.js";

/** The outcome of a safe parse: the typed value, or every problem found. */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; problems: ModelProblem[] };

/** Formats a path such as `["kpis", 12, "formula"]` as `kpis[12].formula`. */
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

/** Converts zod issues into model problems with readable paths and the received values. */
export function toProblems(issues: readonly z.core.$ZodIssue[], input: unknown): ModelProblem[] {
  return issues.map((issue) => {
    const pathSegments = issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
    const received = "input" in issue && issue.input !== undefined ? issue.input : valueAt(input, issue.path);
    const problem: ModelProblem = {
      path: formatPath(issue.path),
      pathSegments,
      message: issue.message,
      code: issue.code,
      ...(received === undefined ? {} : { received }),
    };
    return problem;
  });
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
