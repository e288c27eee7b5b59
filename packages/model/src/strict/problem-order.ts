import type { ModelProblem } from "../errors.js";

/**
 * Sorts problems into document order: by the position of their top-level field in `fieldOrder`,
 * then by array index at each level, a parent before its children. Problems that tie (such as
 * two problems on the same entry) keep their order because the sort is stable, so the
 * structural problems of an entry come before its framework problems.
 */
export function orderProblems(problems: readonly ModelProblem[], fieldOrder: readonly string[]): ModelProblem[] {
  const sortKey = (segments: readonly (string | number)[]): number[] => {
    if (segments.length === 0) return [-1];
    const [field, ...rest] = segments;
    const position = typeof field === "string" ? fieldOrder.indexOf(field) : -1;
    const fieldRank = position === -1 ? fieldOrder.length : position;
    return [fieldRank, ...rest.map((segment) => (typeof segment === "number" ? segment : 0))];
  };
  const keyed = problems.map((problem) => ({ problem, key: sortKey(problem.pathSegments) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map(({ problem }) => problem);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let level = 0; level < length; level++) {
    const left = a[level] ?? -1;
    const right = b[level] ?? -1;
    if (left !== right) return left - right;
  }
  return 0;
}
