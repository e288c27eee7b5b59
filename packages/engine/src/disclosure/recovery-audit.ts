import { compareIds } from "../benchmark/peer-groups.js";
import { involvedRows, nullSpaceKey, reduceRows } from "./linear-span.js";

/** A peer group whose statistics would be published, seen from one viewer. */
export interface AuditedGroup {
  id: string;
  /** Number of contributing values (n). */
  n: number;
  /** The contributing administrations whose values are hidden from the viewer. */
  hidden: readonly string[];
}

/**
 * Finds the groups that must also be suppressed so that no hidden value can be derived by
 * combining the statistics of several groups (complementary suppression).
 *
 * Each published group gives the viewer the sum of its hidden values (from n, the mean and the
 * visible values) and the sum of their squares (from the standard deviation as well). A hidden
 * value is exposed when some combination of groups isolates it, such as the global mean minus
 * the means of five of the six regions. Two hidden values are exposed when a combination
 * isolates both: their sum and the sum of their squares give the pair. The audit checks, with
 * exact arithmetic, whether the groups' hidden parts span a vector supported on one or two
 * administrations. While one exists, it suppresses the smallest group (fewest values, then
 * lowest id) among those that form the vector, and checks again.
 *
 * Groups without hidden values are left out, because they reveal nothing hidden.
 *
 * @param groups - The groups that passed the publication minimum and the rule on too few
 *   hidden values.
 * @returns The ids of the groups to suppress, in the order they were chosen.
 * @example
 * ```ts
 * // Global (a, b, c, d) minus region X (a, b, c) isolates d.
 * auditRecovery([
 *   { id: "global", n: 4, hidden: ["a", "b", "c", "d"] },
 *   { id: "region:x", n: 3, hidden: ["a", "b", "c"] },
 * ]); // ["region:x"]
 * ```
 */
export function auditRecovery(groups: readonly AuditedGroup[]): string[] {
  let published = groups.filter((group) => group.hidden.length > 0);
  const suppressed: string[] = [];
  for (;;) {
    const chosen = findExposingGroup(published);
    if (chosen === undefined) return suppressed;
    suppressed.push(chosen);
    published = published.filter((group) => group.id !== chosen);
  }
}

interface Cell {
  administrations: string[];
  column: number;
  /** The published groups, by index, that contain the cell's administrations. */
  rows: number[];
}

function findExposingGroup(published: readonly AuditedGroup[]): string | undefined {
  if (published.length === 0) return undefined;

  // Administrations that belong to exactly the same published groups are indistinguishable:
  // every group sum covers all of them or none. They form one column, a cell.
  const rowsOf = new Map<string, number[]>();
  published.forEach((group, row) => {
    for (const administration of group.hidden) {
      const rows = rowsOf.get(administration);
      if (rows === undefined) rowsOf.set(administration, [row]);
      else if (rows[rows.length - 1] !== row) rows.push(row);
    }
  });
  const cellsByKey = new Map<string, Cell>();
  for (const administration of [...rowsOf.keys()].sort(compareIds)) {
    const rows = rowsOf.get(administration) as number[];
    const key = rows.join(",");
    const cell = cellsByKey.get(key);
    if (cell === undefined) cellsByKey.set(key, { administrations: [administration], column: cellsByKey.size, rows });
    else cell.administrations.push(administration);
  }
  const cells = [...cellsByKey.values()];
  const matrix = published.map(() => new Array<number>(cells.length).fill(0));
  for (const cell of cells) {
    for (const row of cell.rows) (matrix[row] as number[])[cell.column] = 1;
  }
  const reduced = reduceRows(matrix);

  // A cell whose own sum is determined exposes its values when it has one or two of them.
  // Two single-administration cells with the same null-space key are determined as a pair.
  let rows: number[] | undefined;
  const singlesByKey = new Map<string, Cell>();
  for (const cell of cells) {
    const key = nullSpaceKey(reduced, cell.column);
    if (key === "0" && cell.administrations.length <= 2) {
      rows = involvedRows(reduced, cell.column);
      break;
    }
    if (key === "0" || cell.administrations.length !== 1) continue;
    const partner = singlesByKey.get(key);
    if (partner !== undefined) {
      rows = involvedRows(reduced, partner.column, cell.column);
      break;
    }
    singlesByKey.set(key, cell);
  }
  if (rows === undefined) return undefined;

  // A vector of the row space always combines at least one row. The fallback guards against an
  // empty list, so that the loop in auditRecovery always ends.
  const candidates = rows.length > 0 ? rows.map((row) => published[row] as AuditedGroup) : [...published];
  candidates.sort((a, b) => a.n - b.n || compareIds(a.id, b.id));
  return candidates[0]?.id;
}
