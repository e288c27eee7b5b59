/**
 * Finds the candidate closest to a misspelt name, for "did you mean" hints. A candidate that
 * differs only in letter case wins. Otherwise the one with the smallest edit distance wins, if
 * that distance is at most a third of the name's length (at least 1, at most 3).
 *
 * @param name - The unknown name.
 * @param candidates - Known names, in the order ties are broken.
 * @returns The suggestion, or `undefined` when no candidate is close.
 * @example
 * ```ts
 * suggestName("declaratons", ["declarations", "seizures"]); // "declarations"
 * ```
 */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Computes the Levenshtein distance with adjacent transpositions (optimal string alignment):
 * the fewest insertions, deletions, substitutions and swaps of neighbours that turn `a` into `b`.
 *
 * @param a - The first string.
 * @param b - The second string.
 * @param limit - Stop early and return `limit + 1` once the distance is sure to exceed it. Default: no limit.
 * @returns The distance, or `limit + 1` when it exceeds `limit`.
 * @example
 * ```ts
 * editDistance("declaratoins", "declarations"); // 1
 * ```
 */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER - 1): number {
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
