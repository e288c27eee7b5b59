import type { z } from "zod";
import { suggestName } from "./suggest.js";

/** The name a message uses for the value at a path: its key, `item [3]` for an array item, or `the document`. */
export function fieldName(path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return "the document";
  return typeof last === "number" ? `item [${last}]` : String(last);
}

/**
 * Tells whether the issue is about a field left out of an object (or set to `undefined`),
 * rather than a field with a wrong value.
 */
export function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent = input;
  for (const segment of path.slice(0, -1)) {
    if (typeof parent !== "object" || parent === null) return false;
    parent = (parent as Record<PropertyKey, unknown>)[segment];
  }
  if (typeof parent !== "object" || parent === null || Array.isArray(parent)) return false;
  return (parent as Record<PropertyKey, unknown>)[path[path.length - 1] as PropertyKey] === undefined;
}

const ARTICLES: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

/** What a missing field accepts, in words, from the issue zod raised for it. */
function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === "invalid_value") return `one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
  if (issue.code === "invalid_type") return ARTICLES[issue.expected] ?? issue.expected;
  if (issue.code === "invalid_union") {
    const expected = new Set(issue.errors.flatMap((errors) => errors.map((inner) => (inner.code === "invalid_type" ? inner.expected : "other"))));
    if (expected.size === 2 && expected.has("number") && expected.has("string")) return `a decimal, as a JSON number or decimal text such as "12.5"`;
  }
  return undefined;
}

/**
 * Writes the message for a required field that is missing, such as
 * `direction is missing: set it to one of "higher-is-better", "lower-is-better", "descriptive"`.
 */
export function missingMessage(name: string, issue: z.core.$ZodIssue): string {
  const expected = expectedOf(issue);
  if (expected === undefined) return `${name} is missing: add it`;
  return issue.code === "invalid_value" ? `${name} is missing: set it to ${expected}` : `${name} is missing: add it as ${expected}`;
}

/**
 * Writes the message for a key that the schema does not define, with the closest known key as
 * a hint, or the list of known keys when none is close.
 */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const suggestion = suggestName(key, known);
  if (suggestion !== undefined) return `unknown field "${key}": did you mean "${suggestion}"?`;
  if (known.length === 0) return `unknown field "${key}": remove it`;
  return `unknown field "${key}": remove it, or use one of ${known.map((name) => `"${name}"`).join(", ")}`;
}
